"""Reading money input: amounts, rates and dates as typed, a schedule file and a debts file.

No I/O: callers pass text or parsed YAML/JSON. A bad value raises UsageError naming it; a bad
file raises one UsageError listing every problem.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from debtguide.errors import UsageError, shown
from debtguide.i18n import t
from debtguide.inputs import full_date
from debtguide.money.budget import Debt
from debtguide.money.figures import named

MAX_AMOUNT = Decimal("1e12")  # more than a trillion yuan is a typing mistake, not a debt
MAX_DEBTS = 100

_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+")
_UNITS = {"万": 10_000, "w": 10_000, "千": 1_000, "k": 1_000, "亿": 100_000_000}
_PREFIXES = ("¥", "rmb", "cny")
_SUFFIXES = ("元", "块钱", "块", "rmb", "cny", "yuan")
_MINUS = ("-", "−", "负")


def parse_amount(raw: object, name: str | None = None) -> float:
    """Read an amount of yuan (12000, '12,000', '1.2万', '¥3,500.50'); reject negatives and garbage."""
    where = named(name)
    if isinstance(raw, bool) or raw is None:
        raise UsageError("money_not_amount", where=where, value=shown(raw))
    if isinstance(raw, int | float | Decimal):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise UsageError("money_not_amount", where=where, value=shown(raw))
        value = Decimal(str(raw))
    elif isinstance(raw, str):
        value = _amount_text(raw, where)
    else:
        raise UsageError("money_not_amount", where=where, value=shown(raw))
    if value < 0:
        raise UsageError("money_negative", where=where, value=shown(raw))
    if value > MAX_AMOUNT:
        raise UsageError("money_too_large", where=where, value=shown(raw))
    return float(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _amount_text(raw: str, where: str) -> Decimal:
    text = unicodedata.normalize("NFKC", raw).strip().lower()
    text = re.sub(r"[\s_']", "", text)
    negative = text.startswith(_MINUS)
    if negative:
        text = text[1:]
    for prefix in _PREFIXES:
        text = text.removeprefix(prefix)
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            text = text.removesuffix(suffix)
            break
    unit = 1
    if text and text[-1] in _UNITS:
        unit = _UNITS[text[-1]]
        text = text[:-1]
    if not _NUMBER.fullmatch(text):
        raise UsageError("money_not_amount", where=where, value=shown(raw))
    value = Decimal(text.replace(",", "")) * unit
    if negative and value != 0:
        raise UsageError("money_negative", where=where, value=shown(raw))
    return value


def parse_rate(raw: object, name: str | None = None) -> float:
    """Read a yearly rate: '3.1%', '0.031', or 3.1 (a bare number of 1 or more is a percentage)."""
    where = named(name)
    if isinstance(raw, bool) or raw is None:
        raise UsageError("money_not_rate", where=where, value=shown(raw))
    text = unicodedata.normalize("NFKC", str(raw)).strip().replace(" ", "")
    percent = text.endswith("%")
    text = text.removesuffix("%")
    if not re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", text):
        raise UsageError("money_not_rate", where=where, value=shown(raw))
    try:
        number = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only decimals
        raise UsageError("money_not_rate", where=where, value=shown(raw)) from None
    if percent or number >= 1:
        number /= 100
    if not 0 < number < 1:
        raise UsageError("money_rate_range", where=where, value=shown(raw))
    return float(number)


def parse_day(raw: object, name: str | None = None) -> dt.date:
    """Read a date given as YYYY-MM-DD, 2026年11月28日 and the like (or already a date)."""
    if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
        return raw
    try:
        return full_date(str(raw))
    except ValueError:
        raise UsageError("money_bad_day", where=named(name), value=raw) from None


@dataclass(frozen=True)
class Schedule:
    """A dated repayment schedule read from a file."""

    start: dt.date
    payments: tuple[tuple[dt.date, float], ...]
    received: float | None = None


_SCHEDULE_KEYS = {"received_on", "received", "payments"}


def parse_schedule(data: Any, lang: str, source: str = "") -> Schedule:
    """Read a schedule from parsed YAML/JSON; raise UsageError listing every problem in `lang`."""
    problems: list[str] = []
    if not isinstance(data, Mapping):
        raise UsageError(
            "money_schedule_bad", [t("money_schedule_not_mapping", lang)], source=source, count=1
        )
    for key in data:
        if key not in _SCHEDULE_KEYS:
            problems.append(
                t("money_unknown_key", lang, place=key, allowed="received_on, received, payments")
            )
    start = _field(problems, lang, "received_on", data.get("received_on"), parse_day, True)
    received = _field(problems, lang, "received", data.get("received"), parse_amount, False)
    raw_payments = data.get("payments")
    payments: list[tuple[dt.date, float]] = []
    if not isinstance(raw_payments, list) or not raw_payments:
        problems.append(t("money_no_payments", lang))
        raw_payments = []
    for i, item in enumerate(raw_payments):
        place = f"payments[{i}]"
        if not isinstance(item, Mapping):
            problems.append(t("money_not_mapping", lang, place=place))
            continue
        for key in item:
            if key not in ("date", "amount"):
                problems.append(
                    t("money_unknown_key", lang, place=f"{place}.{key}", allowed="date, amount")
                )
        day = _field(problems, lang, f"{place}.date", item.get("date"), parse_day, True)
        amount = _field(problems, lang, f"{place}.amount", item.get("amount"), parse_amount, True)
        if amount == 0:
            problems.append(t("money_zero_payment", lang, place=f"{place}.amount"))
        if day is not None and start is not None and day <= start:
            problems.append(
                t("money_payment_early_at", lang, place=f"{place}.date", date=day, start=start)
            )
        if day is not None and amount:
            payments.append((day, amount))
    if received == 0:
        problems.append(t("money_zero_received", lang))
    if problems:
        raise UsageError("money_schedule_bad", problems, source=source, count=len(problems))
    assert start is not None
    return Schedule(start=start, payments=tuple(sorted(payments)), received=received)


def _field(
    problems: list[str],
    lang: str,
    place: str,
    raw: Any,
    reader: Callable[[Any, str | None], Any],
    required: bool,
) -> Any:
    """Read one value with `reader`; record a localized problem and return None if it is bad."""
    if raw is None:
        if required:
            problems.append(t("money_missing", lang, place=place))
        return None
    try:
        return reader(raw, place)
    except UsageError as exc:
        problems.append(exc.message(lang))
        return None


_DEBT_KEYS = ("creditor", "amount_claimed", "principal_received", "stage", "in_court")


def parse_debts(data: Any, lang: str, stage_ids: Sequence[str], source: str = "") -> list[Debt]:
    """Read a list of debts from parsed YAML/JSON; raise UsageError listing every problem in `lang`."""
    if not isinstance(data, list) or not data:
        raise UsageError(
            "money_debts_bad", [t("money_debts_not_list", lang)], source=source, count=1
        )
    if len(data) > MAX_DEBTS:
        problem = t("money_debts_too_many", lang, count=len(data), most=MAX_DEBTS)
        raise UsageError("money_debts_bad", [problem], source=source, count=1)
    problems: list[str] = []
    debts: list[Debt] = []
    for i, item in enumerate(data):
        place = f"[{i}]"
        if not isinstance(item, Mapping):
            problems.append(t("money_not_mapping", lang, place=place))
            continue
        for key in item:
            if key not in _DEBT_KEYS:
                problems.append(
                    t(
                        "money_unknown_key",
                        lang,
                        place=f"{place}.{key}",
                        allowed=", ".join(_DEBT_KEYS),
                    )
                )
        creditor = item.get("creditor")
        if creditor is None or not str(creditor).strip():
            problems.append(t("money_missing", lang, place=f"{place}.creditor"))
        claimed = _field(
            problems,
            lang,
            f"{place}.amount_claimed",
            item.get("amount_claimed"),
            parse_amount,
            True,
        )
        received = _field(
            problems,
            lang,
            f"{place}.principal_received",
            item.get("principal_received"),
            parse_amount,
            False,
        )
        stage = item.get("stage")
        if stage is not None and stage not in stage_ids:
            problems.append(
                t(
                    "money_debts_bad_stage",
                    lang,
                    place=f"{place}.stage",
                    value=stage,
                    allowed=", ".join(stage_ids),
                )
            )
        in_court = item.get("in_court", False)
        if not isinstance(in_court, bool):
            problems.append(
                t("money_debts_bad_bool", lang, place=f"{place}.in_court", value=in_court)
            )
        if creditor is not None and str(creditor).strip() and claimed is not None:
            debts.append(
                Debt(
                    creditor=str(creditor).strip(),
                    amount_claimed=claimed,
                    principal_received=received,
                    stage=stage if isinstance(stage, str) else None,
                    in_court=in_court is True,
                )
            )
    if problems:
        raise UsageError("money_debts_bad", problems, source=source, count=len(problems))
    if all(d.amount_claimed == 0 for d in debts):
        raise UsageError(
            "money_debts_bad", [t("money_debts_all_zero", lang)], source=source, count=1
        )
    return debts
