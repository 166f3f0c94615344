"""Check and convert answers, typed in the interview or read from an answers file."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from debtguide.content.models import Pack, Question
from debtguide.errors import DebtguideError, UsageError, shown
from debtguide.inputs import FULL, full_date, yes_no
from debtguide.suggest import suggest

_SEP = re.compile(r"[\s,，、;；]+")
_SHORT = re.compile(r"^(\d{1,2})[-/.月](\d{1,2})日?$")
YEARS = (1900, 2100)  # the dates an answer may give


class BadAnswer(DebtguideError):
    """One answer that does not fit its question; the message says what is allowed."""

    exit_code = UsageError.exit_code


def parse(question: Question, raw: Any, today: dt.date, typed: bool = False) -> Any:
    """Convert one answer to its value; None means unknown. Raise BadAnswer if it does not fit.

    `typed` is True for text typed in the interview, where choices may be given by number.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = question.type
    if kind == "choice":
        return _choice(question, raw, typed)
    if kind == "multi":
        return _multi(question, raw, typed)
    if kind == "bool":
        return _bool(raw)
    if kind == "date":
        return parse_date(raw, today, ahead=question.ahead)
    if kind == "int":
        return _bounded(question, _int(raw))
    if kind == "money":
        from debtguide.money.parse import parse_amount

        if isinstance(raw, bool):
            raise BadAnswer("answer_not_amount", value=shown(raw))
        try:
            value = parse_amount(raw)
        except DebtguideError as exc:
            if exc.key in ("money_negative", "money_too_large"):  # say which, not "not an amount"
                raise BadAnswer(exc.key, where="", value=shown(raw)) from None
            raise BadAnswer("answer_not_amount", value=shown(raw)) from None
        return _bounded(question, value)
    if isinstance(raw, list | dict):
        raise BadAnswer("answer_not_text", value=shown(raw))
    return str(raw).strip()


def _choice(question: Question, raw: Any, typed: bool) -> str:
    text = str(raw).strip()
    ids = [c.id for c in question.choices]
    if typed and text.isdecimal() and len(text) <= 3 and 1 <= int(text) <= len(ids):
        return ids[int(text) - 1]
    for choice in question.choices:
        if text.casefold() in (choice.id, choice.label.zh.casefold(), choice.label.en.casefold()):
            return choice.id
    allowed = f"1–{len(ids)}" if typed else ", ".join(ids)
    raise BadAnswer("answer_not_choice", value=shown(raw), allowed=allowed)


def _multi(question: Question, raw: Any, typed: bool) -> list[str]:
    parts = raw if isinstance(raw, list) else _SEP.split(str(raw).strip())
    values: list[str] = []
    for part in parts:
        if isinstance(part, str) and not part.strip():
            continue
        value = _choice(question, part, typed)
        if value not in values:
            values.append(value)
    if question.exclusive and question.exclusive in values and len(values) > 1:
        exclusive = question.choice(question.exclusive)
        assert exclusive is not None  # the loader checks that `exclusive` names a choice
        label = exclusive.label
        raise BadAnswer("answer_exclusive", choice={"zh": label.zh, "en": label.en})
    return values


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    answer = yes_no(raw)
    if answer is None:
        raise BadAnswer("answer_not_bool", value=shown(raw))
    return answer


MAX_INT_DIGITS = 15  # no whole-number answer needs more digits; int() of 4,301 fails


def _int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise BadAnswer("answer_not_int", value=shown(raw))
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = str(raw).strip().removesuffix("天").replace(",", "").strip()
    if re.fullmatch(r"[+-]?\d+", text):  # \d: decimal digits of any script, not "²"
        if len(text.lstrip("+-")) > MAX_INT_DIGITS:
            raise BadAnswer("answer_int_long", value=shown(raw), most=MAX_INT_DIGITS)
        return int(text)
    raise BadAnswer("answer_not_int", value=shown(raw))


def _bounded(question: Question, value: float) -> Any:
    if question.min is not None and value < question.min:
        raise BadAnswer("answer_too_small", value=shown(value), limit=_plain(question.min))
    if question.max is not None and value > question.max:
        raise BadAnswer("answer_too_large", value=shown(value), limit=_plain(question.max))
    return value


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def parse_date(raw: Any, today: dt.date, ahead: bool = False) -> dt.date:
    """Read a date: 2026-11-20, 2026/11/20, 2026年11月20日, or 11-20 / 11月20日 without a year.

    Most dates asked for (papers received, a judgment served, a loan made, an objection
    filed) are of something that has happened: a year-less date is its most recent
    occurrence up to `today`, and a date after `today` is refused: on 2027-01-05, "12-28" is
    2026-12-28, not a day next December. With `ahead` (a hearing, a deadline the court set)
    any date is accepted and a year-less one is its next occurrence from `today` on.
    Years outside 1900-2100 are refused: they are typing mistakes, and counting a deadline
    from 9999-12-31 would overflow.
    """
    date = _date(raw, today, ahead)
    if not YEARS[0] <= date.year <= YEARS[1]:
        raise BadAnswer("answer_date_years", value=shown(raw), first=YEARS[0], last=YEARS[1])
    if date > today and not ahead:
        raise BadAnswer("answer_date_future", value=shown(raw), today=today.isoformat())
    return date


def _date(raw: Any, today: dt.date, ahead: bool = False) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = str(raw).strip().replace(" ", "")
    if FULL.match(text):
        try:
            return full_date(text)
        except ValueError:
            raise BadAnswer("answer_not_date", value=shown(raw)) from None
    short = _SHORT.match(text)
    if not short:
        raise BadAnswer("answer_not_date", value=shown(raw))
    if ahead:
        return _next(int(short[1]), int(short[2]), today, raw)
    return _latest(int(short[1]), int(short[2]), today, raw)


def _latest(month: int, day: int, today: dt.date, raw: Any) -> dt.date:
    """The most recent month-day on or before `today` (02-29: the last leap day)."""
    for year in range(today.year, today.year - 9, -1):  # a leap day comes within eight years
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= today:
            return date
    raise BadAnswer("answer_not_date", value=shown(raw))


def _next(month: int, day: int, today: dt.date, raw: Any) -> dt.date:
    """The first month-day on or after `today` (02-29: the next leap day)."""
    for year in range(today.year, today.year + 9):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date >= today:
            return date
    raise BadAnswer("answer_not_date", value=shown(raw))


def validate(pack: Pack, raw: Mapping[str, Any], today: dt.date, lang: str) -> dict[str, Any]:
    """Check a whole answers mapping; raise UsageError listing every problem at once."""
    from debtguide.i18n import t

    answers: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in raw.items():
        question = pack.question(str(key))
        if question is None:
            ids = [q.id for q in pack.questions]
            close = suggest(str(key), ids, n=1)
            hint = t("answer_close", lang, name=close[0]) if close else ""
            problems.append(f"{key}: {t('answer_unknown_key', lang)}{hint}")
            continue
        try:
            parsed = parse(question, value, today)
        except BadAnswer as exc:
            problems.append(f"{key}: {exc.message(lang)}")
            continue
        if parsed is not None:
            answers[question.id] = parsed
    if problems:
        raise UsageError("bad_answers", problems, count=len(problems))
    return answers


def to_file(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers as plain data for an answers file (dates as ISO strings), in question order."""
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in answers.items()}
