"""The user's private data folder: $DEBTGUIDE_HOME or the platform's data dir, owner-only."""

from __future__ import annotations

import os
from pathlib import Path

EVIDENCE_DB = "evidence.sqlite3"  # the evidence log's file in the data folder
ATTACHMENTS = "attachments"  # files uploaded on the page (`debtguide serve`), logged by path
# An uploaded file's stored name: when it came, 8 random hex digits, the name it had.
ATTACHMENT_NAME = r"^\d{8}-\d{6}-[0-9a-f]{8}-.+$"


def data_dir(create: bool = True) -> Path:
    """Return the data folder, creating it with owner-only permissions when asked."""
    override = os.environ.get("DEBTGUIDE_HOME")
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("debtguide", appauthor=False))
    if create:
        from debtguide.files import clean_leftovers, make_private_dirs

        make_private_dirs(path)  # an existing folder (DEBTGUIDE_HOME=~) keeps its permissions
        clean_leftovers(path)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write one of debtguide's own files (in the data or cache folder) atomically, owner-only.

    Missing folders are created 0700. Files the user names go through files.write_user_file.
    """
    from debtguide.files import make_private_dirs, write_atomic

    make_private_dirs(path.parent)
    write_atomic(path, data)


def evidence_log_file() -> Path | None:
    """The evidence log's file, if one exists; checking creates nothing."""
    path = data_dir(create=False) / EVIDENCE_DB
    return path if path.exists() else None
