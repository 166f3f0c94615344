"""The evidence log's storage: one SQLite database in the private data folder.

WAL mode and a busy timeout let several processes log at once; every write is one
transaction, so a crash leaves either the whole entry or none of it. `PRAGMA user_version`
holds the schema version: a new database is created at version 1 and migrated forward, the
same path an old database takes, so every migration runs in every test.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from debtguide.contract import COLLECTOR_BEHAVIOURS, LOG_CHANNELS
from debtguide.datadir import EVIDENCE_DB
from debtguide.errors import DebtguideError, UsageError
from debtguide.evidence.model import Attachment, Entry, clean_text

DB_NAME = EVIDENCE_DB
SCHEMA_VERSION = 3
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
    try:
        digest, _ = fingerprint(Path(attachment.path))
    except (OSError, ValueError, TypeError):  # ValueError: a stored path with a NUL
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


def _v2_to_v3(db: sqlite3.Connection) -> None:
    """Tie an entry to one debt of the case (issue 15); NULL: not tied to one."""
    db.execute("ALTER TABLE entry ADD COLUMN debt TEXT")


# MIGRATIONS[n] takes a database from version n to n + 1 (0 is an empty file).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _create_v1,
    1: _v1_to_v2,
    2: _v2_to_v3,
}


# ---- the log ----------------------------------------------------------------------------------


class Log:
    """An open evidence log. Use `open_log()`; close it, or use it in a `with` block."""

    unreadable: list[int]  # entry numbers the last `entries()` could not read

    def __init__(self, path: Path, target_version: int = SCHEMA_VERSION) -> None:
        self.path = path
        self.unreadable = []
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
        debt: str | None = None,
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
                    " logged_at, debt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (day.isoformat(), at, channel, *fields.values(), stamp.isoformat(), debt),
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
                     attachments=files, logged_at=stamp, debt=debt)  # fmt: skip

    def update(self, number: int, **changes: object) -> None:
        """Change one entry's fields (day, time, channel, who, contacted, creditor, note,
        debt) in one transaction; UsageError when there is no such entry."""
        allowed = ("day", "time", "channel", "who", "contacted", "creditor", "note", "debt")
        values: dict[str, object] = {}
        for name, value in changes.items():
            if name not in allowed:
                raise ValueError(name)
            if name == "day":
                value = value.isoformat()  # type: ignore[attr-defined]
            elif name == "time":
                value = value.strftime("%H:%M") if value else None  # type: ignore[attr-defined]
            elif name == "channel" and value not in LOG_CHANNELS:
                raise UsageError("log_bad_channel", value=value, allowed=", ".join(LOG_CHANNELS))
            elif name in ("who", "contacted", "creditor", "note"):
                value = clean_text(str(value))
            values[name] = value
        try:
            with self._transaction(write=True) as db:
                if db.execute("SELECT 1 FROM entry WHERE id = ?", (number,)).fetchone() is None:
                    raise UsageError("log_no_entry", number=number)
                if values:
                    columns = ", ".join(f"{name} = ?" for name in values)
                    db.execute(
                        f"UPDATE entry SET {columns} WHERE id = ?", (*values.values(), number)
                    )
        except sqlite3.Error as exc:
            raise LogError("log_write_failed", path=self.path, reason=str(exc)) from None

    def delete(self, number: int) -> None:
        """Remove one entry, its behaviours and its attachment records (not the files)."""
        try:
            with self._transaction(write=True) as db:
                if db.execute("SELECT 1 FROM entry WHERE id = ?", (number,)).fetchone() is None:
                    raise UsageError("log_no_entry", number=number)
                db.execute("DELETE FROM entry_behaviour WHERE entry_id = ?", (number,))
                db.execute("DELETE FROM attachment WHERE entry_id = ?", (number,))
                db.execute("DELETE FROM entry WHERE id = ?", (number,))
        except sqlite3.Error as exc:
            raise LogError("log_write_failed", path=self.path, reason=str(exc)) from None

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

        `creditor` matches any part of the logged creditor, ignoring case. Rows that cannot be
        read are left out and their numbers kept in `self.unreadable`.
        """
        rows, behaviours, files = self._raw_rows()
        wanted = clean_text(creditor).casefold() if creditor else ""
        out = []
        self.unreadable = []
        for row in rows:
            entry = _entry(row, behaviours, files)
            if entry is None:
                self.unreadable.append(row[0] if isinstance(row[0], int) else 0)
                continue
            if (since and entry.day < since) or (until and entry.day > until):
                continue
            if channel and entry.channel != channel:
                continue
            if wanted and wanted not in entry.creditor.casefold():
                continue
            if check_files:
                entry = replace(
                    entry, attachments=tuple(check_attachment(a) for a in entry.attachments)
                )
            out.append(entry)
        out.sort(key=Entry.sort_key)
        return out

    def _raw_rows(self) -> tuple[list[tuple], dict[int, set[str]], dict[int, list[Attachment]]]:
        """Every entry row, its behaviours and its attachments, as stored.

        When a damaged page stops a full read, the rows are read one by one, and those on the
        damaged page are returned as (number, None, …) so that they are named, not lost.
        """
        try:
            with self._transaction(write=False) as db:
                rows = db.execute(_ROWS_SQL).fetchall()
        except sqlite3.DatabaseError:
            rows = self._rows_one_by_one()
        behaviours: dict[int, set[str]] = {}
        files: dict[int, list[Attachment]] = {}
        try:
            with self._transaction(write=False) as db:
                for entry_id, behaviour in db.execute(
                    "SELECT entry_id, behaviour FROM entry_behaviour"
                ):
                    behaviours.setdefault(entry_id, set()).add(behaviour)
                for entry_id, path, digest, size in db.execute(
                    "SELECT entry_id, path, sha256, size FROM attachment ORDER BY entry_id, position"
                ):
                    if isinstance(path, str) and isinstance(digest, str):
                        files.setdefault(entry_id, []).append(Attachment(path, digest, size))
        except sqlite3.DatabaseError:
            behaviours, files = {}, {}  # the entries still show; their ticks or files may not
        return rows, behaviours, files

    def _rows_one_by_one(self) -> list[tuple]:
        try:
            last = self.db.execute(
                "SELECT seq FROM sqlite_sequence WHERE name = 'entry'"
            ).fetchone()
            top = int(last[0]) if last else 0
        except (sqlite3.DatabaseError, TypeError, ValueError):
            top = 0
        if not top:
            raise LogError(
                "log_unreadable", path=self.path, reason="database disk image is malformed"
            )
        rows: list[tuple] = []
        for number in range(1, min(top, MAX_ROWS_ONE_BY_ONE) + 1):
            try:
                row = self.db.execute(_ROWS_SQL_ONE, (number,)).fetchone()
            except sqlite3.DatabaseError:
                rows.append((number, None, None, None, None, None, None, None, None, None))
                continue
            if row is not None:
                rows.append(row)
        return rows

    def count(self) -> int:
        """How many contacts are logged."""
        return self.db.execute("SELECT count(*) FROM entry").fetchone()[0]


_ROWS_SQL = (
    "SELECT id, day, time, channel, who, contacted, creditor, note, logged_at, debt FROM entry"
    " ORDER BY id"
)
_ROWS_SQL_ONE = _ROWS_SQL.replace(" ORDER BY id", " WHERE id = ?")
MAX_ROWS_ONE_BY_ONE = 1_000_000


def _entry(
    row: tuple, behaviours: dict[int, set[str]], files: dict[int, list[Attachment]]
) -> Entry | None:
    """One stored row as an Entry, or None when it cannot be read (a bad date, time or channel,
    a value that is not text)."""
    number, day, at, chan, who, contacted, cred, note, logged, debt = row
    texts = (day, chan, who, contacted, cred, note)
    if not isinstance(number, int) or not all(isinstance(x, str) for x in texts):
        return None
    if chan not in LOG_CHANNELS or (at is not None and not isinstance(at, str)):
        return None
    try:
        when = dt.date.fromisoformat(day)
        time = dt.time.fromisoformat(at) if at else None
    except ValueError:
        return None
    try:
        stamp = dt.datetime.fromisoformat(logged) if isinstance(logged, str) and logged else None
    except ValueError:
        stamp = None  # when it was logged is not evidence: the entry still shows
    ticked = behaviours.get(number, set())
    return Entry(
        number=number,
        day=when,
        time=time,
        channel=chan,
        who=who,
        contacted=contacted,
        creditor=cred,
        note=note,
        behaviours=tuple(b for b in COLLECTOR_BEHAVIOURS if b in ticked),
        attachments=tuple(files.get(number, [])),
        logged_at=stamp,
        debt=debt if isinstance(debt, str) and debt else None,
    )


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
    """Make sure the database file exists, is a regular file, and is readable by its owner only.

    SQLite gives its -wal and -shm files the database file's permissions. Nothing is chmodded
    through a link: a log that is a link to a regular file is used as it is (its owner chose
    where it lives), and a link to anything else (a device, a pipe) is refused.
    """
    from debtguide.files import make_private_dirs

    try:
        make_private_dirs(path.parent)
        flags = os.O_RDWR | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(path, flags, 0o600)
        except OSError as exc:
            if exc.errno != errno.ELOOP and not path.is_symlink():
                raise
            if not path.is_file():  # a link to a device, a pipe, a folder, or to nothing
                raise LogError("log_not_regular", path=path) from None
            return
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise LogError("log_not_regular", path=path)
            if stat.S_IMODE(info.st_mode) & 0o077 and info.st_uid == os.geteuid():
                os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
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


@dataclass(frozen=True)
class LogRead:
    """What could be read of the log: the entries, and the numbers of those that could not."""

    entries: list[Entry]
    unreadable: list[int]


def read_log(path: Path | None = None, **filters: object) -> LogRead:
    """Read the log (see Log.entries), skipping rows it cannot read; creates nothing.

    A log that cannot be opened for writing (a read-only data folder) is read read-only.
    Raises LogError when nothing at all can be read.
    """
    if path is None:
        from debtguide.datadir import data_dir

        path = data_dir(create=False) / DB_NAME
    if not os.path.lexists(path):
        return LogRead([], [])
    try:
        log = open_log(path)
    except LogError as exc:
        if exc.key == "log_too_new":
            raise
        log = _read_only(path, exc)
    with log:
        entries = log.entries(**filters)  # type: ignore[arg-type]
        return LogRead(entries, list(log.unreadable))


def _read_only(path: Path, first: LogError) -> Log:
    """The log opened read-only (as it is, then as a file nobody writes); `first` if neither."""
    if not path.is_file():
        raise first
    for query in ("mode=ro", "immutable=1"):
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, timeout=2)
        except sqlite3.Error:
            continue
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
                db.execute("SELECT count(*) FROM entry").fetchone()
                log = Log.__new__(Log)
                log.path, log.db, log.unreadable = path, db, []
                return log
        except sqlite3.Error:
            pass
        db.close()
    raise first


def read_entries(path: Path | None = None, **filters: object) -> list[Entry]:
    """The logged contacts that can be read (see read_log); none when there is no log yet."""
    return read_log(path, **filters).entries


def check_appendable(log: Log) -> None:
    """Refuse to add to a log whose file is damaged: what is added must read back."""
    try:
        verdict = [row[0] for row in log.db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        verdict = [str(exc)]
    # A row with values the schema forbids is skipped when read, and a new entry still reads
    # back; a damaged page or index is what makes an append unsafe.
    verdict = [v for v in verdict if not v.startswith(("CHECK constraint", "NULL value in"))]
    if verdict and verdict != ["ok"]:
        raise LogError("log_damaged_no_add", path=log.path, reason="; ".join(verdict[:3]))
