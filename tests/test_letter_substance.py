"""Letters read as a lawyer would: what they admit, whom they address, what they cite, their form."""

from __future__ import annotations

import datetime as dt

import pytest

from debtguide.contract import LETTER_IDS
from debtguide.letters import templates
from debtguide.letters.fields import missing_fields
from debtguide.letters.lines import blocks
from debtguide.letters.situation import Situation, licensed, regulators, repayment_plan
from debtguide.letters.templates import Rendered
from debtguide.letters.writers import to_docx, to_markdown
from tests.test_letters import from_file, situation

TODAY = dt.date(2026, 11, 28)

ONLINE_LOAN = {
    "loan_type": "online_platform",
    "days_overdue": 75,
    "contact_kinds": ["phone_calls"],
    "collector_behaviour": ["contacted_relatives_friends"],
    "principal_received": 8000,
    "amount_claimed": 9600,
    "installment_amount": 860,
    "installments_total": 12,
    "contract_date": "2025-06-18",
    "monthly_income": 5200,
    "monthly_essential_expenses": 3900,
    "lump_sum_available": 2000,
}


def render(pack, letter_id: str, lang: str, found: Situation, **given) -> Rendered:
    return templates.render(pack, letter_id, lang, found, given)


# ---- never admit more than the facts -------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_statement_request_states_no_amount_of_its_own(pack, lang: str) -> None:
    found = from_file(pack, "letters-small-loan")  # received 6,000, claimed 11,200
    text = render(pack, "statement-request", lang, found).text
    assert "6,000.00" not in text  # asks for proof of the payout; does not volunteer it
    assert "11,200.00" in text  # the lender's claim, named as theirs
    assert ("主张的金额为 11,200.00 元" in text) or ("saying that 11,200.00 yuan is due" in text)
    assert ("不构成对贵方所主张的任何债务或金额的确认" in text) or (
        "does not confirm any debt or amount you claim" in text
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_credit_objection_states_no_amount(pack, lang: str) -> None:
    found = from_file(pack, "letters-small-loan")
    text = render(pack, "credit-objection", lang, found).text
    assert "6,000.00" not in text and "11,200.00" not in text
    assert ("不构成对任何债务或金额的确认" in text) or (
        "does not confirm any debt or amount" in text
    )


def test_a_complaint_does_not_state_the_debt_or_the_days_overdue(pack) -> None:
    found = from_file(pack, "letters-old-debt")  # 1250 days overdue: limitation may have run
    for lang in ("zh", "en"):
        text = render(pack, "complaint", lang, found).text
        assert "1250" not in text
        assert "存在借款关系" not in text and "I have a loan" not in text


def test_a_payment_order_objection_does_not_call_the_applicant_the_creditor(pack) -> None:
    found = from_file(pack, "letters-payment-order")
    zh = render(pack, "payment-order-objection", "zh", found).text
    en = render(pack, "payment-order-objection", "en", found).text
    assert "（债权人）" not in zh and "（债务人）" not in zh
    assert "异议人（被申请人）" in zh
    assert "(creditor)" not in en and "(debtor)" not in en


# ---- the offer: never more than this creditor's share --------------------------------------


def test_with_other_debts_the_offer_is_this_debts_share(pack) -> None:
    found = situation(pack, {**ONLINE_LOAN, "other_debts_total": 30000})
    plan = repayment_plan(found, None)
    whole = found.result.money.affordable.monthly
    assert whole == 1170
    # the same split as `debtguide budget`: 1,170 × 9,600 / 39,600, in whole yuan
    assert plan.monthly == 284 and plan.shared and not plan.over_budget
    assert plan.lump == 484  # the sum at hand is shared the same way
    assert plan.months == 33  # (9,600 − 484) / 284, rounded up
    zh = render(pack, "negotiation", "zh", found).text
    assert "我每月还款 284.00 元" in zh and "按各笔债务金额的比例" in zh
    assert "1,170.00" not in zh and "2,000.00" not in zh
    en = render(pack, "negotiation", "en", found).text
    assert "284.00 yuan a month" in en and "in proportion to the amount of each debt" in en


def test_without_other_debts_the_whole_affordable_sum_is_offered(pack) -> None:
    found = situation(pack, {**ONLINE_LOAN, "other_debts_total": 0})
    plan = repayment_plan(found, None)
    assert plan.monthly == 1170 and plan.lump == 2000 and not plan.shared


def test_an_explicit_offer_is_kept_and_checked_against_the_whole_budget(pack) -> None:
    found = situation(pack, {**ONLINE_LOAN, "other_debts_total": 30000})
    plan = repayment_plan(found, 500.0)
    assert plan.monthly == 500 and not plan.shared and not plan.over_budget


def test_a_share_that_rounds_to_nothing_asks_for_time(pack) -> None:
    answers = {**ONLINE_LOAN, "monthly_income": 3920, "other_debts_total": 900000}
    found = situation(pack, answers)
    assert found.result.money.affordable.monthly == 10
    plan = repayment_plan(found, None)
    assert plan.pause and plan.monthly is None
    assert "每月还款" not in render(pack, "negotiation", "zh", found).text


def test_the_defence_offers_the_same_share(pack) -> None:
    found = situation(
        pack,
        {
            **ONLINE_LOAN,
            "other_debts_total": 30000,
            "contact_kinds": ["court_summons"],
            "summons_received_date": "2026-11-20",
        },
    )
    assert "按每月 284.00 元分期履行" in render(pack, "defense", "zh", found).text


# ---- the right body for the lender -----------------------------------------------------------


@pytest.mark.parametrize(
    "name, body",
    [
        ("某某网络小额贷款有限公司", ["local-financial-regulator"]),
        ("某某银行股份有限公司", ["nfra-12378"]),
        ("某某消费金融有限公司", ["nfra-12378"]),
        ("某某科技有限公司", ["nfra-12378", "local-financial-regulator"]),  # the app: ask
    ],
)
def test_the_lenders_name_settles_where_an_online_loan_complaint_goes(pack, name, body) -> None:
    found = situation(pack, {"loan_type": "online_platform", "lender_name": name})
    assert regulators(pack, found) == body
    letter = pack.letters["complaint"]
    asked = "authority" in missing_fields(pack, letter, found, {})
    assert asked == (len(body) > 1)


def test_the_name_never_overrides_the_loan_type(pack) -> None:
    found = situation(pack, {"loan_type": "private_lender", "lender_name": "某某银行"})
    assert regulators(pack, found) == ["police-110"]
    assert licensed(pack, found.answers) is False


def test_a_lender_named_as_licensed_is_not_held_to_the_private_lending_cap(pack) -> None:
    named = situation(pack, {**ONLINE_LOAN, "lender_name": "某某网络小额贷款有限公司"})
    assert licensed(pack, named.answers) is True
    rendered = render(pack, "complaint", "zh", named)
    assert "private-lending-rules-25" not in rendered.cited
    assert "四倍" not in rendered.text
    assert "civil-code-680" in rendered.cited
    unnamed = situation(pack, {**ONLINE_LOAN, "lender_name": "某某科技有限公司"})
    assert licensed(pack, unnamed.answers) is None
    assert "private-lending-rules-25" in render(pack, "complaint", "zh", unnamed).cited


# ---- the defence: verified excerpts, and 24 % only as practice -------------------------------


def test_a_licensed_lenders_defence_cites_excerpts_and_states_24_as_practice(pack) -> None:
    found = from_file(pack, "letters-payment-order")  # a consumer-finance company
    rendered = render(pack, "defense", "zh", found, summons_date=TODAY)
    assert {"civil-code-670", "civil-code-680", "civil-code-585"} <= set(rendered.cited)
    assert "private-lending-rules-25" not in rendered.cited
    assert "在金融借款纠纷的审判实践中" in rendered.text
    assert rendered.practice  # so the 24 % caution is printed with the letter


def test_a_private_lenders_defence_cites_the_cap_and_no_practice_line(pack) -> None:
    found = from_file(pack, "letters-private-lawsuit")
    rendered = render(pack, "defense", "zh", found)
    assert {"private-lending-rules-25", "private-lending-rules-26", "private-lending-rules-29"} <= (
        set(rendered.cited)
    )
    assert "civil-code-670" in rendered.cited
    assert not rendered.practice and "24" not in rendered.text


def test_a_credit_card_defence_asks_for_a_reduction_under_the_bank_card_rules(pack) -> None:
    found = from_file(pack, "letters-pause")
    for lang in ("zh", "en"):
        rendered = render(pack, "defense", lang, found, summons_date=TODAY)
        assert "bank-card-rules-2" in rendered.cited
        assert not rendered.practice and "24" not in rendered.text


def test_a_limitation_defence_is_pleaded_firmly(pack) -> None:
    found = from_file(pack, "letters-old-debt")
    rendered = render(pack, "defense", "zh", found)
    assert "特此明确提出诉讼时效抗辩" in rendered.text
    assert "依法驳回其诉讼请求" in rendered.text
    assert "civil-code-195" in rendered.cited


def test_the_payment_order_notes_say_a_bare_objection_in_time_is_enough(pack) -> None:
    letter = pack.letters["payment-order-objection"]
    assert "civil-procedure-interp-435" in letter.send.cites
    assert "形式审查" in letter.send.text("zh")
    assert "civil-procedure-law-85" in letter.send.cites  # posted in time is in time


def test_the_defence_notes_warn_that_answering_accepts_the_court(pack) -> None:
    letter = pack.letters["defense"]
    assert "civil-procedure-law-130" in letter.send.cites
    assert "管辖权异议" in letter.send.text("zh")


# ---- third parties ---------------------------------------------------------------------------


def test_the_cease_letter_cites_what_each_conduct_breaks(pack) -> None:
    found = from_file(pack, "letters-small-loan")  # employer, address book, group chat, insults
    rendered = render(pack, "cease-third-party", "zh", found)
    assert {"civil-code-1032", "civil-code-1038", "pipl-10"} <= set(rendered.cited)
    assert {"civil-code-1034", "pipl-44", "pipl-47"} <= set(rendered.cited)  # address book
    assert {"civil-code-1024", "pipl-25"} <= set(rendered.cited)  # made public
    assert "停止辱骂、侮辱" in rendered.text and "威胁" not in rendered.text  # no threat alleged


# ---- the form of a Chinese letter ------------------------------------------------------------


@pytest.mark.parametrize("letter_id", LETTER_IDS)
def test_every_chinese_letter_closes_properly(pack, letter_id: str) -> None:
    found = from_file(pack, "letters-small-loan")
    blocks = render(pack, letter_id, "zh", found).blocks
    texts = [b.text for b in blocks]
    if letter_id == "cease-third-party":
        assert "特此函告。" in texts
        return
    after = blocks[texts.index("此致") + 1]
    assert after.kind == "flush"  # 敬礼！, the court or the authority, set flush left
    to_an_authority = ("defense", "payment-order-objection", "complaint", "living-expenses")
    if letter_id in to_an_authority:
        assert after.text != "敬礼！"
    else:
        assert after.text == "敬礼！"
        salutation = next(b for b in blocks if b.kind == "flush")
        assert salutation.text.endswith("：")  # 称谓 before the body


def test_a_flush_line_keeps_a_value_as_data() -> None:
    kinds = [(b.kind, b.text) for b in blocks("此致\n< # 1. 某法院\n> 签名\n")]
    assert kinds == [("para", "此致"), ("flush", "# 1. 某法院"), ("right", "签名")]


def test_word_sets_salutations_flush_and_the_body_indented(pack) -> None:
    from io import BytesIO

    from docx import Document

    found = from_file(pack, "letters-small-loan")
    rendered = render(pack, "statement-request", "zh", found)
    doc = Document(BytesIO(to_docx(rendered, TODAY)))
    by_text = {p.text: p for p in doc.paragraphs}
    assert by_text["某某小额贷款有限公司："].paragraph_format.first_line_indent is None
    assert by_text["敬礼！"].paragraph_format.first_line_indent is None
    assert by_text["此致"].paragraph_format.first_line_indent is not None


def test_markdown_keeps_the_signature_lines_together(pack) -> None:
    found = from_file(pack, "letters-small-loan")
    text = to_markdown(render(pack, "statement-request", "zh", found, name="李明"))
    assert text.endswith("申请人：李明  \n通讯地址：【请填写：通讯地址】  \n2026年11月28日\n")
