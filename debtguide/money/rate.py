"""A loan's true annual rate and the legal lines it is compared with. Pure.

The rate is found by bisection, for equal instalments or a dated schedule; the lines come from
the pack's `rates` content, with the one-year LPR picked for the contract date.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from debtguide.contract import LOAN_TYPES, OPEN_LOAN_TYPES
from debtguide.errors import UsageError
from debtguide.i18n import t
from debtguide.money.figures import TOLERANCE, named, pct, yuan

if TYPE_CHECKING:
    from debtguide.content.models import RateLine, Rates, Text


# The periods of an equal-instalment schedule and how many make a year. A week counts as
# 1/52 of a year, the usual convention for a nominal annual rate; a dated schedule uses days.
PERIODS_PER_YEAR: dict[str, int] = {"month": 12, "week": 52, "day": 365}
DAYS_PER_YEAR = 365

# Ten years of daily payments, thirty of monthly ones: more is a typing mistake. The interview's
# installments_total (content/cn/questions.yaml) has the same maximum.
MAX_PAYMENTS = 3660


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
        raise UsageError("money_not_amount", where=named(name), value=value)
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
    if total < received * (1 - TOLERANCE):
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
    rate = 0.0 if total <= net * (1 + TOLERANCE) else _solve(present_value, net, total / net)
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

    rate = 0.0 if total <= net * (1 + TOLERANCE) else _solve(present_value, net, total / net)
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
    text = older.within if apr <= older.enforced + TOLERANCE else None
    if text is None:
        text = older.between if apr <= older.void + TOLERANCE else older.beyond
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
                exceeded=apr > rate + TOLERANCE,
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
