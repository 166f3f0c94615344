"""`debtguide apr` and `budget`: read options and files, call debtguide.money, print.

Heavy modules (yaml, rich, the content pack) are imported inside the functions that need them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from debtguide.cli import JsonOpt, LangOpt, app, io, reporting
from debtguide.contract import LOAN_TYPES
from debtguide.errors import ContentError, UsageError
from debtguide.i18n import detect_lang

if TYPE_CHECKING:
    from debtguide.content.models import Pack, Rates


def _pack_rates() -> tuple[Pack, Rates]:
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir

    root = pack_dir()
    pack = cache.load(root)
    if pack.rates is None:  # pragma: no cover - the loader requires rates.yaml
        raise ContentError("content_broken", ["rates.yaml: file is missing"], path=root, count=1)
    return pack, pack.rates


def _count(raw: str) -> int:
    """--count: a whole number of payments, 1 to MAX_PAYMENTS (full-width digits too)."""
    from debtguide.errors import shown
    from debtguide.money.rate import (
        MAX_PAYMENTS,
    )

    text = raw.strip()
    if not text.isdecimal():  # not isdigit(): "²" is a digit that int() refuses
        raise UsageError("money_bad_count", value=shown(raw))
    if len(text) > 6 or int(text) > MAX_PAYMENTS:  # int() of 4,301 digits raises
        raise UsageError("money_count_too_large", value=shown(raw), most=MAX_PAYMENTS)
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
    from debtguide.money.parse import (
        parse_amount,
        parse_day,
        parse_rate,
        parse_schedule,
    )
    from debtguide.money.rate import (
        PERIODS_PER_YEAR,
        apr_from_installments,
        apr_from_schedule,
        thresholds,
    )

    period = period.strip().lower()
    if period not in PERIODS_PER_YEAR:
        raise UsageError("money_bad_period", value=period)
    if loan_type is not None and loan_type.strip() not in LOAN_TYPES:
        raise UsageError("money_bad_loan_type", value=loan_type, allowed=", ".join(LOAN_TYPES))
    kind = loan_type.strip() if loan_type else None
    fee_value = parse_amount(fee, "--fee") if fee is not None else 0.0
    received_value = parse_amount(received, "--received") if received is not None else None
    day = parse_day(contract_date, "--contract-date") if contract_date else None
    if day is not None:
        import datetime as dt

        if day > dt.date.today():  # a loan is made before its rate can be checked
            today = dt.date.today().isoformat()
            raise UsageError("money_day_future", where="--contract-date: ", value=day, today=today)
    lpr_value = parse_rate(lpr, "--lpr") if lpr is not None else None

    if schedule is not None:
        if installment is not None or count is not None:
            raise UsageError("money_apr_both")
        plan = parse_schedule(io.read_data(schedule), lang, str(schedule))
        if received_value is None:
            received_value = plan.received
        if received_value is None:
            raise UsageError("money_apr_no_received")
        result = apr_from_schedule(received_value, plan.start, plan.payments, fee_value)
        day = day or plan.start
    else:
        if installment is None or count is None:
            raise UsageError("money_apr_needs")
        if received_value is None:
            raise UsageError("money_apr_no_received")
        result = apr_from_installments(
            received_value,
            parse_amount(installment, "--installment"),
            _count(count),
            period,
            fee_value,
        )

    pack, rates = _pack_rates()
    checks = thresholds(rates, kind, result.apr, day, lpr_value)
    from debtguide.render import money as view

    if as_json:
        from debtguide.render import reference as render
        from debtguide.render.console import console, print_json

        print_json(view.apr_json(pack, result, checks, kind, day, lang))
        return
    from debtguide.render import reference as render
    from debtguide.render.console import console, print_json

    out = console()
    out.print(view.apr_view(pack, result, checks, kind, lang))
    out.print(render.disclaimer(pack, lang))


# ---- budget ------------------------------------------------------------------------------


def run_budget(
    *,
    debts_file: Path | None,
    income: str | None,
    expenses: str | None,
    commitments: str | None,
    monthly: str | None,
    priority: str | None,
    lang: str,
    as_json: bool,
    answers_file: Path | None = None,
) -> None:
    """Work out what is affordable, split it between the debts in the file (or the case's
    debts), and print it."""
    from debtguide.contract import STAGE_IDS
    from debtguide.money.budget import PRIORITIES, affordable_monthly, split
    from debtguide.money.parse import (
        parse_amount,
        parse_debts,
    )

    case_debts = None
    if debts_file is None:
        from debtguide.cli.caseflow import budget_from_case

        case_debts, household = budget_from_case(answers_file, lang)
        if monthly is None and income is None and expenses is None:
            income, expenses = household
    elif answers_file is not None:
        raise UsageError("budget_debts_and_answers")
    priority = (
        (priority or ("court-first" if case_debts is not None else "pro-rata")).strip().lower()
    )
    if priority not in PRIORITIES:
        raise UsageError("money_bad_priority", value=priority)
    given = monthly is not None
    if given and (income is not None or expenses is not None):
        raise UsageError("money_budget_both")
    if not given and income is None and expenses is None:
        raise UsageError("money_budget_needs")
    if not given and (income is None or expenses is None):
        raise UsageError("money_budget_pair")
    amounts = {
        "income": parse_amount(income, "--income") if income is not None else None,
        "expenses": parse_amount(expenses, "--expenses") if expenses is not None else None,
        "commitments": parse_amount(commitments, "--commitments") if commitments else 0.0,
        "monthly": parse_amount(monthly, "--monthly") if monthly is not None else None,
    }
    if case_debts is not None:
        debts = case_debts
    else:
        assert debts_file is not None
        debts = parse_debts(io.read_data(debts_file), lang, STAGE_IDS, str(debts_file))

    pack, rates = _pack_rates()
    afford = None
    if amounts["monthly"] is None:
        afford = affordable_monthly(
            amounts["income"] or 0.0,
            amounts["expenses"] or 0.0,
            rates.budget,
            amounts["commitments"] or 0.0,
        )
        to_split = afford.monthly
    else:
        to_split = amounts["monthly"]
    plan = split(debts, to_split, priority, rates.budget.court_stages)
    from debtguide.render import money as view
    from debtguide.render import reference as render
    from debtguide.render.console import console, print_json

    if as_json:
        print_json(view.budget_json(pack, plan, afford, lang))
        return
    out = console()
    out.print(view.budget_view(pack, plan, afford, lang))
    out.print(render.disclaimer(pack, lang))


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
            help=f"{io.one_of(LOAN_TYPES)}. 借款类型。",
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
        Path | None,
        typer.Option(
            "--debts",
            metavar="FILE",
            help="YAML/JSON list of debts (creditor, amount_claimed, …); without it, the debts "
            "of --answers or of the saved interview. 债务清单文件；不给时用案件里的欠款。",
            show_default=False,
        ),
    ] = None,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            metavar="FILE",
            help="A case file (as for assess) to take the debts, income and costs from. 案件文件。",
            show_default=False,
        ),
    ] = None,
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
        str | None,
        typer.Option(
            "--priority",
            metavar="PRIORITY",
            help="pro-rata (default with --debts) or court-first (default for a case). "
            "分配方式：按比例，或诉讼中的优先（案件默认）。",
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Split what you can afford each month between several debts.
    把每月能还的钱分给几笔债务，并算出各需要几个月。

    Example: debtguide budget --debts my-debts.yaml --income 6000 --expenses 4000
    (or, after debtguide assess: debtguide budget)
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
            answers_file=answers,
        )
