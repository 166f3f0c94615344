"""Validation of a pack's YAML: Pydantic models derived from the records of models.py.

Each record class gets a Pydantic twin with the same name, fields, YAML names, defaults and
constraints, and its `@validator` methods as after-validators. Data is validated by the twins
and then turned into records, so the rest of the program never meets a Pydantic object, and
only a pack read from its YAML (never one from the cache) imports Pydantic.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, model_validator

from debtguide.content import models
from debtguide.content.record import Record

# The form of each kind of string models.py names (there, each is a plain str).
STRINGS: dict[str, Any] = {
    "Id": Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")],
    "QId": Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")],
    "NonEmpty": Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)],
    "ClockTime": Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")],
}


class _Twin(BaseModel):
    """Base of the twins: unknown keys are errors; a field is given by its YAML name (or by
    its Python name, as code and tests may)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


def _annotations(cls: type) -> dict[str, str]:
    """The annotations of a record class and its bases, as the strings models.py wrote."""
    out: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        out.update(inspect.get_annotations(klass))
    return out


def _after(check: Callable[[Any], None]) -> Callable[[Any], Any]:
    def run(self: Any) -> Any:
        check(self)
        return self

    run.__name__ = check.__name__
    return run


@functools.cache
def _twins() -> dict[type[Record], type[BaseModel]]:
    """A Pydantic twin for every record class of models.py, built once."""
    records = [
        value
        for value in vars(models).values()
        if isinstance(value, type)
        and issubclass(value, Record)
        and value.__module__ == models.__name__
    ]
    twins: dict[type[Record], type[BaseModel]] = {}
    for cls in records:
        annotations = _annotations(cls)
        namespace: dict[str, Any] = {"__module__": __name__, "__doc__": cls.__doc__}
        fields: dict[str, str] = {}
        for name, spec in cls.__record_fields__.items():
            fields[name] = annotations[name]
            options = dict(spec.options)
            if spec.alias:
                options["alias"] = spec.alias
            if spec.factory is not None:
                options["default_factory"] = spec.factory
            elif not spec.required:
                options["default"] = spec.default
            namespace[name] = Field(**options)
        for name, value in vars(cls).items():
            if getattr(value, "__record_check__", False):
                namespace[name] = model_validator(mode="after")(_after(value))
            elif annotations.get(name, "").startswith("ClassVar"):
                namespace[name] = value
                fields[name] = annotations[name]
        namespace["__annotations__"] = fields
        twins[cls] = type(cls.__name__, (_Twin,), namespace)
    # Default factories that make records make twins (Stage.aliases = Names()).
    for twin in twins.values():
        for info in twin.model_fields.values():
            factory = info.default_factory
            if isinstance(factory, type) and factory in twins:
                info.default_factory = twins[factory]
    names: dict[str, Any] = dict(vars(models))
    names.update({cls.__name__: twin for cls, twin in twins.items()})
    names.update(STRINGS)
    for name, value in vars(models).items():  # string aliases: Cue = "NonEmpty | Near | …"
        if models.__annotations__.get(name) == "TypeAlias" and isinstance(value, str):
            names[name] = eval(value, names)  # our own source text, not input
    for twin in twins.values():
        twin.model_rebuild(force=True, _types_namespace=names)
    _RECORDS.update({twin: cls for cls, twin in twins.items()})
    return twins


def _twin_type(tp: Any) -> Any:
    """The type `tp` with each record class in it replaced by its twin."""
    if isinstance(tp, type) and issubclass(tp, Record):
        return _twins()[tp]
    origin = typing.get_origin(tp)
    if origin in (list, dict):
        return origin[tuple(_twin_type(arg) for arg in typing.get_args(tp))]
    return tp


def to_record(value: Any) -> Any:
    """Validated data with every twin turned into its record."""
    if isinstance(value, BaseModel):
        cls = _RECORDS[type(value)]
        record = cls.__new__(cls)
        record.__dict__.update(
            (name, to_record(getattr(value, name))) for name in cls.__record_fields__
        )
        return record
    if isinstance(value, list):
        return [to_record(item) for item in value]
    if isinstance(value, dict):
        return {key: to_record(item) for key, item in value.items()}
    return value


_RECORDS: dict[type, type[Record]] = {}  # twin → record, filled by _twins()


@functools.cache
def validator(tp: Any) -> Callable[[Any], Any]:
    """A function that validates data as `tp` (a record class, or a list or mapping of them)
    and returns records; it raises pydantic.ValidationError listing every fault."""
    adapter = TypeAdapter(_twin_type(tp))

    def validate(data: Any) -> Any:
        return to_record(adapter.validate_python(data))

    return validate


def validate(tp: Any, data: Any) -> Any:
    """Validate `data` as `tp` and return records (see `validator`)."""
    return validator(tp)(data)
