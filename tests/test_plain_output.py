"""Output piped to a file or another program is plain text (STYLE: decorated only on a
terminal): no boxes, no rules, no spaces padding the lines, the same words as on a terminal.

In-process runs (CliRunner: not a terminal) compare the plain output with the boxed one that
DEBTGUIDE_PLAIN=0 forces; subprocesses check a real pipe and a real pseudo-terminal.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from rich.cells import cell_len

from debtguide.i18n import t
from tests.conftest import REPO
from tests.test_reading_input import Terminal

TODAY = "2026-11-28"
ANSWERS = REPO / "tests" / "answers"
LAWSUIT = ["assess", "--answers", str(ANSWERS / "lawsuit.yaml"), "--today", TODAY]
UNSAFE = ["assess", "--answers", str(ANSWERS / "threats-unsafe.yaml"), "--today", TODAY]
CASE = ["assess", "--answers", str(REPO / "tests/cases/three-debts.yaml"), "--today", "2026-12-07"]
MESSAGE = [
    "check-message",
    "【法院】你涉嫌恶意欠款已被立案，今天下午5点前转账到个人账户，否则上门抓人",
]
BUDGET = ["budget", "--debts", str(REPO / "tests/data/debts-three.yaml"), "--income", "6000"]

# Each command, and the column headings only its boxed table shows (the plain form of a table
# of deadlines, stages, laws or contacts is one item per row; a log entry labels its parts).
COMMANDS: dict[str, tuple[list[str], list[str]]] = {
    "stages": (["stages"], ["col_no", "col_id", "col_stage", "col_summary"]),
    "explain": (["explain", "enforcement"], []),  # a stage with words to say: a quoted panel
    "law-list": (["law"], ["col_id", "col_law", "col_topic"]),
    "law": (["law", "civil-procedure-law-128"], []),
    "assess": (LAWSUIT, ["plan_col_date", "plan_col_left", "plan_col_what"]),
    "assess-unsafe": (UNSAFE, ["plan_col_date", "plan_col_left", "plan_col_what"]),
    "case": (CASE, ["plan_col_date", "plan_col_left", "plan_col_what"]),
    "check-message": (MESSAGE, []),
    "budget": ([*BUDGET, "--expenses", "4000"], []),
    "apr": (["apr", "--received", "10000", "--installment", "1000", "--count", "12"], []),
    "letter": (["letter", "--answers", str(ANSWERS / "lawsuit.yaml"), "--today", TODAY], []),
    "log-list": (
        ["log", "list"],
        ["log_col_no", "log_col_when", "log_col_from", "log_col_note", "log_col_files"],
    ),
    "log-report": (["log", "report"], []),
}
BOXED = {"explain", "law", "assess", "assess-unsafe", "check-message", "log-report"}

BOX = re.compile("[\u2500-\u257f]")  # the box-drawing block
ANSI = "\x1b["
# Words as a reader counts them: Latin words and numbers whole, Chinese character by character
# (lines break between Chinese characters, so longer runs depend on the width).
WORD = re.compile(r"[A-Za-z0-9]+|[^\W\d_A-Za-z]")


def _words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text))


def _seed_log(cli, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG screenshot")
    entries = [
        ["2026-03-01 22:30", "call", "--creditor", "某某贷", "--who", "138xxxx1234"],
        [
            "2026-03-01 23:00",
            "call",
            "--behaviour",
            "threats_violence",
            "--note",
            "今天不还就去你单位",
        ],
        ["2026-03-02 10:00", "third-party", "--contacted", "my mother", "--attach", str(shot)],
        ["2026-03-03 11:00", "sms", "--note", "Pay today or we come to your office"],
    ]
    for when, channel, *more in entries:
        added = cli("log", "add", "--when", when, "--channel", channel, *more)
        assert added.exit_code == 0, added.output


def _assert_plain(out: str, width: int) -> None:
    assert out.strip()
    assert not BOX.search(out), BOX.findall(out)[:5]
    assert ANSI not in out
    for line in out.splitlines():
        assert not line.endswith((" ", "\t")), repr(line)
        assert cell_len(line) <= width, line


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_piped_output_is_plain_with_the_same_words(
    cli, monkeypatch, tmp_path: Path, name: str, lang: str
) -> None:
    args, headings = COMMANDS[name]
    if name.startswith("log"):
        _seed_log(cli, tmp_path)
    plain = cli(*args, "--lang", lang)
    assert plain.exit_code == 0, plain.output
    # the width conftest pins; the letter list leaves long lines to the terminal (soft wrap)
    _assert_plain(plain.stdout, 100 if name != "letter" else 1000)
    monkeypatch.setenv("DEBTGUIDE_PLAIN", "0")
    boxed = cli(*args, "--lang", lang).stdout
    if name in BOXED:
        assert BOX.search(boxed)  # what is compared is the terminal's rendering
    # Only the tables' column headings may go (a log entry uses two of them as labels).
    allowed = set(_words(" ".join(t(key, lang) for key in headings)))
    lost, added = _words(boxed) - _words(plain.stdout), _words(plain.stdout) - _words(boxed)
    assert set(lost) <= allowed, lost
    assert set(added) <= allowed, added


def test_the_plan_keeps_every_deadline_and_citation_in_its_items(cli, pack) -> None:
    data = json.loads(cli(*LAWSUIT, "--json", "--lang", "en").stdout)
    out = cli(*LAWSUIT, "--lang", "en").stdout
    lines = out.splitlines()
    for deadline in data["deadlines"]:
        # `date · time left · what`, the title on the same line
        item = next(line for line in lines if line.startswith(f"• {deadline['date']} · "))
        assert deadline["title"] in item, item
    cited = {c for d in data["deadlines"] for c in d["cites"]}
    flat = " ".join(out.split())
    for cite in cited:
        assert f"[{pack.cite_label(cite, 'en')}" in flat, cite


def test_a_case_of_several_debts_underlines_each_debt(cli) -> None:
    out = cli(*CASE, "--lang", "en").stdout.splitlines()
    headings = [i for i, line in enumerate(out) if re.match(r"Debt \d of 3: ", line)]
    assert len(headings) == 3
    for i in headings:
        assert out[i + 1] == "=" * cell_len(out[i])


def test_json_is_the_same_piped_or_not(cli, monkeypatch) -> None:
    piped = cli(*LAWSUIT, "--json", "--lang", "zh").stdout
    monkeypatch.setenv("DEBTGUIDE_PLAIN", "0")
    assert cli(*LAWSUIT, "--json", "--lang", "zh").stdout == piped


def test_plain_on_request_even_where_boxes_would_go(cli, monkeypatch) -> None:
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # Rich: treat the output as a terminal
    monkeypatch.setenv("TERM", "xterm")
    assert BOX.search(cli("explain", "lawsuit", "--lang", "en").stdout)
    monkeypatch.setenv("DEBTGUIDE_PLAIN", "1")
    out = cli("explain", "lawsuit", "--lang", "en").stdout
    assert not BOX.search(out) and not re.search(r" +\n", out)


def test_trailing_spaces_go_but_a_prompt_keeps_its_space(monkeypatch) -> None:
    from debtguide.render.console import console

    stream = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    out = console()
    out.file.write("a line   \n\x1b[1mbold  \x1b[0m\nyour answer: ")
    assert stream.getvalue() == "a line\n\x1b[1mbold\x1b[0m\nyour answer: "


# ---- real pipes and a real terminal ---------------------------------------------------------


def _piped(args: list[str], **env: str | None) -> tuple[int, str]:
    """Run debtguide with stdout a pipe and no terminal anywhere (not even stdin)."""
    environ = {**os.environ, **{k: v for k, v in env.items() if v is not None}}
    for key in (k for k, v in env.items() if v is None):
        environ.pop(key, None)
    done = subprocess.run(
        [sys.executable, "-m", "debtguide", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=environ,
        timeout=60,
        check=False,
    )
    return done.returncode, done.stdout.decode("utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", ["stages", "explain", "law", "assess", "check-message"])
def test_a_pipe_gets_plain_text_80_columns_wide(name: str, lang: str) -> None:
    args, _ = COMMANDS[name]
    # A terminal type that could show colour, and no NO_COLOR: a pipe stays plain anyway.
    code, out = _piped([*args, "--lang", lang], COLUMNS=None, NO_COLOR=None, TERM="xterm")
    assert code == 0
    _assert_plain(out, 80)


@pytest.mark.slow
def test_force_color_counts_as_a_terminal_as_rich_says() -> None:
    code, out = _piped([*LAWSUIT, "--lang", "en"], FORCE_COLOR="1", NO_COLOR=None, TERM="xterm")
    assert code == 0
    assert "╭" in out and "┏" in out and ANSI in out


@pytest.mark.slow
@pytest.mark.parametrize("args", [["explain", "lawsuit"], LAWSUIT], ids=["explain", "assess"])
def test_a_terminal_still_gets_the_boxes(args: list[str]) -> None:
    term = Terminal(*args, "--lang", "en")
    assert term.finish() == 0
    assert "╭" in term.output and "╰" in term.output  # the stage panel
    if args == LAWSUIT:
        assert "┏" in term.output and "│ 2026-12-10 │" in term.output  # the deadline table


@pytest.mark.slow
def test_a_terminal_gets_plain_text_on_request(monkeypatch) -> None:
    monkeypatch.setenv("DEBTGUIDE_PLAIN", "1")
    term = Terminal(*LAWSUIT, "--lang", "en")
    assert term.finish() == 0
    assert "• 2026-12-10 · " in term.output and not BOX.search(term.output)
