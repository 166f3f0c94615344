"""The money figures a plan can show, from the answers: the true rate, the lines, the budget."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from debtguide.content.models import Pack
from debtguide.engine import MoneyView
from debtguide.errors import UsageError
from debtguide.money.budget import affordable_monthly
from debtguide.money.rate import apr_from_installments, loan_type_by_name, thresholds


def money_view(pack: Pack, answers: Mapping[str, Any]) -> MoneyView:
    """Compute what the answers allow: the true rate with its lines, the affordable amount,
    and what repaid plus claimed comes to beside what was received."""
    rates = pack.rates
    if rates is None:
        return MoneyView()
    rate = None
    lines: tuple[Any, ...] = ()
    by_name = loan_type_by_name(rates, answers.get("loan_type"), answers.get("lender_name"))
    kind = by_name or answers.get("loan_type")
    received = answers.get("principal_received")
    installment = answers.get("installment_amount")
    count = answers.get("installments_total")
    if received and installment and count:
        period = answers.get("installment_period", "month")
        try:
            rate = apr_from_installments(received, installment, count, period)
        except UsageError:
            rate = None  # the schedule never repays what was received: no rate to show
        if rate is not None:
            lines = tuple(thresholds(rates, kind, rate.apr, answers.get("contract_date")))
    affordable = None
    income = answers.get("monthly_income")
    expenses = answers.get("monthly_essential_expenses")
    if income is not None and expenses is not None:
        affordable = affordable_monthly(income, expenses, rates.budget)
    repaid = answers.get("amount_repaid")
    claimed = answers.get("amount_claimed")
    paid_total = round(repaid + claimed, 2) if repaid is not None and claimed is not None else None
    over = None
    if paid_total is not None and received is not None and paid_total > received:
        over = round(paid_total - received, 2)
    return MoneyView(
        rate=rate,
        lines=lines,
        affordable=affordable,
        loan_type=kind,
        loan_type_by_name=by_name is not None,
        repaid=repaid,
        paid_total=paid_total,
        over_received=over,
    )
