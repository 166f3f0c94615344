"""The letter fields: read a value typed or given with --set, and which fields a letter needs
in a situation, which the answers already fill, and which are still missing. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from debtguide.answers import BadAnswer, parse_date
from debtguide.content.models import Letter, LetterField, Pack
from debtguide.errors import DebtguideError, UsageError
from debtguide.letters.situation import (
    Situation,
    limitation_risk,
    monthly_share,
    regulators,
    repayment_plan,
)
from debtguide.money.parse import parse_amount
from debtguide.suggest import suggest

MAX_VALUE = 200
_LAST4 = re.compile(r"^[0-9]{3}[0-9Xx]$")


def parse_field(fld: LetterField, raw: str, today: dt.date) -> Any:
    """Check and convert one field value (from --set or typed); raise UsageError naming it."""
    text = " ".join(str(raw).split())
    if not text:
        raise UsageError("letter_field_empty", field=fld.id)
    if len(text) > MAX_VALUE:
        raise UsageError("letter_field_long", field=fld.id, limit=MAX_VALUE)
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise UsageError("letter_field_control", field=fld.id)
    if fld.kind == "last4":
        if not _LAST4.match(text):
            raise UsageError("letter_field_last4", field=fld.id, value=text)
        return text.upper()
    if fld.kind == "date":
        try:
            return parse_date(text, today)
        except BadAnswer as exc:
            raise UsageError(
                "letter_field_bad",
                field=fld.id,
                reason={"zh": exc.message("zh"), "en": exc.message("en")},
            ) from None
    if fld.kind == "money":
        try:
            value = parse_amount(text)
        except DebtguideError as exc:
            raise UsageError(
                "letter_field_bad",
                field=fld.id,
                reason={"zh": exc.message("zh"), "en": exc.message("en")},
            ) from None
        if value <= 0:
            raise UsageError("letter_field_positive", field=fld.id, value=text)
        return value
    return text


def parse_sets(pack: Pack, items: list[str], today: dt.date) -> dict[str, Any]:
    """Read `--set FIELD=VALUE` options; raise UsageError naming the first bad one."""
    values: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError("letter_set_syntax", item=item)
        fld = pack.letter_fields.get(name)
        if fld is None:
            error = UsageError("letter_set_unknown", field=name)
            close = suggest(name, pack.letter_fields)
            if close:
                error.hint("did_you_mean", options=", ".join(close))
            raise error.hint("letter_fields_are", fields=", ".join(pack.letter_fields))
        values[fld.id] = parse_field(fld, raw, today)
    return values


def needed_fields(pack: Pack, letter: Letter, situation: Situation) -> list[str]:
    """The fields this letter uses in this situation, in the order they are asked."""
    plan = repayment_plan(situation, None) if "monthly_offer" in letter.fields else None
    out = []
    for name in letter.fields:
        if name == "monthly_offer" and plan is not None and plan.pause:
            continue  # nothing to spare: the letter asks for time, not a monthly sum
        if (
            name == "monthly_offer"
            and letter.id == "defense"
            and limitation_risk(situation.answers, situation.today)
        ):
            continue  # the defence then raises limitation and offers no instalments
        out.append(name)
    return out


def defaults(pack: Pack, letter: Letter, situation: Situation) -> dict[str, Any]:
    """Field values the answers and the assessment already hold."""
    values: dict[str, Any] = {}
    for name in letter.fields:
        fld = pack.letter_fields[name]
        if fld.answer and situation.answers.get(fld.answer) is not None:
            values[name] = situation.answers[fld.answer]
    share, _ = monthly_share(situation)
    if "monthly_offer" in letter.fields and share is not None and share > 0:
        values["monthly_offer"] = share
    if "authority" in letter.fields:
        bodies = regulators(pack, situation)
        routes = pack.letter_routes
        if len(bodies) == 1 and routes is not None and bodies[0] in routes.authority:
            values["authority"] = routes.authority[bodies[0]]
    return values


def missing_fields(
    pack: Pack, letter: Letter, situation: Situation, given: Mapping[str, Any]
) -> list[str]:
    """The fields still without a value: ask them on a terminal, or leave them blank."""
    known = {**defaults(pack, letter, situation), **given}
    return [n for n in needed_fields(pack, letter, situation) if known.get(n) is None]


def with_letter(
    pack: Pack, letter: Letter, answers: Mapping[str, Any], given: Mapping[str, Any]
) -> dict[str, Any]:
    """The answers, plus what writing this letter implies and what its fields answer.

    Objecting to a payment order implies one was received; a field tied to a question (the
    date the order arrived) answers it, so that the deadline can be worked out.
    """
    out = dict(answers)
    for question_id, choice in letter.implies.items():
        values = list(out.get(question_id) or [])
        if choice not in values:
            out[question_id] = [*values, choice]
    for name, value in given.items():
        fld = pack.letter_fields[name]
        if fld.answer:
            out[fld.answer] = value
    return out
