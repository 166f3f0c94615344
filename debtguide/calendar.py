"""Deadlines as an iCalendar file (RFC 5545) that a phone calendar imports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from debtguide.engine import Assessment
from debtguide.i18n import t
from debtguide.restdays import add_days

REMINDERS = ("-P3D", "-P1D")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return "\r\n ".join(out)


def upcoming(result: Assessment) -> list:
    """The deadlines a calendar file holds: those not yet passed."""
    return [deadline for deadline in result.deadlines if not deadline.passed]


def deadlines_ics(
    result: Assessment, lang: str, debts: Sequence[tuple[str, str]] | None = None
) -> str:
    """An all-day event, with reminders before it, for every deadline not yet passed.

    `debts` gives, deadline by deadline, the id and the name of the debt it belongs to (a
    case of several debts): the debt's name leads the event's title, and its id keeps the
    events of two debts with the same kind of deadline from the same day apart.
    """
    stamp = dt.datetime.combine(result.today, dt.time()).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//debtguide//deadlines//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    owners = list(debts) if debts is not None else [None] * len(result.deadlines)
    for deadline, owner in zip(result.deadlines, owners, strict=True):
        if deadline.passed:  # only once legal_last_day has gone by
            continue
        rule = deadline.rule
        title = rule.title(lang)
        detail = rule.note.text(lang) if rule.note else ""
        day = deadline.date
        dates = {"date": deadline.date.isoformat(), "legal": deadline.last_day.isoformat()}
        if deadline.may_be_open:  # the counted day is gone: the event moves to the legal one
            day = deadline.last_day
            title = t("ics_may_be_open", lang) + title
            detail = t("plan_may_be_open_text", lang, **dates)
        elif deadline.last_day != deadline.date:
            detail = (t("plan_legal_last_day", lang, **dates) + "\n" + detail).strip()
        uid = f"debtguide-{rule.kind}-{deadline.start:%Y%m%d}"
        if owner is not None:
            debt_id, name = owner
            uid += f"-{debt_id}"
            title = f"{name}: {title}" if lang == "en" else f"{name}：{title}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@debtguide",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{add_days(day, 1):%Y%m%d}",
            f"SUMMARY:{_escape(title)}",
            f"DESCRIPTION:{_escape(detail)}",
        ]
        for trigger in REMINDERS:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"TRIGGER:{trigger}",
                f"DESCRIPTION:{_escape(title)}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
