"""`debtguide apr` and `budget`: read options and files, call debtguide.money, print.

Heavy modules (yaml, rich, the content pack) are imported inside the functions that need them.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from debtguide.cli import JsonOpt, LangOpt, app, io, reporting
from debtguide.errors import ContentError, UsageError
from debtguide.i18n import detect_lang, t

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

    from debtguide import money
    from debtguide.models import Pack, Rates


def _pack_rates() -> tuple[Pack, Rates]:
    from debtguide import cache
    from debtguide.packs import pack_dir

    root = pack_dir()
    pack = cache.load(root)
    if pack.rates is None:  # pragma: no cover - the loader requires rates.yaml
        raise ContentError("content_broken", ["rates.yaml: file is missing"], path=root, count=1)
    return pack, pack.rates


def _count(raw: str) -> int:
    """--count: a whole number of payments, 1 to money.MAX_PAYMENTS (full-width digits too)."""
    from debtguide import money
    from debtguide.errors import shown

    text = raw.strip()
    if not text.isdecimal():  # not isdigit(): "²" is a digit that int() refuses
        raise UsageError("money_bad_count", value=shown(raw))
    if len(text) > 6 or int(text) > money.MAX_PAYMENTS:  # int() of 4,301 digits raises
        raise UsageError("money_count_too_large", value=shown(raw), most=money.MAX_PAYMENTS)
    if int(text) < 1:
        raise UsageError("money_bad_count", value=raw)
    return int(text)


# ---- apr ---------------------------------------------------------------------------------


def run_apr(
    *,
    received: str | None,
    installment: str | None,
    count: str | None,
    period: str,
    fee: str | None,
    schedule: Path | None,
    loan_type: str | None,
    contract_date: str | None,
    lpr: str | None,
    lang: str,
    as_json: bool,
) -> None:
    """Compute a loan's true annual rate, compare it with the lines, and print the result."""
    from debtguide import money

    period = period.strip().lower()
    if period not in money.PERIODS_PER_YEAR:
        raise UsageError("money_bad_period", value=period)
    if loan_type is not None and loan_type.strip() not in money.LOAN_TYPES:
        raise UsageError(
            "money_bad_loan_type", value=loan_type, allowed=", ".join(money.LOAN_TYPES)
        )
    kind = loan_type.strip() if loan_type else None
    fee_value = money.parse_amount(fee, "--fee") if fee is not None else 0.0
    received_value = money.parse_amount(received, "--received") if received is not None else None
    day = money.parse_day(contract_date, "--contract-date") if contract_date else None
    if day is not None:
        import datetime as dt

        if day > dt.date.today():  # a loan is made before its rate can be checked
            today = dt.date.today().isoformat()
            raise UsageError("money_day_future", where="--contract-date: ", value=day, today=today)
    lpr_value = money.parse_rate(lpr, "--lpr") if lpr is not None else None

    if schedule is not None:
        if installment is not None or count is not None:
            raise UsageError("money_apr_both")
        plan = money.parse_schedule(io.read_data(schedule), lang, str(schedule))
        if received_value is None:
            received_value = plan.received
        if received_value is None:
            raise UsageError("money_apr_no_received")
        result = money.apr_from_schedule(received_value, plan.start, plan.payments, fee_value)
        day = day or plan.start
    else:
        if installment is None or count is None:
            raise UsageError("money_apr_needs")
        if received_value is None:
            raise UsageError("money_apr_no_received")
        result = money.apr_from_installments(
            received_value,
            money.parse_amount(installment, "--installment"),
            _count(count),
            period,
            fee_value,
        )

    pack, rates = _pack_rates()
    checks = money.thresholds(rates, kind, result.apr, day, lpr_value)
    if as_json:
        from debtguide.render import reference as render
        from debtguide.render.console import console, print_json

        print_json(apr_json(pack, result, checks, kind, day, lang))
        return
    from debtguide.render import reference as render
    from debtguide.render.console import console, print_json

    out = console()
    out.print(apr_view(pack, result, checks, kind, lang))
    out.print(render.disclaimer(pack, lang))


def _effective(result: money.RateResult, lang: str) -> str:
    from debtguide.money import pct

    if result.effective_annual > 10_000:
        return t("money_effective_huge", lang)
    return pct(result.effective_annual)


def apr_json(
    pack: Pack,
    result: money.RateResult,
    checks: list[money.LineCheck],
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


_NO_START = set("，。、；：？！）」』】》〉〕”’%…·,.;:!?)]}")  # never begins a line
_NO_END = set("（「『【《〈〔“‘([{")  # never ends a line


def _wide(char: str) -> bool:
    return (
        "\u2e80" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef" or "\u3000" <= char <= "\u303f"
    )


def _breaks(plain: str, width: int) -> list[int]:
    """Offsets where to break `plain` so no line is wider than `width`, Chinese style.

    A line may break after a space, or between two characters when one of them is Chinese,
    but never before closing punctuation or after opening punctuation.
    """
    from rich.cells import cell_len

    cuts: list[int] = []
    start = used = 0
    chance = -1  # latest offset where the current line may break
    for i, char in enumerate(plain):
        if i > start:
            prev = plain[i - 1]
            allowed = prev == " " or (
                (_wide(prev) or _wide(char)) and char not in _NO_START and prev not in _NO_END
            )
            if allowed and char != " ":
                chance = i
        cells = cell_len(char)
        if used + cells > width and i > start and char != " ":
            cut = chance if chance > start else i
            cuts.append(cut)
            start, chance = cut, -1
            used = cell_len(plain[cut:i])
        used += cells
    return cuts


class Flow:
    """A paragraph that wraps between Chinese characters, not only at spaces (keeps styles)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Any, options: Any) -> Any:
        width = max(options.max_width, 1)
        for line in self.text.divide(_breaks(self.text.plain, width)):
            line.rstrip()
            while line.plain.startswith(" "):
                line = line[1:]
            line.end = "\n"
            yield line

    def __rich_measure__(self, console: Any, options: Any) -> Any:
        from rich.measure import Measurement

        return Measurement(min(4, options.max_width), self.text.cell_len)


def _join(lang: str) -> str:
    """What goes between two sentences: nothing in Chinese, a space in English."""
    return "" if lang == "zh" else " "


def _p(lang: str, text: str, style: str = "") -> Text:
    """A paragraph of text in `style`."""
    from rich.text import Text

    return Text(text, style=style)


def _flow(lang: str, item: Any) -> Any:
    """Wrap Chinese paragraphs (also inside groups and paddings) between characters."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    if lang != "zh":
        return item
    if isinstance(item, Text):
        return Flow(item) if item.plain else item
    if isinstance(item, Group):
        return Group(*(_flow(lang, part) for part in item.renderables))
    if isinstance(item, Padding):
        item.renderable = _flow(lang, item.renderable)
    return item


def _cited(pack: Pack, text: str, cites: Any, lang: str) -> Text:

    from debtguide.render import reference as render

    return _p(lang, text) + render.cites_text(pack, cites, lang)


def apr_view(
    pack: Pack,
    result: money.RateResult,
    checks: list[money.LineCheck],
    loan_type: str | None,
    lang: str,
) -> RenderableType:
    """The result of `apr` for the terminal: the rate in plain words, each line, what to do."""
    from rich.console import Group
    from rich.text import Text

    from debtguide.money import pct, yuan
    from debtguide.render import reference as render

    assert pack.rates is not None
    rates = pack.rates
    unit_key = f"money_unit_{result.period or 'day'}"
    parts: list[RenderableType] = [
        Text(t("money_headline", lang, apr=pct(result.apr)), style="bold"),
        _p(
            lang,
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
            every=t(f"money_every_{result.period}", lang),
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
    parts.append(_gap(_p(lang, basis + _join(lang) + cost)))
    if result.fee:
        parts.append(_cited(pack, rates.fee_note.text(lang), rates.fee_note.cites, lang))

    kind = loan_type or "unknown"
    parts.append(_gap(_p(lang, t("money_lines_title", lang), style="bold magenta")))
    label = _loan_type_label(pack, kind, lang)
    note = rates.loan_types.get(kind)
    head = _p(lang, t("money_loan_type", lang, label=label), style="bold")
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
        status = _p(lang, t(key, lang, title=check.title(lang), rate=pct(check.rate)), style=style)
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
            lines.append(_p(lang, formula, style="dim"))
        for extra in check.notes:
            lines.append(_cited(pack, extra(lang), extra.cites, lang))
            cited += [c for c in extra.cites if c not in cited]
        means = check.line.above if check.exceeded else check.line.below
        lines.append(_cited(pack, means.text(lang), means.cites, lang))
        cited += [c for c in means.cites if c not in cited]
        parts.append(Text(f"{mark} ", style=style) + status)
        parts.append(_indent(Group(*lines[1:])))
        parts.append(Text(""))
    parts.append(_p(lang, t("money_next", lang)))
    parts.append(_gap(_p(lang, rates.method(lang), style="dim")))

    warnings: list[Text] = [
        Text("⚠ ", style="yellow") + _p(lang, c.line.caution(lang))
        for c in checks
        if c.line.caution
    ]
    if any(c.lpr is not None for c in checks):
        warnings.append(Text("⚠ ", style="yellow") + _p(lang, rates.lpr_caution(lang)))
    if warnings:
        parts.append(_gap(_p(lang, t("money_notes_title", lang), style="bold yellow")))
        parts.extend(warnings)
    law_notes = render.cautions(pack, cited, lang)
    if law_notes is not None:
        parts.append(_gap(law_notes))
    return _flow(lang, Group(*parts))


def _loan_type_label(pack: Pack, kind: str, lang: str) -> str:
    question = pack.question("loan_type")
    choice = question.choice(kind) if question else None
    return choice.label(lang) if choice else kind


# ---- budget ------------------------------------------------------------------------------


def run_budget(
    *,
    debts_file: Path,
    income: str | None,
    expenses: str | None,
    commitments: str | None,
    monthly: str | None,
    priority: str,
    lang: str,
    as_json: bool,
) -> None:
    """Work out what is affordable, split it between the debts in the file, and print it."""
    from debtguide import money
    from debtguide.contract import STAGE_IDS

    priority = priority.strip().lower()
    if priority not in money.PRIORITIES:
        raise UsageError("money_bad_priority", value=priority)
    given = monthly is not None
    if given and (income is not None or expenses is not None):
        raise UsageError("money_budget_both")
    if not given and income is None and expenses is None:
        raise UsageError("money_budget_needs")
    if not given and (income is None or expenses is None):
        raise UsageError("money_budget_pair")
    amounts = {
        "income": money.parse_amount(income, "--income") if income is not None else None,
        "expenses": money.parse_amount(expenses, "--expenses") if expenses is not None else None,
        "commitments": money.parse_amount(commitments, "--commitments") if commitments else 0.0,
        "monthly": money.parse_amount(monthly, "--monthly") if monthly is not None else None,
    }
    debts = money.parse_debts(io.read_data(debts_file), lang, STAGE_IDS, str(debts_file))

    pack, rates = _pack_rates()
    afford = None
    if amounts["monthly"] is None:
        afford = money.affordable_monthly(
            amounts["income"] or 0.0,
            amounts["expenses"] or 0.0,
            rates.budget,
            amounts["commitments"] or 0.0,
        )
        to_split = afford.monthly
    else:
        to_split = amounts["monthly"]
    plan = money.split(debts, to_split, priority, rates.budget.court_stages)
    from debtguide.render import reference as render
    from debtguide.render.console import console, print_json

    if as_json:
        print_json(budget_json(pack, plan, afford, lang))
        return
    out = console()
    out.print(budget_view(pack, plan, afford, lang))
    out.print(render.disclaimer(pack, lang))


def budget_json(
    pack: Pack, plan: money.Split, afford: money.Affordability | None, lang: str
) -> dict[str, Any]:
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


def budget_view(
    pack: Pack, plan: money.Split, afford: money.Affordability | None, lang: str
) -> RenderableType:
    """The result of `budget` for the terminal: what is affordable, the table, what to do."""
    from rich.console import Group
    from rich.table import Table

    from debtguide.money import yuan
    from debtguide.render import reference as render

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
            _p(lang, t("money_budget_affordable", lang, monthly=yuan(afford.monthly)), style="bold")
        )
        if afford.left > 0:
            parts.append(
                _p(lang, t("money_budget_math", lang, reserve=yuan(afford.reserve), **values))
            )
            parts.append(_p(lang, rules.reserve_note(lang), style="dim"))
        else:
            parts.append(_p(lang, t("money_budget_short", lang, **values)))
    else:
        parts.append(
            _p(lang, t("money_budget_given", lang, monthly=yuan(plan.monthly)), style="bold")
        )

    if plan.monthly <= 0 or (afford is not None and afford.hardship):
        parts.append(_gap(_p(lang, rules.hardship(lang), style="bold yellow")))
        return _flow(lang, Group(*parts))

    how = t(f"money_priority_{plan.priority.replace('-', '_')}", lang)
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
    parts.append(_gap(table))
    parts.append(_p(lang, t("money_budget_legend", lang), style="dim"))
    if any(o.first for o in plan.offers):
        parts.append(_p(lang, t("money_first_mark", lang), style="dim"))
    method = rules.court_first if plan.priority == "court-first" else None
    if method is not None:
        parts.append(_p(lang, method.text(lang)) + render.cites_text(pack, method.cites, lang))
    else:
        parts.append(_p(lang, rules.pro_rata(lang)))
    last = plan.all_cleared_month
    if last:
        years = f"{last / 12:.1f}"
        cleared = t("money_budget_all_cleared", lang, months=f"{last:,}", years=years)
        parts.append(_gap(_p(lang, cleared)))
        if last > rules.long_plan_months:
            parts.append(_p(lang, rules.long_plan(lang), style="yellow"))
    if plan.unused > 0:
        parts.append(_p(lang, t("money_budget_unused", lang, amount=yuan(plan.unused))))
    for offer in plan.offers:
        debt = offer.debt
        if debt.principal_received and debt.amount_claimed > debt.principal_received:
            extra_amount = debt.amount_claimed - debt.principal_received
            parts.append(
                _p(
                    lang,
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
            bullets.add_row("•", _flow(lang, _p(lang, item(lang))))
        parts.append(_gap(bullets))
    if method is not None:
        law_notes = render.cautions(pack, method.cites, lang)
        if law_notes is not None:
            parts.append(_gap(law_notes))
    return _flow(lang, Group(*parts))


# ---- the commands --------------------------------------------------------------------------


@app.command()
def apr(
    received: Annotated[
        str | None,
        typer.Option(
            "--received",
            metavar="AMOUNT",
            help="What actually reached your account, e.g. 10000 or 1万. 实际到手金额。",
            show_default=False,
        ),
    ] = None,
    installment: Annotated[
        str | None,
        typer.Option(
            "--installment",
            metavar="AMOUNT",
            help="The payment per period. 每期还款额。",
            show_default=False,
        ),
    ] = None,
    count: Annotated[
        str | None,
        typer.Option("--count", metavar="N", help="How many payments. 期数。", show_default=False),
    ] = None,
    period: Annotated[
        str,
        typer.Option(
            "--period", metavar="PERIOD", help="month, week or day. 还款周期：月、周、天。"
        ),
    ] = "month",
    fee: Annotated[
        str | None,
        typer.Option(
            "--fee",
            metavar="AMOUNT",
            help="A fee charged at payout and not yet taken off --received. "
            "放款时另收、尚未从到手金额中扣除的费用。",
            show_default=False,
        ),
    ] = None,
    schedule: Annotated[
        Path | None,
        typer.Option(
            "--schedule",
            metavar="FILE",
            help="YAML/JSON file of dated payments (received_on, payments: [{date, amount}]). "
            "按日期列出还款的文件。",
            show_default=False,
        ),
    ] = None,
    loan_type: Annotated[
        str | None,
        typer.Option(
            "--loan-type",
            metavar="TYPE",
            help="online_platform, bank_consumer_loan, credit_card, consumer_finance, "
            "small_loan_company, private_lender, phone_lease or unknown. 借款类型。",
            show_default=False,
        ),
    ] = None,
    contract_date: Annotated[
        str | None,
        typer.Option(
            "--contract-date",
            metavar="DATE",
            help="When the loan was made, YYYY-MM-DD. 借款合同成立日期。",
        ),
    ] = None,
    lpr: Annotated[
        str | None,
        typer.Option(
            "--lpr",
            metavar="RATE",
            help="The one-year LPR to use, e.g. 3.1%. 指定一年期 LPR。",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Work out a loan's true annual rate and compare it with the lines courts apply.
    算出借款的真实年化利率，并和法院采用的利率界线比较。

    Example: debtguide apr --received 10000 --installment 1000 --count 12
    """
    with reporting(lang):
        lang = detect_lang(lang)
        run_apr(
            received=received,
            installment=installment,
            count=count,
            period=period,
            fee=fee,
            schedule=schedule,
            loan_type=loan_type,
            contract_date=contract_date,
            lpr=lpr,
            lang=lang,
            as_json=as_json,
        )


@app.command()
def budget(
    debts: Annotated[
        Path,
        typer.Option(
            "--debts",
            metavar="FILE",
            help="YAML/JSON list of debts (creditor, amount_claimed, …). 债务清单文件。",
            show_default=False,
        ),
    ],
    income: Annotated[
        str | None,
        typer.Option(
            "--income",
            metavar="AMOUNT",
            help="Net monthly income. 每月净收入。",
            show_default=False,
        ),
    ] = None,
    expenses: Annotated[
        str | None,
        typer.Option(
            "--expenses",
            metavar="AMOUNT",
            help="Essential monthly expenses: rent, food, transport, family, medical. 每月必要开支。",
            show_default=False,
        ),
    ] = None,
    commitments: Annotated[
        str | None,
        typer.Option(
            "--commitments",
            metavar="AMOUNT",
            help="Other fixed monthly payments you must keep up. 其他每月固定支出。",
            show_default=False,
        ),
    ] = None,
    monthly: Annotated[
        str | None,
        typer.Option(
            "--monthly",
            metavar="AMOUNT",
            help="Instead of income and expenses: what you can pay in all each month. "
            "直接给出每月能还的总数。",
            show_default=False,
        ),
    ] = None,
    priority: Annotated[
        str,
        typer.Option(
            "--priority",
            metavar="PRIORITY",
            help="pro-rata or court-first. 分配方式：按比例，或诉讼中的优先。",
        ),
    ] = "pro-rata",
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Split what you can afford each month between several debts.
    把每月能还的钱分给几笔债务，并算出各需要几个月。

    Example: debtguide budget --debts my-debts.yaml --income 6000 --expenses 4000
    """
    with reporting(lang):
        lang = detect_lang(lang)
        run_budget(
            debts_file=debts,
            income=income,
            expenses=expenses,
            commitments=commitments,
            monthly=monthly,
            priority=priority,
            lang=lang,
            as_json=as_json,
        )
