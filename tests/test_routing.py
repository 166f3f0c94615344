"""Issue 13 item 8 and review findings 6, 9, 10: the police get the conduct, courts the interest."""

from __future__ import annotations

from tests.conftest import REPO

ANSWERS = REPO / "tests" / "answers" / "letters-private-lawsuit.yaml"


def _letter(cli, lang: str) -> str:
    result = cli(
        "letter", "complaint", "--answers", str(ANSWERS), "--today", "2026-11-28", "--lang", lang
    )
    assert result.exit_code == 0, result.output
    return " ".join(result.stdout.split())


def test_the_private_lender_complaint_to_the_police_keeps_to_the_conduct(cli) -> None:
    zh, en = _letter(cli, "zh"), _letter(cli, "en")
    assert "派出所" in zh
    assert "核查被投诉人的利率" not in zh and "协商还款方案" not in zh
    assert "rates and charges comply" not in en and "repayment plan" not in en
    assert "情节严重" in zh and "人民法院解决" in zh
    assert "where the circumstances are serious" in en and "people's court separately" in en
    assert "尚未经本人核实" in zh and "not verified that text" in en


def test_flags_state_the_serious_circumstances_condition(pack) -> None:
    for flag_id in ("threats", "home-intimidation"):
        flag = pack.flags[flag_id]
        assert "情节严重" in flag.why.zh and "serious" in flag.why.en
    insults = pack.flags["insults"]
    assert "告诉才处理" in insults.why.zh and "own complaint" in insults.why.en
    assert (
        "2026" in pack.flags["threats"].why.en
        and "not yet verified" in pack.flags["threats"].why.en
    )
