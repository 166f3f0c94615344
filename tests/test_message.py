"""check-message, the pure part: cues per flag in both languages, fake and genuine notices,
stage hints, hostile input, pattern safety, the loader's checks of cues.yaml, and the
figures measured on the labelled dev set."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import time
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtguide.content.cues import CueProblem, compile_book, pattern_problem
from debtguide.content.models import CueBook, Flag
from debtguide.content.record import as_data
from debtguide.content.schema import validate
from debtguide.contract import FLAG_IDS, STAGE_IDS
from debtguide.errors import ContentError
from debtguide.message import (
    MAX_CHARS,
    advice,
)
from tests.conftest import CONTENT, REPO

CN = CONTENT / "cn"
DEV = REPO / "tests" / "data" / "messages-dev.yaml"


# ---- every detectable flag, in Chinese and in English ------------------------------------

FLAG_CASES = [
    # night-contact
    ("night-contact", "今晚不还，我们半夜继续打电话给你，让你睡不着。"),
    ("night-contact", "每天都会打到凌晨，直到你处理为止。"),
    ("night-contact", "We will call you in the middle of the night until you pay."),
    # excessive-frequency
    ("excessive-frequency", "不还钱就用呼死你，天天打。"),
    ("excessive-frequency", "今天已经给你打了30个电话，还会继续打。"),
    ("excessive-frequency", "We will keep calling, you will get calls a day until you pay."),
    # third-party-contact
    ("third-party-contact", "再不处理我们就联系你的家人和你单位领导。"),
    ("third-party-contact", "您好，您的同事李某某有一笔欠款逾期未还，烦请转告。"),
    ("third-party-contact", "马上给你爆通讯录，让所有人都知道。"),
    ("third-party-contact", "If you do not pay today we will contact your employer."),
    # threats
    ("threats", "今天不还，后果自负。"),
    ("threats", "知道你住哪，出门小心点，你的家人注意安全。"),
    ("threats", "逾期不还会影响子女上学和考公。"),
    ("threats", "今天不处理，你名下所有银行卡将被冻结。"),
    ("threats", "Pay now or you will regret it. We know where you live."),
    # insults
    ("insults", "你这个老赖，臭不要脸！"),
    ("insults", "借钱不还的废物，去死吧。"),
    ("insults", "You deadbeat, pay your debt."),
    # public-shaming
    ("public-shaming", "今天不还，就把你的照片发到朋友圈和你们家族群。"),
    ("public-shaming", "我们将在你小区张贴催收告示，公开曝光你。"),
    ("public-shaming", "We will post your photo in a group chat and on social media."),
    # home-intimidation
    ("home-intimidation", "今天下午三点，工作人员将上门核实你的经济情况，请做好准备。"),
    ("home-intimidation", "外访人员已到你所在的城市，明天去你单位找你。"),
    ("home-intimidation", "Our field visit team will visit your home tomorrow."),
    # personal-account-payment
    ("personal-account-payment", "公司对公账户已冻结，请把还款转到以下个人账户。"),
    ("personal-account-payment", "扫码还款，收款码见附件，转给我就行。"),
    ("personal-account-payment", "Please transfer to the following account, my personal account."),
    # credit-repair-scam
    ("credit-repair-scam", "专业征信修复，逾期记录可以删除，不成功不收费。"),
    ("credit-repair-scam", "内部渠道，黑户也能洗白。"),
    ("credit-repair-scam", "Credit repair: we remove your overdue record in 7 days."),
    # debt-agency-scam
    ("debt-agency-scam", "专业债务优化，帮你停息挂账，成功率高，代办全程。"),
    ("debt-agency-scam", "网贷上岸就找我们，千万不要还，先别还，法务团队帮你协商。"),
    ("debt-agency-scam", "Debt relief agency: stop paying, we negotiate for you."),
    # loan-to-repay-trap
    ("loan-to-repay-trap", "逾期也能借，不看征信，先借一笔把旧的还上。"),
    ("loan-to-repay-trap", "黑户可借，秒下款，借新还旧不用愁。"),
    ("loan-to-repay-trap", "No credit check bridge loan: borrow to repay your overdue loan."),
    # cancel-account-scam
    ("cancel-account-scam", "您之前开通过校园贷，现在国家要整治，需要注销账户，否则影响征信。"),
    ("cancel-account-scam", "您的学生身份贷款账户未注销，会影响征信，请配合清空额度。"),
    (
        "cancel-account-scam",
        "You must cancel your student loan account or your credit will suffer.",
    ),
    # false-criminal-threat
    ("false-criminal-threat", "你已经构成恶意透支，再不还就等着坐牢。"),
    ("false-criminal-threat", "不还钱就以诈骗罪报案，让你留案底。"),
    ("false-criminal-threat", "You will be arrested and get a criminal record."),
    # phishing-link
    ("phishing-link", "请下载腾讯会议，开启屏幕共享，客服帮你处理逾期。"),
    ("phishing-link", "点击链接 http://abc-repay.top/x 解冻账户，输入验证码。"),
    (
        "phishing-link",
        "Click the link http://pay-now.xyz to get a refund, enter the verification code.",
    ),
    # impersonation and fake-legal-document: see the fake-notice tests below
    ("impersonation", "我是某某派出所民警，你涉嫌诈骗，今天必须还清，否则逮捕。"),
    ("impersonation", "This is the police. You will be arrested today unless you pay."),
    ("fake-legal-document", "逮捕令已下发，请立即处理。"),
    ("fake-legal-document", "传票：你已被起诉，2小时内转账到个人账户可撤诉。"),
    ("fake-legal-document", "Arrest warrant issued against you for unpaid loan."),
]


@pytest.mark.parametrize(("flag", "text"), FLAG_CASES)
def test_each_flag_is_found_with_its_words(run, flag: str, text: str) -> None:
    result = run(text)
    found = {f.id: f for f in result.flags}
    assert flag in found, (text, result.flag_ids())
    evidence = found[flag].evidence
    assert evidence and evidence in " ".join(text.split()), evidence


def test_every_detectable_flag_has_cases_in_both_languages(book) -> None:
    detectable = set(FLAG_IDS) - set(book.not_detectable)
    assert detectable == set(book.flags)
    for flag in detectable:
        texts = [text for f, text in FLAG_CASES if f == flag]
        assert any(any("\u4e00" <= c <= "\u9fff" for c in t) for t in texts), flag
        assert any(t.isascii() for t in texts), flag


def test_the_undetectable_flags_are_the_ones_that_need_numbers(book) -> None:
    assert set(book.not_detectable) == {"excessive-interest", "disguised-loan"}


# ---- spelling tricks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("你辦理過校園貸，帳戶需要註銷，否則影響徵信。", "cancel-account-scam"),  # traditional
        ("征 信 修 复，不 成 功 不 收 费", "credit-repair-scam"),  # spaces between characters
        ("征*信*修*复", "credit-repair-scam"),  # symbols between characters
        ("征\u200b信\u200b修\u200b复", "credit-repair-scam"),  # zero-width spaces
        ("征xin修复，包过", "credit-repair-scam"),  # pinyin for one character
        ("专业zheng信修复", "credit-repair-scam"),
        ("再不还就坐lao", "false-criminal-threat"),
        ("ＣＲＥＤＩＴ ＲＥＰＡＩＲ", "credit-repair-scam"),  # full-width letters
        ("爆 通 讯 录 🔥 让你社死 😈", "third-party-contact"),  # emoji in between
        ("转到我的V信，加vx还款到个人账户", "personal-account-payment"),
        ("CALL BOMBING until you pay", "excessive-frequency"),  # case
        ("逮\x00捕", "false-criminal-threat"),  # control character inside a word
        ("\u202e上门催收\u202c明天", "home-intimidation"),  # bidi override characters
    ],
)
def test_common_spelling_tricks_are_seen_through(run, text: str, flag: str) -> None:
    assert flag in run(text).flag_ids()


def test_every_character_fold_leads_to_a_character_the_cues_use(book) -> None:
    """Guard the fold table: each traditional character listed maps to one used in a cue."""
    used = set()
    signal_groups = [s.groups for s in book.signals.values()]
    for groups in [*book.flags.values(), *book.stages.values(), *signal_groups]:
        for group in groups:
            used.update(c for c in yaml.safe_dump(as_data(group), allow_unicode=True))
    for traditional, simplified in book.fold.chars.items():
        assert len(traditional) == 1 and traditional != simplified
        assert simplified in used, f"{traditional} → {simplified} is folded but never used"


def test_english_words_must_match_whole(run) -> None:
    # "sue" must not be found inside "issue", "arrest" not inside "arrested?" only as a word
    assert run("There is an issue with your statement; interest applies.").flags == ()


# ---- ordinary messages stay ordinary -----------------------------------------------------

ORDINARY = [
    "【某某金融】尊敬的客户，您本期账单将于12月5日到期，应还1,200.00元，请登录APP按时还款。",
    "您好，您的借款今天到期，最晚下午6点前请登录APP或联系官方客服处理。",
    "您的借款已逾期3天，请尽快登录APP还款，逾期将产生罚息并影响您的个人信用记录。",
    "您的账户已逾期，我们已将您的逾期信息依法报送征信系统，请尽快还款以免影响进一步增加。",
    "您的欠款已逾期30天，如仍未还款，我司将依法向人民法院提起诉讼。",
    "您的账户已委托第三方机构进行催收，如有疑问请拨打APP内客服电话。",
    "您好，这里是某某银行信用卡中心，您的信用卡已逾期，请于本月底前还款，如有困难可申请分期。",
    "尊敬的用户，您的还款已成功，感谢您的支持。",
    "如您还款有困难，可在APP内申请延期或分期还款。",
    "您好，受某某银行委托，某某律师事务所向您发出律师函，请于收到本函后15日内与银行联系协商还款。",
    "【某某市某某区人民法院】您好，您与某某银行金融借款合同纠纷一案已立案，案号（2025）京0105民初12345号，请登录人民法院在线服务或拨打12368查询。",
    "【某某区人民法院】某某，您有一起诉前调解案件，调解员将与您联系，调解不收费，您可以拒绝调解。",
    "您好，您的借款本周五到期，请保持银行卡余额充足，系统将自动扣款。",
    "Your payment of 1,200 yuan is due tomorrow. Please repay in the official app.",
    "Your loan is 5 days overdue. Please repay through the app; late fees apply and it may affect your credit record.",
    "We may refer the matter to court if it remains unpaid. Contact customer service in the app to discuss a plan.",
    "您好，您的借款已逾期，为避免影响您的信用，请尽快处理。如已还款请忽略。",
    "逾期期间每天产生罚息，建议您尽快还款，以减少损失。",
    # anti-fraud warnings that lenders, courts and the police send
    "【某某消费金融】温馨提示：我司不会要求您将还款转入任何个人账户，请通过APP还款。",
    "谨防“征信修复”诈骗，逾期记录无法花钱删除，如有异议请向征信中心免费申请。",
    "警惕冒充客服以注销校园贷为由要求转账，本平台不会让您注销账户。",
    "提醒：请勿点击陌生链接，不要开启屏幕共享，不要向他人提供验证码。",
    "谨防冒充公检法以逮捕、冻结账户为由的诈骗。",
    "请勿相信所谓的债务优化、代理协商，以免上当受骗。",
    "警惕以贷养贷，理性借贷。",
    "本院提醒：法院不会通过短信要求当事人向个人账户转账，请通过12368核实。",
    "Beware of scams: we will never ask you to transfer to a personal account.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_reminders_raise_no_flag(run, text: str) -> None:
    result = run(text)
    assert result.verdict == "ordinary", (text, result.flag_ids())
    assert result.flags == ()


# ---- fake notices and genuine court messages ---------------------------------------------

AUTHORITY = "【某某区人民法院】本院通知："
MARKS = {
    "personal-account-payment": "请将欠款转账到以下个人账户。",
    "false-criminal-threat": "逾期不还将以诈骗罪逮捕。",
    "fake-deadline": "请在2小时内处理。",
    "phishing-link": "请开启屏幕共享配合处理。",
    "threats": "否则后果自负。",
}


@pytest.mark.parametrize("mark", sorted(MARKS))
def test_a_claimed_authority_with_a_mark_of_a_fake_is_a_fake_notice(run, mark: str) -> None:
    result = run(AUTHORITY + "你有一笔网贷欠款，" + MARKS[mark])
    assert result.verdict == "fake-notice", result
    assert "impersonation" in result.flag_ids()
    assert result.stage_hint is None


@pytest.mark.parametrize(
    "text",
    [
        "请勿错过！征信修复名额有限，不成功不收费。",
        "不要相信别人，我们是正规渠道，征信修复包过。",
        "请勿泄露给他人：本次需注销校园贷账户，否则影响征信。",
    ],
)
def test_a_warning_word_elsewhere_does_not_hide_a_scam(run, text: str) -> None:
    assert run(text).verdict == "scam"


def test_a_claimed_authority_alone_is_not_a_fake(run) -> None:
    result = run(AUTHORITY + "你有一起民事案件，请登录人民法院在线服务平台查看，或拨打12368咨询。")
    assert result.verdict == "ordinary"
    assert "impersonation" not in result.flag_ids()


@pytest.mark.parametrize(
    "text",
    [
        "您的欠款已移交法务部，我们将于三日内向法院起诉，届时将冻结您的银行卡。",
        "我们是某某消费金融的法务，今天不处理就冻结你名下所有银行卡。",
    ],
)
def test_a_lenders_legal_department_is_not_an_authority(run, text: str) -> None:
    # The lender's own legal department is neither a state body nor a law firm: threats from
    # it are unlawful collection, not a fake notice.
    result = run(text)
    assert "impersonation" not in result.flag_ids()
    assert result.verdict == "unlawful"


def test_a_mark_of_a_fake_alone_does_not_claim_an_authority(run) -> None:
    result = run("你好，请把这期还款转到以下个人账户：6222020200112233445。")
    assert result.verdict == "scam"
    assert "impersonation" not in result.flag_ids()


def test_a_summons_by_text_with_a_transfer_is_a_fake_legal_document(run) -> None:
    result = run("传票：你因网贷逾期被起诉，今日下午5点前转账到个人账户可撤诉，否则逮捕。")
    assert result.verdict == "fake-notice"
    assert {"fake-legal-document", "personal-account-payment", "false-criminal-threat"} <= set(
        result.flag_ids()
    )


def test_a_lawyer_demanding_a_transfer_is_a_fake(run) -> None:
    result = run("我是某某律师事务所的律师，你的案子由我承办，今天转到我个人账户就可以撤案。")
    assert result.verdict == "fake-notice"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        (
            "【佛山市禅城区人民法院】请查收（2025）粤0604执保9654号案件相关司法文书，"
            "下载链接：https://zxfw.court.gov.cn/zxfw/#/x 【中国审判流程信息公开网】",
            "enforcement",
        ),
        (
            "【某某区人民法院】（2026）京0105民初27号案件已立案，开庭时间请登录人民法院在线服务查看。",
            "lawsuit",
        ),
        (
            "【某某区人民法院】（2026）沪0115民督88号支付令已送达，请在法定期限内处理。",
            "payment-order",
        ),
    ],
)
def test_a_genuine_court_message_is_ordinary_and_names_its_stage(run, text, stage) -> None:
    result = run(text)
    assert result.verdict == "ordinary", result.flag_ids()
    assert result.stage_hint == stage
    signals = {s.id: s for s in result.signals}
    assert "court-case-number" in signals
    assert signals["court-case-number"].evidence.startswith("（20")


def test_a_court_enforcement_warning_is_not_a_false_criminal_threat(run) -> None:
    text = (
        "【某某区人民法院】（2025）京0105执1234号：被执行人如拒不履行生效判决，"
        "情节严重的，依法追究刑事责任。"
    )
    result = run(text)
    assert "false-criminal-threat" not in result.flag_ids()
    assert result.stage_hint == "enforcement"


def test_the_court_case_number_is_evidence_with_its_brackets(run) -> None:
    result = run("请查收（2026）琼0106行初27号相关文书")
    assert [s.evidence for s in result.signals if s.id == "court-case-number"] == [
        "（2026）琼0106行初27号"
    ]


# ---- stage hints -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("您的账单明天到期，请按时还款。", "reminder"),
        ("您的借款已逾期15天，请尽快还款。", "written-collection"),
        ("你为什么不接电话？给你打了好几次。", "phone-collection"),
        ("某某律师事务所受某银行委托向你发出律师函。", "legal-letter"),
        ("您的案件已转入诉前调解，调解员会联系您。", "pre-suit-mediation"),
        ("某某仲裁委员会已受理某公司的仲裁申请。", "arbitration"),
        ("法院已向你发出支付令。", "payment-order"),
        ("请按传票上的时间到庭参加开庭。", "lawsuit"),
        ("民事判决书已送达，上诉期15日。", "judgment"),
        ("法院执行局已发出执行通知书和报告财产令。", "enforcement"),
        ("Your payment is due tomorrow.", "reminder"),
        ("Your account is 20 days overdue.", "written-collection"),
        ("尊敬的用户，您的还款已成功。", None),
    ],
)
def test_stage_hints(run, text: str, stage: str | None) -> None:
    assert run(text).stage_hint == stage


def test_a_threat_of_a_lawsuit_is_not_a_lawsuit(run) -> None:
    result = run("您已逾期60天，再不还款将被起诉，申请强制执行，纳入失信名单。")
    assert result.stage_hint == "written-collection"


def test_a_scam_signals_no_stage(run) -> None:
    assert run("征信修复，逾期记录可以删除。").stage_hint is None


def test_unlawful_conduct_alone_implies_collection(run) -> None:
    result = run("你这个老赖，不要脸。")
    assert result.verdict == "unlawful"
    assert result.stage_hint == "written-collection"


def test_every_stage_cue_names_a_contract_stage(book) -> None:
    assert set(book.stages) <= set(STAGE_IDS)


# ---- advice ------------------------------------------------------------------------------


def test_advice_follows_the_verdict_and_the_findings(run, book) -> None:
    scam = [a.text.en for a in advice(book, run("征信修复，不成功不收费"))]
    court = [a.text.en for a in advice(book, run("（2026）京0105民初27号案件，请按时开庭"))]
    ordinary = [a.text.en for a in advice(book, run("您的账单明天到期"))]
    assert any("110" in a for a in scam)
    assert any("12368" in a for a in court)
    assert not any("12368" in a for a in ordinary)
    assert all(any("screenshot" in a for a in x) for x in (scam, court, ordinary))


# ---- hostile input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00\x01\x02", "\u200b\u200d\ufeff", "😀" * 1000, "\ud800abc", "a" * 10_000],
)
def test_odd_input_is_handled(run, text: str) -> None:
    result = run(text)
    assert result.verdict == "ordinary"
    assert result.flags == ()


def test_evidence_never_carries_control_characters(run) -> None:
    result = run("\x1b[31m逮捕\x1b[0m\x07 和 坐\u202e牢")
    for finding in result.flags:
        for word in finding.matches:
            assert all(unicodedata.category(c)[0] != "C" for c in word), repr(word)


def test_long_adversarial_input_finishes_fast(run) -> None:
    """Measured on the dev machine: 1M characters take 0.1–0.6 s (1 s for every code point)."""
    payloads = [
        "上门" * 400_000,  # the first word of a `near` cue, again and again
        "2026琼0106" * 80_000,  # the start of a case number that never ends
        "http://" * 120_000,
        ("催\u200b收😀" * 200_000),
        "".join(chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c <= 0xDFFF),
    ]
    for payload in payloads:
        started = time.perf_counter()
        result = run(payload)
        assert time.perf_counter() - started < 20, payload[:20]
        assert result.checked_chars == min(len(payload), MAX_CHARS)


def test_text_beyond_the_limit_is_not_checked_and_says_so(run) -> None:
    result = run("a" * MAX_CHARS + "坐牢")
    assert result.truncated
    assert result.flags == ()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=400))
def test_any_text_gives_a_well_formed_result(run, text: str) -> None:
    result = run(text)
    assert result.verdict in {"ordinary", "unlawful", "scam", "fake-notice"}
    assert result.stage_hint is None or result.stage_hint in STAGE_IDS
    for finding in (*result.flags, *result.signals):
        assert finding.evidence
        assert all(unicodedata.category(c)[0] != "C" for c in finding.evidence)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_a_cue_is_found_whatever_surrounds_it(run, noise: str) -> None:
    assert "credit-repair-scam" in run(noise + " 征信修复 " + noise).flag_ids()


# ---- pattern safety ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        ("(a+)+b", "unbounded"),
        ("a*", "unbounded"),
        ("a{2,}", "unbounded"),
        ("(?:a{1,5}){1,5}", "nested"),
        ("a{0,500}", "larger than"),
        ("(?=a)b", "not allowed"),
        ("(a)\\1", "not allowed"),
        ("[a-z]{1,30}[0-9]{1,30}", "too many ways"),
        ("逾期(", "not a valid pattern"),
        ("x" * 400, "longer than"),
    ],
)
def test_unsafe_patterns_are_rejected(pattern: str, why: str) -> None:
    problem = pattern_problem(pattern)
    assert problem is not None and why in problem, problem


@pytest.mark.parametrize(
    "pattern", ["(?:19|20)[0-9]{2}号", "^.{0,12}法院", "逾期[0-9]{1,4}天", "court\\.gov\\.cn"]
)
def test_safe_patterns_are_accepted(pattern: str) -> None:
    assert pattern_problem(pattern) is None


def test_compile_reports_every_bad_cue_with_its_place() -> None:
    book = validate(
        CueBook,
        {
            "flags": {
                "threats": [{"cues": [{"pattern": "(a+)+"}, "!!!", {"pattern": "ok{1,2}"}]}],
            }
        },
    )
    with pytest.raises(CueProblem) as caught:
        compile_book(book)
    places = [loc for loc, _ in caught.value.problems]
    assert places == [("flags", "threats", 0, "cues", 0), ("flags", "threats", 0, "cues", 1)]


# ---- the loader checks cues.yaml ---------------------------------------------------------


def _problems_with_cues(tmp_path: Path, edit) -> list[str]:
    from debtguide.content.load import _load_cues, _Reader

    root = tmp_path / "cn"
    root.mkdir()
    shutil.copy(CN / "cues.yaml", root / "cues.yaml")
    shutil.copy(CN / "claims.yaml", root / "claims.yaml")
    data = yaml.safe_load((root / "cues.yaml").read_text("utf-8"))
    edit(data)
    (root / "cues.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    flags = validate(list[Flag], yaml.safe_load((CN / "flags.yaml").read_text("utf-8")))
    reader = _Reader(root)
    _load_cues(reader, root / "cues.yaml", {f.id: f for f in flags})
    return reader.problems


def test_the_shipped_cues_pass_the_loader(tmp_path: Path) -> None:
    assert _problems_with_cues(tmp_path, lambda data: None) == []


def test_the_loader_rejects_an_unsafe_pattern_with_file_line_and_place(tmp_path: Path) -> None:
    def edit(data):
        data["flags"]["threats"][0]["cues"].append({"pattern": "(后果)+自负"})

    problems = _problems_with_cues(tmp_path, edit)
    assert len(problems) == 1
    assert problems[0].startswith("cues.yaml:")
    assert "flags.threats[0].cues[" in problems[0] and "unbounded repeat" in problems[0]


def test_the_loader_cross_checks_ids(tmp_path: Path) -> None:
    def edit(data):
        del data["flags"]["insults"]
        data["flags"]["threats"][0]["only_with"] = ["no-such-thing"]
        data["flags"]["phishing-link"][0]["unless"] = ["impersonation"]
        data["stages"]["no-such-stage"] = [{"cues": ["x"]}]
        data["signals"]["threats"] = {
            "title": {"zh": "重复", "en": "Twice"},
            "groups": [{"cues": ["x"]}],
        }
        del data["verdicts"]["scam"]

    text = "\n".join(_problems_with_cues(tmp_path, edit))
    assert "red flag 'insults' has no cues" in text
    assert "'no-such-thing' is not a flag or signal" in text
    assert "'impersonation' must be a signal whose cues have no conditions" in text
    assert "'no-such-stage' is not a stage id" in text
    assert "signal 'threats' has the id of a red flag" in text
    assert "verdict 'scam' has no text" in text


def test_a_broken_cue_file_breaks_the_pack(tmp_path: Path) -> None:
    from debtguide.content.load import load_pack

    root = tmp_path / "cn"
    shutil.copytree(CN, root)
    (root / "cues.yaml").write_text("flags: {threats: [{cues: [{pattern: 'a*'}]}]}\n", "utf-8")
    with pytest.raises(ContentError) as caught:
        load_pack(root)
    assert any("cues.yaml" in p and "unbounded" in p for p in caught.value.problems)


# ---- the figures on the labelled dev set -------------------------------------------------


def _eval_module():
    spec = importlib.util.spec_from_file_location(
        "eval_messages", REPO / "tools" / "eval_messages.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


def test_the_dev_set_is_the_shared_reference_copy() -> None:
    shared = REPO.parent / "shared" / "reference" / "messages-dev.yaml"
    if shared.exists():
        assert shared.read_bytes() == DEV.read_bytes()


def test_measured_figures_hold(book, kinds) -> None:
    """The figures on the first dev set with the claims layer (tools/eval_messages.py)."""
    module = _eval_module()
    messages = yaml.safe_load(DEV.read_text("utf-8"))
    report = module.evaluate(messages, book, kinds)
    precision, recall = report.micro()
    assert report.messages == 22
    assert report.ordinary_false_alarms == 0
    assert report.genuine_called_fake == 0
    assert report.verdict_right >= 20
    assert report.stage_right >= 20
    assert precision >= 0.92
    assert recall >= 0.85
    for flag in ("credit-repair-scam", "debt-agency-scam", "false-criminal-threat", "insults"):
        assert report.recall(flag) == 1.0 and report.precision(flag) == 1.0, flag
