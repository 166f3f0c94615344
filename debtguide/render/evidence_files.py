"""The evidence log as files for other programs: the JSON of `log list` and `log report`, and
the evidence table as CSV or Markdown (no Rich, so `--json` stays light)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from debtguide.evidence.model import Entry
    from debtguide.evidence.report import EvidenceTable, Report


REPORT_SCHEMA = "debtguide.log-report/1"


LIST_SCHEMA = "debtguide.log/1"


def report_json(result: Report) -> dict[str, Any]:
    """The report as CONTRACT.md §4 prints it, plus the figures behind the flags."""
    start, end = result.daytime
    return {
        "schema": REPORT_SCHEMA,
        "entries": result.entries,
        "flags": [{"id": f.id, "count": f.count, "entries": list(f.entries)} for f in result.flags],
        "first": result.first.isoformat() if result.first else None,
        "last": result.last.isoformat() if result.last else None,
        "by_channel": dict(result.by_channel),
        "by_day": [
            {"date": d.day.isoformat(), "count": d.count, "by_channel": dict(d.by_channel)}
            for d in result.by_day
        ],
        "outside_hours": list(result.outside_hours),
        "no_time": list(result.no_time),
        "busy_days": [
            {
                "date": b.day.isoformat(),
                "creditor": b.creditor,
                "count": b.count,
                "entries": list(b.entries),
            }
            for b in result.busy_days
        ],
        "third_party": list(result.third_party),
        "threats": list(result.threats),
        "late": list(result.late),
        "breaches": [
            {
                "date": b.day.isoformat(),
                "creditor": b.creditor,
                "count": b.count,
                "night": list(b.night),
                "calls": list(b.calls),
                "over_attempts": b.over_attempts,
                "third_party": list(b.third_party),
                "visits": list(b.visits),
            }
            for b in result.breaches
        ],
        "attachments": {
            "changed": list(result.attachments_changed),
            "missing": list(result.attachments_missing),
        },
        "yardsticks": {
            "daytime": [start.strftime("%H:%M"), end.strftime("%H:%M")],
            "day_limit": result.day_limit,
            "counted_channels": list(result.counted),
            "calls_per_day": result.calls_per_day,
            "attempts_per_day": result.attempts_per_day,
        },
    }


def entry_json(entry: Entry) -> dict[str, Any]:
    """One entry as `debtguide log list --json` prints it."""
    return {
        "number": entry.number,
        "date": entry.day.isoformat(),
        "time": entry.time.strftime("%H:%M") if entry.time else None,
        "channel": entry.channel,
        "creditor": entry.creditor,
        "who": entry.who,
        "contacted": entry.contacted,
        "note": entry.note,
        "behaviours": list(entry.behaviours),
        "attachments": [
            {"path": a.path, "sha256": a.sha256, "size": a.size, "state": a.state}
            for a in entry.attachments
        ],
        "logged_at": entry.logged_at.isoformat(timespec="seconds") if entry.logged_at else None,
        "debt": entry.debt,
    }


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


def _md_cell(text: str) -> str:
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    return "<br>".join(line.strip() for line in escaped.split("\n")) or " "


def table_markdown(table: EvidenceTable) -> str:
    """The table as Markdown; cell text is escaped so it shows as typed and never as markup."""
    lines = [
        "| " + " | ".join(_md_cell(h) for h in table.headers) + " |",
        "|" + "|".join("---" for _ in table.headers) + "|",
    ]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines) + "\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(text: str) -> str:
    # A spreadsheet would run a cell that starts like a formula; a leading quote keeps it text.
    return "'" + text if text.startswith(_FORMULA_START) else text


def table_csv(table: EvidenceTable) -> str:
    """The table as CSV (RFC 4180 quoting, CRLF line ends); formula-like cells made inert."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_csv_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([_csv_cell(c) for c in row])
    return out.getvalue()
