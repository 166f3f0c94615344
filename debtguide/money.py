"""Pure money logic: a loan's true annual rate, the legal lines, what is affordable, a debt split.

No I/O, no clock, no printing: callers pass the pack's `rates` content and get result objects.
Bad values raise UsageError naming what was wrong.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from debtguide.contract import LOAN_TYPES, OPEN_LOAN_TYPES
from debtguide.errors import UsageError, shown
from debtguide.i18n import t
from debtguide.inputs import full_date

if TYPE_CHECKING:
    from debtguide.content.models import BudgetRules, RateLine, Rates, Text

# The periods of an equal-instalment schedule and how many make a year. A week counts as
# 1/52 of a year, the usual convention for a nominal annual rate; a dated schedule uses days.
PERIODS_PER_YEAR: dict[str, int] = {"month": 12, "week": 52, "day": 365}
DAYS_PER_YEAR = 365


PRIORITIES = ("pro-rata", "court-first")

MAX_AMOUNT = Decimal("1e12")  # more than a trillion yuan is a typing mistake, not a debt
MAX_DEBTS = 100
# Ten years of daily payments, thirty of monthly ones: more is a typing mistake. The interview's
# installments_total (content/cn/questions.yaml) has the same maximum.
MAX_PAYMENTS = 3660
_TOLERANCE = 1e-9  # relative slack when comparing sums of floats

# ---- reading amounts and rates -------------------------------------------------------------

_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+")
_UNITS = {"万": 10_000, "w": 10_000, "千": 1_000, "k": 1_000, "亿": 100_000_000}
_PREFIXES = ("¥", "rmb", "cny")
_SUFFIXES = ("元", "块钱", "块", "rmb", "cny", "yuan")
_MINUS = ("-", "−", "负")


def _where(name: str | None) -> str:
    return f"{name}: " if name else ""


def parse_amount(raw: object, name: str | None = None) -> float:
    """Read an amount of yuan (12000, '12,000', '1.2万', '¥3,500.50'); reject negatives and garbage."""
    where = _where(name)
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
    where = _where(name)
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
        raise UsageError("money_bad_day", where=_where(name), value=raw) from None


# ---- the true annual rate ------------------------------------------------------------------


@dataclass(frozen=True)
class RateResult:
    """The true cost of a loan: nominal and compounded annual rates, totals and cost."""

    apr: float  # period rate × periods per year (the nominal annual rate)
    effective_annual: float  # compounded over a year; math.inf when too large to hold
    period_rate: float
    periods_per_year: int
    received: float  # what the borrower really got, after any fee taken at payout
    fee: float
    total_repaid: float
    payments: int
    period: str | None = None  # month / week / day for equal instalments, None when dated
    installment: float | None = None
    start: dt.date | None = None  # dated schedules: the day the money arrived
    end: dt.date | None = None  # dated schedules: the last payment

    @property
    def cost(self) -> float:
        """What the loan costs: everything repaid minus what was received."""
        return round(self.total_repaid - self.received, 2)


def _positive(value: float, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise UsageError("money_not_amount", where=_where(name), value=value)
    if value <= 0:
        raise UsageError("money_not_positive", name=name, value=yuan(value))
    return float(value)


def _net_received(received: float, fee: float) -> float:
    received = _positive(received, "--received")
    if isinstance(fee, bool) or not isinstance(fee, int | float) or not math.isfinite(fee):
        raise UsageError("money_not_amount", where="--fee: ", value=fee)
    if fee < 0:
        raise UsageError("money_negative", where="--fee: ", value=fee)
    if fee >= received:
        raise UsageError("money_fee_too_big", fee=yuan(fee), received=yuan(received))
    return received - fee


def _compound(rate: float, times: int) -> float:
    exponent = times * math.log1p(rate)
    return math.expm1(exponent) if exponent < 700 else math.inf


def _solve(value_at: Callable[[float], float], target: float, high: float) -> float:
    """Return r in [0, high] where the decreasing function value_at(r) equals target (bisection)."""
    low = 0.0
    for _ in range(400):
        mid = (low + high) / 2
        if not low < mid < high:
            break
        if value_at(mid) > target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def _check_repays(total: float, received: float) -> None:
    if total < received * (1 - _TOLERANCE):
        raise UsageError("money_never_repays", total=yuan(total), received=yuan(received))


def apr_from_installments(
    received: float, installment: float, count: int, period: str = "month", fee: float = 0.0
) -> RateResult:
    """Compute the true annual rate of `count` equal payments of `installment` per `period`."""
    if period not in PERIODS_PER_YEAR:
        raise UsageError("money_bad_period", value=period)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise UsageError("money_bad_count", value=count)
    if count > MAX_PAYMENTS:
        raise UsageError("money_count_too_large", value=count, most=MAX_PAYMENTS)
    net = _net_received(received, fee)
    installment = _positive(installment, "--installment")
    total = installment * count
    _check_repays(total, net)

    def present_value(rate: float) -> float:
        if rate == 0:
            return total
        return installment * -math.expm1(-count * math.log1p(rate)) / rate

    # Every payment falls at least one period out, so at r = total/net the present value is
    # below total/(1+r) < net: the root lies in [0, total/net].
    rate = 0.0 if total <= net * (1 + _TOLERANCE) else _solve(present_value, net, total / net)
    per_year = PERIODS_PER_YEAR[period]
    return RateResult(
        apr=rate * per_year,
        effective_annual=_compound(rate, per_year),
        period_rate=rate,
        periods_per_year=per_year,
        received=round(net, 2),
        fee=float(fee),
        total_repaid=round(total, 2),
        payments=count,
        period=period,
        installment=installment,
    )


@dataclass(frozen=True)
class Schedule:
    """A dated repayment schedule read from a file."""

    start: dt.date
    payments: tuple[tuple[dt.date, float], ...]
    received: float | None = None


def apr_from_schedule(
    received: float, start: dt.date, payments: Sequence[tuple[dt.date, float]], fee: float = 0.0
) -> RateResult:
    """Compute the true annual rate of dated payments after `received` arrived on `start`."""
    net = _net_received(received, fee)
    if not payments:
        raise UsageError("money_schedule_empty")
    flows: list[tuple[int, float]] = []
    for day, amount in payments:
        amount = _positive(amount, str(day))
        days = (day - start).days
        if days < 1:
            raise UsageError("money_payment_early", date=day, start=start)
        flows.append((days, amount))
    total = math.fsum(amount for _, amount in flows)
    _check_repays(total, net)

    def present_value(rate: float) -> float:
        log = math.log1p(rate)
        return math.fsum(amount * math.exp(-days * log) for days, amount in flows)

    rate = 0.0 if total <= net * (1 + _TOLERANCE) else _solve(present_value, net, total / net)
    return RateResult(
        apr=rate * DAYS_PER_YEAR,
        effective_annual=_compound(rate, DAYS_PER_YEAR),
        period_rate=rate,
        periods_per_year=DAYS_PER_YEAR,
        received=round(net, 2),
        fee=float(fee),
        total_repaid=round(total, 2),
        payments=len(flows),
        start=start,
        end=max(day for day, _ in payments),
    )


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


# ---- the legal lines -----------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    """A remark on a result: an interface string or a content text, with its citations."""

    key: str | None = None
    values: tuple[tuple[str, Any], ...] = ()
    text: Text | None = None
    cites: tuple[str, ...] = ()

    def __call__(self, lang: str) -> str:
        if self.text is not None:
            return self.text(lang)
        assert self.key is not None
        return t(self.key, lang, **dict(self.values))


def _ui(key: str, **values: Any) -> Note:
    return Note(key=key, values=tuple(values.items()))


@dataclass(frozen=True)
class LineCheck:
    """One legal line compared with a loan's rate, and whether it applies to the loan type."""

    id: str
    title: Text
    rate: float
    exceeded: bool
    applies: bool | str  # True, or "maybe" when the loan type does not settle it
    cites: tuple[str, ...]
    line: RateLine
    notes: tuple[Note, ...] = ()
    lpr: float | None = None
    lpr_from: dt.date | None = None
    scope_cites: tuple[str, ...] = ()  # who the line applies to, not the rate itself
    old_loan: bool = False  # part of the interest falls under older rules: the verdict is partial

    @property
    def verdict(self) -> str:
        """`above`, `below`, or `partly` when older rules govern part of the interest."""
        if self.old_loan:
            return "partly"
        return "above" if self.exceeded else "below"


def older_verdict(line: RateLine, apr: float) -> Note | None:
    """What the older lines say about interest up to the cut-off day, if the line has them."""
    older = line.older_loans
    if older is None or older.enforced is None or older.void is None:
        return None
    text = older.within if apr <= older.enforced + _TOLERANCE else None
    if text is None:
        text = older.between if apr <= older.void + _TOLERANCE else older.beyond
    if text is None:
        return None
    from debtguide.content.models import Text

    return Note(text=Text(zh=text.zh.format(apr=pct(apr)), en=text.en.format(apr=pct(apr))))


@dataclass(frozen=True)
class LprPick:
    """The one-year LPR used for a line, and where it came from."""

    rate: float
    start: dt.date | None  # the table entry's first day; None when the user gave the rate
    notes: tuple[Note, ...]


def lpr_on(rates: Rates, day: dt.date) -> tuple[float, dt.date] | None:
    """Return the one-year LPR in force on `day` and the day it took effect, if the table has it."""
    found = None
    for entry in rates.lpr_history:
        if entry.from_ <= day:
            found = (entry.rate, entry.from_)
    return found


def _pick_lpr(
    rates: Rates, line: RateLine, contract_date: dt.date | None, given: float | None
) -> LprPick:
    notes: list[Note] = []
    older = line.older_loans
    old_loan = older is not None and contract_date is not None and contract_date < older.before
    if old_loan:
        assert older is not None
        notes.append(Note(text=older.note, cites=tuple(older.cites)))
    if given is not None:
        notes.append(_ui("money_lpr_given", lpr=pct(given)))
        return LprPick(given, None, tuple(notes))
    latest = rates.lpr_history[-1]
    if contract_date is None or old_loan:
        key = "money_lpr_old_loan" if old_loan else "money_lpr_no_date"
        notes.append(_ui(key, lpr=pct(latest.rate), date=latest.from_))
        return LprPick(latest.rate, latest.from_, tuple(notes))
    found = lpr_on(rates, contract_date)
    if found is None:  # earlier than the first LPR: only reachable without an older_loans rule
        notes.append(_ui("money_lpr_no_date", lpr=pct(latest.rate), date=latest.from_))
        return LprPick(latest.rate, latest.from_, tuple(notes))
    rate, start = found
    notes.append(_ui("money_lpr_at_date", lpr=pct(rate), date=start, contract=contract_date))
    if contract_date > rates.as_of:
        notes.append(_ui("money_lpr_after_table", as_of=rates.as_of))
    return LprPick(rate, start, tuple(notes))


def loan_type_by_name(rates: Rates, loan_type: str | None, name: str | None) -> str | None:
    """The loan type a reserved word in the lender's name shows (rates.yaml `by_name`).

    Used only when the answers leave the type open (an online platform, not sure) and the
    words found point to one type: only a licensed bank may call itself 银行, only an approved
    small-loan company 小额贷款. None when the name settles nothing.
    """
    if (loan_type or "unknown") not in OPEN_LOAN_TYPES or not name:
        return None
    kinds = {kind for word, kind in rates.by_name.items() if word in name}
    return kinds.pop() if len(kinds) == 1 else None


def thresholds(
    rates: Rates,
    loan_type: str | None,
    apr: float,
    contract_date: dt.date | None = None,
    lpr: float | None = None,
) -> list[LineCheck]:
    """Compare `apr` with each legal line that may apply to `loan_type` (None means unknown)."""
    kind = loan_type or "unknown"
    if kind not in LOAN_TYPES:
        raise UsageError("money_bad_loan_type", value=loan_type, allowed=", ".join(LOAN_TYPES))
    checks: list[LineCheck] = []
    for line in rates.lines:
        applies = line.applies.get(kind)
        if applies is None:
            continue
        notes: tuple[Note, ...] = ()
        lpr_rate = lpr_from = None
        if line.rate is not None:
            rate = line.rate
        else:
            assert line.lpr_multiple is not None
            pick = _pick_lpr(rates, line, contract_date, lpr)
            lpr_rate, lpr_from, notes = pick.rate, pick.start, pick.notes
            rate = round(line.lpr_multiple * pick.rate, 8)
        old_loan = (
            line.older_loans is not None
            and contract_date is not None
            and contract_date < line.older_loans.before
        )
        if old_loan:
            extra = older_verdict(line, apr)
            notes = (*notes, extra) if extra is not None else notes
            caution = line.older_loans.caution if line.older_loans else None
            notes = (*notes, Note(text=caution)) if caution is not None else notes
        checks.append(
            LineCheck(
                id=line.id,
                title=line.title,
                rate=rate,
                exceeded=apr > rate + _TOLERANCE,
                applies=True if applies is True else "maybe",
                cites=tuple(line.summary.cites),  # only what supports the rate (finding 17)
                line=line,
                notes=notes,
                lpr=lpr_rate,
                lpr_from=lpr_from,
                scope_cites=tuple(line.scope.cites),
                old_loan=old_loan,
            )
        )
    return checks


# ---- affordability -------------------------------------------------------------------------


@dataclass(frozen=True)
class Affordability:
    """What can honestly be offered each month, after essentials and a reserve for emergencies."""

    income: float
    expenses: float
    commitments: float
    left: float  # income − expenses − commitments (may be negative)
    reserve: float  # kept back for emergencies
    monthly: float  # what can be offered; 0 when nothing is left

    @property
    def hardship(self) -> bool:
        """Whether nothing can be offered."""
        return self.monthly <= 0


def affordable_monthly(
    income: float, expenses: float, rules: BudgetRules, commitments: float = 0.0
) -> Affordability:
    """Return the monthly amount that can be offered: what is left, less the reserve, rounded down."""
    for name, value in (
        ("--income", income),
        ("--expenses", expenses),
        ("--commitments", commitments),
    ):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise UsageError("money_not_amount", where=_where(name), value=value)
        if value < 0:
            raise UsageError("money_negative", where=_where(name), value=value)
    # whole cents, rounded down: never offer the half cent that is not there
    left = math.floor(round((income - expenses - commitments) * 100, 6)) / 100
    if left <= 0:
        return Affordability(income, expenses, commitments, left, 0.0, 0.0)
    reserve = round(left * rules.reserve_share, 2)
    step = rules.round_down_to
    monthly = math.floor(round((left - reserve) / step, 6)) * step
    monthly = float(min(monthly, left))
    return Affordability(income, expenses, commitments, left, round(left - monthly, 2), monthly)


# ---- several debts -------------------------------------------------------------------------


@dataclass(frozen=True)
class Debt:
    """One debt of a budget: who claims how much, and whether it is in court."""

    creditor: str
    amount_claimed: float
    principal_received: float | None = None
    stage: str | None = None
    in_court: bool = False


@dataclass(frozen=True)
class Offer:
    """What to offer one creditor each month, and how long it takes to clear."""

    debt: Debt
    first: bool  # paid before the others (court-first priority)
    monthly: float  # the offer now, in whole yuan
    months: int | None  # months to clear at this offer; None when the offer is 0
    cleared_month: int | None  # month it is cleared when cleared debts' shares move on


@dataclass(frozen=True)
class Split:
    """The monthly amount split between several debts."""

    monthly: float
    priority: str
    offers: tuple[Offer, ...]
    unused: float  # left over because every debt already gets all it needs

    @property
    def all_cleared_month(self) -> int | None:
        """The month the last debt is cleared when each cleared share moves on, if ever."""
        months = [o.cleared_month for o in self.offers if o.cleared_month is not None]
        return max(months, default=0) if len(months) == len(self.offers) else None


def _caps(balances: Mapping[int, float], paid: Mapping[int, int] | None = None) -> dict[int, int]:
    """How many more whole yuan a month each debt can take before the offer exceeds it."""
    paid = paid or {}
    return {i: max(0, math.ceil(b - _TOLERANCE) - paid.get(i, 0)) for i, b in balances.items()}


def _allocate(
    total: int,
    weights: Mapping[int, float],
    caps: Mapping[int, int],
    tiers: Sequence[Sequence[int]],
) -> dict[int, int]:
    """Share `total` whole yuan tier by tier, pro rata to `weights`, never above `caps`."""
    given = {i: 0 for i in weights}
    left = total
    for tier in tiers:
        active = [i for i in tier if i in weights and weights[i] > 0 and caps[i] > 0]
        while left > 0 and active:
            weight = math.fsum(weights[i] for i in active)
            share = {i: left * weights[i] / weight for i in active}
            full = [i for i in active if share[i] >= caps[i] - given[i]]
            if full:
                for i in full:
                    left -= caps[i] - given[i]
                    given[i] = caps[i]
                active = [i for i in active if i not in full]
                continue
            floors = {i: math.floor(share[i]) for i in active}
            spare = left - sum(floors.values())
            order = sorted(active, key=lambda i: (floors[i] - share[i], -weights[i], i))
            for rank, i in enumerate(order):
                given[i] += floors[i] + (1 if rank < spare else 0)
            left = 0
    return given


def _tiers(debts: Sequence[Debt], priority: str, court_stages: frozenset[str]) -> list[list[int]]:
    if priority == "pro-rata":
        return [list(range(len(debts)))]
    first = [i for i, d in enumerate(debts) if _in_court(d, court_stages)]
    rest = [i for i in range(len(debts)) if i not in first]
    return [first, rest] if first else [rest]


def _in_court(debt: Debt, court_stages: frozenset[str]) -> bool:
    return debt.in_court or (debt.stage is not None and debt.stage in court_stages)


def split(
    debts: Sequence[Debt],
    monthly: float,
    priority: str = "pro-rata",
    court_stages: frozenset[str] | Sequence[str] = frozenset(),
) -> Split:
    """Split `monthly` between `debts`: pro rata to the amounts claimed, or debts in court first."""
    if priority not in PRIORITIES:
        raise UsageError("money_bad_priority", value=priority)
    if not debts:
        raise UsageError("money_debts_empty")
    if isinstance(monthly, bool) or not math.isfinite(monthly) or monthly < 0:
        raise UsageError("money_negative", where="--monthly: ", value=monthly)
    stages = frozenset(court_stages)
    tiers = _tiers(debts, priority, stages)
    total = math.floor(monthly + _TOLERANCE)
    balances = {i: max(0.0, round(d.amount_claimed, 2)) for i, d in enumerate(debts)}
    first = _allocate(total, balances, _caps(balances), tiers)
    cleared = _simulate(first, balances, tiers)
    offers = []
    for i, debt in enumerate(debts):
        offer = first[i]
        months = math.ceil(balances[i] / offer - _TOLERANCE) if offer else None
        if balances[i] == 0:
            months = 0
        offers.append(
            Offer(
                debt=debt,
                first=priority == "court-first" and _in_court(debt, stages),
                monthly=float(offer),
                months=months,
                cleared_month=cleared.get(i),
            )
        )
    used = sum(first.values())
    return Split(
        float(monthly), priority, tuple(offers), round(monthly - used, 2) if used < total else 0.0
    )


def _simulate(
    first: Mapping[int, int], balances: Mapping[int, float], tiers: Sequence[Sequence[int]]
) -> dict[int, int]:
    """Return the month each debt is cleared when each cleared debt's share moves to the rest.

    Offers only grow: a debt keeps its share, and freed shares are split like the first ones.
    """
    left = dict(balances)
    pay = dict(first)
    cleared = {i: 0 for i, b in left.items() if b <= 0}
    month = 0
    while len(cleared) < len(left):
        paying = {i: p for i, p in pay.items() if p > 0 and i not in cleared}
        if not paying:
            break
        step = min(math.ceil(left[i] / p - _TOLERANCE) for i, p in paying.items())
        month += step
        freed = 0
        for i, p in paying.items():
            left[i] -= step * p
            if left[i] <= _TOLERANCE * max(1.0, balances[i]):
                cleared[i], left[i], pay[i] = month, 0.0, 0
                freed += p
        active = {i: b for i, b in left.items() if i not in cleared}
        if freed and active:
            caps = _caps(active, pay)
            extra = _allocate(freed, active, caps, tiers)
            for i, more in extra.items():
                pay[i] += more
    return cleared


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


# ---- formatting helpers shared by the renderers --------------------------------------------


def yuan(value: float) -> str:
    """Format yuan with thousands separators, dropping .00 (12,000 / 1,234.50)."""
    if not math.isfinite(value):
        return str(value)
    text = f"{value:,.2f}"
    return text.removesuffix(".00")


def pct(rate: float) -> str:
    """Format a yearly rate as a percentage with two decimals (0.3507 → 35.07%)."""
    return f"{rate * 100:.2f}%"
