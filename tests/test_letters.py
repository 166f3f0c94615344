"""Letters: the plan they offer, the fields, citations, template safety, the content checks."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from debtguide import answers as answers_mod
from debtguide import engine
from debtguide.content.record import replace
from debtguide.content.templates import template_cites
from debtguide.contract import LETTER_IDS
from debtguide.errors import ContentError, UsageError
from debtguide.letters.fields import missing_fields, needed_fields, parse_sets, with_letter
from debtguide.letters.lines import blocks
from debtguide.letters.situation import Situation, first_payment, limitation_risk, repayment_plan
from debtguide.letters.templates import render
from debtguide.letters.wording import cite_labels
from debtguide.money.view import money_view
from tests.conftest import CONTENT, REPO

TODAY = dt.date(2026, 11, 28)
ANSWERS = REPO / "tests" / "answers"


def situation(pack, raw: dict) -> Situation:
    answers = answers_mod.validate(pack, raw, TODAY, "en")
    result = engine.assess(pack, answers, TODAY, money=money_view(pack, answers))
    practice = tuple(
        line
        for line in pack.rates.lines
        if line.basis == "practice" and answers.get("loan_type", "unknown") in line.applies
    )
    return Situation(answers, result, (), practice)


def from_file(pack, name: str) -> Situation:
    from debtguide.cli.io import read_answers_file

    return situation(pack, read_answers_file(ANSWERS / f"{name}.yaml"))


# ---- the repayment plan --------------------------------------------------------------------


def test_plan_never_offers_more_than_affordable(pack) -> None:
    found = from_file(pack, "letters-online-loan")
    plan = repayment_plan(found, None)
    affordable = found.result.money.affordable.monthly
    assert not plan.pause
    assert plan.monthly == affordable
    assert plan.lump == 2000
    assert plan.basis_kind == "claimed"  # counted on the claim, never admitted
    assert plan.months == 7  # (9,600 − 2,000) / 1,170 rounded up
    assert plan.first == dt.date(2026, 12, 15)


def test_plan_on_principal_when_principal_only_is_wanted(pack) -> None:
    found = from_file(pack, "letters-small-loan")
    plan = repayment_plan(found, None)
    assert plan.basis_kind == "principal"
    assert plan.basis == 6000
    assert plan.months == 9  # 6,000 / 720


def test_nothing_to_spare_asks_for_time(pack) -> None:
    found = from_file(pack, "letters-pause")
    plan = repayment_plan(found, None)
    assert plan.pause and plan.monthly is None and plan.months is None
    assert "monthly_offer" not in needed_fields(pack, pack.letters["negotiation"], found)
    text = render(pack, "negotiation", "zh", found).text
    assert "三个月的缓冲期" in text
    assert "每月还款" not in text


def test_an_offer_above_the_budget_is_flagged(pack) -> None:
    found = from_file(pack, "letters-online-loan")
    plan = repayment_plan(found, 5000.0)
    assert plan.over_budget and plan.monthly == 5000.0


def test_first_payment_rolls_into_next_year() -> None:
    assert first_payment(dt.date(2026, 12, 3)) == dt.date(2027, 1, 15)


def test_negotiation_does_not_admit_the_claim(pack) -> None:
    found = from_file(pack, "letters-online-loan")
    zh = render(pack, "negotiation", "zh", found).text
    en = render(pack, "negotiation", "en", found).text
    assert "不表示我认可该金额" in zh and "does not mean I accept it" in en
    assert "我欠" not in zh and "I owe" not in en


def test_defense_near_limitation_pleads_it_and_offers_nothing(pack) -> None:
    found = from_file(pack, "letters-old-debt")
    assert limitation_risk(found.answers)
    rendered = render(pack, "defense", "zh", found)
    assert "诉讼时效抗辩" in rendered.text
    assert "分期" not in rendered.text
    assert {"civil-code-188", "civil-code-192", "civil-code-193"} <= set(rendered.cited)
    assert "monthly_offer" not in needed_fields(pack, pack.letters["defense"], found)


# ---- fields --------------------------------------------------------------------------------


def test_parse_sets(pack) -> None:
    values = parse_sets(
        pack,
        ["name= 李  明 ", "id_last4=123x", "summons_date=2026-11-20", "monthly_offer=1.2万"],
        TODAY,
    )
    assert values == {
        "name": "李 明",
        "id_last4": "123X",
        "summons_date": dt.date(2026, 11, 20),
        "monthly_offer": 12000.0,
    }


@pytest.mark.parametrize(
    "item, key",
    [
        ("name", "letter_set_syntax"),
        ("=x", "letter_set_syntax"),
        ("nmae=x", "letter_set_unknown"),
        ("name=", "letter_field_empty"),
        ("phone_last4=56", "letter_field_last4"),
        ("birth_date=yesterday", "letter_field_bad"),
        ("monthly_offer=0", "letter_field_positive"),
        ("name=" + "长" * 201, "letter_field_long"),
    ],
)
def test_bad_sets_name_the_problem(pack, item: str, key: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_sets(pack, [item], TODAY)
    assert caught.value.key == key


def test_fields_tied_to_questions_answer_them(pack) -> None:
    given = parse_sets(pack, ["order_date=2026-11-20", "lender_full_name=甲公司"], TODAY)
    letter = pack.letters["payment-order-objection"]
    answers = with_letter(pack, letter, {"contact_kinds": ["phone_calls"]}, given)
    assert answers == {
        "contact_kinds": ["phone_calls", "payment_order"],  # writing it implies the order came
        "payment_order_received_date": dt.date(2026, 11, 20),
        "lender_name": "甲公司",
    }


def test_missing_fields_skip_what_the_answers_hold(pack) -> None:
    found = from_file(pack, "letters-small-loan")
    letter = pack.letters["complaint"]
    missing = missing_fields(pack, letter, found, {"name": "李明"})
    assert "name" not in missing
    assert "lender_full_name" not in missing  # from lender_name
    assert "authority" not in missing  # one regulator for a small-loan company
    assert "phone" in missing and "contract_no" in missing


def test_blanks_are_marked_in_each_language(pack) -> None:
    found = situation(pack, {})
    zh = render(pack, "negotiation", "zh", found)
    en = render(pack, "negotiation", "en", found)
    assert "【请填写：姓名】" in zh.text and "[fill in: name]" in en.text
    assert zh.blanks == en.blanks
    assert "name" in zh.blanks and "monthly_offer" in zh.blanks


# ---- safety of the templates ---------------------------------------------------------------


@pytest.mark.parametrize(
    "hostile",
    [
        "{{ 7*7 }}",
        "{% for x in range(3) %}x{% endfor %}",
        "{{ cycler.__init__.__globals__ }}",
        "{# note #}",
        "}}{{",
    ],
)
def test_user_text_is_data_never_template(pack, hostile: str) -> None:
    found = situation(pack, {})
    for lang in ("zh", "en"):
        text = render(pack, "negotiation", lang, found, {"name": hostile}).text
        assert hostile in text
        assert "49" not in text


def test_a_template_fault_is_a_content_error_naming_the_file(pack) -> None:
    templates = dict(pack.letter_templates)
    templates["negotiation.zh"] = "# 标题\n{{ no_such_value }}\n"
    broken = replace(pack, letter_templates=templates)
    with pytest.raises(ContentError) as caught:
        render(broken, "negotiation", "zh", situation(pack, {}))
    assert caught.value.exit_code == 1
    assert "letters/negotiation.zh.j2" in caught.value.message("en")


def test_the_sandbox_blocks_unsafe_template_code(pack) -> None:
    templates = dict(pack.letter_templates)
    templates["negotiation.en"] = "{{ ''.__class__.__mro__[1].__subclasses__() }}\n"
    broken = replace(pack, letter_templates=templates)
    with pytest.raises(ContentError):
        render(broken, "negotiation", "en", situation(pack, {}))


# ---- citations -----------------------------------------------------------------------------


def test_each_letters_citations_resolve(pack) -> None:
    for letter_id in LETTER_IDS:
        letter = pack.letters[letter_id]
        for cite in [
            *letter.cites,
            *letter.send.cites,
            *letter.wait.cites,
            *letter.follow_up.cites,
        ]:
            assert cite in pack.laws, (letter_id, cite)
        for lang in ("zh", "en"):
            used = template_cites(pack.letter_templates[f"{letter_id}.{lang}"])
            assert set(used) <= set(letter.cites), (letter_id, lang)
    for conduct in pack.letter_routes.conduct.values():
        assert set(conduct.cites) <= set(pack.laws)


@pytest.mark.parametrize("name", sorted(p.stem for p in ANSWERS.glob("*.yaml")))
def test_every_letter_renders_from_every_answers_file(pack, name: str) -> None:
    found = from_file(pack, name)
    for letter_id in LETTER_IDS:
        for lang in ("zh", "en"):
            rendered = render(pack, letter_id, lang, found)
            assert rendered.blocks[0].kind == "title"
            assert set(rendered.cited) <= set(pack.laws)
            assert "None" not in rendered.text
            assert "{{" not in rendered.text and "{%" not in rendered.text


def test_cite_labels_name_each_law_once(pack) -> None:
    ids = ["civil-code-1032", "civil-code-1038", "pipl-44"]
    assert cite_labels(pack, ids, "zh") == (
        "《民法典》第一千零三十二条、第一千零三十八条；《个人信息保护法》第四十四条"
    )
    assert cite_labels(pack, ids, "en") == (
        "Civil Code, arts. 1032 and 1038; Personal Information Protection Law, art. 44"
    )


# ---- the line format -----------------------------------------------------------------------


def test_blocks_read_the_line_format() -> None:
    text = "# 标题\n\n致：某公司\n\n## 一、请求\n\n1. 第一项\n2. 第二项\n- 要点\n| a | b |\n| 1 | 2 |\n\n> 签名\n"
    kinds = [b.kind for b in blocks(text)]
    assert kinds == [
        "title", "gap", "para", "gap", "heading", "gap", "item", "item", "bullet", "table", "gap",
        "right",
    ]  # fmt: skip
    table = next(b for b in blocks(text) if b.kind == "table")
    assert table.rows == (("a", "b"), ("1", "2"))


# ---- content checks ------------------------------------------------------------------------


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    target = tmp_path / "cn"
    shutil.copytree(CONTENT / "cn", target)
    return target


def _problems(root: Path) -> list[str]:
    from debtguide.content.load import load_pack

    with pytest.raises(ContentError) as caught:
        load_pack(root)
    return caught.value.problems


def test_loader_requires_every_contract_letter_and_field(pack_copy: Path) -> None:
    (pack_copy / "letters" / "negotiation.yaml").unlink()
    fields = pack_copy / "letters" / "fields.yaml"
    text = fields.read_text(encoding="utf-8").replace("- id: bureau\n", "- id: bureau_x\n")
    fields.write_text(text, encoding="utf-8")
    problems = _problems(pack_copy)
    assert any("letter 'negotiation' of the contract has no file" in p for p in problems)
    assert any("letter field 'bureau' of the contract is not defined" in p for p in problems)
