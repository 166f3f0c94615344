"""What can honestly be offered each month, and how to split it between several debts. Pure.

Amounts are whole yuan, shared pro rata (or debts in court first) and never above what is
there: a plan never offers money the borrower does not have.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from debtguide.errors import UsageError
from debtguide.money.figures import TOLERANCE, named

if TYPE_CHECKING:
    from debtguide.content.models import BudgetRules

PRIORITIES = ("pro-rata", "court-first")


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
            raise UsageError("money_not_amount", where=named(name), value=value)
        if value < 0:
            raise UsageError("money_negative", where=named(name), value=value)
    # whole cents, rounded down: never offer the half cent that is not there
    left = math.floor(round((income - expenses - commitments) * 100, 6)) / 100
    if left <= 0:
        return Affordability(income, expenses, commitments, left, 0.0, 0.0)
    reserve = round(left * rules.reserve_share, 2)
    step = rules.round_down_to
    monthly = math.floor(round((left - reserve) / step, 6)) * step
    monthly = float(min(monthly, left))
    return Affordability(income, expenses, commitments, left, round(left - monthly, 2), monthly)


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
    return {i: max(0, math.ceil(b - TOLERANCE) - paid.get(i, 0)) for i, b in balances.items()}


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
    total = math.floor(monthly + TOLERANCE)
    balances = {i: max(0.0, round(d.amount_claimed, 2)) for i, d in enumerate(debts)}
    first = _allocate(total, balances, _caps(balances), tiers)
    cleared = _simulate(first, balances, tiers)
    offers = []
    for i, debt in enumerate(debts):
        offer = first[i]
        months = math.ceil(balances[i] / offer - TOLERANCE) if offer else None
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
        step = min(math.ceil(left[i] / p - TOLERANCE) for i, p in paying.items())
        month += step
        freed = 0
        for i, p in paying.items():
            left[i] -= step * p
            if left[i] <= TOLERANCE * max(1.0, balances[i]):
                cleared[i], left[i], pay[i] = month, 0.0, 0
                freed += p
        active = {i: b for i, b in left.items() if i not in cleared}
        if freed and active:
            caps = _caps(active, pay)
            extra = _allocate(freed, active, caps, tiers)
            for i, more in extra.items():
                pay[i] += more
    return cleared
