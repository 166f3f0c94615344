"""What a borrower types, read one way everywhere: answers files, options and prompts.

Dates: 2026-11-28, 2026/11/28, 2026.11.28 and 2026年11月28日 (spaces ignored), and the other
ISO 8601 forms Python reads. Yes and no: one vocabulary in both languages. Pure and light: no
clock, no imports beyond the standard library.
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


YES = frozenset({"y", "yes", "true", "1", "是", "对", "有", "好", "要", "确认"})
NO = frozenset({"n", "no", "false", "0", "否", "不", "没有", "无", "不用"})


def yes_no(text: object) -> bool | None:
    """True for a yes, False for a no, None for anything else (case and spaces ignored)."""
    word = str(text).strip().casefold()
    if word in YES:
        return True
    if word in NO:
        return False
    return None
