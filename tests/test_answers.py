"""Answers: typed in the interview or read from a file, checked the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from debtguide.answers import BadAnswer, parse, parse_date
from debtguide.content.models import Choice, Question, Text

TODAY = dt.date(2026, 11, 28)


def q(kind: str, **extra) -> Question:
    words = Text(zh="问题", en="question")
    return Question(id="x", type=kind, label=words, text=words, help=words, **extra)


CHOICES = [
    Choice(id="a", label=Text(zh="甲", en="Apple")),
    Choice(id="b", label=Text(zh="乙", en="Banana")),
    Choice(id="none", label=Text(zh="都没有", en="None of these")),
]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2026-11-20", dt.date(2026, 11, 20)),
        ("11-20", dt.date(2026, 11, 20)),
        ("2026/3/5", dt.date(2026, 3, 5)),
        ("2026年3月5日", dt.date(2026, 3, 5)),
        ("3月5日", dt.date(2026, 3, 5)),
        (dt.date(2025, 1, 2), dt.date(2025, 1, 2)),
    ],
)
def test_dates(raw, expected) -> None:
    assert parse_date(raw, TODAY) == expected


@pytest.mark.parametrize("raw", ["2026-02-30", "yesterday", "13-01", "20261120"])
def test_bad_dates(raw) -> None:
    with pytest.raises(BadAnswer):
        parse_date(raw, TODAY)


def test_choice_by_number_only_when_typed() -> None:
    question = q("choice", choices=CHOICES)
    assert parse(question, "2", TODAY, typed=True) == "b"
    assert parse(question, "banana", TODAY) == "b"
    assert parse(question, "乙", TODAY) == "b"
    with pytest.raises(BadAnswer) as caught:
        parse(question, "2", TODAY)
    assert "a, b, none" in caught.value.message("en")


def test_multi_accepts_lists_and_numbers_and_rejects_none_with_others() -> None:
    question = q("multi", choices=CHOICES, exclusive="none")
    assert parse(question, "1, 2，1", TODAY, typed=True) == ["a", "b"]
    assert parse(question, ["b", "a"], TODAY) == ["b", "a"]
    assert parse(question, "3", TODAY, typed=True) == ["none"]
    with pytest.raises(BadAnswer) as caught:
        parse(question, ["a", "none"], TODAY)
    assert "None of these" in caught.value.message("en")


def test_numbers_and_bounds() -> None:
    days = q("int", min=0)
    assert parse(days, "90", TODAY) == 90
    assert parse(days, "90天", TODAY) == 90
    assert parse(days, 12.0, TODAY) == 12
    for bad in ("-3", "many", True, 1.5):
        with pytest.raises(BadAnswer):
            parse(days, bad, TODAY)


def test_yes_no() -> None:
    question = q("bool")
    assert parse(question, "是", TODAY) is True
    assert parse(question, "n", TODAY) is False
    assert parse(question, True, TODAY) is True
    with pytest.raises(BadAnswer):
        parse(question, "maybe", TODAY)


def test_blank_is_unknown() -> None:
    assert parse(q("text"), "   ", TODAY) is None
    assert parse(q("money", min=0), None, TODAY) is None
