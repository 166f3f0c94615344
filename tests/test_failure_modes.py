"""Failure modes of issue 11, part B: edge dates, damaged logs, interrupts, odd text in letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO

ANSWERS = REPO / "tests" / "answers" / "lawsuit.yaml"
LETTERS = ("negotiation", "statement-request", "cease-third-party", "complaint",
           "credit-objection", "defense", "payment-order-objection")  # fmt: skip


# ---- item 13: --today at the edges --------------------------------------------------------------


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1999-12-31", "2100-01-01"])
@pytest.mark.parametrize("command", ["assess", *LETTERS])
def test_a_today_outside_the_range_is_refused_by_name(cli, day: str, command: str) -> None:
    args = ["assess"] if command == "assess" else ["letter", command]
    result = cli(*args, "--answers", str(ANSWERS), "--today", day, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"--today: {day} is outside" in result.output
    assert "2000-01-01 to 2099-12-31" in result.output


@pytest.mark.parametrize("day", ["2099-12-31", "2099-12-01", "2000-01-01"])
@pytest.mark.parametrize("command", ["assess", *LETTERS])
def test_the_ends_of_the_range_give_a_plan_and_every_letter(cli, day: str, command: str) -> None:
    args = ["assess"] if command == "assess" else ["letter", command]
    # An answers file whose dates are all before `day` (a received date is never in the future).
    answers = ANSWERS if day > "2026-11-25" else REPO / "tests" / "answers" / "empty.yaml"
    result = cli(*args, "--answers", str(answers), "--today", day, "--lang", "zh")
    assert result.exit_code == 0, result.output


# ---- item 18: --ics with no dated deadline -------------------------------------------------------


@pytest.mark.parametrize("name", ["empty.yaml", "lawsuit-no-date.yaml"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ics_without_a_dated_deadline_writes_nothing_and_says_so(
    cli, tmp_path: Path, name: str, lang: str
) -> None:
    ics = tmp_path / "deadlines.ics"
    answers = REPO / "tests" / "answers" / name
    result = cli("assess", "--answers", str(answers), "--ics", str(ics), "--lang", lang)
    assert result.exit_code == 0, result.output
    assert not ics.exists()
    assert ("没有写日历文件" if lang == "zh" else "No calendar file was written") in result.output
    assert "import it" not in result.output and "导入手机" not in result.output


def test_ics_with_only_passed_deadlines_writes_nothing(cli, tmp_path: Path) -> None:
    ics = tmp_path / "deadlines.ics"
    result = cli("assess", "--answers", str(ANSWERS), "--ics", str(ics), "--today", "2027-06-01",
                 "--lang", "en")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert not ics.exists()
    assert "No calendar file was written" in result.output


def test_ics_counts_only_the_deadlines_it_writes(cli, tmp_path: Path) -> None:
    ics = tmp_path / "deadlines.ics"
    result = cli("assess", "--answers", str(ANSWERS), "--ics", str(ics), "--today", "2026-11-28",
                 "--lang", "en")  # fmt: skip
    assert result.exit_code == 0, result.output
    events = ics.read_text(encoding="utf-8").count("BEGIN:VEVENT")
    assert events >= 1
    assert f"Wrote {events} deadline(s)" in result.output


# ---- item 14: what users typed stays text in every letter format --------------------------------

HOSTILE_NAME = "# 假标题\n| a | b |\n## 二级\n- 列表\x07\x00\ud800 尾"


def _hostile_answers(tmp_path: Path, name: str = HOSTILE_NAME) -> Path:
    import json

    path = tmp_path / f"answers-{len(name)}.json"
    data = {"loan_type": "online_platform", "lender_name": name, "days_overdue": 30,
            "collector_behaviour": ["contacted_relatives_friends"]}  # fmt: skip
    path.write_text(json.dumps(data), encoding="utf-8")  # \ud800 and \u0000 as JSON escapes
    return path


def _structure(markdown: str) -> list[str]:
    """The lines Markdown reads as structure: headings, tables, lists, quotes."""
    import re

    return [line for line in markdown.splitlines() if re.match(r"\s*([#|>]|[-*+] |\d+[.)] )", line)]


def _letter_md(cli, tmp_path: Path, letter: str, *args: str) -> str:
    out = tmp_path / f"{letter}.md"
    result = cli("letter", letter, *args, "--out", str(out), "--today", "2026-11-28",
                 "--lang", "zh", "--force")  # fmt: skip
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("letter", LETTERS)
def test_a_hostile_name_from_an_answers_file_stays_text(cli, tmp_path: Path, letter: str) -> None:
    answers = _hostile_answers(tmp_path)
    tame = _hostile_answers(tmp_path, "某某贷")
    plain = _letter_md(cli, tmp_path, letter, "--answers", str(tame))  # the same, a tame name
    hostile = _letter_md(cli, tmp_path, letter, "--answers", str(answers))
    assert "假标题" in hostile
    assert len(_structure(hostile)) == len(_structure(plain))
    assert "\x07" not in hostile and "\x00" not in hostile
    for suffix in (".docx", ".txt"):
        out = tmp_path / f"{letter}{suffix}"
        result = cli("letter", letter, "--answers", str(answers), "--out", str(out),
                     "--lang", "zh", "--force")  # fmt: skip
        assert result.exit_code == 0, result.output
    text = (tmp_path / f"{letter}.txt").read_text(encoding="utf-8")
    assert any("假标题" in line and "尾" in line for line in text.splitlines())  # one line
    from docx import Document

    paragraphs = [p.text for p in Document(str(tmp_path / f"{letter}.docx")).paragraphs]
    assert any("假标题" in p and "尾" in p for p in paragraphs)  # one paragraph, not four


def test_set_bytes_from_a_gbk_terminal_give_a_word_document(cli, tmp_path: Path) -> None:
    import os

    name = os.fsdecode("张三".encode("gbk"))  # as Python hands over argv that is not UTF-8
    out = tmp_path / "letter.docx"
    result = cli("letter", "negotiation", "--set", f"name={name}", "--out", str(out),
                 "--lang", "zh")  # fmt: skip
    assert result.exit_code == 0, result.output
    from docx import Document

    assert any("张三" in p.text for p in Document(str(out)).paragraphs)


def test_undecodable_set_bytes_are_refused_and_nothing_is_written(cli, tmp_path: Path) -> None:
    import os

    name = os.fsdecode(b"\xff\xfe\xe5\xbc\xa0")  # neither UTF-8 nor GB18030
    out = tmp_path / "letter.docx"
    result = cli("letter", "negotiation", "--set", f"name={name}", "--out", str(out),
                 "--lang", "zh")  # fmt: skip
    assert result.exit_code == 2
    assert "GB18030" in result.output and not out.exists()


def test_multi_line_log_notes_stay_in_their_table_cell(cli, tmp_path: Path) -> None:
    note = "第一行\n# 不是标题\n| 不是 | 表格 |\n- 不是列表"
    result = cli("log", "add", "--when", "2026-11-20 22:30", "--channel", "third-party",
                 "--who", "| 95xxx |", "--contacted", "# 我母亲", "--note", note,
                 "--behaviour", "contacted_relatives_friends")  # fmt: skip
    assert result.exit_code == 0, result.output
    for letter in ("cease-third-party", "complaint"):
        markdown = _letter_md(cli, tmp_path, letter)
        rows = [line for line in markdown.splitlines() if line.startswith("|")]
        assert any("不是标题" in row for row in rows), markdown
        assert not any(line.startswith("#") and "不是" in line for line in markdown.splitlines())
        widths = {len(row.replace("\\|", "").split("|")) for row in rows}
        assert len(widths) == 1, rows  # every row has the table's number of cells
        from docx import Document

        out = tmp_path / f"{letter}.docx"
        args = ("letter", letter, "--out", str(out), "--lang", "zh", "--force")
        assert cli(*args).exit_code == 0
        cells = [c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells]
        assert any("第一行" in c and "不是列表" in c for c in cells)


# ---- item 19: Word letters are A4 with a Chinese font -------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_word_letters_are_a4_with_an_east_asian_font(cli, tmp_path: Path, lang: str) -> None:
    import zipfile

    from docx import Document
    from docx.oxml.ns import qn

    out = tmp_path / "letter.docx"
    result = cli("letter", "defense", "--answers", str(ANSWERS), "--out", str(out), "--lang", lang)
    assert result.exit_code == 0, result.output
    doc = Document(str(out))
    for section in doc.sections:
        assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    styles = zipfile.ZipFile(out).read("word/styles.xml").decode("utf-8")
    assert 'w:pgSz w:w="11906" w:h="16838"' in zipfile.ZipFile(out).read(
        "word/document.xml"
    ).decode("utf-8")
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "SimSun"
    assert doc.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia")) == "SimSun"
    assert 'w:eastAsia="zh-CN"' in styles


# ---- item 20: one JSON writer, ASCII-safe wherever stdout cannot encode -----------------------


@pytest.mark.parametrize(
    "args",
    [
        ["log", "list", "--json"],
        ["log", "report", "--json"],
        ["assess", "--answers", str(ANSWERS), "--json"],
        ["check-message", "你已被起诉", "--json"],
    ],
)
def test_json_on_an_ascii_stream_escapes_instead_of_printing_question_marks(
    tmp_path: Path, args: list[str]
) -> None:
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "DEBTGUIDE_HOME": str(tmp_path / "home")}
    add = ["log", "add", "--when", "2026-11-20 22:30", "--channel", "call", "--who", "张三催收",
           "--note", "说要“上门”", "--behaviour", "calls_at_night"]  # fmt: skip
    run = [sys.executable, "-m", "debtguide"]
    subprocess.run([*run, *add], env=env, check=True, capture_output=True)
    env["PYTHONIOENCODING"] = "ascii"
    done = subprocess.run([*run, *args, "--lang", "zh"], env=env, capture_output=True)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("ascii")  # nothing but ASCII on an ASCII stream
    data = json.loads(out)
    env["PYTHONIOENCODING"] = "utf-8"
    utf8 = subprocess.run([*run, *args, "--lang", "zh"], env=env, capture_output=True, check=True)
    assert data == json.loads(utf8.stdout.decode("utf-8"))  # no character lost to a '?'
    if args[:2] == ["log", "list"]:
        assert data["entries"][0]["who"] == "张三催收"
        assert data["entries"][0]["note"] == "说要“上门”"


# ---- item 5: a damaged log never blocks the plan or the letters ---------------------------------


def _log_file(tmp_path: Path) -> Path:
    return tmp_path / "home" / "evidence.sqlite3"


def _add_good(cli, count: int = 2) -> None:
    for i in range(count):
        result = cli("log", "add", "--when", f"2026-11-{10 + i} 22:30", "--channel", "call",
                     "--who", "95xxx", "--behaviour", "calls_at_night")  # fmt: skip
        assert result.exit_code == 0, result.output


def _insert_bad_rows(path: Path) -> list[int]:
    """Rows `log add` would never write: a bad date, a bad time, a binary note, an unknown
    channel; then two odd rows that can still be read (SQLite stores the numbers as text).
    Returns the numbers of the unreadable ones."""
    import sqlite3

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA ignore_check_constraints = ON")
    rows = [
        ("2026-13-45", "10:00", "call", "x", "2026-11-20T10:00:00"),
        ("2026-11-20", "29:59", "sms", "x", "2026-11-20T10:00:00"),
        ("2026-11-20", None, "call", b"\x00\xff\xfe binary", "2026-11-20T10:00:00"),
        ("2026-11-20", "10:00", "carrier-pigeon", "x", "2026-11-20T10:00:00"),
        ("2026-11-20", "10:00", "call", 12345, "not a time stamp"),
        (20261120, "10:00", "call", "x", "2026-11-20T10:00:00"),
    ]
    numbers = []
    for day, at, channel, note, logged in rows:
        cursor = db.execute(
            "INSERT INTO entry (day, time, channel, note, logged_at) VALUES (?, ?, ?, ?, ?)",
            (day, at, channel, note, logged),
        )
        numbers.append(cursor.lastrowid)
    db.execute("INSERT INTO attachment (entry_id, position, path, sha256, size) "
               "VALUES (1, 9, ?, ?, 1)", (b"\x00bad", "0" * 64))  # fmt: skip
    db.close()
    return numbers[:4]


READERS = [
    ["assess", "--answers", str(ANSWERS)],
    ["assess", "--answers", str(ANSWERS), "--json"],
    *[["letter", name, "--answers", str(ANSWERS)] for name in LETTERS],
    ["log", "list"],
    ["log", "list", "--json"],
    ["log", "report"],
    ["log", "report", "--json"],
    ["log", "export"],
]


def test_bad_rows_are_skipped_and_named_everywhere(cli, tmp_path: Path) -> None:
    import json

    _add_good(cli)
    bad = _insert_bad_rows(_log_file(tmp_path))
    named = ", ".join(map(str, bad))
    for args in READERS:
        result = cli(*args, "--lang", "en")
        assert result.exit_code == 0, (args, result.output)
        assert f"could not be read and were skipped: no. {named}" in result.stderr, args
    listed = json.loads(cli("log", "list", "--json").stdout)
    assert sorted(e["number"] for e in listed["entries"]) == [1, 2, 7, 8]
    assert listed["unreadable"] == bad
    report = json.loads(cli("log", "report", "--json").stdout)
    assert report["entries"] == 4 and report["unreadable"] == bad
    # The plan still uses the readable entries: two night calls.
    plan = json.loads(cli("assess", "--answers", str(ANSWERS), "--json").stdout)
    assert "night-contact" in [f["id"] for f in plan["flags"]]
    # Bad values elsewhere do not stop a new entry, which reads back.
    _add_good(cli, 1)
    again = json.loads(cli("log", "list", "--json").stdout)
    assert len(again["entries"]) == 5 and again["unreadable"] == bad


def _corrupt_a_table_page(path: Path) -> None:
    """Overwrite one page of the entry table with junk, so a full read stops there."""
    import sqlite3

    size = path.stat().st_size
    pages = size // 4096
    original = path.read_bytes()
    for page in range(pages // 2, pages - 1):
        damaged = bytearray(original)
        damaged[page * 4096 : page * 4096 + 4096] = b"\xa5" * 4096
        path.write_bytes(bytes(damaged))
        db = sqlite3.connect(path)
        try:
            db.execute("SELECT id, note FROM entry ORDER BY id").fetchall()
        except sqlite3.DatabaseError:
            return
        finally:
            db.close()
    pytest.fail("no page of the entry table found to damage")


def _fill(path: Path, count: int) -> None:
    import sqlite3

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO entry (day, time, channel, note, logged_at) VALUES (?, ?, ?, ?, ?)",
        [("2026-11-01", "23:00", "call", f"{i} " + "记" * 1500, "2026-11-01T23:00:00")
         for i in range(count)],
    )  # fmt: skip
    db.execute("COMMIT")
    db.close()


def test_a_damaged_page_skips_its_rows_and_log_add_refuses(cli, tmp_path: Path) -> None:
    import json

    _add_good(cli, 1)
    path = _log_file(tmp_path)
    _fill(path, 60)
    _corrupt_a_table_page(path)
    for args in READERS:
        result = cli(*args, "--lang", "zh")
        assert result.exit_code == 0, (args, result.output)
        assert "Traceback" not in result.output
    listed = json.loads(cli("log", "list", "--json").stdout)
    assert listed["unreadable"] and len(listed["entries"]) + len(listed["unreadable"]) == 61
    before = path.read_bytes()
    refused = cli("log", "add", "--when", "2026-11-20 10:00", "--channel", "sms", "--lang", "en")
    assert refused.exit_code == 1
    assert "is damaged" in refused.output and "nothing was saved" in refused.output
    assert path.read_bytes() == before


def test_a_log_that_cannot_be_read_at_all_leaves_the_plan_and_letters(cli, tmp_path: Path) -> None:
    _add_good(cli, 1)
    path = _log_file(tmp_path)
    for name in ("evidence.sqlite3-wal", "evidence.sqlite3-shm"):
        (path.parent / name).unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 300)
    for args in READERS[: len(LETTERS) + 2]:  # assess and every letter
        result = cli(*args, "--lang", "en")
        assert result.exit_code == 0, (args, result.output)
        assert "The evidence log could not be read" in result.stderr
        assert "its findings are left out" in result.stderr
    listed = cli("log", "list", "--lang", "en")
    assert listed.exit_code == 1 and "Traceback" not in listed.output
    assert "Cannot open the evidence log" in listed.output


@pytest.mark.skipif(__import__("os").geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_data_folder_still_gives_the_plan_and_the_log(cli, tmp_path: Path) -> None:
    _add_good(cli, 2)
    folder = _log_file(tmp_path).parent
    folder.chmod(0o500)
    try:
        for args in READERS:
            result = cli(*args, "--lang", "en")
            assert result.exit_code == 0, (args, result.output)
        assert "22:30" in cli("log", "list").stdout
    finally:
        folder.chmod(0o700)


# ---- item 6: never chmod through a link, never a folder debtguide did not make -------------------


def test_a_symlinked_log_is_used_but_never_chmodded(cli, tmp_path: Path, monkeypatch) -> None:
    import os
    import stat

    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    real = tmp_path / "elsewhere.sqlite3"
    real.touch(mode=0o644)
    real.chmod(0o644)
    (home / "evidence.sqlite3").symlink_to(real)
    _add_good(cli, 1)
    assert stat.S_IMODE(real.stat().st_mode) == 0o644  # the owner chose this file and its mode
    assert "22:30" in cli("log", "list").stdout
    # A link to a device is refused, and the device keeps its mode.
    (home / "evidence.sqlite3").unlink()
    (home / "evidence.sqlite3").symlink_to("/dev/null")
    mode = os.stat("/dev/null").st_mode
    result = cli("log", "add", "--when", "2026-11-20 10:00", "--channel", "sms", "--lang", "en")
    assert result.exit_code == 1 and "not a regular file" in result.output
    assert os.stat("/dev/null").st_mode == mode
    plan = cli("assess", "--answers", str(ANSWERS), "--lang", "en")
    assert plan.exit_code == 0 and "could not be read" in plan.stderr
    assert os.stat("/dev/null").st_mode == mode


def test_an_existing_data_folder_keeps_its_permissions(cli, tmp_path: Path, monkeypatch) -> None:
    import stat

    home = tmp_path / "user-home"
    home.mkdir()
    home.chmod(0o755)
    (home / "photo.jpg").write_bytes(b"jpeg")
    monkeypatch.setenv("DEBTGUIDE_HOME", str(home))
    _add_good(cli, 1)
    assert cli("assess", "--answers", str(ANSWERS)).exit_code == 0
    assert stat.S_IMODE(home.stat().st_mode) == 0o755
    assert stat.S_IMODE((home / "evidence.sqlite3").stat().st_mode) == 0o600


# ---- item 15: Ctrl-C at any moment ends quietly with 130 ---------------------------------------


# Runs the command as the `debtguide` script does, sending itself SIGINT (Ctrl-C) the moment the
# module named first is imported: at start-up, inside a command, or in the library it uses.
INTERRUPT_PROBE = """
import builtins, os, signal, sys
target = sys.argv.pop(1)
real = builtins.__import__
def hooked(name, globals=None, locals=None, fromlist=(), level=0):
    names = {name} | {f"{name}.{item}" for item in fromlist or ()}
    if target in names:
        builtins.__import__ = real
        os.kill(os.getpid(), signal.SIGINT)
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = hooked
sys.argv = ["debtguide", *sys.argv[1:]]
from debtguide.start import main
main()
"""


@pytest.mark.parametrize(
    "target",
    ["typer", "rich.console", "debtguide.errors", "debtguide.i18n", "debtguide.content.cache", "debtguide.engine",
     "debtguide.render.plan", "yaml", "jinja2", "docx", "sqlite3", "debtguide.letters.writers"],
)  # fmt: skip
def test_ctrl_c_at_any_moment_is_quiet_and_exits_130(tmp_path: Path, target: str) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "DEBTGUIDE_HOME": str(tmp_path / "home")}
    commands = [
        ["assess", "--answers", str(ANSWERS), "--lang", "en"],
        ["letter", "defense", "--answers", str(ANSWERS), "--out", str(tmp_path / "l.docx")],
        ["log", "add", "--when", "2026-11-20 10:00", "--channel", "sms"],
    ]
    hit = False
    for args in commands:
        done = subprocess.run([sys.executable, "-c", INTERRUPT_PROBE, target, *args], env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr
        assert done.returncode in (0, 130), done.stderr
        hit = hit or done.returncode == 130
    assert hit, f"{target} was imported by none of the commands"
    assert not (tmp_path / "l.docx").exists() or (tmp_path / "l.docx").stat().st_size > 0


def test_a_log_that_cannot_be_opened_for_writing_is_read_read_only(
    cli, tmp_path: Path, monkeypatch
) -> None:
    """What a read-only data folder does (SQLite cannot make its -shm file there), as root too."""
    import json

    from debtguide.evidence import store as evidence

    _add_good(cli, 2)

    def refuse(path: Path | None = None) -> None:
        raise evidence.LogError("log_unreadable", path=path, reason="Read-only file system")

    monkeypatch.setattr(evidence, "open_log", refuse)
    listed = json.loads(cli("log", "list", "--json").stdout)
    assert len(listed["entries"]) == 2
    plan = cli("assess", "--answers", str(ANSWERS), "--json", "--lang", "en")
    assert plan.exit_code == 0 and "could not be read" not in plan.stderr
    assert "night-contact" in [f["id"] for f in json.loads(plan.stdout)["flags"]]
    refused = cli("log", "add", "--when", "2026-11-20 10:00", "--channel", "sms", "--lang", "en")
    assert refused.exit_code == 1 and "Read-only file system" in refused.output


def test_a_background_job_that_ignores_ctrl_c_keeps_ignoring_it(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "DEBTGUIDE_HOME": str(tmp_path / "home")}
    probe = INTERRUPT_PROBE.replace("from debtguide.start", "signal.signal(signal.SIGINT, "
                                    "signal.SIG_IGN)\nfrom debtguide.start")  # fmt: skip
    args = ["assess", "--answers", str(ANSWERS), "--lang", "en"]
    for target in ("typer", "debtguide.engine"):
        done = subprocess.run([sys.executable, "-c", probe, target, *args], env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr and done.stdout  # the plan was printed all the same
