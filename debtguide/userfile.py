"""Parse YAML that a user wrote (answers files, debts lists, schedules) without surprises.

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
