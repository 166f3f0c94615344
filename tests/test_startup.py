"""Start-up stays lean: a command imports only the heavy modules it uses.

These are the guards; bench/startup.py measures the time itself (it is not part of the test run).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from debtguide.content import cache
from tests.conftest import CONTENT, REPO

pytestmark = pytest.mark.slow  # subprocesses: skip with -m 'not slow' in the inner loop

ANSWERS = str(REPO / "tests" / "answers" / "lawsuit.yaml")
# Runs the command as the `debtguide` script does and, as it ends, lists every module imported.
PROBE = """
import atexit, sys
atexit.register(lambda: print("MODULES", *sorted(sys.modules), file=sys.stderr, flush=True))
sys.argv = ["debtguide", *sys.argv[1:]]
from debtguide.cli import main
main()
"""
# A pack from the cache is plain records: neither the loader nor Pydantic is imported.
HEAVY = {"yaml", "jinja2", "docx", "sqlite3", "pydantic", "debtguide.content.load"}


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
    assert not imported("--help") & (
        HEAVY | {"debtguide.content.models", "debtguide.content.cache"}
    )


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
    # no evidence log in this test's data folder: SQLite is not even imported; JSON needs no Rich
    heavy = {"jinja2", "docx", "sqlite3", "pydantic", "rich", "debtguide.content.load"}
    assert not imported(*args) & heavy


def test_a_text_letter_needs_no_word() -> None:
    args = ("letter", "negotiation", "--answers", ANSWERS, "--today", "2026-11-28")
    assert not imported(*args) & {"docx", "pydantic", "debtguide.content.load"}


# As the `debtguide` script starts (debtguide.start): each command's module only on demand.
SCRIPT_PROBE = """
import atexit, sys
atexit.register(lambda: print("MODULES", *sorted(sys.modules), file=sys.stderr, flush=True))
sys.argv = ["debtguide", *sys.argv[1:]]
from debtguide.start import main
main()
"""


def test_the_script_imports_only_the_invoked_commands_module() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT_PROBE, "stages", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in reversed(proc.stderr.splitlines()) if x.startswith("MODULES "))
    modules = set(line.split()[1:])
    assert "debtguide.cli.reference" in modules
    others = {"assess", "money", "letter", "message", "log", "data", "review", "serve"}
    assert not modules & {f"debtguide.cli.{m}" for m in others}
