"""Conditions are data; the engine evaluates them the same way everywhere."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from debtguide.content.models import Cond
from debtguide.content.schema import validate
from debtguide.engine import Context, holds

ANSWERS = {
    "contact_kinds": ["phone_calls", "court_summons"],
    "days_overdue": 95,
    "feels_unsafe": False,
    "loan_type": "credit_card",
}


def c(data) -> Cond:
    return validate(Cond, data)


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"q": "contact_kinds", "has": "court_summons"}, True),
        ({"q": "contact_kinds", "has": "judgment"}, False),
        ({"q": "contact_kinds", "in": ["judgment", "phone_calls"]}, True),
        ({"q": "loan_type", "in": ["credit_card", "bank_consumer_loan"]}, True),
        ({"q": "loan_type", "is": "private_lender"}, False),
        ({"q": "days_overdue", "gte": 90}, True),
        ({"q": "days_overdue", "lt": 90}, False),
        ({"q": "feels_unsafe", "is": False}, True),
        ({"q": "monthly_income", "gte": 0}, False),
        ({"q": "monthly_income", "known": False}, True),
        ({"not": {"q": "monthly_income", "gte": 0}}, True),
        ({"all": [{"q": "days_overdue", "gte": 1}, {"stage": ["lawsuit"]}]}, True),
        ({"any": [{"flag": ["threats"]}, {"fact": "overdue"}]}, False),
    ],
)
def test_holds(data, expected) -> None:
    ctx = Context(ANSWERS, stage="lawsuit")
    assert holds(c(data), ctx) is expected


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"q": "a"},
        {"q": "a", "has": "b", "gte": 3},
        {"has": "b"},
        {"q": "a", "has": "b", "stage": ["lawsuit"]},
        {"q": "a", "whatever": 1},
    ],
)
def test_malformed_conditions_are_rejected(data) -> None:
    with pytest.raises(ValidationError):
        c(data)
