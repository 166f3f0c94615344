"""Fuzz (issue 11, part B): hostile evidence-log rows, output paths and --today values.

Every command must end with a code of the contract (0, 1, 2, 130) and never a traceback; it may
write only the path it was asked to write, and it may delete or chmod only debtguide's own files.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO

ANSWERS = REPO / "tests" / "answers" / "lawsuit.yaml"
LETTERS = ("negotiation", "statement-request", "cease-third-party", "complaint",
           "credit-objection", "defense", "payment-order-objection")  # fmt: skip
OWN = ("evidence.sqlite3", "evidence.sqlite3-wal", "evidence.sqlite3-shm", "interview.json")

# A few seconds in all: each example runs one whole command in-process.
BOUNDED = settings(
    max_examples=int(os.environ.get("DG_FUZZ_EXAMPLES", "45")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

_TEXTISH = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20),
    st.sampled_from(["# 标题\n| a | b |", "\x00\x07", "\u202e", "😀", "'; DROP TABLE entry;--"]),
    st.binary(max_size=8),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.none(),
)
_DAY = st.one_of(
    st.sampled_from(["2026-11-20", "9999-12-31", "0001-01-01", "2026-13-45", "2026-02-30", "",
                     "abcd-ef-gh", "2026-11-20T10:00"]),
    st.dates().map(str),
    st.binary(max_size=4),
    st.integers(min_value=0, max_value=99999999),
)  # fmt: skip
_TIME = st.one_of(
    st.none(), st.sampled_from(["10:00", "29:59", "23:59", "ab:cd", "", "24:00"]), st.binary()
)
_CHANNEL = st.one_of(
    st.sampled_from(["call", "sms", "wechat", "visit", "letter", "third-party", "pigeon", ""]),
    st.binary(max_size=4),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
)
_ROW = st.tuples(_DAY, _TIME, _CHANNEL, _TEXTISH, _TEXTISH, _TEXTISH)
_BEHAVIOUR = st.one_of(
    st.sampled_from(["calls_at_night", "threats_violence", "contacted_relatives_friends",
                     "nonsense", ""]),
    st.binary(max_size=4),
)  # fmt: skip

_TODAY = st.one_of(
    st.none(),
    st.sampled_from(["9999-12-31", "0001-01-01", "2000-01-01", "2099-12-31", "2100-01-01",
                     "1999-12-31", "2026-02-30", "tomorrow", "", "2026-11-28"]),
    st.dates().map(str),
)  # fmt: skip
_PATH_KIND = st.sampled_from(
    ["new", "existing", "missing-folder", "folder", "fifo", "link-to-outside", "dangling-link",
     "long-name", "device", "proc"]
)  # fmt: skip
_COMMAND = st.sampled_from(
    ["assess-ics", "assess-save", "letter", "log-export", "log-list", "log-report", "assess",
     "forget"]
)  # fmt: skip


def _snapshot(root: Path) -> dict[str, tuple[Any, ...]]:
    """Every path under `root` (links not followed): its type, mode and content or target."""
    seen: dict[str, tuple[Any, ...]] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in dirs + files:
            path = Path(folder) / name
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                what: Any = os.readlink(path)
            elif stat.S_ISREG(info.st_mode):
                what = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                what = None
            seen[str(path.relative_to(root))] = (stat.S_IFMT(info.st_mode), info.st_mode, what)
    return seen


def _seed_log(home: Path, rows: list[tuple], behaviours: list[Any]) -> None:
    from debtguide.evidence.store import open_log

    with open_log(home / "evidence.sqlite3"):
        pass
    db = sqlite3.connect(home / "evidence.sqlite3", isolation_level=None)
    db.execute("PRAGMA ignore_check_constraints = ON")
    for day, at, channel, who, note, creditor in rows:
        cursor = db.execute(
            "INSERT INTO entry (day, time, channel, who, note, creditor, logged_at)"
            " VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?)",
            (day, at, channel, who, note, creditor, "2026-11-20T10:00:00"),
        )
        for behaviour in behaviours:
            db.execute(
                "INSERT OR IGNORE INTO entry_behaviour (entry_id, behaviour) VALUES (?, ?)",
                (cursor.lastrowid, behaviour),
            )
    db.close()


def _target(box: Path, kind: str, suffix: str) -> Path:
    """A path of the given kind inside the sandbox (or a system one: /dev/null, /proc)."""
    if kind == "device":
        return Path("/dev/null")
    if kind == "proc":
        return Path("/proc") / f"debtguide-fuzz{suffix}"
    out = box / "out"
    if kind == "missing-folder":
        return out / "no" / "such" / f"file{suffix}"
    if kind == "long-name":
        return out / ("长" * 86 + suffix)
    path = out / f"file{suffix}"
    if kind == "existing":
        path.write_text("the borrower's own file", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
        (path / "inside.txt").write_text("keep", encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "link-to-outside":
        path.symlink_to(box / "outside.txt")
    elif kind == "dangling-link":
        path.symlink_to(box / "nowhere" / "x.txt")
    return path


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch):
    """A fresh folder per example: `home` (the data folder) and `out` (where files are asked)."""

    def make() -> Path:
        box = Path(tempfile.mkdtemp(prefix="dg-fuzz-"))
        (box / "out").mkdir()
        (box / "outside.txt").write_text("not debtguide's", encoding="utf-8")
        home = box / "home"
        home.mkdir(mode=0o750)
        home.chmod(0o750)
        (home / "photo.jpg").write_bytes(b"\xff\xd8 a photo the borrower keeps here")
        (home / "notes").mkdir()
        (home / "notes" / "a.txt").write_text("mine", encoding="utf-8")
        monkeypatch.setenv("DEBTGUIDE_HOME", str(home))
        return box

    return make


@BOUNDED
@given(
    rows=st.lists(_ROW, max_size=4),
    behaviours=st.lists(_BEHAVIOUR, max_size=2),
    command=_COMMAND,
    kind=_PATH_KIND,
    force=st.booleans(),
    today=_TODAY,
    letter=st.sampled_from(LETTERS),
    suffix=st.sampled_from([".txt", ".md", ".docx"]),
    lang=st.sampled_from(["zh", "en"]),
)
def test_hostile_rows_paths_and_dates(
    cli, sandbox, rows, behaviours, command, kind, force, today, letter, suffix, lang
) -> None:
    import shutil

    box = sandbox()
    try:
        home = box / "home"
        _seed_log(home, rows, behaviours)
        suffixes = {"assess-ics": ".ics", "assess-save": ".yaml", "log-export": ".md"}
        target = _target(box, kind, suffixes.get(command, suffix))
        dev_mode = os.stat("/dev/null").st_mode
        before = _snapshot(box)

        days = ["--today", today] if today is not None else []
        extra = ["--force"] if force else []
        answers = ["--answers", str(ANSWERS)]
        args = {
            "assess-ics": ["assess", *answers, *days, "--ics", str(target), *extra],
            "assess-save": ["assess", *answers, *days, "--save", str(target), *extra],
            "letter": ["letter", letter, *answers, *days, "--out", str(target), *extra],
            "log-export": ["log", "export", "--out", str(target), *extra],
            "log-list": ["log", "list", "--json"],
            "log-report": ["log", "report"],
            "assess": ["assess", *answers, *days, "--json"],
            "forget": ["forget", "--yes"],
        }[command]
        result = cli(*args, "--lang", lang)
        event(f"{command}: exit {result.exit_code}")
        assert "Traceback" not in result.output
        assert result.exit_code in (0, 1, 2, 130), result.output

        after = _snapshot(box)
        asked = str(target.relative_to(box)) if target.is_relative_to(box) else None
        for name, was in before.items():
            own = name.startswith("home/") and name.split("/", 1)[1] in OWN
            if name == asked or own:
                continue  # the file asked for, and debtguide's own files, may change
            assert after.get(name) == was, (name, was, after.get(name), result.output)
        for name in set(after) - set(before):
            inside_home = name.startswith("home/") and name.split("/", 1)[1] in OWN
            assert name == asked or inside_home, (name, result.output)
        assert os.stat("/dev/null").st_mode == dev_mode
        assert not Path("/proc/debtguide-fuzz.ics").exists()
        if result.exit_code != 0 and asked in before:
            assert after.get(asked) == before[asked]  # a refused or failed write keeps it
    finally:
        shutil.rmtree(box, ignore_errors=True)
