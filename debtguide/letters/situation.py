"""The situation a letter is written from, and what follows from it. Pure.

Who the lender is (licensed or not, which body takes a complaint), whether the limitation
period may be near, and the repayment offer: never more a month than the borrower can afford,
and with other debts only this creditor's share.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from debtguide import findings
from debtguide.content.models import Pack
from debtguide.engine import Assessment, assess, limitation_facts
from debtguide.money.budget import Debt, split
from debtguide.money.view import money_view

# From about this many days overdue the limitation period may be near or over: a letter that
# promises payment could restart it or give up the defence (civil-code-192, civil-code-195).
LIMITATION_RISK_DAYS = 900
LIMITATION_CITES = ("civil-code-192", "civil-code-195", "limitation-rules-14")
LICENSED = frozenset(
    {"bank_consumer_loan", "credit_card", "consumer_finance", "small_loan_company"}
)
PRIVATE = frozenset({"private_lender"})


@dataclass(frozen=True)
class EvidenceRow:
    """One entry of the evidence log, as a row of a letter's evidence table."""

    when: str
    channel: str
    who: str = ""
    what: str = ""
    files: str = ""
    number: str = ""  # the entry's number in the log, so the letter and the log agree


@dataclass(frozen=True)
class Situation:
    """What a letter is written from: the validated answers, their assessment, the log."""

    answers: Mapping[str, Any]
    result: Assessment
    evidence: tuple[EvidenceRow, ...] = ()
    practice: tuple[Any, ...] = ()  # rates.yaml lines from court practice that may apply
    shared: bool = False  # the offer is this debt's share of a case's budget (issue 15)
    court_first: bool = False  # and a debt in court takes its share first
    court_share: bool = False  # this debt is in court and takes its share first

    @property
    def today(self) -> dt.date:
        return self.result.today


def letter_situation(
    pack: Pack, answers: Mapping[str, Any], today: dt.date, lang: str, entries: Sequence[Any] = ()
) -> Situation:
    """The assessment a letter is written from, with the red flags the evidence-log `entries`
    support and their rows for the letter's evidence table (for one debt of a case, only that
    debt's entries: case.debt_entries). The command line and the page both build it here."""
    log_flags: dict[str, list[Any]] = {}
    rows: tuple[EvidenceRow, ...] = ()
    if entries:  # no log (the usual case): the report's code is not even imported
        from debtguide.evidence.report import letter_rows, report_for

        if pack.evidence is not None:
            log_flags = findings.from_log(pack, report_for(entries, pack.evidence))
        rows = tuple(EvidenceRow(*row) for row in letter_rows(entries, pack, lang))
    result = assess(pack, answers, today, extra_flags=log_flags, money=money_view(pack, answers))
    return Situation(answers, result, rows, practice_lines(pack, answers))


def practice_lines(pack: Pack, answers: Mapping[str, Any]) -> tuple[Any, ...]:
    """The court-practice rate lines (rates.yaml) that may apply to this kind of loan."""
    rates = getattr(pack, "rates", None)
    if rates is None:
        return ()
    kind = answers.get("loan_type") or "unknown"
    return tuple(line for line in rates.lines if line.basis == "practice" and kind in line.applies)


@dataclass(frozen=True)
class Plan:
    """A repayment offer the borrower can keep: never more a month than they can afford."""

    pause: bool  # nothing to spare: ask for time instead of promising money
    monthly: float | None  # what can honestly be paid each month
    lump: float | None  # what can be paid at once, if anything
    basis: float | None  # the amount the months are counted on
    basis_kind: Literal["principal", "claimed"] | None
    months: int | None
    first: dt.date  # the first payment date offered
    over_budget: bool = False  # the monthly sum was set above what the answers show is affordable
    shared: bool = False  # the monthly sum is this debt's share: the answers name other debts


def limitation_risk(answers: Mapping[str, Any], today: dt.date | None = None) -> bool:
    """Whether the debt may be near or past the limitation period (never computed exactly).

    Also when its age is unknown (review finding 19): a letter that promises payment must
    then warn, and the defence raises limitation rather than offering instalments.
    """
    if today is None:
        days = answers.get("days_overdue")
        return days is None or days >= LIMITATION_RISK_DAYS
    return "limitation_risk" in limitation_facts(answers, today)


def licensed(pack: Pack, answers: Mapping[str, Any]) -> bool | None:
    """Whether the lender is licensed: by the loan type, else by a reserved word in its name."""
    loan_type = answers.get("loan_type") or "unknown"
    if loan_type in LICENSED:
        return True
    if loan_type in PRIVATE:
        return False
    name = str(answers.get("lender_name") or "")
    routes = pack.letter_routes
    if routes is not None and any(word in name for word in routes.by_name):
        return True
    return None


def regulators(pack: Pack, situation: Situation) -> list[str]:
    """The channels that take a complaint about this kind of lender, most fitting first.

    When the loan type leaves a choice (an online platform, a type not known), the lender's
    name may settle it: only a licensed bank may call itself 银行, only a small-loan company
    小额贷款 (routes.yaml `by_name`).
    """
    routes = pack.letter_routes
    if routes is None:
        return []
    loan_type = situation.answers.get("loan_type") or "unknown"
    bodies = list(routes.regulators.get(loan_type, routes.regulators.get("unknown", [])))
    if len(bodies) > 1:
        name = str(situation.answers.get("lender_name") or "")
        named = {c for word, c in routes.by_name.items() if word in name and c in bodies}
        if len(named) == 1:
            return list(named)
    return bodies


def first_payment(today: dt.date) -> dt.date:
    """The first payment date to offer: the 15th of next month."""
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return dt.date(year, month, 15)


def monthly_share(situation: Situation) -> tuple[float | None, bool]:
    """What this creditor can be offered a month, and whether that is a share of the budget.

    When the answers name other debts (`other_debts_total`), the affordable sum is split pro
    rata to the amounts claimed, as `debtguide budget` splits it, so that a letter to one
    creditor never promises the money the others need too.
    """
    affordable = situation.result.money.affordable
    if affordable is None:
        return None, False
    this, others = _this_and_others(situation.answers)
    if this is None or affordable.monthly <= 0:
        return affordable.monthly, False
    debts = [Debt("this", this), Debt("others", others)]
    return split(debts, affordable.monthly).offers[0].monthly, True


def _this_and_others(answers: Mapping[str, Any]) -> tuple[float | None, float]:
    """This debt and the other debts the answers name, when both are known; else (None, 0)."""
    others = float(answers.get("other_debts_total") or 0)
    this = answers.get("amount_claimed") or answers.get("principal_received")
    if others <= 0 or not this:
        return None, 0.0
    return float(this), others


def lump_share(answers: Mapping[str, Any]) -> float | None:
    """What can be paid at once to this creditor: with other debts, its pro-rata share."""
    lump = answers.get("lump_sum_available") or None
    this, others = _this_and_others(answers)
    if lump is None or this is None:
        return lump
    return float(math.floor(lump * this / (this + others))) or None


def repayment_plan(situation: Situation, monthly_offer: float | None) -> Plan:
    """The offer: the monthly sum the borrower can afford, the months it takes, a lump sum."""
    answers = situation.answers
    affordable = situation.result.money.affordable
    first = first_payment(situation.today)
    lump = lump_share(answers)
    share, shared = monthly_share(situation)
    offered = monthly_offer if monthly_offer is not None else share
    if offered is not None and offered <= 0 and (monthly_offer is None or situation.shared):
        return Plan(True, None, lump, None, None, None, first)  # nothing to offer: ask for time
    limit = affordable.monthly if affordable is not None else None
    monthly = monthly_offer if monthly_offer is not None else share
    over = monthly is not None and limit is not None and monthly > limit
    shared = (shared and monthly_offer is None) or situation.shared
    principal = answers.get("principal_received")
    claimed = answers.get("amount_claimed")
    wants = answers.get("wants") or []
    basis: float | None = None
    kind: Literal["principal", "claimed"] | None = None
    if "principal_only" in wants and principal:
        basis, kind = principal, "principal"
    elif claimed:
        basis, kind = claimed, "claimed"
    elif principal:
        basis, kind = principal, "principal"
    months = None
    if basis is not None:
        if lump is not None:
            lump = min(lump, basis)
        rest = basis - (lump or 0)
        if rest <= 0:
            months = 0
        elif monthly:
            months = math.ceil(rest / monthly - 1e-9)
    return Plan(False, monthly, lump, basis, kind, months, first, over, shared)
