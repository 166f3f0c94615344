"""The money core: amounts, the true annual rate, the legal lines, affordability, a debt split."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from debtguide.content.models import BudgetRules, Excerpt, Rates
from debtguide.content.record import as_data
from debtguide.content.schema import validate
from debtguide.contract import LOAN_TYPES, STAGE_IDS
from debtguide.errors import UsageError
from debtguide.money.budget import PRIORITIES, Debt, affordable_monthly, split
from debtguide.money.parse import (
    MAX_DEBTS,
    parse_amount,
    parse_day,
    parse_debts,
    parse_rate,
    parse_schedule,
)
from debtguide.money.rate import (
    MAX_PAYMENTS,
    PERIODS_PER_YEAR,
    LineCheck,
    apr_from_installments,
    apr_from_schedule,
    lpr_on,
    thresholds,
)
from tests.conftest import CONTENT, REFERENCE

D = dt.date

# ---- a small Rates model built here, so these tests do not depend on the shipped pack -------


def _text(word: str) -> dict[str, str]:
    return {"zh": f"{word}（中文）", "en": word}


def _rates(**changes: Any) -> Rates:
    data: dict[str, Any] = {
        "as_of": "2024-10-21",
        "lines": [
            {
                "id": "fixed-24",
                "title": _text("fixed line"),
                "basis": "practice",
                "rate": 0.24,
                "applies": {
                    "bank_consumer_loan": True,
                    "online_platform": "maybe",
                    "unknown": "maybe",
                },
                "summary": {"text": _text("summary")},
                "scope": {"text": _text("scope"), "cites": ["scope-law-1"]},
                "above": {"text": _text("above")},
                "below": {"text": _text("below")},
                "caution": _text("practice, check with 12348"),
            },
            {
                "id": "lpr-4x",
                "title": _text("lpr line"),
                "basis": "law",
                "lpr_multiple": 4,
                "applies": {"private_lender": True, "online_platform": "maybe", "unknown": "maybe"},
                "summary": {"text": _text("summary"), "cites": ["cap-law-25"]},
                "scope": {"text": _text("scope")},
                "above": {"text": _text("above"), "cites": ["void-law-13"]},
                "below": {"text": _text("below")},
                "older_loans": {
                    "before": "2020-08-20",
                    "note": _text("older rules"),
                    "cites": ["transition-law-31"],
                },
            },
        ],
        "lpr_source": _text("source"),
        "lpr_caution": _text("unverified"),
        "lpr_history": [
            {"from": "2019-08-20", "rate": 0.0425},
            {"from": "2023-08-21", "rate": 0.0345},
            {"from": "2024-10-21", "rate": 0.031},
        ],
        "loan_types": {k: {"text": _text(k)} for k in LOAN_TYPES},
        "fee_note": {"text": _text("fee"), "cites": ["fee-law"]},
        "method": _text("method"),
        "budget": _budget_data(),
    }
    data.update(changes)
    return validate(Rates, data)


def _budget_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "reserve_share": 0.1,
        "round_down_to": 10,
        "reserve_note": _text("reserve"),
        "hardship": _text("hardship"),
        "court_stages": ["lawsuit", "judgment", "enforcement"],
        "pro_rata": _text("pro rata"),
        "court_first": {"text": _text("court first")},
        "long_plan_months": 60,
        "long_plan": _text("long"),
    }
    data.update(changes)
    return data


def _budget(**changes: Any) -> BudgetRules:
    return validate(BudgetRules, _budget_data(**changes))


def _error_key(call: Any) -> str:
    with pytest.raises(UsageError) as info:
        call()
    return info.value.key


# ---- amounts and rates ------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, value",
    [
        (12000, 12000.0),
        (1234.5, 1234.5),
        ("12000", 12000.0),
        ("12,000", 12000.0),
        ("12，000", 12000.0),
        ("1,234,567.891", 1234567.89),
        ("1.2万", 12000.0),
        ("1.2 万元", 12000.0),
        ("3k", 3000.0),
        ("1.5w", 15000.0),
        ("2千", 2000.0),
        ("¥3,500.50", 3500.5),
        ("￥800元", 800.0),
        ("１２０００", 12000.0),
        ("0", 0.0),
        (".5", 0.5),
        ("  800 ", 800.0),
    ],
)
def test_parse_amount_accepts(raw: object, value: float) -> None:
    assert parse_amount(raw) == value


@pytest.mark.parametrize(
    "raw, key",
    [
        ("-5", "money_negative"),
        ("−1.2万", "money_negative"),
        (-3, "money_negative"),
        ("负100", "money_negative"),
        ("abc", "money_not_amount"),
        ("1,2", "money_not_amount"),
        ("12,00", "money_not_amount"),
        ("1e5", "money_not_amount"),
        ("1万2", "money_not_amount"),
        ("", "money_not_amount"),
        (True, "money_not_amount"),
        (None, "money_not_amount"),
        (float("nan"), "money_not_amount"),
        (float("inf"), "money_not_amount"),
        ([100], "money_not_amount"),
        ("2亿亿", "money_not_amount"),
        ("99999亿", "money_too_large"),
    ],
)
def test_parse_amount_rejects(raw: object, key: str) -> None:
    assert _error_key(lambda: parse_amount(raw, "--income")) == key


def test_parse_amount_error_names_the_option_and_value() -> None:
    with pytest.raises(UsageError) as info:
        parse_amount("-500", "--received")
    assert (
        info.value.message("en") == "--received: '-500' is negative; an amount cannot be below 0."
    )
    assert "--received" in info.value.message("zh") and "-500" in info.value.message("zh")
    assert info.value.exit_code == 2


@pytest.mark.parametrize(
    "raw, value", [("3.1%", 0.031), ("0.031", 0.031), ("3.1", 0.031), (3.45, 0.0345), ("4 %", 0.04)]
)
def test_parse_rate(raw: object, value: float) -> None:
    assert parse_rate(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    "raw, key",
    [
        ("0", "money_rate_range"),
        ("100%", "money_rate_range"),
        ("x", "money_not_rate"),
        ("-3%", "money_not_rate"),
    ],
)
def test_parse_rate_rejects(raw: str, key: str) -> None:
    assert _error_key(lambda: parse_rate(raw, "--lpr")) == key


def test_parse_day() -> None:
    assert parse_day("2024-03-01") == D(2024, 3, 1)
    assert parse_day(D(2024, 3, 1)) == D(2024, 3, 1)
    assert _error_key(lambda: parse_day("2024-02-30", "--contract-date")) == "money_bad_day"


# ---- the true annual rate: hand-computed cases -------------------------------------------


def test_the_brief_case_ten_thousand_twelve_times_one_thousand() -> None:
    result = apr_from_installments(10_000, 1_000, 12, "month")
    assert round(result.apr * 100, 2) == 35.07
    assert round(result.effective_annual * 100, 2) == 41.30
    assert result.total_repaid == 12_000 and result.cost == 2_000
    assert result.periods_per_year == 12 and result.payments == 12


def test_one_payment_a_month_later_is_ten_percent_a_month() -> None:
    result = apr_from_installments(1_000, 1_100, 1, "month")
    assert result.period_rate == pytest.approx(0.10, abs=1e-12)
    assert result.apr == pytest.approx(1.20, abs=1e-10)
    assert result.effective_annual == pytest.approx(1.1**12 - 1, abs=1e-10)


def test_weekly_period() -> None:
    result = apr_from_installments(1_000, 1_010, 1, "week")
    assert result.apr == pytest.approx(0.52, abs=1e-10)
    assert result.effective_annual == pytest.approx(1.01**52 - 1, abs=1e-10)


def test_daily_period_equal_payments() -> None:
    # 10 daily payments of 101 for 1,000 received: the daily rate r solves the annuity formula.
    result = apr_from_installments(1_000, 101, 10, "day")
    r = result.period_rate
    assert 101 * (1 - (1 + r) ** -10) / r == pytest.approx(1_000, abs=1e-7)
    assert result.apr == pytest.approx(r * 365)
    assert 0.0018 < r < 0.0019  # about 0.18 % a day, 66 % a year


def test_a_daily_rate_of_five_in_ten_thousand_is_about_eighteen_percent() -> None:
    # "日息万分之五": 10,000 for 30 days at 0.05 % a day simple = 10,150 back in one payment.
    result = apr_from_schedule(10_000, D(2024, 1, 1), [(D(2024, 1, 31), 10_150)])
    expected = 365 * (1.015 ** (1 / 30) - 1)
    assert result.apr == pytest.approx(expected, abs=1e-12)
    assert round(result.apr * 100, 2) == 18.12  # not the 18.25 % that 0.05 % × 365 suggests


def test_fee_up_front_raises_the_rate() -> None:
    plain = apr_from_installments(10_000, 1_000, 12)
    with_fee = apr_from_installments(10_000, 1_000, 12, fee=1_000)
    same_as_net = apr_from_installments(9_000, 1_000, 12)
    assert with_fee.received == 9_000 and with_fee.fee == 1_000
    assert with_fee.apr == pytest.approx(same_as_net.apr, abs=1e-12)
    assert with_fee.apr > plain.apr
    assert with_fee.cost == 3_000
    # 9,000 received for 12 × 1,000: the annuity factor must be 9, which 4.73 % a month gives.
    r = with_fee.period_rate
    assert 1_000 * (1 - (1 + r) ** -12) / r == pytest.approx(9_000, abs=1e-6)
    assert round(r * 100, 2) == 4.73 and round(with_fee.apr * 100, 2) == 56.75


def test_an_odd_dated_schedule() -> None:
    start = D(2024, 3, 1)
    payments = [(D(2024, 4, 1), 2_000.0), (D(2024, 6, 15), 2_000.0), (D(2024, 9, 1), 1_500.0)]
    result = apr_from_schedule(5_000, start, payments)
    r = result.period_rate
    present = sum(a / (1 + r) ** (d - start).days for d, a in payments)
    assert present == pytest.approx(5_000, abs=1e-7)
    assert result.periods_per_year == 365 and result.apr == pytest.approx(r * 365)
    assert result.start == start and result.end == D(2024, 9, 1)
    assert result.total_repaid == 5_500 and result.cost == 500
    assert result.period is None


def test_unsorted_schedule_gives_the_same_rate() -> None:
    start = D(2024, 1, 1)
    payments = [(D(2024, 3, 1), 600.0), (D(2024, 2, 1), 600.0)]
    a = apr_from_schedule(1_000, start, payments)
    b = apr_from_schedule(1_000, start, sorted(payments))
    assert a.apr == b.apr and a.end == D(2024, 3, 1)


def test_interest_free_loan_has_a_zero_rate() -> None:
    result = apr_from_installments(1_200, 100, 12)
    assert result.apr == 0 and result.effective_annual == 0 and result.cost == 0


def test_a_huge_rate_does_not_overflow() -> None:
    result = apr_from_schedule(1, D(2024, 1, 1), [(D(2024, 1, 2), 1_000_000)])
    assert math.isfinite(result.apr) and result.apr > 1000
    assert result.effective_annual == math.inf


@pytest.mark.parametrize(
    "call, key",
    [
        (lambda: apr_from_installments(10_000, 800, 12), "money_never_repays"),
        (lambda: apr_from_installments(10_000, 1_000, 0), "money_bad_count"),
        (lambda: apr_from_installments(10_000, 1_000, -3), "money_bad_count"),
        (lambda: apr_from_installments(10_000, 1_000, True), "money_bad_count"),
        (lambda: apr_from_installments(10_000, -1_000, 12), "money_not_positive"),
        (lambda: apr_from_installments(0, 1_000, 12), "money_not_positive"),
        (lambda: apr_from_installments(-5, 1_000, 12), "money_not_positive"),
        (lambda: apr_from_installments(10_000, 1_000, 12, "year"), "money_bad_period"),
        (lambda: apr_from_installments(1_000, 100, 12, fee=1_000), "money_fee_too_big"),
        (lambda: apr_from_installments(1_000, 100, 12, fee=-1), "money_negative"),
        (lambda: apr_from_installments(1_000, math.nan, 12), "money_not_amount"),
        (lambda: apr_from_schedule(1_000, D(2024, 1, 1), []), "money_schedule_empty"),
        (
            lambda: apr_from_schedule(1_000, D(2024, 1, 1), [(D(2024, 1, 1), 2_000)]),
            "money_payment_early",
        ),
        (
            lambda: apr_from_schedule(1_000, D(2024, 1, 1), [(D(2024, 2, 1), 999)]),
            "money_never_repays",
        ),
    ],
)
def test_flows_without_a_rate_are_usage_errors(call: Any, key: str) -> None:
    assert _error_key(call) == key


def test_never_repays_message_names_the_totals() -> None:
    with pytest.raises(UsageError) as info:
        apr_from_installments(10_000, 800, 12)
    message = info.value.message("en")
    assert "9,600" in message and "10,000" in message and "never repay the principal" in message
    assert "本金" in info.value.message("zh")


# ---- the true annual rate: properties ----------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    rate=st.floats(min_value=0.0, max_value=0.3),
    count=st.integers(min_value=1, max_value=600),
    received=st.floats(min_value=100, max_value=1e7),
    period=st.sampled_from(["month", "week", "day"]),
)
def test_an_annuity_built_from_a_rate_gives_the_rate_back(
    rate: float, count: int, received: float, period: str
) -> None:
    annuity = count if rate == 0 else -math.expm1(-count * math.log1p(rate)) / rate
    installment = received / annuity
    result = apr_from_installments(received, installment, count, period)
    per_year = PERIODS_PER_YEAR[period]
    assert result.apr == pytest.approx(rate * per_year, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(
    daily=st.floats(min_value=0.0, max_value=0.01),
    flows=st.lists(
        st.tuples(st.integers(min_value=1, max_value=2_000), st.floats(min_value=1, max_value=1e5)),
        min_size=1,
        max_size=60,
        unique_by=lambda f: f[0],
    ),
)
def test_a_dated_schedule_built_from_a_rate_gives_the_rate_back(
    daily: float, flows: list[tuple[int, float]]
) -> None:
    start = D(2024, 1, 1)
    received = sum(a / (1 + daily) ** d for d, a in flows)
    payments = [(start + dt.timedelta(days=d), a) for d, a in flows]
    result = apr_from_schedule(received, start, payments)
    assert result.apr == pytest.approx(daily * 365, abs=1e-6)


@settings(max_examples=300)  # hypothesis' deadline (200 ms an example) catches a slow solver
@given(
    received=st.floats(min_value=0.01, max_value=1e12, allow_nan=False),
    installment=st.floats(min_value=0.01, max_value=1e12, allow_nan=False),
    count=st.integers(min_value=1, max_value=10**9),
    period=st.sampled_from(["month", "week", "day"]),
    fee=st.floats(min_value=0, max_value=1e12, allow_nan=False),
)
def test_the_solver_never_hangs_or_crashes(
    received: float, installment: float, count: int, period: str, fee: float
) -> None:
    try:
        result = apr_from_installments(received, installment, count, period, fee)
    except UsageError as exc:
        if count > MAX_PAYMENTS:
            assert exc.key == "money_count_too_large"
        else:
            assert exc.key in ("money_never_repays", "money_fee_too_big")
        return
    assert count <= MAX_PAYMENTS
    assert math.isfinite(result.apr) and result.apr >= 0
    assert result.effective_annual >= result.apr - 1e-9 or result.effective_annual == math.inf


@settings(max_examples=200)
@given(
    received=st.floats(min_value=0.01, max_value=1e9),
    flows=st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=20_000), st.floats(min_value=0.01, max_value=1e9)
        ),
        min_size=1,
        max_size=200,
    ),
)
def test_the_dated_solver_never_hangs_or_crashes(
    received: float, flows: list[tuple[int, float]]
) -> None:
    start = D(2000, 1, 1)
    payments = [(start + dt.timedelta(days=d), a) for d, a in flows]
    try:
        result = apr_from_schedule(received, start, payments)
    except UsageError as exc:
        assert exc.key == "money_never_repays"
        return
    assert math.isfinite(result.apr) and result.apr >= 0


@given(raw=st.text(max_size=30))
def test_parse_amount_never_crashes(raw: str) -> None:
    try:
        value = parse_amount(raw)
    except UsageError:
        return
    assert 0 <= value <= 1e12


# ---- schedule files ---------------------------------------------------------------------


def test_parse_schedule_reads_yaml_dates_and_amounts() -> None:
    data = yaml.safe_load(
        "received_on: 2024-03-01\nreceived: 5,000\npayments:\n"
        "  - {date: 2024-05-01, amount: 1.2万}\n  - {date: '2024-04-01', amount: 100}\n"
    )
    schedule = parse_schedule(data, "en")
    assert schedule.start == D(2024, 3, 1) and schedule.received == 5000
    assert schedule.payments == ((D(2024, 4, 1), 100.0), (D(2024, 5, 1), 12000.0))


def test_parse_schedule_lists_every_problem() -> None:
    data = {
        "received_on": "2024-03-01",
        "payment": [],
        "payments": [
            {"date": "2024-02-01", "amount": 100},
            {"date": "soon", "amount": -1},
            {"date": "2024-05-01", "amount": 0},
            "100",
        ],
    }
    with pytest.raises(UsageError) as info:
        parse_schedule(data, "en", "plan.yaml")
    problems = "\n".join(info.value.problems)
    assert info.value.message("en") == "The schedule file plan.yaml has 6 problem(s):"
    assert "payment: unknown field" in problems
    assert "payments[0].date: 2024-02-01 is not after the day the money arrived" in problems
    assert "payments[1].date: 'soon' is not a date" in problems
    assert "payments[1].amount: '-1' is negative" in problems
    assert "payments[2].amount: a payment cannot be 0" in problems
    assert "payments[3]: must be a mapping" in problems


@pytest.mark.parametrize("data", [None, [], "text", {"received_on": "2024-01-01"}])
def test_parse_schedule_rejects_the_wrong_shape(data: Any) -> None:
    with pytest.raises(UsageError) as info:
        parse_schedule(data, "zh")
    assert info.value.key == "money_schedule_bad" and info.value.problems


# ---- the legal lines --------------------------------------------------------------------


def test_lines_for_each_loan_type() -> None:
    rates = _rates()
    bank = thresholds(rates, "bank_consumer_loan", 0.30)
    assert [(c.id, c.applies, c.exceeded) for c in bank] == [("fixed-24", True, True)]
    private = thresholds(rates, "private_lender", 0.10)
    assert [(c.id, c.applies) for c in private] == [("lpr-4x", True)]
    online = thresholds(rates, "online_platform", 0.20)
    assert [(c.id, c.applies, c.exceeded) for c in online] == [
        ("fixed-24", "maybe", False),
        ("lpr-4x", "maybe", True),
    ]
    assert [c.id for c in thresholds(rates, None, 0.2)] == ["fixed-24", "lpr-4x"]
    assert thresholds(rates, "credit_card", 0.5) == []  # no line here covers it


def test_line_cites_only_what_supports_the_rate() -> None:
    """Review finding 17: a scope citation (who the line covers) does not support its rate."""
    rates = _rates()
    fixed, lpr = thresholds(rates, "unknown", 0.2)
    assert fixed.cites == () and fixed.scope_cites == ("scope-law-1",)
    assert lpr.cites == ("cap-law-25",)


def test_exceeded_is_strictly_above_the_line() -> None:
    rates = _rates()
    assert not thresholds(rates, "bank_consumer_loan", 0.24)[0].exceeded
    assert not thresholds(rates, "bank_consumer_loan", 0.24 + 1e-12)[0].exceeded
    assert thresholds(rates, "bank_consumer_loan", 0.2401)[0].exceeded


def _notes(check: LineCheck) -> list[str]:
    return [n("en") for n in check.notes]


def test_lpr_at_the_contract_date() -> None:
    (check,) = thresholds(_rates(), "private_lender", 0.15, D(2024, 1, 10))
    assert check.lpr == 0.0345 and check.lpr_from == D(2023, 8, 21)
    assert check.rate == pytest.approx(0.138)
    assert check.exceeded
    assert _notes(check) == [
        "On the contract date, 2024-01-10, the one-year LPR was 3.45% (from 2023-08-21)."
    ]


def test_lpr_on_the_day_it_changes() -> None:
    (check,) = thresholds(_rates(), "private_lender", 0.1, D(2024, 10, 21))
    assert check.lpr == 0.031 and check.rate == pytest.approx(0.124)


def test_without_a_contract_date_the_latest_lpr_is_used_and_said() -> None:
    (check,) = thresholds(_rates(), "private_lender", 0.1)
    assert check.lpr == 0.031
    assert "No contract date was given" in _notes(check)[0]


def test_a_date_past_the_table_says_to_check() -> None:
    (check,) = thresholds(_rates(), "private_lender", 0.1, D(2026, 1, 5))
    assert check.lpr == 0.031
    assert any("records changes up to 2024-10-21" in n for n in _notes(check))


def test_a_loan_before_2020_08_20_says_older_rules_may_apply() -> None:
    (check,) = thresholds(_rates(), "private_lender", 0.3, D(2019, 5, 1))
    notes = _notes(check)
    assert notes[0] == "older rules"
    assert check.notes[0].cites == ("transition-law-31",)
    assert "estimate of the standard at the time of suit" in notes[1]
    assert check.lpr == 0.031


def test_a_given_lpr_overrides_the_table() -> None:
    (check,) = thresholds(_rates(), "private_lender", 0.15, D(2024, 1, 10), lpr=0.0385)
    assert check.lpr == 0.0385 and check.lpr_from is None
    assert check.rate == pytest.approx(0.154) and not check.exceeded
    assert _notes(check) == ["This uses the one-year LPR you gave: 3.85%."]


def test_a_bad_loan_type_is_a_usage_error() -> None:
    assert _error_key(lambda: thresholds(_rates(), "payday", 0.1)) == "money_bad_loan_type"


def test_lpr_on() -> None:
    rates = _rates()
    assert lpr_on(rates, D(2019, 8, 19)) is None
    assert lpr_on(rates, D(2019, 8, 20)) == (0.0425, D(2019, 8, 20))


# ---- affordability ----------------------------------------------------------------------


def test_affordable_keeps_a_reserve_and_rounds_down() -> None:
    result = affordable_monthly(6_000, 4_000, _budget())
    assert result.left == 2_000 and result.monthly == 1_800 and result.reserve == 200
    assert not result.hardship
    odd = affordable_monthly(5_000, 3_777, _budget())  # 1,223 left, 10 % kept → 1,100.7
    assert odd.monthly == 1_100 and odd.reserve == pytest.approx(123)


def test_affordable_counts_other_commitments() -> None:
    result = affordable_monthly(6_000, 4_000, _budget(), commitments=500)
    assert result.left == 1_500 and result.monthly == 1_350


@pytest.mark.parametrize(
    "income, expenses", [(3_000, 3_000), (3_000, 4_500), (0, 0), (3_000, 2_995)]
)
def test_nothing_left_means_hardship(income: float, expenses: float) -> None:
    result = affordable_monthly(income, expenses, _budget())
    assert result.monthly == 0 and result.hardship


def test_the_reserve_share_comes_from_content() -> None:
    assert affordable_monthly(6_000, 4_000, _budget(reserve_share=0.25)).monthly == 1_500
    assert affordable_monthly(6_000, 4_000, _budget(round_down_to=1)).monthly == 1_800
    assert affordable_monthly(6_000, 4_000, _budget(reserve_share=0)).monthly == 2_000


@settings(max_examples=300)
@given(
    income=st.floats(min_value=0, max_value=1e7),
    expenses=st.floats(min_value=0, max_value=1e7),
    commitments=st.floats(min_value=0, max_value=1e7),
    share=st.floats(min_value=0, max_value=0.9),
)
def test_affordable_is_never_more_than_income_minus_essentials(
    income: float, expenses: float, commitments: float, share: float
) -> None:
    result = affordable_monthly(income, expenses, _budget(reserve_share=share), commitments)
    assert 0 <= result.monthly <= max(0.0, income - expenses) + 1e-6
    assert result.monthly <= max(0.0, result.left) + 1e-6


def test_affordable_rejects_negative_input() -> None:
    assert _error_key(lambda: affordable_monthly(-1, 0, _budget())) == "money_negative"


# ---- several debts ----------------------------------------------------------------------


def _debts(*amounts: float, court: tuple[int, ...] = ()) -> list[Debt]:
    return [Debt(f"c{i}", a, in_court=i in court) for i, a in enumerate(amounts)]


def test_pro_rata_split_in_whole_yuan() -> None:
    plan = split(_debts(12_000, 15_000, 30_000, 800), 1_800)
    offers = [o.monthly for o in plan.offers]
    assert sum(offers) == 1_800
    assert offers == [374, 467, 934, 25]  # 1,800 × share, largest remainders get the spare yuan
    assert [o.months for o in plan.offers] == [33, 33, 33, 32]
    assert plan.unused == 0


def test_a_small_debt_never_gets_more_than_it_needs() -> None:
    plan = split(_debts(300, 2_000, 6_000, court=(0,)), 1_000, "court-first")
    assert [o.monthly for o in plan.offers] == [300, 175, 525]
    assert plan.offers[0].months == 1 and plan.offers[0].cleared_month == 1
    assert plan.unused == 0


def test_more_than_all_debts_need_is_left_unused() -> None:
    plan = split(_debts(100, 200), 1_000)
    assert [o.monthly for o in plan.offers] == [100, 200]
    assert plan.unused == 700 and plan.all_cleared_month == 1


def test_court_first_pays_the_court_debts_then_moves_on() -> None:
    plan = split(_debts(900, 6_000, 3_000, court=(1,)), 1_000, "court-first")
    assert [o.monthly for o in plan.offers] == [0, 1_000, 0]
    assert [o.first for o in plan.offers] == [False, True, False]
    assert plan.offers[1].cleared_month == 6
    # then 1,000 a month pro rata between 900 and 3,000: 231 and 769 → 4 months
    assert plan.offers[0].cleared_month == 10 and plan.offers[2].cleared_month == 10
    assert plan.offers[0].months is None


def test_court_first_uses_the_stage_too() -> None:
    debts = [Debt("a", 1_000), Debt("b", 1_000, stage="judgment")]
    plan = split(debts, 500, "court-first", ["judgment"])
    assert [o.monthly for o in plan.offers] == [0, 500]


def test_court_first_without_court_debts_is_pro_rata() -> None:
    a = split(_debts(1_000, 3_000), 400, "court-first")
    b = split(_debts(1_000, 3_000), 400)
    assert [o.monthly for o in a.offers] == [o.monthly for o in b.offers] == [100, 300]


def test_rollover_clears_everything_sooner() -> None:
    plan = split(_debts(1_000, 10_000), 1_100)
    assert [o.monthly for o in plan.offers] == [100, 1_000]
    assert [o.months for o in plan.offers] == [10, 10]
    assert plan.all_cleared_month == 10
    plan = split(_debts(300, 10_000), 1_030)  # 30 / 1,000: the first clears in 10 months
    assert plan.offers[0].cleared_month == 10
    assert plan.offers[1].months == 10 and plan.offers[1].cleared_month == 10


def test_nothing_to_split() -> None:
    plan = split(_debts(1_000, 2_000), 0)
    assert [o.monthly for o in plan.offers] == [0, 0]
    assert all(o.months is None and o.cleared_month is None for o in plan.offers)
    assert plan.all_cleared_month is None


def test_split_rejects_bad_input() -> None:
    assert _error_key(lambda: split([], 100)) == "money_debts_empty"
    assert _error_key(lambda: split(_debts(1), 100, "biggest-first")) == "money_bad_priority"
    assert _error_key(lambda: split(_debts(1), -1)) == "money_negative"


@settings(max_examples=200)
@given(
    amounts=st.lists(st.floats(min_value=0, max_value=1e7), min_size=1, max_size=30),
    monthly=st.floats(min_value=0, max_value=1e5),
    court=st.sets(st.integers(min_value=0, max_value=29)),
    priority=st.sampled_from(PRIORITIES),
)
def test_split_never_offers_more_than_there_is(
    amounts: list[float], monthly: float, court: set[int], priority: str
) -> None:
    plan = split(_debts(*amounts, court=tuple(court)), monthly, priority)
    offers = [o.monthly for o in plan.offers]
    assert sum(offers) <= monthly + 1e-9
    assert all(o == int(o) and o >= 0 for o in offers)
    for offer in plan.offers:
        assert offer.monthly <= math.ceil(offer.debt.amount_claimed)
        if offer.months is not None and offer.cleared_month is not None:
            assert offer.cleared_month <= offer.months
    if monthly >= 1 and priority == "pro-rata":
        assert plan.all_cleared_month is not None


# ---- debts files ------------------------------------------------------------------------


def test_parse_debts() -> None:
    data = [
        {
            "creditor": " A ",
            "amount_claimed": "1.2万",
            "principal_received": 9000,
            "stage": "lawsuit",
        },
        {"creditor": "B", "amount_claimed": 500, "in_court": True},
    ]
    debts = parse_debts(data, "en", STAGE_IDS)
    assert debts == [
        Debt("A", 12_000, 9_000, "lawsuit", False),
        Debt("B", 500, None, None, True),
    ]


def test_parse_debts_lists_every_problem_in_the_language_asked() -> None:
    data = yaml.safe_load(
        (CONTENT.parent / "tests" / "data" / "debts-broken.yaml").read_text("utf-8")
    )
    with pytest.raises(UsageError) as info:
        parse_debts(data, "en", STAGE_IDS, "debts-broken.yaml")
    problems = "\n".join(info.value.problems)
    assert "[0].amount_claimed: '-500' is negative" in problems
    assert "[1].creditor: missing" in problems
    assert "[2].amount_claimed: 'lots' is not an amount" in problems
    assert "[2].stage: 'court' is not a stage id" in problems
    assert "[2].in_court: 'maybe' must be true or false" in problems
    assert "[2].note: unknown field" in problems
    assert info.value.message("en") == "The debts file debts-broken.yaml has 6 problem(s):"
    with pytest.raises(UsageError) as info:
        parse_debts(data, "zh", STAGE_IDS)
    assert "是负数" in "\n".join(info.value.problems)


@pytest.mark.parametrize("data", [None, [], {"creditor": "A"}, "A"])
def test_parse_debts_wants_a_list(data: Any) -> None:
    with pytest.raises(UsageError) as info:
        parse_debts(data, "en", STAGE_IDS)
    assert "non-empty list" in info.value.problems[0]


def test_parse_debts_limits() -> None:
    many = [{"creditor": str(i), "amount_claimed": 1} for i in range(MAX_DEBTS + 1)]
    with pytest.raises(UsageError):
        parse_debts(many, "en", STAGE_IDS)
    with pytest.raises(UsageError) as info:
        parse_debts([{"creditor": "A", "amount_claimed": 0}], "en", STAGE_IDS)
    assert "nothing to split" in info.value.problems[0]


# ---- the shipped rates.yaml -------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> Rates:
    return validate(Rates, yaml.safe_load((CONTENT / "cn" / "rates.yaml").read_text("utf-8")))


def _shipped_laws() -> dict[str, Excerpt]:
    data = yaml.safe_load((CONTENT / "cn" / "laws.yaml").read_text("utf-8"))
    return {item["id"]: validate(Excerpt, item) for item in data}


def test_shipped_rates_pass_the_loader_checks(shipped: Rates) -> None:
    from debtguide.content.checks import check_rates, check_references
    from debtguide.content.load import _Reader

    reader = _Reader(CONTENT / "cn")
    check_rates(reader, CONTENT / "cn" / "rates.yaml", shipped)
    check_references(reader.problem, CONTENT / "cn" / "rates.yaml", shipped, _shipped_laws(), None)
    assert reader.problems == []


def test_loader_check_catches_bad_rates() -> None:
    from debtguide.content.checks import check_rates, check_references
    from debtguide.content.load import _Reader

    bad = _rates(
        lpr_history=[{"from": "2024-01-01", "rate": 0.03}, {"from": "2023-01-01", "rate": 0.03}],
        loan_types={"payday": {"text": _text("x")}},
        budget=_budget_data(court_stages=["court"]),
    )
    reader = _Reader(CONTENT / "cn")
    check_rates(reader, CONTENT / "cn" / "rates.yaml", bad)
    check_references(reader.problem, CONTENT / "cn" / "rates.yaml", bad, {}, None)
    problems = "\n".join(reader.problems)
    assert "cites 'scope-law-1', which laws.yaml does not have" in problems
    assert "'payday' is not a loan_type" in problems
    assert "loan type 'credit_card' is not explained" in problems
    assert "entries must be in date order" in problems
    assert "'court' is not a stage id" in problems


def test_a_practice_line_needs_a_caution() -> None:
    data = as_data(_rates())
    data["lines"][0]["caution"] = None
    with pytest.raises(ValueError, match="caution"):
        validate(Rates, data)


def test_shipped_lines_follow_the_contract(shipped: Rates) -> None:
    by_id = {line.id: line for line in shipped.lines}
    licensed, private = by_id["licensed-lender-24"], by_id["private-lending-4x-lpr"]
    assert licensed.rate == 0.24 and licensed.basis == "practice"
    # The 24 % line is practice: it may cite only what explains why the private cap does not apply.
    assert licensed.summary.cites == []
    assert set(licensed.scope.cites) <= {"private-lending-rules-1", "private-lending-reply-1"}
    assert licensed.caution is not None
    assert "12348" in licensed.caution.zh and "12348" in licensed.caution.en
    assert private.lpr_multiple == 4 and private.basis == "law"
    assert "private-lending-rules-25" in private.summary.cites
    assert private.older_loans is not None and private.older_loans.before == D(2020, 8, 20)
    assert private.older_loans.cites == ["private-lending-rules-31"]
    assert "private_lender" not in licensed.applies
    for kind in ("bank_consumer_loan", "consumer_finance", "small_loan_company", "credit_card"):
        assert kind not in private.applies
    for kind in ("online_platform", "phone_lease", "unknown"):
        assert licensed.applies[kind] == private.applies[kind] == "maybe"


def test_every_loan_type_gets_at_least_one_line(shipped: Rates) -> None:
    for kind in LOAN_TYPES:
        assert thresholds(shipped, kind, 0.3), kind


def test_the_lpr_table_matches_the_reference_notes(shipped: Rates) -> None:
    notes = (REFERENCE / "NOTES.md").read_text("utf-8")
    table = re.findall(r"^\| (\d{4}-\d{2}-\d{2}) \| (\d+\.\d+) % \|", notes, re.MULTILINE)
    assert table, "the LPR table of NOTES.md §3.3 was not found"
    shipped_rows = [(e.from_.isoformat(), round(e.rate * 100, 2)) for e in shipped.lpr_history]
    assert shipped_rows == [(day, float(rate)) for day, rate in table]
    assert shipped.as_of >= shipped.lpr_history[-1].from_
    assert "--lpr" in shipped.lpr_caution.zh and "--lpr" in shipped.lpr_caution.en


def test_every_error_key_exists_in_both_languages() -> None:
    from debtguide.strings import catalogue

    UI = catalogue()

    package = CONTENT.parent / "debtguide"
    paths = [*sorted((package / "money").glob("*.py")), package / "cli" / "money.py"]
    source = "".join(path.read_text("utf-8") for path in paths)
    keys = set(re.findall(r'"(money_[a-z_]+)"', source))
    assert keys
    for key in keys:
        assert key in UI, key
        assert UI[key]["zh"] and UI[key]["en"], key
