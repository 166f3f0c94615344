"""`debtguide check-message` through the command line: argument, --file, standard input,
--json, both languages, bad input. These need the whole shipped pack."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from debtguide.message import check

FAKE = (
    "【某某区人民法院】你涉嫌恶意透支，已立案。请在2小时内转账到以下个人账户，否则警方将上门逮捕。"
)
GENUINE = (
    "【佛山市禅城区人民法院】请查收（2025）粤0604执保9654号案件相关司法文书，"
    "下载链接：https://zxfw.court.gov.cn/zxfw/#/x"
)
ORDINARY = "您的借款已逾期3天，请尽快登录APP还款，以免影响您的信用记录。"
SCAM_EN = (
    "Credit repair: we remove your overdue record, no success no fee. Scan the QR code to pay."
)


def test_argument_in_chinese(cli, pack) -> None:
    result = cli("check-message", FAKE, "--lang", "zh")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert pack.cues.verdicts["fake-notice"].title.zh in out
    for flag in ("impersonation", "personal-account-payment", "false-criminal-threat"):
        assert pack.flags[flag].title.zh in out, flag
    assert "“逮捕”" in out or "逮捕" in out
    assert "12368" in out
    assert out.count(pack.info.disclaimer.zh[:20]) == 1


def test_english_output(cli, pack) -> None:
    result = cli("check-message", SCAM_EN, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert pack.cues.verdicts["scam"].title.en in result.stdout
    assert pack.flags["credit-repair-scam"].title.en in result.stdout
    assert "Triggered by" in result.stdout and '"credit repair"' in result.stdout.lower()
    assert result.stdout.count(pack.info.disclaimer.en[:30]) == 1


def test_an_ordinary_reminder(cli, pack) -> None:
    result = cli("check-message", ORDINARY, "--lang", "en")
    assert result.exit_code == 0
    assert pack.cues.verdicts["ordinary"].title.en in result.stdout
    assert pack.stage("written-collection").title.en in result.stdout
    assert "debtguide explain written-collection" in result.stdout


def test_json_is_the_contract_shape(cli, pack) -> None:
    result = cli("check-message", FAKE, "--json", "--lang", "en")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "debtguide.message/1"
    assert data["verdict"] == "fake-notice"
    assert data["stage_hint"] is None
    ids = [f["id"] for f in data["flags"]]
    assert {"impersonation", "personal-account-payment", "false-criminal-threat"} <= set(ids)
    for flag in data["flags"]:
        assert {"id", "evidence", "why", "todo", "report_to", "kind", "title"} <= set(flag)
        assert flag["evidence"] and flag["evidence"] in FAKE
        assert flag["why"] == pack.flags[flag["id"]].why.en
    assert data["report_to"][0]["id"] in pack.channels
    assert data["next_steps"] and data["disclaimer"] == pack.info.disclaimer.en


def test_json_for_a_genuine_court_message(cli) -> None:
    data = json.loads(cli("check-message", GENUINE, "--json", "--lang", "zh").stdout)
    assert data["verdict"] == "ordinary"
    assert data["stage_hint"] == "enforcement"
    assert data["stage"]["id"] == "enforcement"
    assert data["flags"] == []
    signals = {s["id"]: s for s in data["signals"]}
    assert signals["court-case-number"]["evidence"] == "（2025）粤0604执保9654号"
    assert any("12368" in step for step in data["next_steps"])


def test_file_utf8_and_gb18030(cli, tmp_path: Path) -> None:
    utf8 = tmp_path / "msg.txt"
    utf8.write_text("\ufeff" + FAKE, encoding="utf-8")
    gbk = tmp_path / "msg-gbk.txt"
    gbk.write_bytes(FAKE.encode("gb18030"))
    for path in (utf8, gbk):
        result = cli("check-message", "--file", str(path), "--json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["verdict"] == "fake-notice"


def test_standard_input(cli) -> None:
    result = cli("check-message", "--json", input=SCAM_EN)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["verdict"] == "scam"
    dash = cli("check-message", "--file", "-", "--json", input=ORDINARY)
    assert json.loads(dash.stdout)["verdict"] == "ordinary"


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200b", "\n\t\n"])
def test_empty_message_is_a_usage_error(cli, text: str) -> None:
    result = cli("check-message", text, "--lang", "en")
    assert result.exit_code == 2
    assert "The message is empty" in result.stderr
    assert "Traceback" not in result.output


def test_empty_standard_input_is_a_usage_error(cli) -> None:
    result = cli("check-message", "--lang", "zh", input="")
    assert result.exit_code == 2
    assert "信息是空的" in result.stderr


def test_argument_and_file_together_is_a_usage_error(cli, tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(FAKE, encoding="utf-8")
    result = cli("check-message", FAKE, "--file", str(path), "--lang", "en")
    assert result.exit_code == 2
    assert "not both" in result.stderr


def test_missing_file_folder_and_binary_are_usage_errors(cli, tmp_path: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\xff\xff\x80\x81")
    for path, words in (
        (tmp_path / "nope.txt", "Cannot read"),
        (tmp_path, "Cannot read"),
        (binary, "is not text"),
    ):
        result = cli("check-message", "--file", str(path), "--lang", "en")
        assert result.exit_code == 2, path
        assert words in result.stderr, result.stderr
        assert "Traceback" not in result.output


def test_hostile_text_is_printed_harmlessly(cli) -> None:
    hostile = "\x1b[31m逮捕\x1b[0m 坐[/]牢 {{ 7*7 }} \x07"
    result = cli("check-message", hostile, "--lang", "zh")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "坐[/]牢" in result.stdout  # the evidence is shown as typed, not as markup


def test_a_long_message_on_standard_input(cli) -> None:
    result = cli("check-message", "--json", input="您好" * 150_000 + "征信修复")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["verdict"] == "scam"


def test_help_has_an_example(cli) -> None:
    result = cli("check-message", "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout


def test_check_is_the_function_assess_can_use(pack) -> None:
    result = check(pack, FAKE)
    assert result.verdict == "fake-notice"
    assert result.stage_hint is None
    assert "impersonation" in result.flag_ids()
    assert all(f.evidence for f in result.flags)
