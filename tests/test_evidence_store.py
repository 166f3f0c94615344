"""The evidence log's storage: round trip, permissions, migrations, concurrency and crashes."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from debtguide.errors import UsageError
from debtguide.evidence import store as evidence
from debtguide.evidence.store import DB_NAME, SCHEMA_VERSION, Log, LogError, open_log, read_entries
from tests.conftest import REPO

pytestmark = pytest.mark.slow  # subprocesses: skip with -m 'not slow' in the inner loop

DAY = dt.date(2026, 3, 14)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def home() -> Path:
    return Path(os.environ["DEBTGUIDE_HOME"])


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    path = tmp_path / "call 1.m4a"
    path.write_bytes(b"a recording")
    return path


def test_round_trip(home: Path, recording: Path) -> None:
    with open_log() as log:
        first = log.add(
            day=DAY,
            time=dt.time(22, 30),
            channel="call",
            who=" 138xxxx1234 ",
            creditor="某某贷",
            note="说要去我单位\r\n第二行",
            behaviours=["insults", "calls_at_night", "insults"],
            attach=[recording, str(recording)],
            logged_at=dt.datetime(2026, 3, 15, 9, 0, 1, 500),
        )
        second = log.add(
            day=DAY - dt.timedelta(days=1),
            time=None,
            channel="third-party",
            contacted="my sister",
        )
        assert log.count() == 2
    assert (first.number, second.number) == (1, 2)
    entries = read_entries()
    assert [e.number for e in entries] == [2, 1]  # date order
    got = entries[1]
    assert got == first  # what was stored is what add() returned
    assert got.who == "138xxxx1234" and got.note == "说要去我单位\n第二行"
    assert got.behaviours == ("calls_at_night", "insults")
    assert got.logged_at == dt.datetime(2026, 3, 15, 9, 0, 1)
    (attachment,) = got.attachments
    assert attachment.path == str(recording.resolve())
    assert attachment.size == len(b"a recording") and attachment.state == "ok"
    import hashlib

    assert attachment.sha256 == hashlib.sha256(b"a recording").hexdigest()
    assert entries[0].time is None and entries[0].contacted == "my sister"
    assert home.joinpath(DB_NAME).is_file()


def test_filters(home: Path) -> None:
    with open_log() as log:
        log.add(day=DAY, time=dt.time(9), channel="call", creditor="Alpha Loans")
        log.add(day=DAY, time=dt.time(10), channel="sms", creditor="Beta")
        log.add(day=DAY + dt.timedelta(days=2), time=None, channel="call", creditor="alpha")
        numbers = lambda **f: [e.number for e in log.entries(**f)]  # noqa: E731
        assert numbers(channel="call") == [1, 3]
        assert numbers(creditor="ALPHA") == [1, 3]
        assert numbers(since=DAY + dt.timedelta(days=1)) == [3]
        assert numbers(until=DAY) == [1, 2]
        assert numbers(since=DAY, until=DAY, channel="sms") == [2]


def test_attachment_changes_are_detected(recording: Path) -> None:
    other = recording.with_name("screenshot.png")
    other.write_bytes(b"png")
    with open_log() as log:
        log.add(day=DAY, time=None, channel="wechat", attach=[recording, other])
    recording.write_bytes(b"edited")
    other.unlink()
    (entry,) = read_entries()
    assert [a.state for a in entry.attachments] == ["changed", "missing"]
    (unchecked,) = read_entries(check_files=False)
    assert {a.state for a in unchecked.attachments} == {"unchecked"}


def test_missing_attachment_writes_nothing(tmp_path: Path, recording: Path) -> None:
    with open_log() as log:
        for bad in (tmp_path / "gone.jpg", tmp_path):
            with pytest.raises(UsageError) as caught:
                log.add(day=DAY, time=None, channel="call", attach=[recording, bad])
            assert caught.value.key == "log_attach_missing"
        assert log.count() == 0
        assert log.db.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0


def test_bad_values_are_refused(home: Path) -> None:
    with open_log() as log:
        with pytest.raises(UsageError):
            log.add(day=DAY, time=None, channel="fax")
        with pytest.raises(UsageError):
            log.add(day=DAY, time=None, channel="call", behaviours=["shouting"])
        assert log.count() == 0


def test_permissions(home: Path) -> None:
    old = os.umask(0o022)
    try:
        with open_log() as log:
            log.add(day=DAY, time=None, channel="call")
            assert mode(home) == 0o700
            files = [home / DB_NAME, home / f"{DB_NAME}-wal", home / f"{DB_NAME}-shm"]
            for path in files:
                assert path.exists(), path
                assert mode(path) == 0o600, path
        (home / DB_NAME).chmod(0o644)
        open_log().close()
        assert mode(home / DB_NAME) == 0o600  # repaired on open
    finally:
        os.umask(old)


def test_wal_mode_and_busy_timeout(home: Path) -> None:
    with open_log() as log:
        assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert log.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert log.version() == SCHEMA_VERSION


def test_reading_creates_nothing(home: Path) -> None:
    assert read_entries() == []
    assert not home.exists()


def test_migration_from_the_first_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Log(path, target_version=1) as old:
        assert old.version() == 1
        columns = {row[1] for row in old.db.execute("PRAGMA table_info(entry)")}
        assert "creditor" not in columns and "behaviours" in columns
        # What version 1 of debtguide wrote: behaviours as one space-separated column.
        old.db.executescript(
            """
            INSERT INTO entry (day, time, channel, who, note, behaviours, logged_at)
            VALUES ('2025-06-01', '23:10', 'call', 'Mr Wang', 'threatened me',
                    'threats_violence calls_at_night', '2025-06-02T08:00:00');
            INSERT INTO entry (day, time, channel, who, note, behaviours, logged_at)
            VALUES ('2025-06-02', NULL, 'letter', '', '', '', '2025-06-02T09:00:00');
            INSERT INTO attachment (entry_id, position, path, sha256)
            VALUES (1, 1, '/nowhere/rec.m4a', '%s');
            """
            % ("e" * 64)
        )
    with open_log(path) as log:
        assert log.version() == SCHEMA_VERSION == 3
        first, second = log.entries()
        assert first.debt is None and second.debt is None  # old entries are not tied to a debt
        assert first.behaviours == ("calls_at_night", "threats_violence")
        assert first.who == "Mr Wang" and first.creditor == "" and first.contacted == ""
        assert first.attachments[0].size is None and first.attachments[0].state == "missing"
        assert second.behaviours == () and second.time is None
        new = log.add(day=DAY, time=None, channel="sms", creditor="X", behaviours=["insults"])
        assert new.number == 3
        assert log.entries(creditor="x")[0].behaviours == ("insults",)
    with open_log(path) as again:  # opening a current log changes nothing
        assert again.version() == 3 and again.count() == 3


def test_a_newer_log_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(LogError) as caught:
        open_log(path)
    assert caught.value.key == "log_too_new" and caught.value.exit_code == 1
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 99
    db.close()


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LogError) as caught:
        open_log(path)
    assert caught.value.key == "log_unreadable"
    assert "junk.sqlite3" in caught.value.message("zh")


WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from debtguide.evidence.store import open_log
    path, tag, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    attach = sys.argv[4]
    print("ready", flush=True)
    sys.stdin.readline()  # wait until every writer has started
    with open_log(path) as log:
        for i in range(count):
            log.add(day=dt.date(2026, 1, 1), time=None, channel="call", who=f"{tag}-{i}",
                    behaviours=["insults", "threats_violence"], attach=[attach])
    """
)


def test_two_processes_adding_at_once(tmp_path: Path, recording: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), tag, "200", str(recording)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for tag in ("a", "b")
    ]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    entries = read_entries(path, check_files=False)
    assert len(entries) == 400
    assert len({e.number for e in entries}) == 400
    assert {e.who for e in entries} == {f"{t}-{i}" for t in "ab" for i in range(200)}
    assert all(len(e.behaviours) == 2 and len(e.attachments) == 1 for e in entries)


KILLED_MID_TRANSACTION = textwrap.dedent(
    """
    import datetime as dt, os, signal, sys
    from pathlib import Path
    from debtguide.evidence.store import open_log
    log = open_log(Path(sys.argv[1]))
    for i in range(5):
        log.add(day=dt.date(2026, 1, 1), time=None, channel="call", behaviours=["insults"])
    log.db.execute("BEGIN IMMEDIATE")
    log.db.execute(
        "INSERT INTO entry (day, channel, logged_at) VALUES ('2026-01-02', 'sms', 'now')"
    )
    log.db.execute("INSERT INTO entry_behaviour VALUES (last_insert_rowid(), 'insults')")
    os.kill(os.getpid(), signal.SIGKILL)  # dies with the entry half written
    """
)


def assert_healthy(path: Path) -> list:
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()
    entries = read_entries(path, check_files=False)
    with open_log(path) as log:  # and it can still be written
        log.add(day=DAY, time=None, channel="call")
    return entries


def test_killed_in_the_middle_of_a_write(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_MID_TRANSACTION, str(path)], env=env, timeout=60
    )
    assert proc.returncode == -signal.SIGKILL
    entries = assert_healthy(path)
    assert len(entries) == 5
    assert {e.channel for e in entries} == {"call"}  # the half-written entry is gone


def test_killed_at_a_random_moment(tmp_path: Path, recording: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "k", "100000", str(recording)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout.readline().strip() == "ready"
    proc.stdin.write("go\n")
    proc.stdin.flush()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(read_entries(path, check_files=False)) < 20:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    entries = assert_healthy(path)
    assert len(entries) >= 20
    # Every entry that survived is whole: its behaviours and its attachment came with it.
    assert all(len(e.behaviours) == 2 and len(e.attachments) == 1 for e in entries)


def test_module_constants() -> None:
    assert evidence.MIGRATIONS.keys() == set(range(SCHEMA_VERSION))


def test_a_failed_write_leaves_no_half_entry(
    monkeypatch: pytest.MonkeyPatch, recording: Path
) -> None:
    from debtguide.evidence.model import Attachment

    broken = (Attachment(str(recording), "not a sha-256", 1, "ok"),)  # breaks a CHECK
    monkeypatch.setattr(evidence, "attachments_for", lambda paths: broken)
    with open_log() as log:
        with pytest.raises(LogError) as caught:
            log.add(day=DAY, time=None, channel="call", behaviours=["insults"], attach=["x"])
        assert caught.value.key == "log_write_failed"
        assert log.count() == 0
        assert log.db.execute("SELECT count(*) FROM entry_behaviour").fetchone()[0] == 0
        assert not log.db.in_transaction


OPENER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from debtguide.evidence.store import open_log
    print("ready", flush=True)
    sys.stdin.readline()
    with open_log(Path(sys.argv[1])) as log:
        log.add(day=dt.date(2026, 1, 1), time=None, channel="sms")
    """
)


@pytest.mark.parametrize("attempt", range(6))
def test_many_processes_creating_the_log_at_once(tmp_path: Path, attempt: int) -> None:
    """The first open of a new log (schema, WAL switch) races safely with the others."""
    path = tmp_path / "new.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(8)
    ]
    for proc in procs:  # every interpreter has started and waits at the gate
        assert proc.stdout.readline().strip() == "ready"
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert len(read_entries(path)) == 8


def test_count_entries_reads_without_changing(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Log(path, target_version=1) as old:
        old.db.execute(
            "INSERT INTO entry (day, channel, logged_at) VALUES ('2025-01-01', 'call', 'x')"
        )
    assert evidence.count_entries(path) == 1
    with Log(path, target_version=1) as again:
        assert again.version() == 1  # counting did not migrate it
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"junk" * 300)
    assert evidence.count_entries(junk) is None
