"""Parse files that a user wrote (answers files, debts lists, schedules) without surprises.

PyYAML turns anything shaped like a date into a `datetime.date` and raises a bare
`ValueError` when the shape is right but the date is not (`2026-13-01`). A user's
typo must reach the checks that name the field, so such a value stays text here.
"""

from __future__ import annotations

from typing import Any


def load_yaml(text: str) -> Any:
    """Parse YAML safely; impossible dates are kept as the text the user wrote."""
    import yaml

    try:
        from yaml import CSafeLoader as Base
    except ImportError:  # pragma: no cover - PyYAML built without libyaml
        from yaml import SafeLoader as Base  # type: ignore[assignment]

    class _Loader(Base):  # type: ignore[valid-type, misc]
        pass

    def timestamp(loader: Any, node: Any) -> Any:
        try:
            return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
        except ValueError:
            return loader.construct_scalar(node)

    _Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return yaml.load(text, Loader=_Loader)


class NotParsed(ValueError):
    """The text is not valid YAML or JSON; `line` (1-based) and `reason` say where and why."""

    def __init__(self, line: int | None, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def load_data(text: str, suffix: str) -> Any:
    """Parse a user's file: JSON for `.json` (every valid JSON document), YAML otherwise."""
    if suffix.lower() == ".json":
        import json

        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise NotParsed(exc.lineno, exc.msg) from None
    import yaml

    try:
        return load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        raise NotParsed(mark.line + 1 if mark else None, reason) from None
