"""What the page reads and writes, through the same modules and data folder as the CLI.

The interview is the CLI's saved case (see case_flow), so `debtguide assess --resume`
continues what the page began and the page shows what the terminal answered. The evidence log is the CLI's SQLite log; an uploaded attachment is kept in
the data folder's `attachments/` (owner-only) and logged by path and SHA-256 like any other.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from debtguide.content.models import Pack, Question
from debtguide.errors import DebtguideError
from debtguide.web.security import MAX_UPLOAD_MB
from debtguide.web.strings import w

# ---- the interview (answers as shown; the flow is in case_flow) -------------------------------


def shown(question: Question, value: Any, lang: str) -> str:
    """An answer as a person reads it: choice labels, yes/no, ISO dates."""
    if value is None:
        return w("iv_skipped", lang)
    if isinstance(value, bool):
        return w("iv_yes" if value else "iv_no", lang)
    if isinstance(value, list):
        sep = "、" if lang == "zh" else ", "
        return sep.join(shown(question, v, lang) for v in value)
    if question.choices and isinstance(value, str):
        choice = question.choice(value)
        return choice.label(lang) if choice else value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return str(value)


def restart() -> Path | None:
    """Start afresh: the saved interview is renamed (kept), as `assess --fresh` does."""
    from debtguide.casefile import progress_path, set_aside

    path = progress_path(create=False)
    return set_aside(path) if path.exists() else None


# ---- the plan ------------------------------------------------------------------------------


def situation(pack: Pack, answers: dict[str, Any], today: dt.date, lang: str) -> Any:
    """The assessment with the evidence log's flags and rows, exactly as `letter` builds it."""
    from debtguide.cli.io import log_findings
    from debtguide.letters.situation import letter_situation

    return letter_situation(pack, answers, today, lang, log_findings(pack, lang)[1])


def plan_view(pack: Pack, result: Any, lang: str) -> dict[str, Any]:
    """The plan as CONTRACT.md §3's JSON (render.plan_json.plan_json), arranged for the page:
    the one-screen summary (stage, dated deadlines, the first three things) before the rest."""
    from debtguide.render.plan_json import plan_json

    data = plan_json(pack, result, lang)
    actions = [a for a in data["actions"] if not (a["safety"] and data["safety_first"])]
    order = {"now": 0, "this_week": 1, "ongoing": 2}
    first = sorted(actions, key=lambda a: order[a["when"]])[:3]
    data["safety_actions"] = [a for a in data["actions"] if a["safety"] and data["safety_first"]]
    data["first"] = first
    data["groups"] = [
        (key, [a for a in actions if a["when"] == when])
        for when, key in (
            ("now", "plan_now"),
            ("this_week", "plan_this_week"),
            ("ongoing", "plan_ongoing"),
        )
    ]
    data["letter_titles"] = [
        (i, pack.letters[i].title(lang)) for i in data["letters"] if i in pack.letters
    ]
    asked = [(q, pack.question(q)) for q in data["unknown"]]
    data["unknown_labels"] = [(q, found.label(lang)) for q, found in asked if found is not None]
    data["upcoming"] = [d for d in data["deadlines"] if d["status"] != "passed"]
    data["stage_summary"] = pack.stage(data["stage"]["id"]).summary(lang)
    lines = {line.id: line for line in pack.rates.lines} if pack.rates else {}
    data["rate_lines"] = [
        {
            "title": lines[x["id"]].title(lang),
            "rate": x["rate"],
            "exceeded": x["exceeded"],
            "meaning": (lines[x["id"]].above if x["exceeded"] else lines[x["id"]].below).text(lang),
            "cites": x["cites"],
            "caution": _text(lines[x["id"]].caution, lang),
        }
        for x in data["money"].get("thresholds", [])
        if x["id"] in lines
    ]
    return data


# ---- letters -----------------------------------------------------------------------------


def letter_list(pack: Pack, lang: str) -> list[tuple[str, str, str]]:
    from debtguide.contract import letter_order

    ordered = sorted(pack.letters.values(), key=lambda x: letter_order(x.id))
    return [(x.id, x.title(lang), x.summary(lang)) for x in ordered]


def fitting_letters(pack: Pack, answers: dict[str, Any], today: dt.date, lang: str) -> list[str]:
    if not answers:
        return []
    return [fit.id for fit in situation(pack, answers, today, lang).result.letters]


def letter_form(
    pack: Pack,
    letter_id: str,
    answers: dict[str, Any],
    saved_fields: dict[str, Any],
    today: dt.date,
    lang: str,
    posted: dict[str, str] | None,
) -> dict[str, Any]:
    """The letter's fields (prefilled from the answers), their errors, and the letter itself."""
    from debtguide.letters.fields import defaults, needed_fields, parse_field, with_letter
    from debtguide.letters.templates import render

    letter = pack.letters[letter_id]
    letter_lang = (posted or {}).get("letter_lang") or "zh"
    if letter_lang not in ("zh", "en"):
        letter_lang = "zh"
    base = with_letter(pack, letter, answers, {})
    first = situation(pack, base, today, lang)
    names = needed_fields(pack, letter, first)
    known = {**defaults(pack, letter, first), **saved_fields}
    given: dict[str, Any] = {}
    errors: dict[str, str] = {}
    raw: dict[str, str] = {}
    for name in names:
        fld = pack.letter_fields[name]
        if posted is None:
            value = known.get(name)
            raw[name] = "" if value is None else _field_text(value)
            continue
        text = posted.get(f"f_{name}", "")
        raw[name] = text
        if not text.strip():
            continue  # a blank is marked in the letter, as the CLI does without a terminal
        try:
            given[name] = parse_field(fld, text, today)
        except DebtguideError as exc:
            errors[name] = exc.message(lang)
    fields = [
        {
            "id": n,
            "label": pack.letter_fields[n].label(lang),
            "help": _text(pack.letter_fields[n].help, lang) or "",
            "kind": pack.letter_fields[n].kind,
            "value": raw[n],
            "error": errors.get(n),
        }
        for n in names
    ]
    view: dict[str, Any] = {
        "letter": letter,
        "title": letter.title(lang),
        "summary": letter.summary(lang),
        "to": letter.to(lang),
        "fields": fields,
        "errors": errors,
        "letter_lang": letter_lang,
        "rendered": None,
        "blanks": [],
        "after": [],
    }
    if posted is None or errors:
        return view
    current = situation(pack, with_letter(pack, letter, answers, given), today, lang)
    rendered = render(pack, letter.id, letter_lang, current, given)
    view["rendered"] = rendered
    view["blanks"] = [
        pack.letter_fields[b].label(lang) for b in rendered.blanks if b in pack.letter_fields
    ]
    view["after"] = [
        (letter.send.text(lang), letter.send.cites),
        (letter.wait.text(lang), letter.wait.cites),
        (letter.follow_up.text(lang), letter.follow_up.cites),
    ]
    return view


def _text(text: Any, lang: str) -> str | None:
    """A text of the pack in `lang`, or None when there is none."""
    return text(lang) if text is not None else None


def _field_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


# ---- the message check ----------------------------------------------------------------------


def check_message(pack: Pack, text: str, lang: str) -> dict[str, Any]:
    """check-message's result, as its JSON (render.message.result_json) gives it."""
    from debtguide.message import check
    from debtguide.render.message import result_json

    data = result_json(pack, check(pack, text), lang)
    for flag in data["flags"]:
        flag["report_names"] = [pack.channels[c].name(lang) for c in flag["report_to"]]
    return data


# ---- the evidence log ------------------------------------------------------------------------


def log_view(pack: Pack, lang: str) -> dict[str, Any]:
    from debtguide.evidence.report import behaviour_label, channel_label, report_for
    from debtguide.evidence.store import LogError, read_log
    from debtguide.render.evidence_files import report_json

    try:
        read = read_log()
    except LogError as exc:
        return {
            "entries": [],
            "report": None,
            "error": w("log_cannot_read", lang, reason=exc.message(lang)),
        }
    entries = sorted(read.entries, key=lambda e: e.sort_key())
    rows = [
        {
            "number": e.number,
            "when": e.when_text(),
            "channel": channel_label(e.channel, lang),
            "who": e.who,
            "contacted": e.contacted,
            "creditor": e.creditor,
            "note": e.note,
            "behaviours": [behaviour_label(pack, b, lang) for b in e.behaviours],
            "files": [(i, a.name, a.state) for i, a in enumerate(e.attachments, 1)],
        }
        for e in entries
    ]
    report = None
    if entries and pack.evidence is not None:
        data = report_json(report_for(entries, pack.evidence))
        report = {
            "entries": data["entries"],
            "first": data["first"],
            "last": data["last"],
            "by_channel": [(channel_label(c, lang), n) for c, n in data["by_channel"].items()],
            "flags": [
                {
                    "title": pack.flags[f["id"]].title(lang),
                    "why": pack.flags[f["id"]].why(lang),
                    "entries": f["entries"],
                }
                for f in data["flags"]
                if f["id"] in pack.flags
            ],
        }
    return {"entries": rows, "report": report, "error": None}


def log_form(
    pack: Pack,
    lang: str,
    values: dict[str, str] | None = None,
    behaviours: list[str] | None = None,
    error: str | None = None,
    debts: list[tuple[int, str]] | None = None,
) -> dict[str, Any]:
    from debtguide.contract import COLLECTOR_BEHAVIOURS, LOG_CHANNELS
    from debtguide.evidence.report import behaviour_label, channel_label

    now = dt.datetime.now()
    values = values or {"date": now.date().isoformat(), "time": now.strftime("%H:%M")}
    return {
        "values": values,
        "channels": [(c, channel_label(c, lang)) for c in LOG_CHANNELS],
        "behaviours": [
            (b, behaviour_label(pack, b, lang)) for b in COLLECTOR_BEHAVIOURS if b != "none"
        ],
        "chosen": behaviours or [],
        "error": error,
        "mb": MAX_UPLOAD_MB,
        "debts": debts or [],
    }


async def log_add(
    values: dict[str, str],
    behaviours: list[str],
    uploads: list[Any],
    lang: str,
    debt: str | None = None,
) -> int | str:
    """Log one contact; return its number, or what was wrong (and then nothing is kept)."""
    from debtguide.evidence import store as evidence
    from debtguide.evidence.report import parse_behaviours, parse_channel, parse_when

    day_text = values.get("date", "").strip()
    if not day_text:
        return w("log_no_date", lang)
    if not values.get("channel", "").strip():
        return w("log_no_channel", lang)
    when = f"{day_text} {values.get('time', '').strip()}".strip()
    try:
        day, at = parse_when(when, dt.datetime.now())
        channel = parse_channel(values["channel"])
        chosen = parse_behaviours(behaviours)
    except DebtguideError as exc:
        return w("log_bad", lang, reason=exc.message(lang))
    limit = MAX_UPLOAD_MB * 1024 * 1024
    contents: list[tuple[str, bytes]] = []
    for upload in uploads:
        data = await upload.read(limit + 1)
        name = safe_name(upload.filename or "file")
        if len(data) > limit:
            return w("log_bad", lang, reason=w("log_file_big", lang, name=name, mb=MAX_UPLOAD_MB))
        if not data:
            return w("log_bad", lang, reason=w("log_file_empty", lang, name=name))
        contents.append((name, data))
    stored = [store_attachment(name, data) for name, data in contents]
    try:
        with evidence.open_log() as log:
            evidence.check_appendable(log)
            entry = log.add(
                day=day,
                time=at,
                channel=channel,
                who=values.get("who", ""),
                contacted=values.get("contacted", ""),
                creditor=values.get("creditor", ""),
                note=values.get("note", ""),
                behaviours=chosen,
                attach=stored,
                debt=debt,
            )
    except DebtguideError as exc:
        for path in stored:  # nothing saved half-way
            path.unlink(missing_ok=True)
        return w("log_bad", lang, reason=exc.message(lang))
    return entry.number


def safe_name(name: str) -> str:
    """A file name to keep: no folders, no control characters, not empty, not too long."""
    import re

    base = re.split(r"[\\/]", name)[-1]
    base = "".join(c for c in base if c.isprintable()).strip().lstrip(".") or "file"
    return base[-100:]


def store_attachment(name: str, data: bytes) -> Path:
    """Keep an uploaded file in the data folder's attachments/, owner-only, under a new name."""
    import secrets

    from debtguide.datadir import ATTACHMENTS, data_dir, write_private

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = data_dir() / ATTACHMENTS / f"{stamp}-{secrets.token_hex(4)}-{name}"
    write_private(path, data)
    return path


def attachment(entry_number: int, position: int) -> tuple[bytes, str] | None:
    """An attachment's bytes and name, if the entry has it and the file is still there."""
    from debtguide.evidence.store import read_log

    entry = next((e for e in read_log().entries if e.number == entry_number), None)
    if entry is None or not 1 <= position <= len(entry.attachments):
        return None
    found = entry.attachments[position - 1]
    try:
        return Path(found.path).read_bytes(), found.name
    except OSError:
        return None
