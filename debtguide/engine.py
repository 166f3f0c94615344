"""Answers → assessment: the stage, deadlines, actions, red flags and letters. Pure: no I/O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from debtguide.content.models import (
    Action,
    Cited,
    Cond,
    DeadlineRule,
    Flag,
    Pack,
    Question,
    Stage,
    Text,
)
from debtguide.contract import ASSESSMENT_PRECEDENCE, may_be_open_fact, passed_fact
from debtguide.restdays import add_days, add_months, legal_last_day

TIMING_ORDER = {"now": 0, "this_week": 1, "ongoing": 2}
SAFETY_FLAGS = frozenset({"threats", "home-intimidation"})  # the plan opens with safety
LOG_SOURCE = "evidence-log"
MESSAGE_SOURCE = "message"


@dataclass(frozen=True)
class Context:
    """What conditions can test: the answers, the stage, the raised flags, the derived facts."""

    answers: Mapping[str, Any]
    stage: str | None = None
    flags: frozenset[str] = frozenset()
    facts: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Deadline:
    """A hard deadline as a calendar date, counted from a date the borrower gave."""

    rule: DeadlineRule
    start: dt.date
    date: dt.date  # the counted last day: the safe one to plan around
    days_left: int
    legal_last_day: dt.date | None = None  # `date` moved past rest days; None: same as `date`
    unknown_years: tuple[int, ...] = ()  # years whose public holidays the calendar lacks

    @property
    def last_day(self) -> dt.date:
        return self.legal_last_day or self.date

    @property
    def status(self) -> str:
        """`open`, `may-be-open` (past `date`, not past `legal_last_day`) or `passed`."""
        if self.days_left >= 0:
            return "open"
        return "may-be-open" if self.today <= self.last_day else "passed"

    @property
    def today(self) -> dt.date:
        return add_days(self.date, -self.days_left)

    @property
    def passed(self) -> bool:
        """Over for certain: `legal_last_day` has gone by. Never before."""
        return self.status == "passed"

    @property
    def may_be_open(self) -> bool:
        return self.status == "may-be-open"


@dataclass(frozen=True)
class MissingDeadline:
    """A deadline that applies but cannot be dated because its start date is unknown."""

    rule: DeadlineRule


@dataclass(frozen=True)
class RaisedFlag:
    """A red flag, with what raised it (answers, the evidence log, a message)."""

    flag: Flag
    because: tuple[Text, ...]


@dataclass(frozen=True)
class LetterFit:
    """A letter that fits the situation, and why."""

    id: str
    why: Text


@dataclass(frozen=True)
class MoneyView:
    """The money figures the answers allow: the true rate and its lines, what is affordable."""

    rate: Any | None = None  # money.RateResult
    lines: tuple[Any, ...] = ()  # money.LineCheck, only the lines that may apply
    affordable: Any | None = None  # money.Affordability
    loan_type: str | None = None  # the loan type the lines were chosen for; None: unknown
    loan_type_by_name: bool = False  # that type was read from the lender's name
    repaid: float | None = None  # what the borrower says has been repaid so far
    paid_total: float | None = None  # repaid plus what is claimed now: what they would get
    over_received: float | None = None  # how much paid_total exceeds what was received


@dataclass(frozen=True)
class Assessment:
    """The whole plan for one borrower on one day."""

    today: dt.date
    stage: Stage
    why: tuple[Text, ...]
    decided: bool
    deadlines: tuple[Deadline, ...]
    missing_deadlines: tuple[MissingDeadline, ...]
    actions: tuple[Action, ...]
    flags: tuple[RaisedFlag, ...]
    letters: tuple[LetterFit, ...]
    money: MoneyView
    unknown: tuple[str, ...]
    credit_record: bool
    safety: bool
    facts: frozenset[str] = field(default_factory=frozenset)
    case_number: str | None = None  # from the court papers, to check the case by


# ---- conditions ----------------------------------------------------------------------------


def holds(cond: Cond, ctx: Context) -> bool:
    """Whether `cond` is true in `ctx`; a test on an unknown answer is false."""
    if cond.all_ is not None:
        return all(holds(c, ctx) for c in cond.all_)
    if cond.any_ is not None:
        return any(holds(c, ctx) for c in cond.any_)
    if cond.not_ is not None:
        return not holds(cond.not_, ctx)
    if cond.stage is not None:
        return ctx.stage in cond.stage
    if cond.flag is not None:
        return bool(ctx.flags.intersection(cond.flag))
    if cond.fact is not None:
        return cond.fact in ctx.facts
    value = ctx.answers.get(cond.q or "")
    if cond.known is not None:
        return (value is not None) == cond.known
    if value is None:
        return False
    if cond.has is not None:
        return cond.has in value
    if cond.in_ is not None:
        values = value if isinstance(value, list) else [value]
        return any(v in cond.in_ for v in values)
    if cond.is_ is not None:
        return value == cond.is_
    number = float(value)
    return (
        (cond.gte is None or number >= cond.gte)
        and (cond.gt is None or number > cond.gt)
        and (cond.lte is None or number <= cond.lte)
        and (cond.lt is None or number < cond.lt)
    )


def reasons(cond: Cond, ctx: Context, pack: Pack) -> list[Text]:
    """The answers that make `cond` true, each as `label: value` in both languages."""
    if cond.all_ is not None or cond.any_ is not None:
        out: list[Text] = []
        for part in cond.all_ or cond.any_ or []:
            if holds(part, ctx):
                out += [r for r in reasons(part, ctx, pack) if r not in out]
        return out
    if cond.q is None or not holds(cond, ctx):
        return []
    question = pack.question(cond.q)
    if question is None:
        return []
    value = ctx.answers[cond.q]
    if question.type == "multi":
        wanted = [cond.has] if cond.has is not None else (cond.in_ or value)
        shown = [v for v in value if v in wanted]
        return [answer_text(question, v) for v in shown]
    return [answer_text(question, value)]


def answer_text(question: Question, value: Any) -> Text:
    """`label: value` for one answer, in both languages."""
    if question.type in ("choice", "multi"):
        choice = question.choice(str(value))
        shown = choice.label if choice else Text(zh=str(value), en=str(value))
    elif question.type == "bool":
        shown = Text(zh="是", en="yes") if value else Text(zh="否", en="no")
    elif question.type == "money":
        shown = Text(zh=f"{value:,.2f} 元", en=f"{value:,.2f} yuan")
    else:
        shown = Text(zh=str(value), en=str(value))
    return Text(zh=f"{question.label.zh}：{shown.zh}", en=f"{question.label.en}: {shown.en}")


# ---- the assessment ------------------------------------------------------------------------


def asked(question: Question, answers: Mapping[str, Any]) -> bool:
    """Whether the interview asks `question`, given the answers so far."""
    return question.ask_if is None or holds(question.ask_if, Context(answers))


def assess(
    pack: Pack,
    answers: Mapping[str, Any],
    today: dt.date,
    extra_flags: Mapping[str, Iterable[Text]] | None = None,
    stage_hint: str | None = None,
    money: MoneyView | None = None,
) -> Assessment:
    """Build the plan for `answers` (validated) on `today`.

    `extra_flags` adds flags found elsewhere (a message, the evidence log) with their reasons;
    `stage_hint` is a stage that a message shows, used when the answers show a lower one.
    """
    rules = pack.rules
    stage_id, why, decided = _stage(pack, answers, stage_hint)
    money = money or MoneyView()
    facts = _facts(answers, stage_id, money) | limitation_facts(answers, today, stage_id)
    ctx = Context(answers, stage_id, frozenset(), facts)

    raised: dict[str, list[Text]] = {}
    for rule in rules.flag_rules:
        if holds(rule.if_, ctx):
            raised.setdefault(rule.flag, []).extend(reasons(rule.if_, ctx, pack))
    for flag_id, because in (extra_flags or {}).items():
        raised.setdefault(flag_id, []).extend(because)
    flag_order = list(pack.flags)
    flags = tuple(
        RaisedFlag(pack.flags[f], tuple(dict.fromkeys(raised[f])))
        for f in sorted(raised, key=flag_order.index)
    )
    ctx = Context(answers, stage_id, frozenset(raised), facts)

    deadlines: list[Deadline] = []
    missing: list[MissingDeadline] = []
    for due in rules.deadlines:
        if due.if_ is not None and not holds(due.if_, ctx):
            continue
        start = answers.get(due.start)
        if start is None:
            missing.append(MissingDeadline(due))
            continue
        date = add_days(add_months(start, due.months), due.days)
        if due.rest_days:
            legal = legal_last_day(date)
            day, unknown = legal.day, legal.unknown_years
        else:
            day, unknown = date, ()
        deadlines.append(Deadline(due, start, date, (date - today).days, day, unknown))
    deadlines.sort(key=lambda d: d.date)
    facts |= {passed_fact(d.rule.kind) for d in deadlines if d.passed}  # e.g. appeal_passed
    facts |= {may_be_open_fact(d.rule.kind) for d in deadlines if d.may_be_open}
    ctx = Context(answers, stage_id, frozenset(raised), facts)

    scope = {stage_id} | ({"credit-record"} if "overdue" in facts else set())
    safety = bool(answers.get("feels_unsafe")) or bool(SAFETY_FLAGS.intersection(raised))
    actions = [
        a
        for a in pack.actions
        if (not a.stages or scope.intersection(a.stages)) and (a.if_ is None or holds(a.if_, ctx))
    ]
    actions.sort(key=lambda a: action_rank(a, stage_id))

    letters = tuple(LetterFit(r.letter, r.why) for r in rules.letter_rules if holds(r.if_, ctx))
    unknown_ids = [
        q.id for q in pack.questions if q.key and answers.get(q.id) is None and asked(q, answers)
    ]
    unknown_ids += [m.rule.start for m in missing if m.rule.start not in unknown_ids]

    return Assessment(
        today=today,
        stage=pack.stage(stage_id),
        why=tuple(why),
        decided=decided,
        deadlines=tuple(deadlines),
        missing_deadlines=tuple(missing),
        actions=tuple(actions),
        flags=flags,
        letters=letters,
        money=money,
        unknown=tuple(unknown_ids),
        credit_record="overdue" in facts,
        safety=safety,
        facts=facts,
        case_number=answers.get("case_number"),
    )


def action_rank(action: Action, stage_id: str) -> tuple[bool, int, bool]:
    """Sort key: safety first; then by timing; within a timing, the stage's own steps first."""
    return (not action.safety, TIMING_ORDER[action.when], stage_id not in action.stages)


def _stage(
    pack: Pack, answers: Mapping[str, Any], hint: str | None
) -> tuple[str, list[Text], bool]:
    ctx = Context(answers)
    shown: dict[str, list[Text]] = {}
    for rule in pack.rules.stage_rules:
        if holds(rule.if_, ctx):
            shown.setdefault(rule.stage, []).extend(reasons(rule.if_, ctx, pack))
    if hint:
        hint_text = Text(
            zh="你提供的消息显示了这一阶段", en="The message you gave shows this stage"
        )
        shown.setdefault(hint, []).append(hint_text)
    for stage_id in ASSESSMENT_PRECEDENCE:
        if stage_id in shown:
            return stage_id, shown[stage_id], True
    return pack.rules.default_stage, [pack.rules.default_why], False


def _facts(answers: Mapping[str, Any], stage_id: str, money: MoneyView) -> frozenset[str]:
    facts = set()
    days = answers.get("days_overdue")
    collecting = stage_id not in ("pre-overdue", "reminder")
    if (days is not None and days >= 1) or collecting or (days is None and stage_id == "reminder"):
        facts.add("overdue")
    exceeded = [line for line in money.lines if line.exceeded]
    # Several "maybe" lines are alternatives (the lender is licensed or it is not): above all of
    # them is above the one that applies. A lone "maybe" line (credit cards) may not apply at all.
    if any(line.applies is True for line in exceeded) or (
        len(money.lines) > 1 and len(exceeded) == len(money.lines)
    ):
        facts.add("rate_above_line")
    elif exceeded:
        facts.add("rate_maybe_above_line")
    if money.affordable is not None and money.affordable.monthly <= 0:
        facts.add("nothing_to_spare")
    if money.loan_type_by_name:
        facts.add("lender_type_from_name")
    return frozenset(facts)


# About two and a half years: from here a debt may be near or past the three-year limitation
# period (NOTES §4, "Limitation and promises to pay"); an expiry date is never computed.
LIMITATION_RISK_DAYS = 900


def limitation_facts(
    answers: Mapping[str, Any], today: dt.date, stage_id: str | None = None
) -> frozenset[str]:
    """`limitation_risk`: the debt may be time-barred (old, or its age unknown);
    `old_debt`: it is known to be about two and a half years overdue or more.

    Only the borrower's own recent payment or written promise rules the risk out: a creditor's
    recent demand does not, because a demand made after the period ran out (a debt buyer's,
    typically) does not revive it, and the answers cannot show whether it came in time.
    """
    days = answers.get("days_overdue")
    paid = answers.get("last_payment_date")
    if paid is not None and (today - paid).days < LIMITATION_RISK_DAYS:
        return frozenset()
    if days is not None and days < LIMITATION_RISK_DAYS:
        return frozenset()
    if days is None and stage_id in ("pre-overdue", "reminder"):
        return frozenset()  # the plan then assumes a debt that has only just fallen overdue
    return frozenset({"limitation_risk"} | ({"old_debt"} if days is not None else set()))


def cited_in(items: Iterable[Cited | Action]) -> list[str]:
    """Every excerpt id cited by `items`, once, in order."""
    out: list[str] = []
    for item in items:
        out += [c for c in item.cites if c not in out]
    return out
