"""`debtguide letter` through the runner: files, formats, fields, prompts, the list of letters."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from debtguide.contract import LETTER_IDS
from tests.conftest import REPO

ANSWERS = REPO / "tests" / "answers"
TODAY = ["--today", "2026-11-28"]
FULL = [
    "--set", "name=李明", "--set", "id_last4=123X", "--set", "phone_last4=5678",
    "--set", "address=某市某路 8 号", "--set", "contract_no=JK-42",
]  # fmt: skip


def answers(name: str) -> list[str]:
    return ["--answers", str(ANSWERS / f"{name}.yaml")]


# ---- the list ------------------------------------------------------------------------------


def test_letter_alone_lists_every_type(cli) -> None:
    result = cli("letter", "--lang", "en")
    assert result.exit_code == 0, result.output
    for letter_id in LETTER_IDS:
        assert letter_id in result.stdout
    assert "✓" not in result.stdout
    assert "--answers FILE or --resume" in result.stdout


def test_list_marks_the_letters_the_situation_needs(cli) -> None:
    result = cli("letter", *answers("letters-payment-order"), *TODAY, "--lang", "en")
    assert result.exit_code == 0, result.output
    assessed = json.loads(
        cli("assess", *answers("letters-payment-order"), *TODAY, "--json").stdout
    )["letters"]
    lines = [line.split() for line in result.stdout.splitlines() if line.startswith("✓ ")]
    marked = {words[1] for words in lines if words[1] in LETTER_IDS}
    assert marked == set(assessed)
    assert "payment-order-objection" in marked and "defense" not in marked


def test_list_uses_a_saved_interview(cli, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    saved = {"pack": "cn", "answers": {"credit_report_error": True}, "skipped": []}
    (home / "interview.json").write_text(json.dumps(saved), encoding="utf-8")
    result = cli("letter", *TODAY, "--lang", "en")
    assert "your saved interview" in result.stdout
    assert "✓ credit-objection" in result.stdout


# ---- writing -------------------------------------------------------------------------------


def test_stdout_holds_the_letter_only(cli) -> None:
    result = cli(
        "letter", "negotiation", *answers("letters-online-loan"), *TODAY, *FULL, "--lang", "zh"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("协商还款申请书\n")
    assert "寄出和寄出以后" not in result.stdout
    assert "寄出和寄出以后" in result.stderr


def test_without_a_terminal_blanks_are_marked_and_listed(cli) -> None:
    result = cli("letter", "statement-request", *TODAY, "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert "【请填写：姓名】" in result.stdout
    assert "【请填写：出借方全称】" in result.stdout
    assert "信里留了 6 处空白" in result.stderr
    for name in ("name", "id_last4", "phone_last4", "address", "lender_full_name", "contract_no"):
        assert f"--set {name}=" in result.stderr


def test_set_fills_fields(cli) -> None:
    result = cli(
        "letter",
        "statement-request",
        *TODAY,
        *FULL,
        "--set",
        "lender_full_name=甲公司",
        "--lang",
        "zh",
    )
    assert result.exit_code == 0
    assert "\n甲公司：\n" in result.stdout and "申请人：李明" in result.stdout
    assert "空白" not in result.stderr


@pytest.mark.parametrize(
    "item, words",
    [
        ("name李明", "FIELD=VALUE"),
        ("nmae=李明", "no field called 'nmae'"),
        ("phone_last4=12", "not four digits"),
    ],
)
def test_bad_set_is_a_usage_error(cli, item: str, words: str) -> None:
    result = cli("letter", "negotiation", "--set", item, "--lang", "en")
    assert result.exit_code == 2
    assert words in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.output


def test_unknown_letter_type_suggests(cli) -> None:
    result = cli("letter", "negotiaton", "--lang", "en")
    assert result.exit_code == 2
    assert "negotiation" in result.stderr


def test_unknown_out_format_is_refused(cli, tmp_path: Path) -> None:
    result = cli("letter", "negotiation", "--out", str(tmp_path / "x.pdf"), "--lang", "en")
    assert result.exit_code == 2
    assert ".docx" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_existing_file_survives_a_refused_overwrite(cli, tmp_path: Path) -> None:
    out = tmp_path / "letter.txt"
    out.write_text("my own notes\n", encoding="utf-8")
    result = cli("letter", "negotiation", "--out", str(out), *TODAY, "--lang", "en")
    assert result.exit_code == 2
    assert "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "my own notes\n"
    forced = cli("letter", "negotiation", "--out", str(out), *TODAY, "--force", "--lang", "en")
    assert forced.exit_code == 0, forced.output
    assert out.read_text(encoding="utf-8").startswith("Request to agree a repayment plan")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*.tmp"))


def test_markdown_output(cli, tmp_path: Path) -> None:
    out = tmp_path / "complaint.md"
    args = ["letter", "complaint", *answers("letters-small-loan"), *TODAY, *FULL]
    result = cli(*args, "--out", str(out), "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 投诉书\n")
    assert "## 一、事实" in text
    assert "| 序号 | 证据名称 | 形成时间 | 证明的事实 |\n|---|---|---|---|\n" in text


def test_docx_is_a_real_word_document(cli, tmp_path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    out = tmp_path / "negotiation.docx"
    args = ["letter", "negotiation", *answers("letters-online-loan"), *TODAY, *FULL]
    result = cli(*args, "--out", str(out), "--lang", "zh")
    assert result.exit_code == 0, result.output
    doc = Document(str(out))
    paragraphs = [p for p in doc.paragraphs if p.text]
    title = paragraphs[0]
    assert title.text == "协商还款申请书"
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER and title.runs[0].bold
    texts = [p.text for p in paragraphs]
    salutation = next(p for p in paragraphs if p.text == "某某网络小额贷款有限公司：")
    assert salutation.paragraph_format.first_line_indent is None  # 称谓顶格
    closing = next(p for p in paragraphs if p.text == "敬礼！")
    assert closing.paragraph_format.first_line_indent is None
    body = next(p for p in paragraphs if p.text.startswith("我已失业"))
    assert body.paragraph_format.first_line_indent is not None  # 正文空两格
    requests = [t for t in texts if t[:2] in ("1.", "2.", "3.", "4.")]
    assert len(requests) == 4 and requests[0].startswith("1. 同意按上述方案分期还款")
    signature = [p for p in paragraphs if p.text == "申请人：李明"]
    assert signature and signature[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert paragraphs[-1].text == "2026年11月28日"
    normal_fonts = doc.styles["Normal"].element.rPr.rFonts
    assert normal_fonts.get(qn("w:eastAsia")) == "SimSun"
    for paragraph in paragraphs:
        for run in paragraph.runs:
            assert run._element.rPr.rFonts.get(qn("w:eastAsia")) == "SimSun"
    assert doc.core_properties.title == "协商还款申请书"
    assert doc.core_properties.author == ""


def test_docx_tables_hold_the_evidence_list(cli, tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "complaint.docx"
    args = ["letter", "complaint", *answers("letters-small-loan"), *TODAY, "--lang", "zh"]
    result = cli(*args, "--out", str(out))
    assert result.exit_code == 0, result.output
    table = Document(str(out)).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["序号", "证据名称", "形成时间", "证明的事实"]
    assert len(table.rows) == 4


def test_hostile_set_value_is_printed_as_typed(cli) -> None:
    result = cli(
        "letter", "negotiation", "--set", "name={{ 7*7 }}{% raw %}", *TODAY, "--lang", "zh"
    )
    assert result.exit_code == 0, result.output
    assert "申请人：{{ 7*7 }}{% raw %}" in result.stdout
    assert "49" not in result.stdout


# ---- deadlines and the limitation guard ----------------------------------------------------


def test_defense_notes_give_the_deadline(cli) -> None:
    result = cli("letter", "defense", *answers("letters-private-lawsuit"), *TODAY, "--lang", "en")
    assert result.exit_code == 0
    assert "Last day to file your defence: 2026-12-05 (7 days left)" in result.stderr


def test_setting_the_date_received_dates_the_deadline(cli) -> None:
    args = ["letter", "payment-order-objection", "--set", "order_date=2026-11-25", *TODAY]
    result = cli(*args, "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert "2026年11月25日收到贵院" in result.stdout
    assert "2026-12-10（还剩 12 天）" in result.stderr


def test_limitation_warning_comes_before_the_letter(cli) -> None:
    result = cli("letter", "negotiation", *answers("letters-old-debt"), *TODAY, "--lang", "en")
    assert result.exit_code == 0
    assert result.stderr.startswith("Please note: this debt is 1250 days overdue")
    assert "Civil Code, arts. 192 and 195" in result.stderr
    quiet = cli("letter", "negotiation", *answers("letters-online-loan"), *TODAY, "--lang", "en")
    assert "limitation" not in quiet.stderr


# ---- on a terminal -------------------------------------------------------------------------


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import debtguide.cli.io as cli_io

    monkeypatch.setattr(cli_io, "is_terminal", lambda: True)


def test_terminal_asks_each_missing_field_once(cli, terminal) -> None:
    args = ["letter", "cease-third-party", *answers("letters-online-loan"), *TODAY]
    result = cli(*args, "--set", "name=李明", "--lang", "en", input="12\n123x\n5678\n\n")
    assert result.exit_code == 0, result.output
    asked = result.stderr
    assert "Your full name" not in asked  # given with --set
    assert "full name of the lender" not in asked.split("Sending it")[0].lower()  # answered
    assert asked.count("The last four characters of your ID card number") == 1
    assert "Please try again" in asked  # "12" is not four digits
    assert "ID number ending 123X" in result.stdout
    assert "phone number ending 5678" in result.stdout
    assert "[fill in: loan contract number]" in result.stdout  # Enter left it blank


def test_terminal_confirms_before_a_letter_that_may_waive_limitation(cli, terminal) -> None:
    args = ["letter", "negotiation", *answers("letters-old-debt"), *TODAY, "--lang", "en"]
    result = cli(*args, input="\n")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No letter was written" in result.stderr
    go_on = cli(*args, *FULL, input="y\n")
    assert go_on.exit_code == 0
    assert go_on.stdout.startswith("Request to agree a repayment plan")


def test_ctrl_c_while_asking_writes_nothing(cli, terminal, tmp_path: Path) -> None:
    out = tmp_path / "letter.txt"
    result = cli("letter", "complaint", "--out", str(out), *TODAY, input="")
    assert result.exit_code == 130
    assert not out.exists()


def test_resume_without_saved_interview(cli) -> None:
    result = cli("letter", "negotiation", "--resume", "--lang", "en")
    assert result.exit_code == 2
    assert "No saved interview" in result.stderr


def test_letter_help_has_an_example(cli) -> None:
    result = cli("letter", "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
