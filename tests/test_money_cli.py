"""The `apr` and `budget` commands through Typer's runner, in both languages and as JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import REPO

DATA = REPO / "tests" / "data"
BRIEF = ("--received", "10000", "--installment", "1000", "--count", "12")


def _flat(text: str, lang: str) -> str:
    """The terminal output with its line wrapping undone (Chinese wraps between characters)."""
    return re.sub(r"[ \t]*\n[ \t]*", "" if lang == "zh" else " ", text)


def _json(cli, *args: str) -> dict:
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ---- apr --------------------------------------------------------------------------------


def test_apr_json_follows_the_contract(cli) -> None:
    data = _json(cli, "apr", *BRIEF)
    assert data["schema"] == "debtguide.apr/1"
    assert data["apr"] == 0.3507
    assert data["effective_annual"] == 0.413
    assert data["total_repaid"] == 12000.0 and data["cost"] == 2000.0
    assert data["loan_type"] == "unknown"
    ids = [line["id"] for line in data["thresholds"]]
    assert ids == ["licensed-lender-24", "private-lending-4x-lpr"]
    for line in data["thresholds"]:
        assert {"id", "rate", "exceeded", "cites", "applies"} <= set(line)
        assert line["applies"] == "maybe" and line["exceeded"] is True
    licensed, private = data["thresholds"]
    assert licensed["rate"] == 0.24 and licensed["basis"] == "practice"
    assert "12348" in licensed["caution"]
    assert private["rate"] == 0.12 and private["lpr"] == 0.03
    assert "No contract date" in private["notes"][0]
    assert "private-lending-rules-25" in private["cites"]


@pytest.mark.parametrize(
    "loan_type, expected",
    [
        ("bank_consumer_loan", [("licensed-lender-24", True)]),
        ("consumer_finance", [("licensed-lender-24", True)]),
        ("small_loan_company", [("licensed-lender-24", True)]),
        ("credit_card", [("licensed-lender-24", "maybe")]),
        ("private_lender", [("private-lending-4x-lpr", True)]),
        ("online_platform", [("licensed-lender-24", "maybe"), ("private-lending-4x-lpr", "maybe")]),
        ("phone_lease", [("licensed-lender-24", "maybe"), ("private-lending-4x-lpr", "maybe")]),
        ("unknown", [("licensed-lender-24", "maybe"), ("private-lending-4x-lpr", "maybe")]),
    ],
)
def test_apr_lines_depend_on_the_loan_type(cli, loan_type: str, expected: list) -> None:
    data = _json(cli, "apr", *BRIEF, "--loan-type", loan_type)
    assert [(line["id"], line["applies"]) for line in data["thresholds"]] == expected
    assert data["loan_type_note"]["text"]


def test_apr_contract_date_picks_the_lpr(cli) -> None:
    data = _json(
        cli, "apr", *BRIEF, "--loan-type", "private_lender", "--contract-date", "2023-09-01"
    )
    (line,) = data["thresholds"]
    assert line["lpr"] == 0.0345 and line["lpr_from"] == "2023-08-21"
    assert line["rate"] == pytest.approx(0.138)
    assert data["contract_date"] == "2023-09-01"


def test_apr_old_loan_warns_about_older_rules(cli) -> None:
    data = _json(
        cli, "apr", *BRIEF, "--loan-type", "private_lender", "--contract-date", "2019-06-01"
    )
    (line,) = data["thresholds"]
    assert "before 20 August 2020" in line["notes"][0]
    assert "cannot be judged by today's four-times-LPR cap alone" in line["notes"][0]
    assert line["verdict"] == "partly"  # review finding 8: not judged by today's cap alone
    older = " ".join(line["notes"])
    assert "between 24% and 36%" in older and "2015" in older
    newer = _json(cli, "apr", *BRIEF, "--loan-type", "private_lender")["thresholds"][0]
    assert newer["verdict"] == "above" and "24%" not in " ".join(newer["notes"])


def test_apr_lpr_override(cli) -> None:
    data = _json(cli, "apr", *BRIEF, "--loan-type", "private_lender", "--lpr", "3.85%")
    (line,) = data["thresholds"]
    assert line["lpr"] == 0.0385 and line["rate"] == pytest.approx(0.154)


def test_apr_below_the_line(cli) -> None:
    args = ("--received", "10000", "--installment", "900", "--count", "12")
    data = _json(cli, "apr", *args, "--loan-type", "bank_consumer_loan")
    (line,) = data["thresholds"]
    assert data["apr"] < 0.24 and line["exceeded"] is False
    assert "not above this line" in line["means"]


def test_apr_fee_up_front(cli) -> None:
    data = _json(cli, "apr", *BRIEF, "--fee", "1,000")
    assert data["received"] == 9000.0 and data["fee"] == 1000.0
    assert data["apr"] == 0.5675 and data["cost"] == 3000.0
    assert data["fee_note"]["cites"] == ["civil-code-670"]


@pytest.mark.parametrize(
    "period, count, installment, apr", [("week", "52", "220", 0.2706), ("day", "30", "350", 0.0)]
)
def test_apr_weekly_and_daily(cli, period: str, count: str, installment: str, apr: float) -> None:
    received = "10000" if period == "week" else "10500"
    args = ("--received", received, "--installment", installment, "--count", count)
    data = _json(cli, "apr", *args, "--period", period)
    assert data["period"] == period and data["periods_per_year"] == {"week": 52, "day": 365}[period]
    assert data["apr"] == pytest.approx(apr, abs=1e-4)


def test_apr_schedule_file(cli) -> None:
    data = _json(cli, "apr", "--schedule", str(DATA / "debts-schedule.yaml"))
    assert data["start"] == "2024-03-01" and data["end"] == "2024-09-01"
    assert data["payments"] == 3 and data["total_repaid"] == 5500.0 and data["cost"] == 500.0
    assert data["periods_per_year"] == 365 and data["period"] is None
    assert data["contract_date"] == "2024-03-01"
    assert 0.35 < data["apr"] < 0.36


def test_apr_in_chinese_says_the_rate_plainly(cli) -> None:
    result = cli("apr", *BRIEF, "--lang", "zh")
    assert result.exit_code == 0, result.output
    out = _flat(result.stdout, "zh")
    assert "你实际承担的年化利率约为 35.07%" in out
    assert "41.30%" in out
    assert "高于持牌机构综合成本的司法实践界线" in out and "24.00%" in out
    assert "可能适用" in out
    assert "不是本工具收录并核实过的法律原文" in out  # the caution on the 24 % line
    assert "《民间借贷司法解释》第二十五条" in out
    assert "12348" in out
    assert "Error" not in out


def test_apr_in_english(cli) -> None:
    result = cli("apr", *BRIEF, "--lang", "en", "--loan-type", "bank_consumer_loan")
    assert result.exit_code == 0, result.output
    out = _flat(result.stdout, "en")
    assert "The true annual rate you are paying is about 35.07%." in out
    assert "Above the court-practice line for licensed lenders' total cost" in out
    assert "applies to this kind of loan" in out
    assert "ask that the part above 24% a year be waived" in out
    assert "private-lending cap" not in out  # a line that cannot apply is left out


@pytest.mark.parametrize(
    "args, words",
    [
        (("--received", "-5", "--installment", "1000", "--count", "12"), ["--received", "-5"]),
        (("--received", "10000", "--installment", "1000", "--count", "0"), ["--count", "'0'"]),
        (("--received", "10000", "--installment", "1000", "--count", "1.5"), ["--count", "1.5"]),
        (("--received", "10000", "--installment", "0", "--count", "12"), ["--installment"]),
        (("--received", "lots", "--installment", "1000", "--count", "12"), ["'lots'"]),
        (
            ("--received", "10000", "--installment", "800", "--count", "12"),
            ["9,600", "10,000", "never repay the principal"],
        ),
        ((*BRIEF, "--period", "year"), ["--period", "'year'"]),
        ((*BRIEF, "--fee", "10000"), ["--fee"]),
        ((*BRIEF, "--loan-type", "payday"), ["--loan-type", "'payday'"]),
        ((*BRIEF, "--contract-date", "2024-02-30"), ["--contract-date", "2024-02-30"]),
        ((*BRIEF, "--lpr", "150%"), ["--lpr", "150%"]),
        (("--received", "10000"), ["--installment and --count"]),
        (("--installment", "1000", "--count", "12"), ["--received"]),
        ((*BRIEF, "--schedule", str(DATA / "debts-schedule.yaml")), ["not both"]),
        (("--schedule", str(DATA / "missing.yaml")), ["missing.yaml"]),
        (("--schedule", str(DATA / "debts-broken.yaml")), ["received_on"]),
    ],
)
def test_apr_bad_input_exits_2_naming_it(cli, args: tuple[str, ...], words: list[str]) -> None:
    result = cli("apr", *args, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ")
    for word in words:
        assert word in result.stderr
    assert "Traceback" not in result.output


def test_apr_bad_input_in_chinese(cli) -> None:
    result = cli(
        "apr", "--received", "10000", "--installment", "800", "--count", "12", "--lang", "zh"
    )
    assert result.exit_code == 2
    assert "错误" in result.stderr and "连本金都还不完" in result.stderr


def test_apr_schedule_problems_are_listed(cli, tmp_path: Path) -> None:
    bad = tmp_path / "plan.json"
    bad.write_text(
        json.dumps(
            {
                "received_on": "2024-03-01",
                "received": 1000,
                "payments": [{"date": "2024-02-01", "amount": 600}, {"date": "x", "amount": 600}],
            }
        ),
        encoding="utf-8",
    )
    result = cli("apr", "--schedule", str(bad), "--lang", "en")
    assert result.exit_code == 2
    assert "has 2 problem(s)" in result.stderr
    assert "payments[0].date: 2024-02-01 is not after" in result.stderr
    assert "payments[1].date: 'x' is not a date" in result.stderr


def test_apr_broken_yaml(cli, tmp_path: Path) -> None:
    bad = tmp_path / "plan.yaml"
    bad.write_text("received_on: [2024\n", encoding="utf-8")
    result = cli("apr", "--schedule", str(bad), "--lang", "en")
    assert result.exit_code == 2
    assert "is not valid YAML or JSON" in result.stderr


# ---- budget -----------------------------------------------------------------------------


def test_budget_json(cli) -> None:
    data = _json(
        cli, "budget", "--debts", str(DATA / "debts-three.yaml"), "--income", "6000",
        "--expenses", "4,000",
    )  # fmt: skip
    assert data["schema"] == "debtguide.budget/1"
    assert data["affordable_monthly"] == 1800.0 and data["reserve"] == 200.0
    assert data["hardship"] is False and data["priority"] == "pro-rata"
    debts = data["debts"]
    assert [d["creditor"] for d in debts] == ["某网贷平台", "某消费金融公司", "某银行信用卡中心"]
    assert [d["amount_claimed"] for d in debts] == [12000.0, 15000.0, 30000.0]
    assert [d["monthly"] for d in debts] == [379.0, 474.0, 947.0]
    assert sum(d["monthly"] for d in debts) == 1800.0
    assert [d["months"] for d in debts] == [32, 32, 32]
    assert {"creditor", "amount_claimed", "monthly", "months"} <= set(debts[0])
    assert data["all_cleared_month"] == 32


def test_budget_court_first(cli) -> None:
    data = _json(
        cli, "budget", "--debts", str(DATA / "debts-small.json"), "--monthly", "1000",
        "--priority", "court-first",
    )  # fmt: skip
    assert [d["monthly"] for d in data["debts"]] == [0.0, 1000.0, 0.0]
    assert [d["first"] for d in data["debts"]] == [False, True, False]
    assert [d["cleared_month"] for d in data["debts"]] == [10, 6, 10]
    assert "income" not in data


def test_budget_stage_in_court_counts_for_court_first(cli) -> None:
    data = _json(
        cli, "budget", "--debts", str(DATA / "debts-three.yaml"), "--monthly", "1500",
        "--priority", "court-first",
    )  # fmt: skip
    assert [d["monthly"] for d in data["debts"]] == [0.0, 1500.0, 0.0]


def test_budget_hardship(cli) -> None:
    data = _json(
        cli, "budget", "--debts", str(DATA / "debts-three.yaml"), "--income", "3000",
        "--expenses", "3500",
    )  # fmt: skip
    assert data["affordable_monthly"] == 0 and data["hardship"] is True
    assert all(d["monthly"] == 0 and d["months"] is None for d in data["debts"])
    assert "nothing left" in data["notes"][0]


def test_budget_in_chinese(cli) -> None:
    result = cli(
        "budget", "--debts", str(DATA / "debts-three.yaml"), "--income", "6000", "--expenses",
        "4000", "--lang", "zh",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = _flat(result.stdout, "zh")
    assert "每月可以如实拿出来还债的钱：1,800 元" in out
    assert "其中 200 元留作应急" in out
    assert "某网贷平台" in out and "379" in out and "32 个月" in out
    assert "按各家主张金额的比例分配" in out
    assert "多出 3,000 元" in out  # 12,000 claimed against 9,000 received


def test_budget_in_english_with_court_first(cli) -> None:
    result = cli(
        "budget", "--debts", str(DATA / "debts-small.json"), "--monthly", "1000", "--priority",
        "court-first", "--lang", "en",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = _flat(result.stdout, "en")
    assert "Splitting the 1,000 yuan a month you gave." in out
    assert "App B *" in out
    assert "paid first" in out
    assert "Civil Procedure Law, art. 247" in out
    assert "all are cleared in about 10 months" in out


def test_budget_hardship_in_english(cli) -> None:
    result = cli(
        "budget", "--debts", str(DATA / "debts-small.json"), "--income", "2000", "--expenses",
        "2000", "--lang", "en",
    )  # fmt: skip
    assert result.exit_code == 0
    out = _flat(result.stdout, "en")
    assert "What you can honestly pay each month: 0 yuan" in out
    assert "Do not promise money you do not have" in out


@pytest.mark.parametrize(
    "args, words",
    [
        (("--debts", str(DATA / "debts-broken.yaml"), "--monthly", "100"), ["has 6 problem(s)", "[2].stage: 'court'"]),
        (("--debts", str(DATA / "missing.yaml"), "--monthly", "100"), ["missing.yaml"]),
        (("--debts", str(DATA / "debts-three.yaml")), ["--income and --expenses"]),
        (("--debts", str(DATA / "debts-three.yaml"), "--income", "5000"), ["together"]),
        (("--debts", str(DATA / "debts-three.yaml"), "--income", "-5000", "--expenses", "1"), ["--income", "-5000"]),
        (("--debts", str(DATA / "debts-three.yaml"), "--monthly", "1", "--income", "2", "--expenses", "1"), ["not both"]),
        (("--debts", str(DATA / "debts-three.yaml"), "--monthly", "1千元x"), ["--monthly", "1千元x"]),
        (("--debts", str(DATA / "debts-three.yaml"), "--monthly", "100", "--priority", "biggest"), ["--priority", "'biggest'"]),
    ],
)  # fmt: skip
def test_budget_bad_input_exits_2_naming_it(cli, args: tuple[str, ...], words: list[str]) -> None:
    result = cli("budget", *args, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ")
    for word in words:
        assert word in result.stderr


def test_budget_not_a_list(cli, tmp_path: Path) -> None:
    bad = tmp_path / "debts.yaml"
    bad.write_text("creditor: A\namount_claimed: 100\n", encoding="utf-8")
    result = cli("budget", "--debts", str(bad), "--monthly", "100", "--lang", "zh")
    assert result.exit_code == 2
    assert "不为空的列表" in result.stderr


def test_money_commands_have_help_with_an_example(cli) -> None:
    for command in ("apr", "budget"):
        result = cli(command, "--help")
        assert result.exit_code == 0
        assert "Example: debtguide " + command in result.stdout
