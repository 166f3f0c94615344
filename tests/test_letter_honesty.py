"""Letters state only what the answers show: no third-party ask without third-party contact,
and no silent promise of an offer that would take more than five years."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

FULL = [
    "--set", "name=李明", "--set", "id_last4=123X", "--set", "phone_last4=5678",
    "--set", "address=某市某路 8 号", "--set", "contract_no=JK-42",
]  # fmt: skip
BASE = {
    "loan_type": "online_platform",
    "lender_name": "某某借",
    "days_overdue": 60,
    "contact_kinds": ["phone_calls"],
    "amount_claimed": 50000,
    "monthly_income": 5000,
    "monthly_essential_expenses": 4600,
}


def letter(cli, tmp_path: Path, lang: str, **changes) -> str:
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump({**BASE, **changes}, allow_unicode=True), encoding="utf-8")
    result = cli(
        "letter", "negotiation", "--answers", str(path), *FULL, "--today", "2026-12-07",
        "--lang", lang,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    "lang, words", [("zh", "停止联系我的家人"), ("en", "Stop contacting my family")]
)
def test_the_family_ask_only_when_third_parties_were_contacted(cli, tmp_path, lang, words):
    assert words not in letter(cli, tmp_path, lang, collector_behaviour=["calls_at_night"])
    told = letter(cli, tmp_path, lang, collector_behaviour=["contacted_relatives_friends"])
    assert words in told


@pytest.mark.parametrize(
    "lang, words",
    [("zh", "还清需要约 139 个月，超过五年"), ("en", "about 139 months, more than five years")],
)
def test_an_offer_over_five_years_says_so_and_asks_for_another_way(cli, tmp_path, lang, words):
    # 400 a month left, 360 offered after the reserve: 50,000 takes 139 months
    text = letter(cli, tmp_path, lang)
    assert words in text
    short = letter(cli, tmp_path, lang, amount_claimed=5000)
    assert "five years" not in short and "超过五年" not in short
