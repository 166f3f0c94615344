"""The evidence log's storage: one SQLite database in the private data folder.

WAL mode and a busy timeout let several processes log at once; every write is one
transaction, so a crash leaves either the whole entry or none of it. `PRAGMA user_version`
holds the schema version: a new database is created at version 1 and migrated forward, the
same path an old database takes, so every migration runs in every test.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from debtguide.contract import COLLECTOR_BEHAVIOURS, LOG_CHANNELS
from debtguide.datadir import EVIDENCE_DB
from debtguide.errors import DebtguideError, UsageError
from debtguide.evidence_report import Attachment, Entry, clean_text

DB_NAME = EVIDENCE_DB
SCHEMA_VERSION = 2
BUSY_TIMEOUT_S = 15.0
_CHUNK = 1 << 20


class LogError(DebtguideError):
    """The evidence log cannot be opened or written (exit code 1)."""


def log_path() -> Path:
    """Where the evidence log lives: the private data folder."""
    from debtguide.datadir import data_dir

    return data_dir() / DB_NAME


def fingerprint(path: Path) -> tuple[str, int]:
    """The SHA-256 (hex) and size of a file."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def check_attachment(attachment: Attachment) -> Attachment:
    """Compare the file with its logged SHA-256: state `ok`, `changed` or `missing`."""
    from dataclasses import replace

    try:
        digest, _ = fingerprint(Path(attachment.path))
    except OSError:
        return replace(attachment, state="missing")
    return replace(attachment, state="ok" if digest == attachment.sha256 else "changed")


# ---- schema -----------------------------------------------------------------------------------

_CHANNELS_SQL = ", ".join(f"'{c}'" for c in LOG_CHANNELS)

# Version 1, as first released: behaviours as one space-separated column, no creditor or
# whom-they-contacted, attachments without their size.
SCHEMA_V1 = f"""
CREATE TABLE entry (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    time TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
    channel TEXT NOT NULL CHECK (channel IN ({_CHANNELS_SQL})),
    who TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    behaviours TEXT NOT NULL DEFAULT '',
    logged_at TEXT NOT NULL
);
CREATE TABLE attachment (
    entry_id INTEGER NOT NULL REFERENCES entry(id),
    position INTEGER NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    PRIMARY KEY (entry_id, position)
);
"""


def _create_v1(db: sqlite3.Connection) -> None:
    for statement in SCHEMA_V1.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1_to_v2(db: sqlite3.Connection) -> None:
    """Add creditor and whom-they-contacted; move behaviours into their own table.

    The v1 `behaviours` column stays (empty for new entries): dropping a column needs
    SQLite 3.35, newer than some systems ship.
    """
    db.execute("ALTER TABLE entry ADD COLUMN contacted TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE entry ADD COLUMN creditor TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE attachment ADD COLUMN size INTEGER")
    db.execute(
        "CREATE TABLE entry_behaviour ("
        " entry_id INTEGER NOT NULL REFERENCES entry(id),"
        " behaviour TEXT NOT NULL,"
        " PRIMARY KEY (entry_id, behaviour))"
    )
    rows = db.execute("SELECT id, behaviours FROM entry WHERE behaviours != ''").fetchall()
    for entry_id, text in rows:
        for behaviour in dict.fromkeys(text.split()):
            db.execute(
                "INSERT INTO entry_behaviour (entry_id, behaviour) VALUES (?, ?)",
                (entry_id, behaviour),
            )
    db.execute("UPDATE entry SET behaviours = ''")
    db.execute("CREATE INDEX entry_day ON entry (day, time)")


# MIGRATIONS[n] takes a database from version n to n + 1 (0 is an empty file).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _create_v1, 1: _v1_to_v2}


# ---- the log ----------------------------------------------------------------------------------


class Log:
    """An open evidence log. Use `open_log()`; close it, or use it in a `with` block."""

    def __init__(self, path: Path, target_version: int = SCHEMA_VERSION) -> None:
        self.path = path
        _create_private(path)
        try:
            self.db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise LogError("log_unreadable", path=path, reason=str(exc)) from None
        try:
            self._setup(target_version)
        except sqlite3.Error as exc:
            self.db.close()
            raise LogError("log_unreadable", path=path, reason=str(exc)) from None
        except BaseException:
            self.db.close()
            raise

    def _setup(self, target_version: int) -> None:
        """Set the connection up and bring the schema to `target_version`.

        While a new log is being created, switching it to WAL can fail at once with
        "database is locked" (SQLite does not wait when two connections would deadlock):
        those attempts are repeated, with a growing pause, until the busy timeout.
        """
        self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        pause = 0.005
        while True:
            try:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = FULL")
                self.db.execute("PRAGMA foreign_keys = ON")
                self._migrate(target_version)
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.25)

    def __enter__(self) -> Log:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield self.db
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self, target: int) -> None:
        if self.version() == target:
            return
        with self._transaction(write=True) as db:
            version = self.version()  # again, now that no one else can write
            if version > SCHEMA_VERSION:
                raise LogError(
                    "log_too_new", path=self.path, version=version, supported=SCHEMA_VERSION
                )
            while version < target:
                MIGRATIONS[version](db)
                version += 1
            db.execute(f"PRAGMA user_version = {version}")

    # -- writing --------------------------------------------------------------------------------

    def add(
        self,
        *,
        day: dt.date,
        time: dt.time | None,
        channel: str,
        who: str = "",
        contacted: str = "",
        creditor: str = "",
        note: str = "",
        behaviours: Iterable[str] = (),
        attach: Iterable[Path | str] = (),
        logged_at: dt.datetime | None = None,
    ) -> Entry:
        """Log one contact in a single transaction; return it with its entry number.

        Each attachment must be an existing file: its SHA-256 is taken now, before anything is
        written, so a missing file leaves the log unchanged.
        """
        if channel not in LOG_CHANNELS:
            raise UsageError("log_bad_channel", value=channel, allowed=", ".join(LOG_CHANNELS))
        chosen = tuple(dict.fromkeys(behaviours))
        for behaviour in chosen:
            if behaviour not in COLLECTOR_BEHAVIOURS:
                raise UsageError(
                    "log_bad_behaviour", value=behaviour, allowed=", ".join(COLLECTOR_BEHAVIOURS)
                )
        files = attachments_for(attach)
        fields = {
            "who": clean_text(who),
            "contacted": clean_text(contacted),
            "creditor": clean_text(creditor),
            "note": clean_text(note),
        }
        stamp = (logged_at or dt.datetime.now()).replace(microsecond=0)
        at = time.strftime("%H:%M") if time else None
        try:
            with self._transaction(write=True) as db:
                cursor = db.execute(
                    "INSERT INTO entry (day, time, channel, who, contacted, creditor, note,"
                    " logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (day.isoformat(), at, channel, *fields.values(), stamp.isoformat()),
                )
                number = cursor.lastrowid
                db.executemany(
                    "INSERT INTO entry_behaviour (entry_id, behaviour) VALUES (?, ?)",
                    [(number, b) for b in chosen],
                )
                db.executemany(
                    "INSERT INTO attachment (entry_id, position, path, sha256, size)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(number, i, a.path, a.sha256, a.size) for i, a in enumerate(files, 1)],
                )
        except sqlite3.Error as exc:
            raise LogError("log_write_failed", path=self.path, reason=str(exc)) from None
        assert number is not None
        order = tuple(b for b in COLLECTOR_BEHAVIOURS if b in chosen)
        return Entry(number, day, time, channel, **fields, behaviours=order,
                     attachments=files, logged_at=stamp)  # fmt: skip

    # -- reading --------------------------------------------------------------------------------

    def entries(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        channel: str | None = None,
        creditor: str | None = None,
        check_files: bool = True,
    ) -> list[Entry]:
        """The logged contacts in date order, filtered; attachments checked against their files.

        `creditor` matches any part of the logged creditor, ignoring case.
        """
        where, args = ["1"], []
        if since:
            where.append("day >= ?")
            args.append(since.isoformat())
        if until:
            where.append("day <= ?")
            args.append(until.isoformat())
        if channel:
            where.append("channel = ?")
            args.append(channel)
        sql = (
            "SELECT id, day, time, channel, who, contacted, creditor, note, logged_at FROM entry"
            f" WHERE {' AND '.join(where)} ORDER BY day, coalesce(time, '00:00'), id"
        )
        try:
            with self._transaction(write=False) as db:
                rows = db.execute(sql, args).fetchall()
                behaviours: dict[int, set[str]] = {}
                for entry_id, behaviour in db.execute(
                    "SELECT entry_id, behaviour FROM entry_behaviour"
                ):
                    behaviours.setdefault(entry_id, set()).add(behaviour)
                files: dict[int, list[Attachment]] = {}
                for entry_id, path, digest, size in db.execute(
                    "SELECT entry_id, path, sha256, size FROM attachment ORDER BY entry_id, position"
                ):
                    files.setdefault(entry_id, []).append(Attachment(path, digest, size))
        except sqlite3.Error as exc:
            raise LogError("log_unreadable", path=self.path, reason=str(exc)) from None
        wanted = clean_text(creditor).casefold() if creditor else ""
        out = []
        for number, day, at, chan, who, contacted, cred, note, logged in rows:
            if wanted and wanted not in cred.casefold():
                continue
            attached = files.get(number, [])
            if check_files:
                attached = [check_attachment(a) for a in attached]
            ticked = behaviours.get(number, set())
            out.append(
                Entry(
                    number=number,
                    day=dt.date.fromisoformat(day),
                    time=dt.time.fromisoformat(at) if at else None,
                    channel=chan,
                    who=who,
                    contacted=contacted,
                    creditor=cred,
                    note=note,
                    behaviours=tuple(b for b in COLLECTOR_BEHAVIOURS if b in ticked),
                    attachments=tuple(attached),
                    logged_at=dt.datetime.fromisoformat(logged) if logged else None,
                )
            )
        return out

    def count(self) -> int:
        """How many contacts are logged."""
        return self.db.execute("SELECT count(*) FROM entry").fetchone()[0]


def attachments_for(paths: Iterable[Path | str]) -> tuple[Attachment, ...]:
    """Fingerprint each file (absolute path, SHA-256, size); UsageError if one is not a file."""
    out: dict[str, Attachment] = {}
    for raw in paths:
        path = Path(raw).expanduser()
        try:
            path = path.resolve()
            if not path.is_file():
                raise FileNotFoundError(path)
            digest, size = fingerprint(path)
        except OSError:
            raise UsageError("log_attach_missing", path=raw) from None
        out.setdefault(str(path), Attachment(str(path), digest, size, "ok"))
    return tuple(out.values())


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    """Whether SQLite said the database is busy or locked (worth trying again)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _create_private(path: Path) -> None:
    """Make sure the database file exists and is readable by its owner only.

    SQLite gives its -wal and -shm files the database file's permissions.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except OSError as exc:
        raise LogError("log_unreadable", path=path, reason=exc.strerror or str(exc)) from None


def open_log(path: Path | None = None) -> Log:
    """Open (creating or migrating as needed) the evidence log; the data folder's by default."""
    return Log(path or log_path())


def count_entries(path: Path) -> int | None:
    """How many contacts a log file holds, read without changing it; None if it cannot be read."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        return db.execute("SELECT count(*) FROM entry").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        db.close()


def read_entries(path: Path | None = None, **filters: object) -> list[Entry]:
    """The logged contacts (see Log.entries); none when there is no log yet, and none created."""
    if path is None:
        from debtguide.datadir import data_dir

        path = data_dir(create=False) / DB_NAME
    if not path.exists():
        return []
    with open_log(path) as log:
        return log.entries(**filters)  # type: ignore[arg-type]
