"""Content records (content/record.py) and their validation (content/schema.py)."""

from __future__ import annotations

import pickle

import pytest
from pydantic import ValidationError

from debtguide.content.models import Cond, LprEntry, Names, Stage, Text
from debtguide.content.record import Record, as_data, field, replace
from debtguide.content.schema import validate


class Sample(Record):
    name: str
    tags: list[str] = []  # noqa: RUF012 (a record copies it for each instance)
    size: int = field(3, ge=1)


def test_a_record_takes_its_fields_by_keyword_with_fresh_defaults() -> None:
    one, two = Sample(name="a"), Sample(name="b")
    assert (one.tags, one.size) == ([], 3)
    assert one.tags is not two.tags  # a list default is never shared
    with pytest.raises(TypeError, match="needs name"):
        Sample()
    with pytest.raises(TypeError, match="no field colour"):
        Sample(name="a", colour="red")


def test_a_record_is_frozen_and_compared_by_value() -> None:
    record = Sample(name="a", tags=["x"])
    with pytest.raises(AttributeError, match="frozen"):
        record.name = "b"  # type: ignore[misc]
    assert record == Sample(name="a", tags=["x"])
    assert record != Sample(name="a")
    assert replace(record, size=5) == Sample(name="a", tags=["x"], size=5)
    assert record.size == 3  # replace made a copy
    assert hash(Text(zh="甲", en="a")) == hash(Text(zh="甲", en="a"))


def test_a_record_survives_pickling() -> None:
    stage_data = {"zh": ["起诉"], "en": ["sued"]}
    names = validate(Names, stage_data)
    assert pickle.loads(pickle.dumps(names)) == names
    assert type(pickle.loads(pickle.dumps(names))) is Names


def test_validation_applies_the_field_options_and_string_kinds() -> None:
    assert validate(Text, {"zh": " 甲 ", "en": "a"}) == Text(zh="甲", en="a")  # NonEmpty strips
    with pytest.raises(ValidationError, match="at least 1 character"):
        validate(Text, {"zh": "  ", "en": "a"})
    with pytest.raises(ValidationError, match="Extra inputs"):
        validate(Text, {"zh": "甲", "en": "a", "fr": "a"})
    with pytest.raises(ValidationError, match="pattern"):  # an Id
        validate(Cond, {"stage": ["Not An Id"]})
    with pytest.raises(ValidationError, match="greater than 0"):
        validate(LprEntry, {"from": "2024-01-01", "rate": 0})


def test_validation_reads_yaml_names_and_runs_the_record_checks() -> None:
    cond = validate(Cond, {"all": [{"q": "days_overdue", "gte": 90}, {"not": {"flag": ["x"]}}]})
    assert isinstance(cond, Cond) and isinstance(cond.all_[1].not_, Cond)
    assert as_data(cond)["all"][0] == as_data(cond.all_[0])
    with pytest.raises(ValidationError, match="exactly one of q, stage"):
        validate(Cond, {"q": "days_overdue", "gte": 90, "stage": ["lawsuit"]})


def test_validated_data_holds_records_only(pack) -> None:
    """Nothing from the validator (a Pydantic object) reaches the running program."""
    from pydantic import BaseModel

    def walk(value: object) -> None:
        assert not isinstance(value, BaseModel), type(value)
        if isinstance(value, Record):
            for name in type(value).__record_fields__:
                walk(getattr(value, name))
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    stage = pack.stages[0]
    assert isinstance(stage, Stage) and isinstance(stage.aliases, Names)
    for name in type(pack).__record_fields__:
        walk(getattr(pack, name))
