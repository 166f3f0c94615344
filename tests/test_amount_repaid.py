"""`amount_repaid` (CONTRACT v1.1): accepted, asked per debt, added to the claim in the plan, its
JSON and the letters that talk about the amount."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import REPO, write_answers

TODAY = ["--today", "2026-12-07"]
SCHEMAS = REPO / "debtguide" / "schemas"
SUED = {
    "loan_type": "online_platform",
    "lender_name": "某某贷",
    "days_overdue": 200,
    "contact_kinds": ["court_summons"],
    "summons_received_date": "2026-12-01",
    "principal_received": 10000,
    "amount_claimed": 9000,
    "amount_repaid": 4500.5,
}


def _file(tmp_path: Path, answers: dict) -> list[str]:
    return ["--answers", str(write_answers(tmp_path, answers))]


def test_the_plan_adds_what_was_repaid_to_the_claim(cli, tmp_path: Path) -> None:
    args = _file(tmp_path, SUED)
    zh = cli("assess", *args, *TODAY, "--lang", "zh")
    en = cli("assess", *args, *TODAY, "--lang", "en")
    assert zh.exit_code == en.exit_code == 0, zh.output + en.output
    zh_text = "".join(zh.stdout.split())  # the line-breaker may split a figure's sentence
    assert "你已经还了4,500.50元，对方现在还要9,000.00元，合计13,500.50元" in zh_text
    assert "比你实际到手的10,000.00元多3,500.50元" in zh_text
    en_text = " ".join(en.stdout.split())
    assert "You have repaid 4,500.50 yuan and they now demand 9,000.00 more" in en_text
    assert "13,500.50 yuan in all, 3,500.50 more than the 10,000.00 yuan" in en_text


def test_the_json_carries_the_sum_and_the_excess(cli, tmp_path: Path) -> None:
    result = cli("assess", *_file(tmp_path, SUED), *TODAY, "--json")
    data = json.loads(result.stdout)
    assert data["money"]["amount_repaid"] == 4500.5
    assert data["money"]["paid_and_claimed"] == 13500.5
    assert data["money"]["over_received"] == 3500.5
    schema = json.loads((SCHEMAS / "assessment-1.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)


def test_no_excess_is_claimed_when_the_sum_is_below_what_was_received(cli, tmp_path: Path) -> None:
    answers = {**SUED, "amount_repaid": 500}
    data = json.loads(cli("assess", *_file(tmp_path, answers), *TODAY, "--json").stdout)
    assert data["money"]["paid_and_claimed"] == 9500
    assert "over_received" not in data["money"]
    en = cli("assess", *_file(tmp_path, answers), *TODAY, "--lang", "en").stdout
    assert "You say you have repaid 500.00 yuan" in " ".join(en.split())


def test_a_negative_amount_is_refused_naming_the_question(cli, tmp_path: Path) -> None:
    result = cli("assess", *_file(tmp_path, {**SUED, "amount_repaid": -1}), *TODAY)
    assert result.exit_code == 2
    assert "amount_repaid" in result.output


@pytest.mark.parametrize(
    ("letter", "zh", "en"),
    [
        (
            "negotiation",
            "到目前为止，我已经还了 4,500.50 元；连同贵方现在主张的金额，我付出的总额将比实际"
            "收到的借款多 3,500.50 元。",
            "So far I have repaid 4,500.50 yuan; together with the amount you now claim, I would "
            "pay 3,500.50 yuan more in all than I actually received.",
        ),
        (
            "statement-request",
            "据我的记录，到目前为止我已经还了 4,500.50 元。",
            "By my records I have repaid 4,500.50 yuan so far.",
        ),
        (
            "defense",
            "答辩人已经还款 4,500.50 元，被答辩人应当说明这些还款冲抵了哪些款项。",
            "The defendant has already repaid 4,500.50 yuan; the plaintiff should show what "
            "these payments were applied to.",
        ),
    ],
)
def test_the_letters_about_the_amount_state_what_was_repaid(
    cli, tmp_path: Path, letter: str, zh: str, en: str
) -> None:
    args = _file(tmp_path, SUED)
    for lang, expected in (("zh", zh), ("en", en)):
        out = tmp_path / f"{letter}.{lang}.md"
        result = cli("letter", letter, *args, *TODAY, "--lang", lang, "--out", str(out))
        assert result.exit_code == 0, result.output
        assert expected in out.read_text("utf-8")


def test_the_payment_order_objection_states_what_was_repaid(cli, tmp_path: Path) -> None:
    answers = yaml.safe_load((REPO / "tests/answers/letters-payment-order.yaml").read_text("utf-8"))
    args = _file(tmp_path, {**answers, "amount_repaid": 6000})
    for lang, expected in (
        ("zh", "异议人已经还款 6,000.00 元，申请人未说明这些还款如何冲抵。"),
        ("en", "The objector has already repaid 6,000.00 yuan, and the applicant does not say"),
    ):
        out = tmp_path / f"objection.{lang}.md"
        cmd = ("letter", "payment-order-objection", *args, "--today", "2026-11-28")
        result = cli(*cmd, "--lang", lang, "--out", str(out))
        assert result.exit_code == 0, result.output
        assert expected in out.read_text("utf-8")


def test_without_it_the_letters_say_nothing_of_repayments_made(cli, tmp_path: Path) -> None:
    answers = {k: v for k, v in SUED.items() if k != "amount_repaid"}
    out = tmp_path / "n.md"
    args = ("letter", "negotiation", *_file(tmp_path, answers), *TODAY, "--lang", "zh")
    assert cli(*args, "--out", str(out)).exit_code == 0
    assert "到目前为止，我已经还了" not in out.read_text("utf-8")


def test_a_case_takes_it_per_debt(cli, tmp_path: Path) -> None:
    case = {
        "monthly_income": 6000,
        "monthly_essential_expenses": 4000,
        "debts": [
            {"id": "a", **SUED},
            {"id": "b", "loan_type": "credit_card", "amount_claimed": 3000, "amount_repaid": 0},
        ],
    }
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
    result = cli("assess", "--answers", str(path), *TODAY, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    money = {d["id"]: d["money"] for d in data["debts"]}
    assert money["a"]["over_received"] == 3500.5
    assert money["b"]["amount_repaid"] == 0 and money["b"]["paid_and_claimed"] == 3000
    schema = json.loads((SCHEMAS / "case-1.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
