"""`debtguide letter negotiation --debts FILE`: the offer is this creditor's share of the budget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO

ANSWERS = REPO / "tests" / "answers" / "letters-online-loan.yaml"  # 5,200 income, 3,900 costs
TODAY = "2026-11-28"


@pytest.fixture
def debts(tmp_path: Path) -> Path:
    path = tmp_path / "debts.yaml"
    data = [
        {
            "creditor": "某某网络小额贷款有限公司",
            "amount_claimed": 9600,
            "principal_received": 8000,
        },
        {"creditor": "某银行信用卡中心", "amount_claimed": 30000},
    ]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def letter(cli, *more: str):
    return cli(
        "letter", "negotiation", "--answers", str(ANSWERS), "--today", TODAY, "--lang", "zh", *more
    )


def test_the_offer_is_the_creditors_share_of_the_budget(cli, debts: Path) -> None:
    budget = cli(
        "budget", "--debts", str(debts), "--income", "5200", "--expenses", "3900", "--json"
    )
    offers = {o["creditor"]: o["monthly"] for o in json.loads(budget.stdout)["debts"]}
    share = offers["某某网络小额贷款有限公司"]
    assert 0 < share < sum(offers.values())

    result = letter(cli, "--debts", str(debts))
    assert result.exit_code == 0, result.output
    assert f"我每月还款 {share:,.2f} 元" in result.stdout
    assert "每月份额" in result.stderr  # says where the sum came from


def test_the_creditor_can_be_named(cli, debts: Path) -> None:
    result = letter(cli, "--debts", str(debts), "--creditor", "信用卡")
    assert result.exit_code == 0, result.output
    alone = letter(cli)
    assert "我每月还款 1,170.00 元" in alone.stdout  # the whole budget without --debts
    assert "我每月还款 1,170.00 元" not in result.stdout


def test_an_explicit_monthly_offer_wins(cli, debts: Path) -> None:
    result = letter(cli, "--debts", str(debts), "--set", "monthly_offer=500")
    assert result.exit_code == 0, result.output
    assert "我每月还款 500.00 元" in result.stdout


def test_an_unknown_creditor_lists_the_debts(cli, debts: Path) -> None:
    result = letter(cli, "--debts", str(debts), "--creditor", "某某银行消费金融")
    assert result.exit_code == 2
    assert "某某网络小额贷款有限公司" in result.output and "某银行信用卡中心" in result.output


def test_a_letter_without_an_offer_refuses_debts(cli, debts: Path) -> None:
    result = cli("letter", "complaint", "--answers", str(ANSWERS), "--debts", str(debts))
    assert result.exit_code == 2
    assert "negotiation" in result.output


def test_without_income_the_split_cannot_be_made(cli, debts: Path, tmp_path: Path) -> None:
    answers = yaml.safe_load(ANSWERS.read_text(encoding="utf-8"))
    del answers["monthly_income"]
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    result = cli("letter", "negotiation", "--answers", str(path), "--debts", str(debts))
    assert result.exit_code == 2
    assert "monthly_income" in result.output
