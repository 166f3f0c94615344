"""Plain, frozen records: the form a content pack takes at run time.

A record class declares its fields as annotations, as a dataclass would, with defaults and
the options the validator honours given through `field()`:

    class Stage(Record):
        id: Id
        order: int = field(ge=1)
        keep: list[Text] = []

Creating these classes and unpickling their instances costs almost nothing, so a command
that reads the pack from the cache never imports Pydantic. Only a pack read from its YAML
is validated, by Pydantic models that `schema.py` derives from these classes (the
annotations stay strings until then: see `from __future__ import annotations` in models.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

_MISSING: Any = object()

F = TypeVar("F", bound=Callable[..., Any])


class Spec:
    """One field's default and the options `schema.py` passes to Pydantic's `Field`."""

    __slots__ = ("alias", "default", "factory", "options")

    def __init__(
        self,
        default: Any = _MISSING,
        factory: Callable[[], Any] | None = None,
        alias: str | None = None,
        options: dict[str, Any] | None = None,
    ) -> None:
        self.default = default
        self.factory = factory
        self.alias = alias
        self.options = options or {}

    @property
    def required(self) -> bool:
        return self.default is _MISSING and self.factory is None

    def make_default(self) -> Any:
        """A fresh default value (lists and mappings are copied, never shared)."""
        if self.factory is not None:
            return self.factory()
        if isinstance(self.default, list | dict | set):
            return self.default.copy()
        return self.default


def field(
    default: Any = _MISSING,
    *,
    default_factory: Callable[[], Any] | None = None,
    alias: str | None = None,
    **options: Any,
) -> Any:
    """A field with a default, a YAML name (`alias`, for words Python reserves such as `if`),
    or constraints that Pydantic checks on load: min_length, max_length, ge, gt, le, lt."""
    return Spec(default, default_factory, alias, options)


def validator(method: F) -> F:
    """Mark a method that checks a whole record on load; it raises ValueError to refuse it.

    It runs on the Pydantic form of the record, so it may read fields and ClassVars only."""
    method.__record_check__ = True  # type: ignore[attr-defined]
    return method


class Record:
    """Base of the content records: keyword construction, frozen, compared by value."""

    __record_fields__: ClassVar[dict[str, Spec]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls.__record_fields__)  # a base class's fields come first
        for name, annotation in cls.__annotations__.items():  # its own (3.10+), as strings
            if str(annotation).startswith("ClassVar"):
                continue
            value = cls.__dict__.get(name, _MISSING)
            spec = value if isinstance(value, Spec) else Spec(value)
            if name in cls.__dict__:
                delattr(cls, name)  # the value lives in each instance, never on the class
            fields[name] = spec
        cls.__record_fields__ = fields

    def __init__(self, **values: Any) -> None:
        specs = type(self).__record_fields__
        unknown = values.keys() - specs.keys()
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
        state = self.__dict__
        for name, spec in specs.items():
            if name in values:
                state[name] = values[name]
            elif spec.required:
                raise TypeError(f"{type(self).__name__} needs {name}")
            else:
                state[name] = spec.make_default()

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: use replace()")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__record_fields__)

    def __hash__(self) -> int:
        return hash((type(self), *(getattr(self, n) for n in self.__record_fields__)))

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__record_fields__)
        return f"{type(self).__name__}({shown})"


R = TypeVar("R", bound=Record)


def replace(record: R, **changes: Any) -> R:
    """A copy of `record` with some fields changed (unchecked: the values must be valid)."""
    values = {name: getattr(record, name) for name in type(record).__record_fields__}
    values.update(changes)
    return type(record)(**values)


def as_data(value: Any) -> Any:
    """Records as plain mappings under their YAML names (lists and mappings walked): the
    shape a pack file holds, so that it can be validated again."""
    if isinstance(value, Record):
        return {
            spec.alias or name: as_data(getattr(value, name))
            for name, spec in type(value).__record_fields__.items()
        }
    if isinstance(value, list | tuple):
        return [as_data(item) for item in value]
    if isinstance(value, dict):
        return {key: as_data(item) for key, item in value.items()}
    return value
