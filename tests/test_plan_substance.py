"""The assessment plan as a lawyer and a writer read it: the order of the steps, safety first,
the money lines for the loan type, deadlines that are over, and Chinese that reads as Chinese."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import write_answers

ANSWERS = Path(__file__).parent / "answers"
CONTENT = Path(__file__).resolve().parent.parent / "content"
TODAY = "2026-11-28"
SITUATIONS = sorted(p.stem for p in ANSWERS.glob("*.yaml") if not p.stem.startswith("letters-"))

CREDIT_CARD = {
    "loan_type": "credit_card",
    "days_overdue": 40,
    "contact_kinds": ["phone_calls"],
    "principal_received": 10000,
    "installment_amount": 1000,
    "installments_total": 12,
}


def _file(tmp_path: Path, answers: dict[str, Any] | str) -> Path:
    if isinstance(answers, str):
        return ANSWERS / f"{answers}.yaml"
    return write_answers(tmp_path, answers)


def _run(cli, path: Path, lang: str, *extra: str) -> str:
    result = cli("assess", "--answers", str(path), "--today", TODAY, "--lang", lang, *extra)
    assert result.exit_code == 0, result.output
    return result.stdout


def plan_json(cli, tmp_path: Path, answers: dict[str, Any] | str, lang: str = "en") -> dict:
    return json.loads(_run(cli, _file(tmp_path, answers), lang, "--json"))


def plan_text(cli, tmp_path: Path, answers: dict[str, Any] | str, lang: str) -> str:
    """The terminal plan with all white space removed, so that line wrapping does not matter."""
    return "".join(_run(cli, _file(tmp_path, answers), lang).split())


def squeeze(text: str) -> str:
    return "".join(text.split())


def ids(data: dict, when: str | None = None) -> list[str]:
    return [a["id"] for a in data["actions"] if when is None or a["when"] == when]


# ---- order ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SITUATIONS)
def test_within_each_timing_the_stages_own_steps_come_first(cli, pack, tmp_path, name) -> None:
    data = plan_json(cli, tmp_path, name)
    stage = data["stage"]["id"]
    own = {a.id for a in pack.actions if stage in a.stages}
    for when in ("now", "this_week", "ongoing"):
        shown = [a["id"] for a in data["actions"] if a["when"] == when and not a["safety"]]
        is_own = [i in own for i in shown]
        assert is_own == sorted(is_own, reverse=True), (when, shown)


def test_a_lawsuit_plan_starts_with_the_court_papers(cli, tmp_path) -> None:
    data = plan_json(cli, tmp_path, "lawsuit")
    assert ids(data, "now")[:2] == ["lawsuit-read-papers", "lawsuit-write-defence"]
    assert ids(data, "this_week")[0] == "lawsuit-evidence"
    assert ids(data, "ongoing")[0] == "lawsuit-attend"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_court_dates_already_given_are_not_asked_for_again(cli, tmp_path, lang) -> None:
    answers = yaml.safe_load((ANSWERS / "lawsuit.yaml").read_text("utf-8"))
    answers.update(evidence_deadline_date="2026-12-20", hearing_date="2026-12-28")
    data = plan_json(cli, tmp_path, answers, lang)
    assert ids(data, "now")[:2] == ["lawsuit-read-papers-dated", "lawsuit-write-defence"]
    first = data["actions"][ids(data).index("lawsuit-read-papers-dated")]["text"]
    assert "debtguide assess" not in first
    assert "lawsuit-read-papers" not in ids(data)


def test_intimidation_at_home_opens_the_plan_with_safety(cli, tmp_path) -> None:
    answers = {
        "loan_type": "online_platform",
        "days_overdue": 30,
        "contact_kinds": ["home_visit"],
        "collector_behaviour": ["home_visit_intimidation"],
    }
    data = plan_json(cli, tmp_path, answers)
    assert data["safety_first"] is True
    safety = [a["id"] for a in data["actions"] if a["safety"]]
    assert ids(data)[: len(safety)] == safety
    assert safety[:2] == ["safety-call-110", "home-visit-door"]
    text = plan_text(cli, tmp_path, answers, "en")
    assert text.index("Yoursafetycomesfirst") < text.index("Whereyouarenow")


# ---- money ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_credit_card_rate_is_explained_for_credit_cards(cli, pack, tmp_path, lang) -> None:
    note = pack.rates.loan_types["credit_card"].text(lang)
    text = plan_text(cli, tmp_path, CREDIT_CARD, lang)
    assert squeeze(note) in text
    for wrong in ("取决于出借方有没有放贷牌照", "dependsonwhetherthelenderislicensed"):
        assert wrong not in text
    caution = pack.rates.lines[0].caution(lang)  # the 24% line is practice: its caution shows
    assert squeeze(caution) in text


def test_a_lone_maybe_line_is_not_an_unlawful_rate(cli, pack, tmp_path) -> None:
    data = plan_json(cli, tmp_path, CREDIT_CARD)
    money = data["money"]
    assert money["loan_type_note"]["text"] == pack.rates.loan_types["credit_card"].text.en
    assert [(t["id"], t["applies"], t["exceeded"]) for t in money["thresholds"]] == [
        ("licensed-lender-24", "maybe", True)
    ]
    assert "excessive-interest" not in {f["id"] for f in data["flags"]}
    shown = ids(data)
    assert "money-credit-card-charges" in shown
    assert "money-which-lender" not in shown and "money-ask-breakdown" not in shown


def test_an_online_loan_above_both_lines_is_above_the_one_that_applies(cli, pack, tmp_path):
    data = plan_json(cli, tmp_path, "lawsuit")
    assert (
        data["money"]["loan_type_note"]["text"] == pack.rates.loan_types["online_platform"].text.en
    )
    assert "excessive-interest" in {f["id"] for f in data["flags"]}
    text = plan_text(cli, tmp_path, "lawsuit", "en")
    assert squeeze(pack.rates.lpr_caution.en) in text


def test_nothing_to_spare_is_said_in_words_not_as_zero(cli, tmp_path) -> None:
    text = plan_text(cli, tmp_path, "judgment-passed", "en")
    assert "about0yuan" not in text and "nothingisleft" in text
    assert "judgment-instalment-offer" not in ids(plan_json(cli, tmp_path, "judgment-passed"))


# ---- deadlines -----------------------------------------------------------------------------


def test_a_passed_appeal_period_is_not_offered_again(cli, tmp_path) -> None:
    assert "judgment-appeal-decide" not in ids(plan_json(cli, tmp_path, "judgment-passed"))
    answers = yaml.safe_load((ANSWERS / "judgment-passed.yaml").read_text(encoding="utf-8"))
    answers["judgment_received_date"] = "2026-11-20"  # the appeal period ends on 2026-12-05
    data = plan_json(cli, tmp_path, answers)
    assert [(d["kind"], d["date"]) for d in data["deadlines"]] == [("appeal", "2026-12-05")]
    assert "judgment-appeal-decide" in ids(data)


def test_a_passed_objection_period_drops_the_steps_for_objecting(cli, tmp_path) -> None:
    answers = yaml.safe_load((ANSWERS / "payment-order.yaml").read_text(encoding="utf-8"))
    answers["payment_order_received_date"] = "2026-11-01"
    data = plan_json(cli, tmp_path, answers)
    assert data["deadlines"][0]["passed"] is True
    shown = ids(data)
    assert "payment-order-verify" in shown
    for step in ("payment-order-decide", "payment-order-proof", "payment-order-no-dispute"):
        assert step not in shown


def test_the_rest_day_rule_is_told_only_for_court_deadlines(cli, pack, tmp_path) -> None:
    note = squeeze(pack.rules.rest_day_note.text.zh)
    assert note in plan_text(cli, tmp_path, "lawsuit", "zh")
    assert note not in plan_text(cli, tmp_path, "credit-objection", "zh")


def test_an_objection_already_made_is_not_asked_for_again(cli, tmp_path) -> None:
    shown = ids(plan_json(cli, tmp_path, "credit-objection"))
    assert "credit-objection-sent" in shown and "credit-object-errors" not in shown


# ---- language ------------------------------------------------------------------------------


def test_chinese_lists_use_chinese_punctuation(cli, tmp_path) -> None:
    text = plan_text(cli, tmp_path, "address-book", "zh")
    assert "（爆通讯录）；催收方的做法：" in text
    assert "12378国家金融监督管理总局消费者投诉热线、地方金融管理局" in text


def _zh_texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "zh" and isinstance(v, str)] + [
            t for k, v in node.items() if k != "zh" for t in _zh_texts(v)
        ]
    if isinstance(node, list):
        return [t for v in node for t in _zh_texts(v)]
    return []


def test_the_pack_reads_the_same_without_libyaml_and_quotes_in_chinese() -> None:
    """Pure-Python PyYAML ends a plain scalar at `?` in a flow mapping where libyaml does not."""
    fast = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted((CONTENT / "cn").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=yaml.SafeLoader)
        assert data == yaml.load(text, Loader=fast), path.name
        if path.name not in ("cues.yaml", "laws.yaml"):
            assert not [t for t in _zh_texts(data) if '"' in t], path.name  # “…” in Chinese


# ---- the lender's name settles an open loan type ----------------------------------------------


@pytest.mark.parametrize(
    ("loan_type", "name", "expected"),
    [
        ("online_platform", "某某网络小额贷款有限公司", "small_loan_company"),
        ("unknown", "某某消费金融有限公司", "consumer_finance"),
        (None, "某某银行股份有限公司", "bank_consumer_loan"),
        ("online_platform", "某某科技有限公司", None),  # the name says nothing
        ("online_platform", "某某银行消费金融合作小额贷款", None),  # words that disagree
        ("private_lender", "某某小额贷款有限公司", None),  # the answers already settle it
        ("online_platform", None, None),
    ],
)
def test_a_reserved_word_in_the_name_settles_an_open_loan_type(
    pack, loan_type, name, expected
) -> None:
    from debtguide.money.rate import loan_type_by_name

    assert loan_type_by_name(pack.rates, loan_type, name) == expected


def test_the_plan_takes_the_lines_of_the_type_the_name_shows(cli) -> None:
    path = ANSWERS / "letters-online-loan.yaml"  # 某某网络小额贷款有限公司
    result = cli("assess", "--answers", str(path), "--today", "2026-11-28", "--json")
    money = json.loads(result.stdout)["money"]
    assert [(line["id"], line["applies"]) for line in money["thresholds"]] == [
        ("licensed-lender-24", True)
    ]


def test_no_need_to_find_out_who_lent_when_the_name_says(cli, tmp_path: Path) -> None:
    data = yaml.safe_load((ANSWERS / "letters-online-loan.yaml").read_text(encoding="utf-8"))
    named = json.loads(
        cli("assess", "--answers", str(ANSWERS / "letters-online-loan.yaml"), "--json").stdout
    )
    assert "money-which-lender" not in {a["id"] for a in named["actions"]}
    data["lender_name"] = "某某科技有限公司"  # a name that says nothing about a licence
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    unnamed = json.loads(cli("assess", "--answers", str(path), "--json").stdout)
    assert "money-which-lender" in {a["id"] for a in unnamed["actions"]}
