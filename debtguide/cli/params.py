"""Options read without building a Pydantic TypeAdapter for each one.

Typer 0.29 coerces every parameter a command receives through a Pydantic TypeAdapter, built
when the command runs, even for an option left at its default (`--lang` absent). Building
them costs a tenth of a second's start-up for a plain `str`, `bool` or `Path` option, whose
command-line value needs no conversion (a `str` is already a `str`) or one plain step (a
`Path` from its text). `install()` puts a thin layer in front of Typer's own: it answers
those common cases (and a repeated `str` option, such as `--set`) itself, in exactly the way Typer's adapter would, and hands every other
value and every other annotation to Typer's builder unchanged, so messages for bad values
stay Typer's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from typer import core

try:  # Typer's internals as of 0.29; without them Typer's own builder does everything
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
    from typer._param_types import coerce_cli_path
except ImportError:  # pragma: no cover - an older or newer Typer
    RuntimeParam = None  # type: ignore[assignment,misc]


@dataclass(frozen=True)
class _Plain(RuntimeParam or object):  # type: ignore[misc]
    """A `str`, `bool`, `Path` or repeated `str` option: the value Typer's adapter would give,
    without it."""

    descriptor: TypeDescriptor | None = None
    _typer: list[RuntimeParam] = field(default_factory=list)

    def _full(self) -> RuntimeParam:
        if not self._typer:
            assert self.descriptor is not None
            self._typer.append(build_runtime_param(self.descriptor))
        return self._typer[0]

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        annotation = self.annotation
        if annotation is str and type(value) is str:
            return value
        if annotation is bool and type(value) is bool:
            return value
        repeated = annotation == list[str] and isinstance(value, list | tuple)
        if repeated and all(type(item) is str for item in value):
            return list(value)
        if isinstance(annotation, type) and issubclass(annotation, Path):
            path_type = self.parameter_info.path_type or annotation
            if path_type is Path and type(value) is str and value and "\0" not in value:
                return coerce_cli_path(
                    Path(value), self.parameter_info, path_type=Path, param=param, ctx=ctx
                )
        return self._full()._coerce_value(value, param=param, ctx=ctx)


def _runtime_param(descriptor: TypeDescriptor) -> RuntimeParam:
    info = descriptor.parameter_info
    annotation = descriptor.annotation
    plain = annotation in (str, bool) or annotation is Path or annotation == list[str]
    if (
        plain
        and descriptor.file_annotation is None
        and info.parser is None
        and getattr(info, "click_type", None) is None
    ):
        return _Plain(parameter_info=info, annotation=annotation, descriptor=descriptor)
    return build_runtime_param(descriptor)


def install() -> None:
    """Let Typer's parameters use `_runtime_param` (idempotent); nothing on another Typer."""
    if RuntimeParam is not None and hasattr(core, "build_runtime_param"):
        core.build_runtime_param = _runtime_param
