"""What the evidence log holds: entries and their attachments (shared by storage and report)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

# Attachment states: checked against the file now, or not checked.
ATTACHMENT_STATES = ("ok", "changed", "missing", "unchecked")


@dataclass(frozen=True)
class Attachment:
    """A file that backs an entry, with its SHA-256 when it was logged."""

    path: str
    sha256: str
    size: int | None = None
    state: str = "unchecked"  # one of ATTACHMENT_STATES

    @property
    def name(self) -> str:
        """The file's name without its folder."""
        return re.split(r"[\\/]", self.path)[-1] or self.path


@dataclass(frozen=True)
class Entry:
    """One contact by a collector, as logged. `number` is its stable entry number."""

    number: int
    day: dt.date
    time: dt.time | None
    channel: str
    who: str = ""
    contacted: str = ""
    creditor: str = ""
    note: str = ""
    behaviours: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    logged_at: dt.datetime | None = None
    debt: str | None = None  # the case's debt id it is tied to (CONTRACT v1.1 §4); None: untied

    def when_text(self) -> str:
        """The date and time as the user typed them: `YYYY-MM-DD HH:MM` or just the date."""
        day = self.day.isoformat()
        return f"{day} {self.time.strftime('%H:%M')}" if self.time else day

    def sort_key(self) -> tuple[dt.date, dt.time, int]:
        return (self.day, self.time or dt.time(0, 0), self.number)


def clean_text(value: str | None) -> str:
    """Trim a free-text field; turn stray control characters into spaces, keep line breaks."""
    if not value:
        return ""
    kept = "".join(
        ch if ch == "\n" or unicodedata.category(ch)[0] != "C" else " "
        for ch in value.replace("\r\n", "\n")
    )
    return kept.strip()
