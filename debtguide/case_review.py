"""Every answer of a case in plain words, numbered, so that any one can be changed.

Pure: `review_items(pack, case)` lists them (household first, then each debt), answered,
skipped or not yet asked; `item_text(pack, item, lang)` says one in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from debtguide.case import HOUSEHOLD, ONE_DEBT_ONLY, Case
from debtguide.content.models import Pack, Question
from debtguide.engine import answer_text, asked


@dataclass(frozen=True)
class ReviewItem:
    """One question of the case: its number in the list, its debt (None: the household)."""

    number: int
    debt: str | None
    question: Question
    value: Any | None  # None: not answered
    skipped: bool


def review_items(pack: Pack, case: Case) -> list[ReviewItem]:
    """Every question the case asks, in the order of the interview, with its answer."""
    items: list[ReviewItem] = []
    first = case.answers_for(case.debts[0].id) if case.debts else dict(case.household)
    for question in pack.questions:
        if question.id not in HOUSEHOLD and question.id not in ONE_DEBT_ONLY:
            continue
        if question.id in ONE_DEBT_ONLY and len(case.debts) > 1:
            continue
        value = case.household.get(question.id)
        if value is None and not asked(question, first):
            continue
        items.append(ReviewItem(len(items) + 1, None, question, value, question.id in case.skipped))
    for debt in case.debts:
        answers = case.answers_for(debt.id)
        for question in pack.questions:
            if question.id in HOUSEHOLD or question.id in ONE_DEBT_ONLY:
                continue
            value = debt.answers.get(question.id)
            if value is None and not asked(question, answers):
                continue
            items.append(
                ReviewItem(len(items) + 1, debt.id, question, value, question.id in debt.skipped)
            )
    return items


def item_text(item: ReviewItem, lang: str) -> str:
    """`3. [huahua] Days overdue: 95`, or the question's label and why it has no answer."""
    from debtguide.i18n import t

    where = f"[{item.debt}] " if item.debt else ""
    if item.value is None:
        label = item.question.label(lang)
        state = t("rv_skipped" if item.skipped else "rv_not_answered", lang)
        sep = "：" if lang == "zh" else ": "
        return f"{item.number}. {where}{label}{sep}{state}"
    if item.question.type == "multi":
        parts = [answer_text(item.question, v)(lang) for v in item.value]
        sep = "：" if lang == "zh" else ": "
        label = item.question.label(lang)
        shown = ("、" if lang == "zh" else ", ").join(p.split(sep, 1)[1] for p in parts)
        return f"{item.number}. {where}{label}{sep}{shown or t('rv_none_chosen', lang)}"
    return f"{item.number}. {where}{answer_text(item.question, item.value)(lang)}"
