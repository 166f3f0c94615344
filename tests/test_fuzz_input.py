"""Fuzz (issue 11, part A): hostile answers, debts and schedule files, and hostile option values.

Each example writes one file (YAML or JSON, in some encoding, perhaps with huge numbers,
deep nesting, YAML aliases or bad dates) and runs a command on it in-process with
`catch_exceptions=False`, so any uncaught exception fails the test with the input that caused
it. Every run must end with an exit code the contract names (0, 1, 2, 130), print no
traceback, and write nothing but the file it was asked to write. Hypothesis' example counts
are kept small so the whole module runs in a few seconds.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TODAY = "2026-11-28"
CODES = {0, 1, 2, 130}

FUZZ = settings(
    max_examples=40,
    deadline=None,  # a whole command runs per example; the loop below bounds the time instead
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# ---- hostile values ------------------------------------------------------------------------

_HUGE_INT = st.sampled_from([10**40, -(10**40), 10**4299, 2**63, 999_999_999, 18_251, 3_661, -1, 0])
_ODD_NUMBER = st.sampled_from(
    ["1e400", "-1e400", ".inf", ".nan", "1" * 5000, "²", "１２", "1_000", "0x10", "1.2万", "12,000"]
)
_BAD_DATE = st.sampled_from(
    [
        "12-28", "02-29", "2-30", "2027-01-06", "2030-01-01", "9999-12-31", "0001-01-01",
        "2026-13-01", "2026年11月20日", "11月31日", "1899-12-31", "2100-12-31", "today",
    ]
)  # fmt: skip
_TEXT = st.text(max_size=12) | st.sampled_from(["中文", "\x00", "\u202e", "\x1b[31m", "{{ 7*7 }}"])
_SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(), _HUGE_INT, st.floats(), _ODD_NUMBER, _BAD_DATE, _TEXT
)
_VALUE = st.recursive(
    _SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=8,
)
_KEYS = st.sampled_from(
    [
        "loan_type", "lender_name", "days_overdue", "installments_total", "installment_amount",
        "principal_received", "amount_claimed", "contact_kinds", "summons_received_date",
        "judgment_received_date", "payment_order_received_date", "contract_date",
        "credit_report_error", "credit_objection_date", "monthly_income", "feels_unsafe",
        "creditor", "received_on", "received", "payments", "date", "amount", "profile", "debts",
    ]
)  # fmt: skip


def _deep(depth: int, json_style: bool) -> str:
    return "[" * depth + "]" * depth if json_style else "a: " + "[" * depth + "]" * depth


def _bomb(levels: int) -> str:
    lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, levels):
        lines.append(
            f"n{i}: &n{i} [" + ", ".join(["*" + ("a" if i == 1 else f"n{i - 1}")] * 10) + "]"
        )
    lines.append(f"contact_kinds: *n{levels - 1}" if levels > 1 else "contact_kinds: *a")
    return "\n".join(lines) + "\n"


@st.composite
def hostile_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file name (its suffix picks the parser) and the bytes in it."""
    suffix = draw(st.sampled_from([".yaml", ".json", ".yml", ".txt"]))
    kind = draw(st.sampled_from(["mapping", "list", "deep", "bomb", "raw"]))
    if kind == "deep":
        text = _deep(draw(st.integers(15, 1500)), suffix == ".json")
    elif kind == "bomb":
        text = _bomb(draw(st.integers(1, 9)))
    elif kind == "raw":
        text = draw(st.text(max_size=200))
    else:
        if kind == "mapping":
            data: Any = draw(st.dictionaries(_KEYS, _VALUE, max_size=6))
        else:
            data = draw(st.lists(st.dictionaries(_KEYS, _VALUE, max_size=4), max_size=4))
        if suffix == ".json":
            text = json.dumps(data, ensure_ascii=False, default=str)
        else:
            import yaml

            text = yaml.safe_dump(data, allow_unicode=True)
        for old, new in draw(st.lists(st.tuples(_ODD_NUMBER, _ODD_NUMBER), max_size=2)):
            text = text.replace(old, new)  # numbers a dumper would never write
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "latin-1"]))
    try:
        data_bytes = text.encode(encoding)
    except UnicodeEncodeError:
        data_bytes = text.encode("utf-8")
    if draw(st.booleans()):
        data_bytes = data_bytes[: draw(st.integers(0, max(len(data_bytes) - 1, 0)))]  # cut off
    return "input" + suffix, data_bytes


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every file and folder under `root` (file contents, None for folders)."""
    found: dict[str, bytes | None] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            found[os.path.relpath(os.path.join(folder, name), root)] = None
        for name in files:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, root)] = Path(path).read_bytes()
    return found


def _check(cli, root: Path, args: list[str], allowed: set[str], input: Any = None) -> Any:
    before = _tree(root)
    result = cli(*args, input=input)  # catch_exceptions=False: an exception fails the test
    assert result.exit_code in CODES, (args, result.exit_code, result.output)
    assert "Traceback" not in result.output, (args, result.output)
    after = _tree(root)
    changed = {p for p in set(before) | set(after) if before.get(p, 0) != after.get(p, 0)}
    assert changed <= allowed, (args, changed - allowed)
    return result


# ---- the fuzz tests ------------------------------------------------------------------------


@FUZZ
@given(
    file=hostile_files(),
    command=st.sampled_from(["assess", "assess-save", "letter", "letters", "budget", "apr"]),
    lang=st.sampled_from(["zh", "en"]),
)
def test_hostile_files(cli, tmp_path: Path, file: tuple[str, bytes], command: str, lang) -> None:
    name, data = file
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    for old in work.iterdir():
        old.unlink()
    path = work / name
    path.write_bytes(data)
    saved = work / "saved.yaml"
    args = {
        "assess": ["assess", "--answers", str(path), "--json"],
        "assess-save": ["assess", "--answers", str(path), "--save", str(saved)],
        "letter": ["letter", "negotiation", "--answers", str(path)],
        "letters": ["letter", "--answers", str(path)],
        "budget": ["budget", "--debts", str(path), "--monthly", "1000", "--json"],
        "apr": ["apr", "--schedule", str(path), "--json"],
    }[command]
    allowed = {os.path.relpath(saved, tmp_path)} if command == "assess-save" else set()
    _check(cli, tmp_path, [*args, "--today", TODAY, "--lang", lang][:None], allowed)


_OPTION_VALUE = st.one_of(
    _ODD_NUMBER,
    _BAD_DATE,
    _TEXT,
    st.sampled_from(["", " ", "-", "--", "--help", "1" * 4301, "٣", "0", "-0", "nan", "∞"]),
    # bytes from a GBK terminal arrive as surrogate escapes
    st.binary(min_size=1, max_size=8).map(lambda b: b.decode("utf-8", "surrogateescape")),
)


@FUZZ
@given(
    command=st.sampled_from(
        [
            ["apr", "--received", "{v}", "--installment", "100", "--count", "12"],
            ["apr", "--received", "1000", "--installment", "100", "--count", "{v}"],
            ["apr", "--received", "1000", "--installment", "{v}", "--count", "3", "--lpr", "{v}"],
            ["apr", "--received", "1000", "--installment", "100", "--count", "3", "--fee", "{v}"],
            ["assess", "--today", "{v}", "--answers", "{answers}"],
            ["law", "{v}"],
            ["explain", "{v}"],
            ["letter", "{v}", "--answers", "{answers}"],
            ["letter", "negotiation", "--set", "name={v}", "--answers", "{answers}"],
            ["letter", "defense", "--set", "summons_date={v}", "--answers", "{answers}"],
            ["log", "add", "--when", "{v}", "--channel", "call"],
            ["log", "add", "--when", "2026-11-20 10:00", "--channel", "call", "--note", "{v}"],
            ["log", "add", "--when", "2026-11-20 10:00", "--channel", "{v}", "--who", "{v}"],
            ["log", "list", "--since", "{v}"],
            ["budget", "--debts", "{debts}", "--income", "{v}", "--expenses", "1"],
            ["stages", "--lang", "{v}"],
        ]
    ),
    value=_OPTION_VALUE,
    lang=st.sampled_from(["zh", "en"]),
)
def test_hostile_option_values(cli, tmp_path: Path, command: list[str], value: str, lang) -> None:
    from tests.conftest import REPO

    answers = str(REPO / "tests" / "answers" / "lawsuit.yaml")
    debts = str(REPO / "tests" / "data" / "debts-three.yaml")
    args = [
        part.replace("{v}", value).replace("{answers}", answers).replace("{debts}", debts)
        for part in command
    ]
    if "--lang" not in args:
        args += ["--lang", lang]
    home = Path(os.environ["DEBTGUIDE_HOME"]).relative_to(tmp_path)
    # log add may create the data folder and the log in it, nothing else
    allowed = (
        {str(home), str(home / "evidence.sqlite3")} if command[:2] == ["log", "add"] else set()
    )
    allowed |= {str(home / n) for n in ("evidence.sqlite3-wal", "evidence.sqlite3-shm")}
    _check(cli, tmp_path, args, allowed, input="")


@FUZZ
@given(typed=st.lists(_OPTION_VALUE | _BAD_DATE | _ODD_NUMBER, min_size=1, max_size=8))
def test_hostile_typed_answers(cli, tmp_path: Path, typed: list[str]) -> None:
    """The interview, fed odd lines until its input runs out: answers saved, exit 130 or 0."""
    home = Path(os.environ["DEBTGUIDE_HOME"])
    for old in home.glob("interview*.json"):
        old.unlink()
    text = "\n".join(t.replace("\n", " ").replace("\r", " ") for t in typed) + "\n"
    lines = text.encode("utf-8", "surrogateescape")  # with the bytes a GBK terminal sends
    allowed = {
        str(home.relative_to(tmp_path)),
        str((home / "interview.json").relative_to(tmp_path)),
    }
    result = _check(cli, tmp_path, ["assess", "--today", TODAY, "--lang", "en"], allowed, lines)
    assert result.exit_code in (0, 130)
