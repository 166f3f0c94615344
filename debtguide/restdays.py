"""Rest days in mainland China: weekends, public holidays and 调休 working days.

The State Council publishes each year's holidays and the weekend days worked in exchange
(调休); the `chinese-calendar` package carries those notices. For a year it does not know,
only Saturdays and Sundays count as rest days, and callers must say so (`known_year`).
Pure: no clock, no I/O. Date arithmetic stops at `date.max` instead of overflowing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

# A run of rest days longer than this is not a real calendar (the longest, Spring Festival,
# is nine days); it only bounds the search.
_MAX_RUN = 31


@cache
def _calendar_years() -> tuple[int, int] | None:
    """The years the holiday package knows, or None if it is not installed."""
    try:
        from chinese_calendar import constants
    except ImportError:  # pragma: no cover - a declared dependency; weekends-only then
        return None
    years = [d.year for d in constants.holidays]
    return min(years), max(years)


def known_year(year: int) -> bool:
    """Whether the holiday data covers `year` (else only weekends are known)."""
    span = _calendar_years()
    return span is not None and span[0] <= year <= span[1]


def is_rest_day(day: dt.date) -> bool:
    """A Saturday, Sunday or public holiday, unless it is a 调休 working day."""
    if known_year(day.year):
        from chinese_calendar import is_workday

        return not is_workday(day)
    return day.weekday() >= 5


def add_days(day: dt.date, days: int) -> dt.date:
    """`day + days`, held at `date.max` / `date.min` instead of overflowing."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def add_months(day: dt.date, months: int) -> dt.date:
    """The corresponding day `months` later (the month's last day if it has none)."""
    if months == 0:
        return day
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if year > dt.MAXYEAR:
        return dt.date.max
    month += 1
    import calendar

    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


@dataclass(frozen=True)
class LegalLastDay:
    """The day the law ends a period whose counted last day is `counted`."""

    counted: dt.date
    day: dt.date
    unknown_years: tuple[int, ...]  # years looked at whose holidays are not known

    @property
    def moved(self) -> bool:
        return self.day != self.counted


def legal_last_day(counted: dt.date) -> LegalLastDay:
    """`counted` moved past rest days to the first working day (民事诉讼法 第八十五条)."""
    day = counted
    unknown: list[int] = []
    for _ in range(_MAX_RUN):
        if not known_year(day.year) and day.year not in unknown:
            unknown.append(day.year)
        if not is_rest_day(day) or day == dt.date.max:
            break
        day = add_days(day, 1)
    return LegalLastDay(counted, day, tuple(unknown))
