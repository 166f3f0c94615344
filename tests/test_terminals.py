"""Terminals: colour only where it belongs, no traceback on a terminal that cannot show
Chinese, and nothing cut off or too wide on a narrow one.

Where the environment itself is under test (encodings, pipes, a real terminal) the program
runs in a subprocess with `python -m debtguide`; the layout tests run in-process.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from debtguide.i18n import detect_lang
from tests.conftest import REPO

pytestmark = pytest.mark.slow  # subprocesses: skip with -m 'not slow' in the inner loop

LAWSUIT = str(REPO / "tests" / "answers" / "lawsuit.yaml")
TODAY = "2026-11-28"
ASSESS = ["assess", "--answers", LAWSUIT, "--today", TODAY]
ANSI = "\x1b["


def run(args: list[str], tmp_path: Path, **env: str | None) -> tuple[int, str, str]:
    """Run debtguide with stdout and stderr written to files (not a terminal)."""
    environ = dict(os.environ)
    for key, value in env.items():
        if value is None:
            environ.pop(key, None)
        else:
            environ[key] = value
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        code = subprocess.run(
            [sys.executable, "-m", "debtguide", *args],
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
            env=environ,
            timeout=60,
        ).returncode
    return code, out.read_bytes().decode("utf-8"), err.read_bytes().decode("utf-8")


# ---- colour --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    "args", [["stages"], ["explain", "lawsuit"], ASSESS], ids=["stages", "explain", "assess"]
)
def test_output_piped_to_a_file_has_no_colour_codes(args, lang: str, tmp_path: Path) -> None:
    # NO_COLOR for some runs; a terminal type that supports colour for the others: piped
    # output must be plain either way.
    colour = {"NO_COLOR": "1"} if lang == "zh" else {"NO_COLOR": None, "TERM": "xterm-256color"}
    code, out, err = run([*args, "--lang", lang], tmp_path, **colour)
    assert code == 0, err
    assert out.strip()
    assert ANSI not in out and ANSI not in err


def test_no_color_on_a_real_terminal_drops_the_colours(tmp_path: Path) -> None:
    """NO_COLOR (no-color.org): no colour codes even on a terminal; bold may stay."""
    pty = pytest.importorskip("pty")
    primary, secondary = pty.openpty()
    environ = dict(os.environ, NO_COLOR="1", TERM="xterm-256color", COLUMNS="80")
    process = subprocess.Popen(
        [sys.executable, "-m", "debtguide", "explain", "lawsuit", "--lang", "en"],
        stdin=subprocess.DEVNULL,
        stdout=secondary,
        stderr=secondary,
        env=environ,
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    assert process.wait(timeout=60) == 0
    output = b"".join(chunks).decode("utf-8")
    assert "Lawsuit" in output
    codes = re.findall(r"\x1b\[([0-9;]*)m", output)
    colours = [c for c in codes for p in c.split(";") if p.isdigit() and int(p) >= 30]
    assert not colours, colours


# ---- terminals that cannot show Chinese ----------------------------------------------------

NO_UTF8 = {"LANG": "C", "LC_ALL": "C"}


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_chinese_asked_of_a_terminal_that_cannot_show_it(encoding: str, tmp_path: Path) -> None:
    code, out, err = run(
        ["explain", "lawsuit", "--lang", "zh"], tmp_path, PYTHONIOENCODING=encoding, **NO_UTF8
    )
    assert code == 0, err
    assert "Traceback" not in err
    out.encode(encoding)  # nothing the terminal cannot show was written
    assert "(lawsuit)" in out and "?" in out
    note = err.splitlines()
    assert len(note) == 1 and "cannot show Chinese" in note[0] and "--lang en" in note[0]


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_that_cannot_show_chinese_gets_english(encoding: str, tmp_path: Path) -> None:
    # Even with a Chinese locale: the language comes from the locale only when it can be shown.
    for locale in ({"LANG": "C", "LC_ALL": "C"}, {"LANG": "zh_CN.UTF-8", "LC_ALL": None}):
        code, out, err = run(["stages"], tmp_path, PYTHONIOENCODING=encoding, **locale)
        assert code == 0, err
        assert err == ""
        assert "escalation order" in out and "payment-order" in out
        out.encode(encoding)


def test_english_on_an_ascii_terminal_uses_plain_look_alikes(tmp_path: Path) -> None:
    # TTY_COMPATIBLE=1 (Rich's switch) makes the file count as a terminal: rules and all.
    ascii_terminal = {"PYTHONIOENCODING": "ascii", "TTY_COMPATIBLE": "1", **NO_UTF8}
    code, out, err = run(["explain", "lawsuit", "--lang", "en"], tmp_path, **ascii_terminal)
    assert code == 0 and err == ""
    assert "[Civil Procedure Law, art. 128]" in out
    # Typographic quotes, dashes, marks and rules become ASCII look-alikes, not runs of '?'
    # (the few Chinese words an English text quotes, like 第一条, still show as '?').
    assert not re.search(r"\?{4,}", out)
    assert "! " in out and "-" * 40 in out


def test_json_on_an_ascii_terminal_stays_exact(tmp_path: Path) -> None:
    code, out, err = run(
        [*ASSESS, "--json", "--lang", "zh"], tmp_path, PYTHONIOENCODING="ascii", **NO_UTF8
    )
    assert code == 0, err
    out.encode("ascii")
    data = json.loads(out)  # \u escapes, not '?': a script reads the real text
    assert data["stage"]["id"] == "lawsuit" and "诉讼" in data["stage"]["title"]


def test_errors_on_an_ascii_terminal_are_reported_without_a_traceback(tmp_path: Path) -> None:
    code, out, err = run(
        ["explain", "诉讼阶段X", "--lang", "zh"], tmp_path, PYTHONIOENCODING="ascii", **NO_UTF8
    )
    assert code == 2
    assert out == "" and "Traceback" not in err
    err.encode("ascii")


def test_the_streams_are_fitted_only_when_they_need_it(monkeypatch) -> None:
    from debtguide.render.console import fit_output_streams

    ascii_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    utf8_err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", ascii_out)
    monkeypatch.setattr(sys, "stderr", utf8_err)
    fit_output_streams()
    assert utf8_err.errors == "strict"
    ascii_out.write("“Sued” — 〔art. 128〕 ⚠ 诉讼 😀\n")
    ascii_out.flush()
    assert ascii_out.buffer.getvalue() == b'"Sued" - [art. 128] ! ?? ?\n'


def test_the_locale_gives_chinese_only_where_it_can_be_shown(monkeypatch) -> None:
    environ = {"LANG": "zh_CN.UTF-8"}
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    assert detect_lang(None, environ) == "zh"
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="gb18030"))
    assert detect_lang(None, environ) == "zh"
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    assert detect_lang(None, environ) == "en"
    assert detect_lang("zh", environ) == "zh"  # asked for explicitly: given, with a note
    assert detect_lang(None, {**environ, "DEBTGUIDE_LANG": "zh"}) == "zh"


# ---- narrow terminals ----------------------------------------------------------------------

WIDTH = 40
FRAME = re.compile(r"[\s│┃║╭╮╰╯─━┏┓┗┛┡┩┠┨┃╇┳┻╋┣┫┝┥┯┷┿├┤┬┴┼└┘┌┐]")


def _squeeze(text: str) -> str:
    """The text without whitespace and box lines, as wrapping and borders leave it."""
    return FRAME.sub("", text)


def _column(text: str, index: int) -> str:
    """The text of one column of a boxed table, its cells' lines joined."""
    cells = [re.split(r"[│┃]", line) for line in text.splitlines()]
    return "".join(row[index] for row in cells if len(row) > index + 1)


@pytest.fixture
def narrow(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    monkeypatch.setenv("DEBTGUIDE_PLAIN", "0")  # the terminal's layout, not the piped one

    def run_narrow(*args: str) -> str:
        result = cli(*args)
        assert result.exit_code == 0, result.output
        for line in (result.stdout + result.stderr).splitlines():
            assert cell_len(line) <= WIDTH, line
        return result.stdout

    return run_narrow


def _assert_shown(out: str, texts: list[str]) -> None:
    shown = _squeeze(out)
    for text in texts:
        assert _squeeze(text) in shown, text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_narrow_explain_keeps_every_word(narrow, pack, lang: str) -> None:
    out = narrow("explain", "lawsuit", "--lang", lang)
    stage = pack.stage("lawsuit")
    texts = [stage.title(lang), stage.summary(lang), stage.who(lang)]
    texts += [p(lang) for p in stage.what_happens]
    texts += [x.claim(lang) for x in stage.truths] + [x.fact(lang) for x in stage.truths]
    texts += [x.text(lang) for x in (*stage.steps, *stage.rights, *stage.avoid)]
    texts += [k(lang) for k in stage.keep] + ([stage.say(lang)] if stage.say else [])
    texts += [pack.channels[c].use(lang) for c in stage.help]
    _assert_shown(out, texts)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_narrow_stages_keep_every_word_and_whole_ids(narrow, pack, lang: str) -> None:
    out = narrow("stages", "--lang", lang)
    _assert_shown(out, [s.summary(lang) for s in pack.stages])
    for stage in pack.stages:
        assert f"({stage.id})" in out, stage.id  # on one line, never split: people type it
        assert _squeeze(stage.title(lang)) in _squeeze(out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_narrow_law_list_keeps_whole_ids(narrow, pack, lang: str) -> None:
    out = narrow("law", "--lang", lang)
    lines = {line.strip() for line in out.splitlines()}
    for excerpt_id in pack.laws:
        assert f"• {excerpt_id}" in lines, excerpt_id


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_narrow_plan_keeps_every_word(narrow, cli, lang: str) -> None:
    data = json.loads(cli(*ASSESS, "--json", "--lang", lang).stdout)
    out = narrow(*ASSESS, "--lang", lang)
    texts = [data["stage"]["title"], *data["stage"]["why"]]
    texts += [a["text"] for a in data["actions"]]
    texts += [f["why"] for f in data["flags"]] + [f["todo"] for f in data["flags"]]
    _assert_shown(out, texts)
    assert data["deadlines"]
    what = _squeeze(_column(out, 3))  # the deadline table's "what is due" column
    for deadline in data["deadlines"]:
        assert deadline["date"] in out
        assert _squeeze(deadline["title"]) in what, deadline["title"]


def test_wide_terminals_keep_the_tables(cli, monkeypatch) -> None:
    """At the pinned 100 columns the stages and laws stay tables, and nothing is cut off."""
    monkeypatch.setenv("DEBTGUIDE_PLAIN", "0")  # as on a terminal
    stages = cli("stages", "--lang", "zh").stdout
    assert "┃ 代号" in stages.replace("  ", " ")
    laws = cli("law", "--lang", "zh").stdout
    assert "…" not in laws and "…" not in stages
