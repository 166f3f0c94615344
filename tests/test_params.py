"""The thin option layer (debtguide/cli/params.py) gives what Typer's own adapters give."""

from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer._coercion import build_runtime_param
from typer.testing import CliRunner

from debtguide.cli import params


def _app(**option: object) -> typer.Typer:
    app = typer.Typer()
    where_opt = Annotated[Path | None, typer.Option("--where", **option)]  # type: ignore[call-overload]

    @app.command()
    def show(
        text: Annotated[str | None, typer.Option("--text")] = None,
        flag: Annotated[bool, typer.Option("--flag")] = False,
        where: where_opt = None,  # type: ignore[valid-type]
        sets: Annotated[list[str] | None, typer.Option("--set")] = None,
    ) -> None:
        typer.echo(repr((text, flag, where, sets)))

    return app


@pytest.mark.parametrize(
    ("args", "option"),
    [
        ([], {}),
        (["--text", "今天", "--flag", "--where", "a/b.yaml"], {}),
        (["--set", "a=1", "--set", "b=今天"], {}),
        (["--set", ""], {}),
        (["--where", ""], {}),
        (["--where", "-"], {"allow_dash": True}),
        (["--where", "no/such/file"], {"exists": True}),
        (["--where", "."], {"exists": True, "dir_okay": False}),
        (["--where", "."], {"resolve_path": True}),
    ],
)
def test_same_values_and_messages_as_typer(
    monkeypatch: pytest.MonkeyPatch, args: list[str], option: dict[str, object]
) -> None:
    runner = CliRunner()
    ours = runner.invoke(_app(**option), args)
    monkeypatch.setattr(typer.core, "build_runtime_param", build_runtime_param)
    theirs = runner.invoke(_app(**option), args)
    assert (ours.exit_code, ours.output) == (theirs.exit_code, theirs.output)


def test_plain_options_build_no_adapter() -> None:
    runner = CliRunner()
    seen: list[object] = []
    original = params.build_runtime_param
    try:
        params.build_runtime_param = lambda d: seen.append(d) or original(d)  # type: ignore[assignment]
        result = runner.invoke(_app(), ["--text", "x", "--where", "f.yaml", "--set", "a=1"])
    finally:
        params.build_runtime_param = original  # type: ignore[assignment]
    assert result.exit_code == 0
    assert result.output == "('x', False, PosixPath('f.yaml'), ['a=1'])\n"
    assert seen == []
