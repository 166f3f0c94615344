"""The views of `debtguide apr` and `budget`: Rich renderables and JSON-ready dicts of the
results debtguide.money computes; no decisions here."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from debtguide.i18n import t
from debtguide.money.figures import pct, yuan

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

    from debtguide.content.models import Pack
    from debtguide.money.budget import Affordability, Split
    from debtguide.money.rate import LineCheck, RateResult


def _effective(result: RateResult, lang: str) -> str:

    if result.effective_annual > 10_000:
        return t("money_effective_huge", lang)
    return pct(result.effective_annual)


def apr_json(
    pack: Pack,
    result: RateResult,
    checks: list[LineCheck],
    loan_type: str | None,
    contract_date: Any,
    lang: str,
) -> dict[str, Any]:
    """The result of `apr` as CONTRACT.md §4 names it, plus what a script may want besides."""
    assert pack.rates is not None
    rates = pack.rates
    kind = loan_type or "unknown"
    effective = result.effective_annual
    data: dict[str, Any] = {
        "schema": "debtguide.apr/1",
        "lang": lang,
        "apr": round(result.apr, 4),
        "effective_annual": round(effective, 4) if math.isfinite(effective) else None,
        "total_repaid": result.total_repaid,
        "cost": result.cost,
        "received": result.received,
        "fee": result.fee,
        "payments": result.payments,
        "period": result.period,
        "periods_per_year": result.periods_per_year,
        "period_rate": round(result.period_rate, 8),
        "loan_type": kind,
        "contract_date": contract_date.isoformat() if contract_date else None,
    }
    if result.start is not None and result.end is not None:
        data["start"] = result.start.isoformat()
        data["end"] = result.end.isoformat()
    data["thresholds"] = [
        {
            "id": c.id,
            "rate": c.rate,
            "exceeded": c.exceeded,
            "verdict": c.verdict,
            "cites": list(c.cites),
            "scope_cites": list(c.scope_cites),
            "applies": c.applies,
            "basis": c.line.basis,
            "title": c.title(lang),
            "summary": c.line.summary.text(lang),
            "means": (c.line.above if c.exceeded else c.line.below).text(lang),
            "means_cites": (c.line.above if c.exceeded else c.line.below).cites,
            "notes": [n(lang) for n in c.notes],
            "caution": c.line.caution(lang) if c.line.caution else None,
            "lpr": c.lpr,
            "lpr_from": c.lpr_from.isoformat() if c.lpr_from else None,
        }
        for c in checks
    ]
    note = rates.loan_types.get(kind)
    data["loan_type_note"] = {"text": note.text(lang), "cites": note.cites} if note else None
    data["fee_note"] = (
        {"text": rates.fee_note.text(lang), "cites": rates.fee_note.cites} if result.fee else None
    )
    if any(c.lpr is not None for c in checks):
        data["lpr_as_of"] = rates.as_of.isoformat()
        data["lpr_caution"] = rates.lpr_caution(lang)
    data["method"] = rates.method(lang)
    data["disclaimer"] = pack.info.disclaimer(lang)
    return data


def _gap(renderable: RenderableType) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    return Group(Text(""), renderable)


def _indent(renderable: RenderableType) -> RenderableType:
    from rich.padding import Padding

    return Padding(renderable, (0, 0, 0, 2), expand=False)


def _join(lang: str) -> str:
    """What goes between two sentences: nothing in Chinese, a space in English."""
    return "" if lang == "zh" else " "


def _p(text: str, style: str = "") -> Text:
    """A paragraph of text in `style`."""
    from rich.text import Text

    return Text(text, style=style)


def _cited(pack: Pack, text: str, cites: Any, lang: str) -> Text:

    from debtguide.render import reference as render

    return _p(text) + render.cites_text(pack, cites, lang)


def apr_view(
    pack: Pack,
    result: RateResult,
    checks: list[LineCheck],
    loan_type: str | None,
    lang: str,
) -> RenderableType:
    """The result of `apr` for the terminal: the rate in plain words, each line, what to do."""
    from rich.console import Group
    from rich.text import Text

    from debtguide.render import reference as render

    assert pack.rates is not None
    rates = pack.rates
    unit_key, every_key = {
        "day": ("money_unit_day", "money_every_day"),
        "week": ("money_unit_week", "money_every_week"),
        "month": ("money_unit_month", "money_every_month"),
    }[result.period or "day"]
    parts: list[RenderableType] = [
        Text(t("money_headline", lang, apr=pct(result.apr)), style="bold"),
        _p(
            t(
                "money_headline_detail",
                lang,
                unit=t(unit_key, lang),
                effective=_effective(result, lang),
            ),
            style="dim",
        ),
    ]
    if result.period is not None:
        basis = t(
            "money_basis_level",
            lang,
            received=yuan(result.received),
            count=result.payments,
            every=t(every_key, lang),
            installment=yuan(result.installment or 0),
            total=yuan(result.total_repaid),
        )
    else:
        basis = t(
            "money_basis_dated",
            lang,
            start=result.start,
            end=result.end,
            received=yuan(result.received),
            count=result.payments,
            total=yuan(result.total_repaid),
        )
    if result.fee:
        basis += _join(lang) + t("money_basis_fee", lang, fee=yuan(result.fee))
    if result.cost > 0:
        share = pct(result.cost / result.received)
        cost = t("money_cost", lang, cost=yuan(result.cost), share=share)
    else:
        cost = t("money_free", lang)
    parts.append(_gap(_p(basis + _join(lang) + cost)))
    if result.fee:
        parts.append(_cited(pack, rates.fee_note.text(lang), rates.fee_note.cites, lang))

    kind = loan_type or "unknown"
    parts.append(_gap(_p(t("money_lines_title", lang), style="bold magenta")))
    label = _loan_type_label(pack, kind, lang)
    note = rates.loan_types.get(kind)
    head = _p(t("money_loan_type", lang, label=label), style="bold")
    if note is not None:
        head += Text(_join(lang)) + _cited(pack, note.text(lang), note.cites, lang)
    parts.append(head)

    parts.append(Text(""))
    cited: list[str] = [
        *(rates.fee_note.cites if result.fee else []),
        *(note.cites if note else []),
    ]
    for check in checks:
        cited += [c for c in check.cites if c not in cited]
        mark, style = ("✗", "bold red") if check.exceeded else ("✓", "bold green")
        key = "money_line_above" if check.exceeded else "money_line_below"
        if check.old_loan:  # older rules govern the interest up to the cut-off day
            mark, style = "≈", "bold yellow"
            key = "money_line_partly_above" if check.exceeded else "money_line_partly_below"
        status = _p(t(key, lang, title=check.title(lang), rate=pct(check.rate)), style=style)
        applies = "money_applies_true" if check.applies is True else "money_applies_maybe"
        maybe = check.applies is not True
        status.append(t(applies, lang), style="yellow" if maybe else "dim")
        lines: list[RenderableType] = [status]
        lines.append(_cited(pack, check.line.summary.text(lang), check.line.summary.cites, lang))
        if check.lpr is not None and check.line.lpr_multiple is not None:
            formula = t(
                "money_lpr_formula",
                lang,
                multiple=f"{check.line.lpr_multiple:g}",
                lpr=pct(check.lpr),
                rate=pct(check.rate),
            )
            lines.append(_p(formula, style="dim"))
        for extra in check.notes:
            lines.append(_cited(pack, extra(lang), extra.cites, lang))
            cited += [c for c in extra.cites if c not in cited]
        means = check.line.above if check.exceeded else check.line.below
        lines.append(_cited(pack, means.text(lang), means.cites, lang))
        cited += [c for c in means.cites if c not in cited]
        parts.append(Text(f"{mark} ", style=style) + status)
        parts.append(_indent(Group(*lines[1:])))
        parts.append(Text(""))
    wants, dispute = pack.label("wants", None, lang), pack.label("wants", "dispute_amount", lang)
    parts.append(_p(t("money_next", lang, question=wants, choice=dispute)))
    parts.append(_gap(_p(rates.method(lang), style="dim")))

    warnings: list[Text] = [
        Text("⚠ ", style="yellow") + _p(c.line.caution(lang)) for c in checks if c.line.caution
    ]
    if any(c.lpr is not None for c in checks):
        warnings.append(Text("⚠ ", style="yellow") + _p(rates.lpr_caution(lang)))
    if warnings:
        parts.append(_gap(_p(t("money_notes_title", lang), style="bold yellow")))
        parts.extend(warnings)
    law_notes = render.cautions(pack, cited, lang)
    if law_notes is not None:
        parts.append(_gap(law_notes))
    return Group(*parts)


def _loan_type_label(pack: Pack, kind: str, lang: str) -> str:
    question = pack.question("loan_type")
    choice = question.choice(kind) if question else None
    return choice.label(lang) if choice else kind


def budget_json(pack: Pack, plan: Split, afford: Affordability | None, lang: str) -> dict[str, Any]:
    """The result of `budget` as JSON: what is affordable and each creditor's offer."""
    assert pack.rates is not None
    rules = pack.rates.budget
    data: dict[str, Any] = {
        "schema": "debtguide.budget/1",
        "lang": lang,
        "affordable_monthly": plan.monthly,
        "priority": plan.priority,
    }
    if afford is not None:
        data.update(
            income=afford.income,
            expenses=afford.expenses,
            commitments=afford.commitments,
            left=afford.left,
            reserve=afford.reserve,
            reserve_share=rules.reserve_share,
            hardship=afford.hardship,
        )
    else:
        data["hardship"] = plan.monthly <= 0
    data["debts"] = [
        {
            "creditor": o.debt.creditor,
            "amount_claimed": o.debt.amount_claimed,
            "principal_received": o.debt.principal_received,
            "stage": o.debt.stage,
            "in_court": o.debt.in_court,
            "first": o.first,
            "monthly": o.monthly,
            "months": o.months,
            "cleared_month": o.cleared_month,
        }
        for o in plan.offers
    ]
    data["all_cleared_month"] = plan.all_cleared_month
    data["unused_monthly"] = plan.unused
    notes = []
    if data["hardship"]:
        notes.append(rules.hardship(lang))
    if (plan.all_cleared_month or 0) > rules.long_plan_months:
        notes.append(rules.long_plan(lang))
    data["notes"] = notes
    data["disclaimer"] = pack.info.disclaimer(lang)
    return data


def _months(n: int | None, lang: str) -> str:
    if n is None:
        return "—"
    return t("money_month_one", lang) if n == 1 else t("money_months", lang, n=f"{n:,}")


def budget_view(pack: Pack, plan: Split, afford: Affordability | None, lang: str) -> RenderableType:
    """The result of `budget` for the terminal: what is affordable, the table, what to do."""
    from rich.console import Group
    from rich.table import Table

    from debtguide.render import reference as render
    from debtguide.render.layout import columns

    assert pack.rates is not None
    rules = pack.rates.budget
    parts: list[RenderableType] = []
    if afford is not None:
        extra = (
            t("money_budget_commitments", lang, amount=yuan(afford.commitments))
            if afford.commitments
            else ""
        )
        values = {
            "income": yuan(afford.income),
            "expenses": yuan(afford.expenses),
            "commitments": extra,
            "left": yuan(afford.left),
        }
        parts.append(
            _p(t("money_budget_affordable", lang, monthly=yuan(afford.monthly)), style="bold")
        )
        if afford.left > 0:
            parts.append(_p(t("money_budget_math", lang, reserve=yuan(afford.reserve), **values)))
            parts.append(_p(rules.reserve_note(lang), style="dim"))
        else:
            parts.append(_p(t("money_budget_short", lang, **values)))
    else:
        parts.append(_p(t("money_budget_given", lang, monthly=yuan(plan.monthly)), style="bold"))

    if plan.monthly <= 0 or (afford is not None and afford.hardship):
        parts.append(_gap(_p(rules.hardship(lang), style="bold yellow")))
        return Group(*parts)

    priority_keys = {
        "court-first": "money_priority_court_first",
        "pro-rata": "money_priority_pro_rata",
    }
    how = t(priority_keys[plan.priority], lang)
    table = Table(title=t("money_budget_table", lang, how=how), title_justify="left")
    table.add_column(t("money_col_creditor", lang))
    table.add_column(t("money_col_claimed", lang), justify="right")
    table.add_column(t("money_col_offer", lang), justify="right", style="bold")
    table.add_column(t("money_col_months", lang), justify="right")
    table.add_column(t("money_col_cleared", lang), justify="right")
    for offer in plan.offers:
        name = offer.debt.creditor + (" *" if offer.first else "")
        cleared = offer.cleared_month
        table.add_row(
            name,
            yuan(offer.debt.amount_claimed),
            yuan(offer.monthly),
            _months(offer.months, lang),
            t("money_month_no", lang, n=f"{cleared:,}") if cleared else "—",
        )
    parts.append(_gap(columns(table)))
    parts.append(_p(t("money_budget_legend", lang), style="dim"))
    if any(o.first for o in plan.offers):
        parts.append(_p(t("money_first_mark", lang), style="dim"))
    method = rules.court_first if plan.priority == "court-first" else None
    if method is not None:
        parts.append(_p(method.text(lang)) + render.cites_text(pack, method.cites, lang))
    else:
        parts.append(_p(rules.pro_rata(lang)))
    last = plan.all_cleared_month
    if last:
        years = f"{last / 12:.1f}"
        all_cleared = t("money_budget_all_cleared", lang, months=f"{last:,}", years=years)
        parts.append(_gap(_p(all_cleared)))
        if last > rules.long_plan_months:
            parts.append(_p(rules.long_plan(lang), style="yellow"))
    if plan.unused > 0:
        parts.append(_p(t("money_budget_unused", lang, amount=yuan(plan.unused))))
    for offer in plan.offers:
        debt = offer.debt
        if debt.principal_received and debt.amount_claimed > debt.principal_received:
            extra_amount = debt.amount_claimed - debt.principal_received
            parts.append(
                _p(
                    t(
                        "money_budget_charges",
                        lang,
                        creditor=debt.creditor,
                        claimed=yuan(debt.amount_claimed),
                        received=yuan(debt.principal_received),
                        extra=yuan(extra_amount),
                    ),
                )
            )
    if rules.advice:
        bullets = Table.grid(padding=(0, 1))
        bullets.add_column()
        bullets.add_column(overflow="fold")
        for item in rules.advice:
            bullets.add_row("•", _p(item(lang)))
        parts.append(_gap(bullets))
    if method is not None:
        law_notes = render.cautions(pack, method.cites, lang)
        if law_notes is not None:
            parts.append(_gap(law_notes))
    return Group(*parts)
