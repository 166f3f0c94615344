"""Render a case of several debts: the one-screen summary, then the plan debt by debt."""

from __future__ import annotations

from dataclasses import replace

from rich.console import Group, RenderableType
from rich.text import Text

from debtguide.case import CaseAssessment, Summary, summary
from debtguide.content.models import Pack
from debtguide.i18n import t
from debtguide.render.layout import banner
from debtguide.render.reference import _bullets, _heading, _numbered, cites_text


def _yuan(value: float) -> str:
    from debtguide.money.figures import yuan

    return yuan(value)


def _days(days: int, lang: str) -> str:
    if days < 0:
        return t("plan_may_be_open", lang)
    return t("plan_day_left" if days == 1 else "plan_days_left", lang, days=days)


def summary_view(pack: Pack, result: CaseAssessment, lang: str) -> RenderableType:
    """The first screen: each debt's stage, dated deadlines across debts, three first steps."""
    s: Summary = summary(result)
    several = len(s.debts) > 1
    title = (
        t("case_summary_title", lang, count=len(s.debts))
        if several
        else t("case_summary_title_one", lang)
    )
    parts: list[RenderableType] = [Text(title, style="bold reverse")]
    rows = []
    for i, debt in enumerate(s.debts, 1):
        if several:  # the id names the debt in commands (--debt ID); one debt needs none
            line = Text(f"{i}. ", style="bold")
            line.append(debt.id, style="bold cyan")
            if debt.lender:
                line.append(f" {debt.lender}")
        else:
            line = Text(debt.lender or debt.id, style="bold")
        line.append(" · ")
        line.append(debt.stage.title(lang), style="magenta")
        if debt.owed:
            line.append(" · " + t("case_owed", lang, amount=_yuan(debt.owed)))
        if debt.offer:
            line.append(" · " + t("case_offer", lang, amount=_yuan(debt.offer)))
        elif debt.offer is not None:
            line.append(" · " + t("case_offer_none", lang))
        rows.append(line)
    heading = t("case_summary_debts", lang) if several else t("case_summary_debt_one", lang)
    parts += [Text(heading, style="bold"), Group(*rows)]

    parts.append(Text(t("case_summary_deadlines", lang), style="bold"))
    if s.deadlines:
        lines = []
        for item in s.deadlines:
            d = item.deadline
            style = "bold red" if d.days_left <= 5 else "bold yellow"
            line = Text(f"  {d.date.isoformat()}  ", style="bold")
            line.append(_days(d.days_left, lang), style=style)
            line.append("  ")
            if several:
                line.append(item.debt, style="cyan")
                line.append(t("case_colon", lang))
            line.append(d.rule.title(lang))
            lines.append(line)
        parts.append(Group(*lines))
    else:
        parts.append(Text("  " + t("case_no_deadlines", lang), style="dim"))

    parts.append(Text(t("case_summary_first", lang), style="bold"))
    steps = []
    for step in s.steps:
        text = Text()
        if step.debts and several:
            text.append(f"[{', '.join(step.debts)}] ", style="cyan")
        text.append(step.action.text(lang), style="bold" if step.action.safety else "")
        steps.append(text)
    parts.append(_numbered(steps))
    if s.affordable is not None:
        key = "case_budget_court_first" if any(o.first for o in result.offers) else "case_budget"
        parts.append(Text(t(key, lang, amount=_yuan(s.affordable))))
    if s.unknown:
        parts.append(Text(t("case_summary_unknown", lang, count=s.unknown), style="dim"))
    return Group(*parts)


def case_plan(pack: Pack, result: CaseAssessment, lang: str, letter_args: str) -> RenderableType:
    """The summary, the advice every debt shares (once), then each debt's own plan."""
    from debtguide.render.plan import plan

    parts: list[RenderableType] = [summary_view(pack, result, lang)]
    first = next(iter(result.results.values()))
    common = [a for a in first.actions if a.id in result.common]
    if common:
        parts.append(_heading(t("case_common", lang)))
        rows = [Text(a.text(lang)) + cites_text(pack, a.cites, lang) for a in common]
        parts.append(_bullets(rows))
    total = len(result.order)
    first_at: dict[str, int] = {}  # stage id -> the number of the first debt at that stage
    for number, debt_id in enumerate(result.order, 1):
        own = result.results[debt_id]
        own = replace(own, actions=tuple(a for a in own.actions if a.id not in result.common))
        name = result.case.debt(debt_id).lender_name or ""
        title = t("case_debt_heading", lang, number=number, total=total, id=debt_id, name=name)
        parts.append(banner(title.strip()))
        offer = result.offer(debt_id)
        if offer is not None and offer.monthly:
            parts.append(Text(t("case_offer_line", lang, amount=_yuan(offer.monthly))))
        elif offer is not None:
            parts.append(Text(t("case_offer_line_none", lang)))
        earlier = first_at.setdefault(own.stage.id, number)
        args = f"{letter_args} --debt {debt_id}".strip()
        parts.append(
            plan(pack, own, lang, args, same_stage_as=None if earlier == number else earlier)
        )
    return Group(*parts)
