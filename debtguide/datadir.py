"""The user's private data folder: $DEBTGUIDE_HOME or the platform's data dir, owner-only."""

from __future__ import annotations

import os
from pathlib import Path

EVIDENCE_DB = "evidence.sqlite3"  # the evidence log's file in the data folder


def data_dir(create: bool = True) -> Path:
    """Return the data folder, creating it with owner-only permissions when asked."""
    override = os.environ.get("DEBTGUIDE_HOME")
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("debtguide", appauthor=False))
    if create:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path, 0o700)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write a file atomically (temporary file, then rename) readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def evidence_log_file() -> Path | None:
    """The evidence log's file, if one exists; checking creates nothing."""
    path = data_dir(create=False) / EVIDENCE_DB
    return path if path.exists() else None
