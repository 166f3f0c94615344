"""What a message (`assess --message`) and the evidence log add to a plan and to letters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from debtguide import findings
from debtguide.message import MessageResult
from tests.conftest import REPO

ANSWERS = REPO / "tests" / "answers" / "written-collection.yaml"
TODAY = "2026-11-28"
FAKE_COURT = (
    "【法院】你涉嫌恶意欠款已被立案，今天下午5点前还款到个人账户6222020200112233445，否则将逮捕。"
)
REAL_COURT = "【某某区人民法院】（2026）京0105民初12345号案件已立案，请登录人民法院在线服务平台查看诉讼材料，或拨打12368咨询。"


def assess_json(cli, *more: str) -> dict:
    result = cli(
        "assess", "--answers", str(ANSWERS), "--today", TODAY, "--lang", "en", "--json", *more
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def flags_of(plan: dict) -> dict[str, list[str]]:
    return {f["id"]: f["because"] for f in plan["flags"]}


def message_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "message.txt"
    path.write_text(text, encoding="utf-8")
    return path


# ---- assess --message ---------------------------------------------------------------------------


def test_a_fake_court_message_adds_its_flags_but_not_its_stage(cli, tmp_path: Path) -> None:
    plan = assess_json(cli, "--message", str(message_file(tmp_path, FAKE_COURT)))
    flags = flags_of(plan)
    assert {"impersonation", "personal-account-payment", "false-criminal-threat"} <= set(flags)
    assert any("个人账户" in why for why in flags["personal-account-payment"])
    assert plan["stage"]["id"] == "written-collection"  # a fake summons is not a lawsuit
    assert plan["message"] == {"verdict": "fake-notice", "stage_hint": None}


@pytest.mark.parametrize(
    "text",
    [
        "【法阮】您因XX贷欠款被起訴，案件將於明天開庭，請立即聯系書記員處理，逾期列入失信名單。",
        "您的民事賠償訴訟通知單",
        "您好，您有一封法院挂号信因无人签收已退回，内容涉及您的欠款诉讼，人工查询请按9。",
        "你的材料已经交给法务，最迟后天法院的传票就会送到你家，到时候别说我没提醒你。",
        "今晚八点前不还清，明早就申请把你挂上失信人员名单，以后坐火车飞机都别想了。",
    ],
)
def test_a_fake_or_foretold_summons_never_moves_the_plan_to_a_court_stage(
    cli, tmp_path: Path, text: str
) -> None:
    plan = assess_json(cli, "--message", str(message_file(tmp_path, text)))
    assert plan["stage"]["id"] == "written-collection"
    assert plan["message"]["stage_hint"] in (None, "written-collection", "phone-collection")


def test_a_fake_court_message_says_why_the_stage_was_not_taken(cli, tmp_path: Path) -> None:
    path = message_file(
        tmp_path, "【法院】你的案件已立案，今天下午5点前转账到个人账户6222020200112233445可撤诉。"
    )
    result = cli(
        "assess",
        "--answers",
        str(ANSWERS),
        "--today",
        TODAY,
        "--lang",
        "en",
        "--message",
        str(path),
    )
    assert result.exit_code == 0, result.output
    flowing = " ".join(result.output.split())
    assert "does not take the stage from it" in flowing
    assert "Based on: the message you gave says" in flowing


def test_a_genuine_court_message_moves_the_plan_to_its_stage(cli, tmp_path: Path) -> None:
    plan = assess_json(cli, "--message", str(message_file(tmp_path, REAL_COURT)))
    assert plan["stage"]["id"] == "lawsuit"
    assert any("message you gave" in why for why in plan["stage"]["why"])
    assert plan["message"]["verdict"] == "ordinary"


def test_an_ordinary_reminder_changes_nothing(cli, tmp_path: Path) -> None:
    plain = assess_json(cli)
    path = message_file(tmp_path, "您好，您在某某消费金融的借款已逾期，请尽快通过官方App还款。")
    with_message = assess_json(cli, "--message", str(path))
    assert with_message["flags"] == plain["flags"]
    assert with_message["stage"]["id"] == plain["stage"]["id"]


def test_a_missing_message_file_fails_before_any_question(cli, tmp_path: Path) -> None:
    result = cli("assess", "--lang", "en", "--message", str(tmp_path / "nope.txt"), input="1\n")
    assert result.exit_code == 2
    assert "nope.txt" in result.output
    assert "What kind of loan" not in result.output


def test_a_scam_never_gives_a_stage(pack) -> None:
    scam = MessageResult(
        stage_hint="lawsuit",
        verdict="scam",
        flags=(),
        signals=(),
        stages=("lawsuit",),
        checked_chars=10,
        truncated=False,
    )
    assert findings.from_message(pack, scam) == ({}, None)


# ---- the evidence log ---------------------------------------------------------------------------


def log(cli, when: str, channel: str, *more: str) -> None:
    result = cli("log", "add", "--when", when, "--channel", channel, "--lang", "en", *more)
    assert result.exit_code == 0, result.output


@pytest.fixture
def logged(cli) -> None:
    """Two calls at night and one call to the borrower's mother."""
    log(cli, "2026-11-20 22:30", "call", "--who", "138xxxx1234", "--note", "催收电话")
    log(cli, "2026-11-21 07:10", "call", "--who", "138xxxx1234", "--note", "催收电话")
    log(
        cli,
        "2026-11-22 10:00",
        "third-party",
        "--who",
        "138xxxx1234",
        "--contacted",
        "我母亲",
        "--note",
        "告诉她我欠钱不还",
        "--behaviour",
        "contacted_relatives_friends",
    )


@pytest.mark.usefixtures("logged")
def test_the_log_adds_its_flags_with_the_entries_behind_them(cli) -> None:
    flags = flags_of(assess_json(cli))
    assert flags["night-contact"] == ["evidence log entries 1, 2 (2 in all)"]
    assert flags["third-party-contact"] == ["evidence log entries 3 (1 in all)"]


@pytest.mark.usefixtures("logged")
def test_no_log_leaves_the_log_out(cli) -> None:
    assert flags_of(assess_json(cli, "--no-log")) == {}


def test_an_empty_log_adds_nothing_and_creates_nothing(cli) -> None:
    import os

    assert flags_of(assess_json(cli)) == {}
    home = Path(os.environ["DEBTGUIDE_HOME"])
    assert not (home / "evidence.sqlite3").exists()


@pytest.mark.usefixtures("logged")
def test_the_complaint_lists_every_logged_contact(cli) -> None:
    result = cli("letter", "complaint", "--answers", str(ANSWERS), "--today", TODAY, "--lang", "zh")
    assert result.exit_code == 0, result.output
    table = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert table[0].startswith("| 序号 | 时间 | 方式 | 对方 | 内容 |")
    rows = table[1:]
    assert [row.split(" | ")[1] for row in rows] == [
        "2026-11-20 22:30",
        "2026-11-21 07:10",
        "2026-11-22 10:00",
    ]
    assert "138xxxx1234（联系了：我母亲）" in rows[2]
    assert "告诉她我欠钱不还；联系我的家人或朋友" in rows[2]


@pytest.mark.usefixtures("logged")
def test_the_cease_letter_names_the_logged_conduct_with_the_logs_numbers(cli) -> None:
    answers = REPO / "tests" / "answers" / "letters-online-loan.yaml"
    result = cli(
        "letter", "cease-third-party", "--answers", str(answers), "--today", TODAY, "--lang", "zh"
    )
    assert result.exit_code == 0, result.output
    assert "取证记录第 1、2 条（共 2 条）" in result.stdout  # the night calls, in the conduct list
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ")][1:]
    assert [row.split(" | ")[0] for row in rows] == ["| 1", "| 2", "| 3"]
    assert "你的" not in result.stdout  # the borrower writes in the first person
