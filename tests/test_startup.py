"""Start-up stays lean: a command imports only the heavy modules it uses.

These are the guards; bench/startup.py measures the time itself (it is not part of the test run).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from debtguide import cache
from tests.conftest import CONTENT, REPO

ANSWERS = str(REPO / "tests" / "answers" / "lawsuit.yaml")
# Runs the command as the `debtguide` script does and, as it ends, lists every module imported.
PROBE = """
import os, sys
end = os._exit
def listed(code):
    print("MODULES", *sorted(sys.modules), file=sys.stderr, flush=True)
    end(code)
os._exit = listed
sys.argv = ["debtguide", *sys.argv[1:]]
from debtguide.cli import main
main()
"""
HEAVY = {"yaml", "jinja2", "docx", "sqlite3", "debtguide.loader"}


def imported(*args: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in reversed(proc.stderr.splitlines()) if x.startswith("MODULES "))
    return set(line.split()[1:])


@pytest.fixture(autouse=True)
def warm_cache() -> None:
    cache.load(CONTENT / "cn")


def test_help_loads_no_content_and_no_models() -> None:
    assert not imported("--help") & (HEAVY | {"debtguide.models", "debtguide.cache"})


@pytest.mark.parametrize(
    "args",
    [
        ("stages", "--lang", "en"),
        ("explain", "lawsuit", "--lang", "en"),
        ("law", "civil-code-188"),
        ("check-message", "今天不还款就上门"),
    ],
)
def test_reading_commands_take_the_pack_from_the_cache_without_yaml(args: tuple[str, ...]) -> None:
    assert not imported(*args) & HEAVY


def test_assess_json_needs_neither_templates_nor_word() -> None:
    args = ("assess", "--answers", ANSWERS, "--json", "--today", "2026-11-28")
    # no evidence log in this test's data folder: SQLite is not even imported
    assert not imported(*args) & {"jinja2", "docx", "sqlite3", "debtguide.loader"}


def test_a_text_letter_needs_no_word() -> None:
    args = ("letter", "negotiation", "--answers", ANSWERS, "--today", "2026-11-28")
    assert not imported(*args) & {"docx", "debtguide.loader"}


# ---- main() ends the process with os._exit: nothing may be lost on the way out ---------------


def debtguide(*args: str) -> subprocess.CompletedProcess[str]:
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # as for users
    return subprocess.run(
        [sys.executable, "-m", "debtguide", *args],
        env=buffered,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        timeout=120,
        cwd=REPO,
    )


def test_exit_codes_and_error_messages_survive_the_fast_exit() -> None:
    done = debtguide("explain", "no-such-stage", "--lang", "en")
    assert done.returncode == 2
    assert done.stdout == "" and "Error:" in done.stderr


def test_long_output_is_written_out_whole() -> None:
    import json

    done = debtguide("law", "--json")
    assert done.returncode == 0
    assert len(json.loads(done.stdout)["laws"]) > 50


def test_written_files_are_complete(tmp_path: Path) -> None:
    import zipfile

    today = ("--today", "2026-11-28")
    docx, ics, saved = tmp_path / "letter.docx", tmp_path / "plan.ics", tmp_path / "a.yaml"
    letter = ("letter", "negotiation", "--answers", ANSWERS, *today, "--out", str(docx))
    assert debtguide(*letter).returncode == 0
    assert zipfile.ZipFile(docx).testzip() is None
    args = ("assess", "--answers", ANSWERS, *today, "--ics", str(ics), "--save", str(saved))
    assert debtguide(*args).returncode == 0
    assert ics.read_text(encoding="utf-8").rstrip().endswith("END:VCALENDAR")
    assert "days_overdue" in saved.read_text(encoding="utf-8")


def test_the_evidence_log_keeps_what_one_run_added_for_the_next() -> None:
    import json

    added = debtguide("log", "add", "--when", "2026-11-20 21:30", "--channel", "call")
    assert added.returncode == 0, added.stderr
    listed = debtguide("log", "list", "--json")
    assert len(json.loads(listed.stdout)["entries"]) == 1
