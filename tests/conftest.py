"""Shared fixtures: no network, a pinned terminal, a private data folder, and the real pack."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"


def write_answers(folder: Path, answers: dict[str, Any]) -> Path:
    """An answers file holding `answers`, written as YAML in `folder`."""
    import yaml

    path = folder / "answers.yaml"
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    return path


SHARED = REPO.parent / "shared"
# Copies of the shared legal references, so that a clean clone tests against them too;
# test_content checks the copies still match ../shared whenever it is there.
REFERENCE = REPO / "tests" / "data" / "reference"


class NetworkBlockedError(RuntimeError):
    """A test tried to open a network connection: debtguide works offline."""


def _refuse(attempts: list[str], what: str, target: Any) -> NoReturn:
    attempts.append(f"{what}({target!r})")
    raise NetworkBlockedError(f"debtguide works offline; a test called {what}({target!r})")


@pytest.fixture(scope="session", autouse=True)
def network_guard() -> Iterator[list[str]]:
    """Refuse every network connection for the whole run (Unix sockets stay usable).

    Yields the attempts made, so that one swallowed by an `except` still fails its test.
    """
    attempts: list[str] = []
    real = socket.socket

    def guarded(name: str) -> Any:
        original = getattr(real, name)

        def method(self: socket.socket, *args: Any) -> Any:
            if self.family == socket.AF_UNIX:
                return original(self, *args)
            _refuse(attempts, f"socket.{name}", args[-1] if args else None)  # the address

        return method

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> NoReturn:
        _refuse(attempts, "socket.create_connection", address)

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> NoReturn:
        _refuse(attempts, "socket.getaddrinfo", (host, port))

    with pytest.MonkeyPatch.context() as patch:
        for name in ("connect", "connect_ex", "sendto"):
            patch.setattr(real, name, guarded(name))
        patch.setattr(socket, "create_connection", create_connection)
        patch.setattr(socket, "getaddrinfo", getaddrinfo)
        yield attempts


@pytest.fixture(autouse=True)
def no_network(network_guard: list[str]) -> Iterator[None]:
    """Fail the test if it tried the network, even when the code under test hid the error."""
    network_guard.clear()
    yield
    if network_guard:
        tried = ", ".join(network_guard)
        network_guard.clear()
        pytest.fail(f"the test tried to use the network: {tried}", pytrace=False)


@pytest.fixture(scope="session")
def pack_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache of validated packs for the whole run (a fresh folder, never the user's)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def pinned_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pack_cache: Path) -> None:
    """Keep every test away from the real terminal, locale and data folder."""
    for var in ("DEBTGUIDE_LANG", "DEBTGUIDE_CONTENT", "LC_ALL", "LC_MESSAGES", "FORCE_COLOR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("DEBTGUIDE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DEBTGUIDE_CACHE", str(pack_cache))


@pytest.fixture(scope="session")
def pack():
    """The shipped China pack, loaded once."""
    from debtguide.content.load import load_pack

    return load_pack(CONTENT / "cn")


@pytest.fixture
def cli():
    """Run the command line in-process; returns the Typer result."""
    from typer.testing import CliRunner

    from debtguide.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run


# ---- the message check: the shipped cue book, read without the rest of the pack, the kind of
# every red flag, and `run(text)` to check one message (test_message*.py) ----------------------


@pytest.fixture(scope="module")
def book() -> Any:
    """The shipped cue book with its claims layer, read without the rest of the pack."""
    from debtguide.content.load import load_cue_book

    return load_cue_book(CONTENT / "cn")


@pytest.fixture(scope="module")
def kinds() -> dict[str, str]:
    import yaml

    from debtguide.content.models import Flag
    from debtguide.content.schema import validate

    flags = validate(list[Flag], yaml.safe_load((CONTENT / "cn" / "flags.yaml").read_text("utf-8")))
    return {f.id: f.kind for f in flags}


@pytest.fixture
def run(book, kinds):
    def run(text: str) -> Any:
        from debtguide.message import analyse

        return analyse(book, kinds, text)

    return run
