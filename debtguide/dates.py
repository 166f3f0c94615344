"""Reading a full date someone typed: one reader for answers files and every date option.

2026-11-28, 2026/11/28, 2026.11.28 and 2026年11月28日 (spaces ignored), and the other ISO 8601
forms Python reads. Pure and light: no clock, no imports beyond the standard library.
"""

from __future__ import annotations

import datetime as dt
import re

FULL = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def full_date(text: str) -> dt.date:
    """The date `text` names with its year; ValueError when it names none."""
    cleaned = str(text).strip().replace(" ", "")
    match = FULL.match(cleaned)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    return dt.date.fromisoformat(cleaned)
