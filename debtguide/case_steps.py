"""The order of the case interview, without asking anything: triage first, every debt in turn,
the household once, then the decisions (other loans? a first plan? the money questions?). Pure:
the terminal interview (cli/case_interview.py) and the page (web/case_flow.py) both walk it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from debtguide.case import HOUSEHOLD, ONE_DEBT_ONLY, Case, CaseDebt, default_id
from debtguide.content.models import Pack, Question
from debtguide.engine import asked

TRIAGE_LAST = "feels_unsafe"  # the pack asks stage, deadline and safety questions up to here


@dataclass(frozen=True)
class Step:
    """The next thing to ask: a question (for a debt, or the household when debt is None),
    or a decision: `more` (other overdue loans?) or `money` (sharpen the plan now?)."""

    kind: str  # "question", "more", "first-plan", "money"
    debt: str | None = None
    question: Question | None = None


def triage_ids(pack: Pack) -> frozenset[str]:
    """The questions that decide the stage, the deadlines and safety: asked first."""
    ids = [q.id for q in pack.questions]
    return frozenset(ids[: ids.index(TRIAGE_LAST) + 1]) if TRIAGE_LAST in ids else frozenset(ids)


def new_state() -> dict[str, Any]:
    """Where a fresh interview stands."""
    return {"more_done": False, "first_plan": False, "money": None, "auto_ids": []}


def next_step(pack: Pack, case: Case, state: Mapping[str, Any]) -> Step | None:
    """The next question or decision, or None when the interview is over. Pure."""
    triage = triage_ids(pack)
    for number, debt in enumerate(case.debts):
        step = _open(pack, case, debt, triage, True)
        if step is not None:
            return step
        if number == 0:
            house = _open_household(pack, case, triage, True)
            if house is not None:
                return house
    if not state.get("more_done"):
        return Step("more")
    if not state.get("first_plan"):
        return Step("first-plan")
    if state.get("money") is None:
        return Step("money")
    if state.get("money"):
        house = _open_household(pack, case, triage, False)
        if house is not None:
            return house
        for debt in case.debts:
            step = _open(pack, case, debt, triage, False)
            if step is not None:
                return step
    return None


def _open(
    pack: Pack, case: Case, debt: CaseDebt, triage: frozenset[str], first: bool
) -> Step | None:
    answers = case.answers_for(debt.id)
    for question in pack.questions:
        if question.id in HOUSEHOLD or question.id in ONE_DEBT_ONLY:
            continue
        if (question.id in triage) != first:
            continue
        if question.id in debt.answers or question.id in debt.skipped:
            continue
        if asked(question, answers):
            return Step("question", debt.id, question)
    return None


def _open_household(pack: Pack, case: Case, triage: frozenset[str], first: bool) -> Step | None:
    answers = case.answers_for(case.debts[0].id) if case.debts else dict(case.household)
    for question in pack.questions:
        if question.id not in HOUSEHOLD and question.id not in ONE_DEBT_ONLY:
            continue
        if question.id in ONE_DEBT_ONLY and len(case.debts) > 1:
            continue
        if (question.id in triage) != first:
            continue
        if question.id in case.household or question.id in case.skipped:
            continue
        if asked(question, answers):
            return Step("question", None, question)
    return None


def skip(case: Case, debt_id: str | None, question_id: str) -> Case:
    """A copy with the question marked skipped (offered again by --resume and review)."""
    if debt_id is None:
        return replace(case, skipped=(*case.skipped, question_id))
    debts = tuple(
        replace(d, skipped=(*d.skipped, question_id)) if d.id == debt_id else d for d in case.debts
    )
    return replace(case, debts=debts)


def unskip_all(case: Case) -> Case:
    """A copy with nothing skipped: every skipped question is open again."""
    return replace(case, skipped=(), debts=tuple(replace(d, skipped=()) for d in case.debts))


def skipped_count(case: Case) -> int:
    return len(case.skipped) + sum(len(d.skipped) for d in case.debts)


def rename_auto(case: Case, debt_id: str, state: dict[str, Any]) -> Case:
    """Give a debt added in this interview an id from its lender's name or type, once known."""
    if debt_id not in state.get("auto_ids", []):
        return case
    debt = case.debt(debt_id)
    others = [d.id for d in case.debts if d.id != debt_id]
    better = default_id(debt.answers, others)
    if better == debt_id:
        return case
    state["auto_ids"] = [better if i == debt_id else i for i in state["auto_ids"]]
    debts = tuple(replace(d, id=better) if d.id == debt_id else d for d in case.debts)
    return replace(case, debts=debts)
