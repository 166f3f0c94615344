"""check-message's claims layer (issue 14): claims found in varied wording and scripts, the
official-domain check, genuine court notices never called fake, the loader's checks of
claims.yaml, the verdict rules' citations, the figures on both dev sets and on the team's
own held-out set, and the claims in the JSON and terminal output."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest
import yaml

from debtguide.errors import ContentError
from debtguide.message import MessageResult, court_named, hosts, is_official
from tests.conftest import CONTENT, REPO

CN = CONTENT / "cn"
DATA = REPO / "tests" / "data"


def claims_of(result: MessageResult) -> set[str]:
    return {c.id for c in result.claims}


# ---- claims in the ways they are really written ------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("法.院通知你出庭", "from-court"),  # punctuation inside a word
        ("法 院 传 票 未 领 取", "summons"),  # spaces between characters
        ("【法阮】你的案件已立案", "from-court"),  # homophone
        ("发院通知：你有一张传漂", "summons"),  # homophones
        ("你已被列入shixin名单", "dishonest-list"),  # pinyin
        ("限你𝟐小时内处理", "hours-deadline"),  # styled digits
        ("２小时内处理", "hours-deadline"),  # full-width digits
        ("你的帳戶將被凍結", "freeze"),  # traditional
        ("已被蕪湖市法院列為失信被執行人", "dishonest-list"),  # traditional, not in any hand table
        ("我們會通知你的家人和單位", "tell-others"),
        ("請把錢轉到安全賬戶", "pay-personal"),
        ("这里是派出所，你涉嫌诈骗罪", "from-police"),
        ("我是银保监会工作人员", "from-regulator"),
        ("专业团队帮你停息挂账", "fee-negotiation"),
        ("请按9转人工", "press-key"),
        ("下载会议软件，打开屏幕共享", "screen-share"),
        ("明天安排外访人员到你老家", "visit"),
        ("This is the court. Press 1 now.", "press-key"),
        ("We will contact your employer", "tell-others"),
        ("【最高法】你已被起诉，请加QQ处理", "from-court"),  # the short name as a heading
        ("最高人民法院提醒您", "from-court"),
        ("Shenzhen Police: transfer your funds now", "from-police"),  # an English heading
        ("Public Security Bureau notice", "from-police"),
    ],
)
def test_claims_are_seen_in_varied_wording(run, text: str, claim: str) -> None:
    assert claim in claims_of(run(text))


def test_each_claim_names_the_words_that_showed_it(run) -> None:
    result = run("你好，你的京东白条未注销，不注销将影响你的征信。")
    found = {c.id: c for c in result.claims}
    assert found["cancel-account"].evidence in ("注销", "未注销", "白条未注销")
    assert "征信" in found["credit-harm"].evidence


def test_a_folded_spelling_trick_is_quoted_whole(run) -> None:
    result = run("需要zhuxiao账户")
    cancel = next(c for c in result.claims if c.id == "cancel-account")
    assert cancel.evidence == "zhuxiao"


# ---- web addresses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "official"),
    [
        ("court.gov.cn", True),
        ("zxfw.court.gov.cn", True),
        ("dzsd.hbfy.gov.cn", True),
        ("jysd.10102368.com", True),
        ("court.gov.cn.sd-xz.top", False),
        ("courtgov.cn", False),
        ("gov.cn.com", False),
    ],
)
def test_official_domains_are_the_listed_ones_and_their_subdomains(book, host, official) -> None:
    assert book.claims is not None
    assert is_official(book.claims.domains, host) is official


@pytest.mark.parametrize(
    "text",
    [
        "请登录 http://court-gov.cn.xz-sd.top 查看传票",
        "点击 www.12368-sifa.cc 查看文书",
        "详见 zxgk-court.com",
    ],
)
def test_look_alike_addresses_are_phishing(run, text: str) -> None:
    result = run(text)
    assert "lookalike-link" in claims_of(result)
    assert "phishing-link" in result.flag_ids()
    assert result.verdict in ("scam", "fake-notice")


def test_hosts_are_found_with_their_place() -> None:
    text = "see https://zxfw.court.gov.cn/x and www.abc.top"
    assert [h for h, _, _ in hosts(text)] == ["zxfw.court.gov.cn", "www.abc.top"]


# ---- genuine court notices are never called fake ----------------------------------------

GENUINE = [
    "【佛山市禅城区人民法院】请查收（2025）粤0604执保9654号案件相关司法文书，"
    "下载链接：https://zxfw.court.gov.cn/zxfw/#/pagesAjkj/app/wssd/index?qdbh=xxx",
    "【2368助手】海口市龙华区人民法院依法向您发送（2026）琼0106行初27号相关文书，"
    "请点击 https://jysd.10102368.com/sd?key=abc 查看并下载文书。",
    "您好，您拨打的机主已被某某市某某区人民法院依法列入失信被执行人名单，请督促其履行义务。",
    "您好，您撥打的機主已被某某市法院列為失信被執行人，請敦促其履行法定義務。",
    "【某某区人民法院】王某：你在（2025）某0105执1234号案件中未履行义务，本院已依法对你"
    "采取限制消费措施，详情可登录 zxgk.court.gov.cn 查询。",
    "【xx人民法院】您有案件文书待查收，请点击链接查收：http://dzsd.hbfy.gov.cn/hb/msg=X",
]


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_court_notices_are_not_called_fake(run, text: str) -> None:
    result = run(text)
    assert result.verdict not in ("scam", "fake-notice"), result.flag_ids()
    assert result.believable is True
    assert result.stage_hint in ("lawsuit", "enforcement")


def test_a_court_notice_with_a_mark_of_a_fake_is_not_cleared(run) -> None:
    text = GENUINE[0] + " 请在2小时内转账到以下个人账户。"
    result = run(text)
    assert result.verdict in ("scam", "fake-notice")
    assert result.believable is False


def test_a_fake_summons_signals_no_stage(run) -> None:
    result = run("这里是法院，你有一张传票未领取，请按9转人工。")
    assert result.verdict == "fake-notice"
    assert result.stage_hint is None


# ---- what the rules say, and why ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("最后通知：2小时内不还款，将把你纳入失信黑名单。", "threats"),
        ("我们已申请冻结你名下微信支付宝和银行卡。", "threats"),
        ("请问是张三的朋友吗？他在我们这里借了钱一直没还。", "third-party-contact"),
        ("明天我们的外访人员到你老家，找你家里人谈谈。", "home-intimidation"),
        ("我是金融监管局的，你的资金需要转到安全账户核查。", "personal-account-payment"),
        ("你已涉嫌犯罪，交5000元保证金就不抓你。", "impersonation"),
        ("专业法务团队帮你停息挂账，先交298元服务费。", "debt-agency-scam"),
        ("我是法院书记员，加我微信把调解金转过来就能撤诉。", "impersonation"),
        ("我是借款平台客服，多收的利息要退给你，请提供银行卡号和验证码。", "impersonation"),
        ("下周我们去你们村拉横幅，让全村人都知道。", "public-shaming"),
    ],
)
def test_rules_raise_the_flag_for_the_kind_of_message(run, text: str, flag: str) -> None:
    assert flag in run(text).flag_ids()


def test_a_lender_that_may_sue_through_a_court_is_ordinary(run) -> None:
    text = "您的欠款已逾期90天，如仍未处理，我司将依据合同向有管辖权的人民法院提起诉讼。"
    assert run(text).verdict == "ordinary"


@pytest.mark.parametrize(
    "text",
    [
        "【某某银行】谨防冒充客服要求注销账户、转账到安全账户的诈骗，本行不会要求您提供验证码。",
        "【96110】近期冒充客服要求注销校园贷账户的诈骗高发，请勿向任何人转账，如有疑问请拨打110。",
        "警惕冒充法院、公安的诈骗电话：真的法院不会让你按9转人工，也不会要求转账到安全账户。",
    ],
)
def test_warnings_against_scams_are_not_scams(run, text: str) -> None:
    assert run(text).verdict == "ordinary"


@pytest.mark.parametrize(
    "text",
    [
        # Warnings quote what they warn against, before or after the warning words.
        "【XX县公安局】紧急提醒：近期骗子冒充法院、检察院打电话称您“涉嫌洗钱”“有传票未签收”，"
        "要求转账到“安全账户”，这些都是诈骗！",
        "【国家反诈中心】凡是自称公检法要求你转账到“安全账户”的都是诈骗，凡是让你注销校园贷的都是诈骗。",
        "您好，我是XX派出所民警，近期辖区有人冒充网贷平台客服让群众注销账户，请您不要相信，不要转账。",
        "【中国人民银行XX中心支行】提示：征信记录不存在“花钱修复”“内部删除”，对此类广告请勿轻信。",
        "【中国建设银行】安全提示：不法分子冒充银保监会、法院工作人员，以“征信受损”“账户冻结”为由"
        "诱导转账，我行及监管部门绝不会要求您转入任何“安全账户”。",
        # A lender promising not to tell anyone uses the words of third-party contact.
        "【某某消费金融】您好，您的借款已逾期，根据《个人信息保护法》，我司不会向您的联系人透露"
        "您的借款信息，请您尽快还款。",
    ],
)
def test_warnings_worded_after_what_they_warn_against_are_ordinary(run, text: str) -> None:
    result = run(text)
    assert result.verdict == "ordinary", (result.flag_ids(), result.rules)


@pytest.mark.parametrize(
    ("text", "flag", "rule"),
    [
        # An authority's name or a paper's name written to slip past filters.
        (
            "【法阮】您因欠款被起訴，案件將於明天開庭，請立即聯系書記員處理。",
            "impersonation",
            "disguised-authority-name",
        ),
        ("【fayuan通知】您的传票已生效，详询客服。", "impersonation", "disguised-authority-name"),
        # A paper served with no court and no case number.
        ("您的民事賠償訴訟通知單", "fake-legal-document", "paper-served-without-court"),
        (
            "您有一封法院挂号信因无人签收已退回，内容涉及您的欠款诉讼。",
            "fake-legal-document",
            "paper-served-without-court",
        ),
        # "The court" with a deadline but no court named.
        (
            "這裡是法院執行局，您的帳戶即將被凍結，請立即回電處理。",
            "impersonation",
            "court-threat-without-court-name",
        ),
        # Money moved into an account named after a person or a "check".
        (
            "【仲裁委员会】限您今天下午5点前支付仲裁费及欠款至承办人账户。",
            "personal-account-payment",
            "authority-asks-for-money",
        ),
        (
            "我是中国人民银行征信中心的，需要您将资金转入央行指定的核验账户，验证后原路返还。",
            "personal-account-payment",
            "regulator-never-moves-money",
        ),
        # An official's own WeChat.
        (
            "【中国人民银行】你的征信显示有一笔异常贷款，请添加专员微信 zxzx001 进行征信修正。",
            "impersonation",
            "authority-on-private-chat",
        ),
        # A collector announcing the court for tomorrow.
        (
            "你的材料已经交给法务，最迟后天法院的传票就会送到你家。",
            "threats",
            "collector-predicts-court-in-days",
        ),
        # Someone posing as an authority threatens to freeze.
        (
            "【fayuan通知】今晚前不处理将冻结名下银行卡。",
            "threats",
            "impostor-threatens-freeze-or-list",
        ),
        # Pay or else.
        (
            "再不还钱，明天我们就到你老家挨家挨户问问你欠钱的事。",
            "home-intimidation",
            "announced-visit",
        ),
        ("你的逾期已经构成诈骗，不回电我们就报经侦抓人。", "threats", "harm-if-not-paid"),
        # A fee before a loan is paid out.
        (
            "恭喜您贷款审核通过，因卡号填写错误资金已冻结，需交2000元解冻费到财务账户后立即到账。",
            "personal-account-payment",
            "fee-before-loan",
        ),
        # Steering the borrower to another lender.
        (
            "你没钱就去别的平台借，我给你推荐几个口子，借出来先把我们这边结清。",
            "loan-to-repay-trap",
            "rollover-offer",
        ),
        (
            "征信花、有逾期都能申请，无视黑白户，最快10分钟放款。",
            "loan-to-repay-trap",
            "rollover-offer",
        ),
        # Account closing "as the rules require".
        (
            "系统显示您的金条账户是学生期间开通的，根据监管要求需要关闭，否则每年上报一次不良征信记录。",
            "cancel-account-scam",
            "regulator-cancel-account",
        ),
        # Asking whether the spouse knows is a threat to tell.
        (
            "你老公知道你在外面借网贷吗？要不要我们帮你告诉他？",
            "third-party-contact",
            "tell-third-parties",
        ),
        # "We negotiate for you", with a guarantee.
        (
            "网贷逾期？找我们协商延期、减免，不成功不收费，vx: abc",
            "debt-agency-scam",
            "paid-negotiation",
        ),
        # Coming round to put up posters.
        ("下周我们就去你单位门口贴大字报。", "threats", "visit-to-shame"),
    ],
)
def test_the_claim_classes_of_issue_14_round_two(run, text: str, flag: str, rule: str) -> None:
    result = run(text)
    assert rule in result.rules, result.rules
    assert flag in result.flag_ids(), result.flag_ids()


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Cantonese characters and dialect words for home and family.
        ("你再唔還錢，我哋就搵你屋企人傾下。", "third-party-contact"),
        ("后天我们几个到你屋头来找你当面谈。", "home-intimidation"),
        # A legal word mistyped with a pinyin homophone.
        ("逾期不还就追究你的形事责任。", "false-criminal-threat"),
        # A veiled threat, and a visit held over the borrower.
        ("欠钱不还，看你还能躲到什么时候。", "threats"),
        ("周五前不处理，我们就安排人上门。", "threats"),
        # A photo made into a poster for the neighbours, and a regional insult.
        ("把你头像做成欠款公告，让左邻右舍都知道。", "public-shaming"),
        ("你个龟儿子躲什么躲。", "insults"),
        # "Cancel the membership or it charges you and hurts your credit".
        ("您的保障会员不取消的话每月扣费，还会影响征信，我教您操作。", "cancel-account-scam"),
    ],
)
def test_the_word_classes_of_issue_14_round_three(run, text: str, flag: str) -> None:
    assert flag in run(text).flag_ids()


def test_a_court_paper_behind_a_look_alike_address_is_a_fake_document(run) -> None:
    result = run("【法院通知】请查阅您的判决书：https://court-gov.cn.sfws.top/d/771 ")
    assert "court-paper-through-lookalike-site" in result.rules, result.rules
    assert {"fake-legal-document", "phishing-link"} <= set(result.flag_ids())
    genuine = run("【苏州市姑苏区人民法院】请登录 https://zxfw.court.gov.cn 查阅您的判决书。")
    assert "fake-legal-document" not in genuine.flag_ids()
    assert genuine.verdict == "ordinary"


def test_a_police_warning_in_english_is_no_police_claim(run) -> None:
    result = run("Police reminder: never move money to a so-called safe account. Call 96110.")
    assert "from-police" not in claims_of(result)
    assert result.verdict == "ordinary"


def test_an_english_police_impostor_asking_for_a_transfer_is_a_fake(run) -> None:
    result = run(
        "Shenzhen Police: your bank card is involved in money laundering. Transfer all funds"
        " to the safe account below within 2 hours or you will be arrested."
    )
    assert result.verdict == "fake-notice"
    assert "impersonation" in {f.id for f in result.flags}


def test_a_doctored_wanted_poster_is_shaming_not_a_criminal_case(run) -> None:
    result = run("不还钱就把你照片P成通缉令发到业主群。")
    assert "public-shaming" in result.flag_ids()
    assert not {"false-criminal-threat", "fake-legal-document"} & set(result.flag_ids())
    assert result.verdict == "unlawful"


def test_a_warning_against_offers_made_in_their_name_is_ordinary(run) -> None:
    text = (
        "【某某银行】提醒：有不法中介打着“债务优化”的旗号收取高额费用，请通过本行官方渠道协商还款。"
    )
    result = run(text)
    assert result.verdict == "ordinary", (result.flag_ids(), result.rules)


def test_a_ringback_must_name_its_court_to_be_vouched_for(run) -> None:
    genuine = run("您所撥打的用戶已被鄭州市金水區人民法院納入失信被執行人名單，請轉告其主動履行。")
    assert genuine.verdict == "ordinary" and genuine.stage_hint == "enforcement"
    fake = run("【法阮】您因欠款被起訴，明天開庭，逾期列入失信名單。")
    assert "genuine-dishonest-ringback" not in fake.rules
    assert fake.verdict == "fake-notice"


def test_no_fake_legal_document_where_no_paper_is_mentioned(run) -> None:
    result = run(
        "我是市公安局经侦大队民警，你的银行卡涉嫌洗钱，把卡里的钱转到安全账户，不配合就上门逮捕。"
    )
    assert "impersonation" in result.flag_ids()
    assert "fake-legal-document" not in result.flag_ids()


def test_a_collectors_predicted_summons_is_no_lawsuit(run) -> None:
    result = run("你的材料已经交给法务，最迟后天法院的传票就会送到你家，到时候别说我没提醒你。")
    assert result.verdict == "unlawful"
    assert result.stage_hint == "written-collection"
    assert result.believable is False


def test_adverts_for_debt_help_that_name_the_harm_are_not_threats_of_it(run) -> None:
    result = run("律師團隊代您與銀行協商，減免全部罰息，保證不上門不爆通訊錄，委託費僅需888元。")
    assert result.verdict == "scam"
    assert "debt-agency-scam" in result.flag_ids()
    assert not {"third-party-contact", "home-intimidation"} & set(result.flag_ids())


def test_a_scam_that_borrows_warning_words_is_still_a_scam(run) -> None:
    text = "【反诈提醒】您的账户存在风险，请立即将资金转入安全账户，并提供收到的验证码。"
    assert run(text).verdict == "scam"


def test_every_rule_cites_excerpts_the_pack_ships(book, pack) -> None:
    laws = pack.laws
    assert book.claims is not None
    for rule in book.claims.rules:
        assert rule.reason.zh and rule.reason.en, rule.id
        assert rule.cites, rule.id
        assert all(c in laws for c in rule.cites), rule.id


def test_every_claim_of_substance_says_how_to_check_it(book) -> None:
    assert book.claims is not None
    for claim_id, claim in book.claims.claims.items():
        if claim.type in ("sender", "claim", "mark"):
            assert claim.check is not None, claim_id


def test_checks_never_repeat_a_number_or_link_from_the_message(cli) -> None:
    text = "这里是法院，你有传票未领取，请拨打 13912345678 或点击 www.fy-sd.top 处理。"
    data = json.loads(cli("check-message", text, "--json", "--lang", "zh").stdout)
    for claim in data["claims"]:
        assert "13912345678" not in (claim["check"] or "")
        assert "fy-sd.top" not in (claim["check"] or "")


def test_the_court_named_is_found() -> None:
    assert court_named("【佛山市禅城区人民法院】请查收") == "佛山市禅城区人民法院"
    assert court_named("已被蕪湖市法院列為失信") == "蕪湖市法院"
    assert court_named("自称法院的人") is None


# ---- the loader checks claims.yaml ---------------------------------------------------------


def _problems(tmp_path: Path, edit) -> list[str]:
    from debtguide.content.load import load_cue_book

    root = tmp_path / "cn"
    root.mkdir()
    for name in ("cues.yaml", "flags.yaml", "laws.yaml"):
        shutil.copy(CN / name, root / name)
    data = yaml.safe_load((CN / "claims.yaml").read_text("utf-8"))
    edit(data)
    (root / "claims.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    try:
        load_cue_book(root)
    except ContentError as exc:
        return exc.problems
    return []


def test_the_shipped_claims_pass_the_loader(tmp_path: Path) -> None:
    assert _problems(tmp_path, lambda data: None) == []


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda d: d["rules"][0]["when_all"].append("no-such-claim"), "'no-such-claim' is not"),
        (
            lambda d: d["rules"][0]["cites"].append("civil-code-9999"),
            "'civil-code-9999', which laws.yaml",
        ),
        (lambda d: d["rules"][0]["raise_flags"].append("bad-flag"), "'bad-flag' is not a red"),
        (lambda d: d["rules"][0].update(stage="nowhere"), "'nowhere' is not a stage"),
        (lambda d: d["rules"].append(d["rules"][0]), "used twice"),
        (lambda d: d["domains"]["official"].append("Court.GOV.cn/x"), "not a lower-case host"),
        (lambda d: d["claims"]["from-court"].update(groups=[]), "has no cues"),
        (lambda d: d["claims"]["summons"]["title"].pop("en"), "title.en"),
        (
            lambda d: d["claims"]["insult"]["groups"][0]["cues"].append({"pattern": "(a+)+"}),
            "unbounded repeat",
        ),
    ],
)
def test_the_loader_names_each_fault_in_claims_yaml(tmp_path: Path, edit, words: str) -> None:
    problems = _problems(tmp_path, edit)
    assert problems, "the fault was not reported"
    assert any("claims.yaml" in p and words in p for p in problems), problems


# ---- the figures -----------------------------------------------------------------------------


def _eval_module():
    spec = importlib.util.spec_from_file_location(
        "eval_messages", REPO / "tools" / "eval_messages.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _report(name: str, book, kinds):
    module = _eval_module()
    return module.evaluate(yaml.safe_load((DATA / name).read_text("utf-8")), book, kinds)


def test_the_second_dev_set_is_the_shared_reference_copy() -> None:
    for shared in (
        REPO.parent / "shared" / "reference" / "messages-dev-2.yaml",
        Path("/work/shared/reference/messages-dev-2.yaml"),
    ):
        if shared.exists():
            assert shared.read_bytes() == (DATA / "messages-dev-2.yaml").read_bytes()


def test_figures_on_the_second_dev_set(book, kinds) -> None:
    report = _report("messages-dev-2.yaml", book, kinds)
    precision, recall = report.micro()
    assert report.messages == 44
    assert report.genuine_called_fake == 0
    assert report.ordinary_false_alarms == 0
    assert report.verdict_accuracy >= 0.93
    assert precision >= 0.92
    assert recall >= 0.77


def test_figures_on_both_dev_sets_meet_the_issue(book, kinds) -> None:
    module = _eval_module()
    messages = [
        *yaml.safe_load((DATA / "messages-dev.yaml").read_text("utf-8")),
        *yaml.safe_load((DATA / "messages-dev-2.yaml").read_text("utf-8")),
    ]
    report = module.evaluate(messages, book, kinds)
    precision, recall = report.micro()
    assert report.genuine_called_fake == 0
    assert report.verdict_accuracy >= 0.95
    assert precision >= 0.92
    assert recall >= 0.81


def test_figures_on_the_teams_held_out_set(book, kinds) -> None:
    report = _report("messages-team.yaml", book, kinds)
    precision, recall = report.micro()
    assert report.messages >= 30
    assert report.genuine_called_fake == 0
    assert report.ordinary_false_alarms == 0
    assert report.verdict_accuracy >= 0.98
    assert precision >= 0.89 and recall >= 0.97


@pytest.mark.parametrize(
    ("name", "size", "verdict", "precision", "recall"),
    [
        # Written blind for issue 14 (untuned: verdict 88.4 %, one in three flags missed); the
        # cue book was then improved on it, so these floors are no longer held-out figures.
        ("messages-blind.yaml", 69, 0.97, 0.85, 0.88),
        # Written after that round (untuned: verdict 77.4 %, one genuine warning called a scam).
        ("messages-blind-2.yaml", 31, 0.96, 0.9, 0.8),
        # Written after round 2 (untuned: verdict 92.3 %, recall 66.7 %, one bank warning
        # against paid credit repair called a scam); tuned on by classes of words afterwards.
        ("messages-blind-3.yaml", 65, 0.98, 0.9, 0.88),
    ],
)
def test_figures_on_the_blind_sets(book, kinds, name, size, verdict, precision, recall) -> None:
    report = _report(name, book, kinds)
    p, r = report.micro()
    assert report.messages == size
    assert report.genuine_called_fake == 0
    assert report.court_called_fake == 0
    assert report.ordinary_false_alarms == 0
    assert report.verdict_accuracy >= verdict
    assert p >= precision and r >= recall


# ---- JSON and terminal ---------------------------------------------------------------------


def test_json_carries_the_claims_and_how_to_check_them(cli) -> None:
    text = "您好，这里是北京市朝阳区人民法院，您有传票未领取，请按9转人工。"
    result = cli("check-message", text, "--json", "--lang", "en")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "debtguide.message/1"
    assert {"stage_hint", "flags", "verdict"} <= set(data)  # the contract's fields stay
    ids = {c["id"]: c for c in data["claims"]}
    assert {"from-court", "summons", "press-key"} <= set(ids)
    assert ids["press-key"]["type"] == "demand" and ids["press-key"]["evidence"]
    assert "12368" in ids["from-court"]["check"]
    assert "北京市朝阳区人民法院" in ids["from-court"]["check"]
    assert data["court_named"] == "北京市朝阳区人民法院"
    assert data["believable"]["value"] is False
    assert data["believable"]["rule"] == "court-robocall-press-key"
    assert data["believable"]["cites"]
    assert "court.gov.cn" in data["genuine_looks"]


@pytest.mark.parametrize(
    ("lang", "claims", "judgement"),
    [("zh", "它声称：", "不可信："), ("en", "It claims:", "Not believable:")],
)
def test_terminal_says_what_is_claimed_and_why_not_believable(cli, lang, claims, judgement):
    text = "我是银保监会工作人员，你的资金需要转到安全账户核查。"
    out = cli("check-message", text, "--lang", lang).stdout
    assert claims in out and judgement in out
    assert ("怎么核实" if lang == "zh" else "How to check it") in out
    assert "12378" in out


def test_terminal_says_a_genuine_notice_may_be_genuine(cli) -> None:
    out = cli("check-message", GENUINE[0], "--lang", "zh").stdout
    assert "可能是真的：" in out
    assert "真的法院短信是什么样" in out


# ---- start-up: the compiled cue book is cached ---------------------------------------------


def test_the_compiled_cue_book_is_kept_beside_the_cached_pack(tmp_path, monkeypatch) -> None:
    import debtguide.cli.message as message_cli
    from debtguide import message
    from debtguide.content import cache, cues
    from debtguide.content.locate import pack_dir

    monkeypatch.setenv("DEBTGUIDE_CACHE", str(tmp_path))
    root = pack_dir()
    pack = cache.load(root)
    cues._CACHE.clear()
    message_cli._load_compiled(pack, root)
    files = list(tmp_path.glob("cues-*.pickle"))
    assert len(files) == 1

    # The next run adopts the stored book instead of compiling it.
    cues._CACHE.clear()

    def no_compiling(book):
        raise AssertionError("compiled again")

    monkeypatch.setattr(cues, "compile_book", no_compiling)
    message_cli._load_compiled(pack, root)
    monkeypatch.undo()
    monkeypatch.setenv("DEBTGUIDE_CACHE", str(tmp_path))
    assert message.check(pack, "请按9转人工，法院传票未领取").verdict == "fake-notice"

    # A damaged file only costs speed.
    files[0].write_bytes(b"not a pickle")
    cues._CACHE.clear()
    message_cli._load_compiled(pack, root)
    assert message.check(pack, "请按9转人工，法院传票未领取").verdict == "fake-notice"


def test_a_missing_converter_is_named_not_a_traceback(cli, tmp_path, monkeypatch) -> None:
    from debtguide.content import cues

    monkeypatch.setenv("DEBTGUIDE_CACHE", str(tmp_path / "cache"))  # a miss: the pack is built
    monkeypatch.setitem(sys.modules, "opencc", None)  # importing it now fails, as if not installed
    monkeypatch.setattr(cues, "_CONVERTED", {})
    result = cli("check-message", "您的借款已逾期", "--lang", "en")
    assert result.exit_code == 1
    assert "pip install opencc" in " ".join(result.output.split())
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "text",
    [
        "【法阮】您因欠款被起訴，明天開庭，逾期列入失信名單。",
        "您所撥打的用戶已被鄭州市金水區人民法院納入失信被執行人名單，請轉告其主動履行。",
        "再不还钱，明天我们就到你老家挨家挨户问问你欠钱的事。",
    ],
)
def test_a_long_text_is_judged_as_its_short_form(run, text: str) -> None:
    """Short texts are searched directly and long ones with a memo: the same findings."""
    from debtguide.message import SHORT_TEXT

    short, long = run(text), run(text + " " * SHORT_TEXT)
    assert (short.verdict, short.flag_ids(), short.rules, short.stage_hint) == (
        long.verdict,
        long.flag_ids(),
        long.rules,
        long.stage_hint,
    )
    assert {c.id for c in short.claims} == {c.id for c in long.claims}
