"""The bodies of `debtguide log …` and `debtguide forget`: ask, call the log, print."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from debtguide.contract import COLLECTOR_BEHAVIOURS, LOG_CHANNELS
from debtguide.errors import EXIT_INTERRUPTED, DebtguideError, UsageError
from debtguide.evidence_report import (
    THIRD_PARTY_BEHAVIOURS,
    behaviour_label,
    channel_label,
    parse_behaviours,
    parse_channel,
    parse_when,
)
from debtguide.i18n import t

if TYPE_CHECKING:
    from debtguide.evidence_report import Entry
    from debtguide.models import Pack

EXPORT_FORMATS = ("csv", "md")


def is_terminal() -> bool:
    """Whether someone is at the keyboard to answer questions."""
    return sys.stdin is not None and sys.stdin.isatty()


def now() -> dt.datetime:
    """The local time, to the minute (the only clock the log commands read)."""
    return dt.datetime.now().replace(second=0, microsecond=0)


def _console(stderr: bool = False) -> Any:
    """A console made at call time, as render.console() makes it.

    render.py loads the content models (and pydantic) on import; the log commands that need
    no content stay clear of it, to start as fast as a bare Typer command.
    """
    from rich.console import Console

    from debtguide.cjkwrap import install

    install()
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _print_json(data: Any) -> None:
    """Write one JSON document to stdout with the one JSON writer."""
    from debtguide.jsonout import print_json

    print_json(data)


def parse_day(value: str | None, option: str) -> dt.date | None:
    """A --since/--until date, or None."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError("log_bad_day", option=option, value=value) from None


def _filters(
    since: str | None, until: str | None, creditor: str | None, channel: str | None = None
) -> dict[str, Any]:
    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if first and last and first > last:
        raise UsageError("log_since_after_until", since=first, until=last)
    return {
        "since": first,
        "until": last,
        "channel": parse_channel(channel) if channel else None,
        "creditor": creditor,
    }


# ---- log add ----------------------------------------------------------------------------------


def run_add(
    lang: str,
    when: str | None,
    channel: str | None,
    who: str | None,
    contacted: str | None,
    creditor: str | None,
    note: str | None,
    behaviours: list[str],
    attach: list[Path],
    debt: str | None = None,
) -> None:
    """Log one contact from the options, or interview the user for what is missing."""
    from debtguide import evidence

    if debt is not None:
        from debtguide.case_cli import check_debt_id

        debt = check_debt_id(debt, lang)

    given = {
        "when": when,
        "channel": channel,
        "who": who,
        "contacted": contacted,
        "creditor": creditor,
        "note": note,
        "behaviours": behaviours or None,
        "attach": attach or None,
    }
    if when is not None and channel is not None:
        day, at = parse_when(when, now())
        fields = _fields_from_options(given)
        with evidence.open_log() as log:
            evidence.check_appendable(log)
            try:
                entry = log.add(day=day, time=at, debt=debt, **fields)
            except UsageError as exc:
                raise exc.hint("log_nothing_saved") from None
        _report_saved(_console(stderr=True), entry, lang)
        return
    if not is_terminal():
        missing = [f"--{name}" for name in ("when", "channel") if given[name] is None]
        raise UsageError("log_add_needs", missing=", ".join(missing))
    _interactive_add(lang, given, debt)


def _fields_from_options(given: dict[str, Any]) -> dict[str, Any]:
    return {
        "channel": parse_channel(given["channel"]),
        "who": given["who"] or "",
        "contacted": given["contacted"] or "",
        "creditor": given["creditor"] or "",
        "note": given["note"] or "",
        "behaviours": parse_behaviours(given["behaviours"] or []),
        "attach": given["attach"] or [],
    }


# Behaviours after which the borrower is told at once where to turn if they are in danger.
DANGER_BEHAVIOURS = frozenset({"threats_violence", "home_visit_intimidation"})


def _report_saved(out: Any, entry: Entry, lang: str) -> None:
    """Say which entry number the contact got; after a threat, where to turn at once."""
    from rich.text import Text

    text = t("log_saved", lang, number=entry.number, when=entry.when_text())
    out.print(Text(text + " " + channel_label(entry.channel, lang), style="green"))
    if DANGER_BEHAVIOURS & set(entry.behaviours):
        out.print(Text(t("log_safety", lang), style="bold yellow"))


def _interactive_add(lang: str, given: dict[str, Any], debt: str | None = None) -> None:
    """Ask for each contact in turn; every finished contact is saved before the next one."""
    from debtguide import evidence

    out = _console()
    saved = 0
    out.print(t("log_iv_intro", lang))
    try:
        with evidence.open_log() as log:
            evidence.check_appendable(log)
            previous_creditor = ""
            while True:
                asker = _Asker(out, lang)
                fields = asker.ask_entry(given, previous_creditor)
                entry = log.add(**fields, debt=debt)
                saved += 1
                previous_creditor = entry.creditor
                _report_saved(out, entry, lang)
                given = dict.fromkeys(given)  # options apply to the first contact only
                if not asker.yes_no(t("log_iv_another", lang)):
                    return
    except (KeyboardInterrupt, EOFError):
        out.print()
        out.print(t("log_iv_stopped", lang, count=saved))
        raise typer.Exit(EXIT_INTERRUPTED) from None


class _Asker:
    """Asks one field at a time; `?` shows help, a bad answer is re-asked with the reason."""

    def __init__(self, out: Any, lang: str) -> None:
        self.out = out
        self.lang = lang

    def _say(self, text: str, style: str = "") -> None:
        from rich.text import Text

        self.out.print(Text(text, style=style))

    def ask(
        self,
        key: str,
        parse: Callable[[str], Any],
        choices: list[str] | None = None,
        **values: object,
    ) -> Any:
        """Ask the question `log_q_<key>` (with numbered choices) until `parse` accepts."""
        lang = self.lang
        self.out.print()
        self._say(t(f"log_q_{key}", lang, **values), "bold")
        for i, label in enumerate(choices or [], 1):
            self._say(f"  {i:>2}. {label}")
        from debtguide.userfile import read_typed

        while True:
            raw = read_typed(self.out)
            if raw is None:  # bytes that are neither UTF-8 nor GB18030: never saved
                self._say(t("iv_not_text", lang), "yellow")
                continue
            if raw in ("?", "？"):
                self._say(t(f"log_help_{key}", lang, **values), "cyan")
                continue
            try:
                return parse(raw)
            except UsageError as exc:
                self._say(t("log_iv_try_again", lang, reason=exc.message(lang)), "yellow")

    def yes_no(self, question: str) -> bool:
        self.out.print()
        while True:
            raw = self.out.input(question + " ").strip().casefold()
            if raw in ("", "n", "no", "否", "不", "不用"):
                return False
            if raw in ("y", "yes", "是", "好", "要"):
                return True
            self._say(t("log_iv_yes_no", self.lang), "yellow")

    def ask_entry(self, given: dict[str, Any], previous_creditor: str) -> dict[str, Any]:
        """Every field of one contact: those given as options, the rest asked."""
        lang = self.lang
        moment = now()
        fields: dict[str, Any] = {}

        def when(raw: str) -> tuple[dt.date, dt.time | None]:
            return (moment.date(), moment.time()) if not raw else parse_when(raw, now())

        if given["when"] is not None:
            fields["day"], fields["time"] = parse_when(given["when"], now())
        else:
            fields["day"], fields["time"] = self.ask(
                "when", when, now=moment.strftime("%Y-%m-%d %H:%M")
            )

        if given["channel"] is not None:
            fields["channel"] = parse_channel(given["channel"])
        else:
            labels = [channel_label(c, lang) for c in LOG_CHANNELS]
            fields["channel"] = self.ask("channel", _pick_channel, labels)

        if given["creditor"] is not None:
            fields["creditor"] = given["creditor"]
        elif previous_creditor:
            fields["creditor"] = self.ask(
                "creditor_again",
                lambda raw: "" if raw == "-" else (raw or previous_creditor),
                creditor=previous_creditor,
            )
        else:
            fields["creditor"] = self.ask("creditor", str)

        fields["who"] = given["who"] if given["who"] is not None else self.ask("who", str)

        if given["behaviours"] is not None:
            fields["behaviours"] = parse_behaviours(given["behaviours"])
        else:
            labels = [behaviour_label(b, lang) for b in COLLECTOR_BEHAVIOURS]
            fields["behaviours"] = self.ask("behaviours", _pick_behaviours, labels)

        third = fields["channel"] == "third-party" or THIRD_PARTY_BEHAVIOURS & set(
            fields["behaviours"]
        )
        if given["contacted"] is not None:
            fields["contacted"] = given["contacted"]
        elif third:
            fields["contacted"] = self.ask("contacted", str)

        fields["note"] = given["note"] if given["note"] is not None else self.ask("note", str)

        if given["attach"] is not None:
            fields["attach"] = given["attach"]
        else:
            fields["attach"] = self._ask_files()
        return fields

    def _ask_files(self) -> list[Path]:
        from debtguide.evidence import attachments_for

        files: list[Path] = []
        key = "attach"
        while True:

            def one(raw: str) -> Path | None:
                if not raw:
                    return None
                path = Path(_unquote(raw))
                attachments_for([path])  # raises when it is not a readable file
                return path

            path = self.ask(key, one)
            if path is None:
                return files
            files.append(path)
            key = "attach_more"


def _unquote(raw: str) -> str:
    """A path as a terminal pastes it: quoted, or with `\\ ` for spaces after a drag and drop."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        return raw[1:-1]
    return raw.replace("\\ ", " ")


def _pick_channel(raw: str) -> str:
    if raw.isdecimal():  # not isdigit(): int("²") fails
        if len(raw) <= 3 and 1 <= int(raw) <= len(LOG_CHANNELS):
            return LOG_CHANNELS[int(raw) - 1]
        raise UsageError("log_pick_number", value=raw, count=len(LOG_CHANNELS))
    if not raw:
        raise UsageError("log_pick_channel", count=len(LOG_CHANNELS))
    return parse_channel(raw)


def _pick_behaviours(raw: str) -> tuple[str, ...]:
    import re

    parts = [p for p in re.split(r"[\s,，、;；]+", raw) if p]
    ids = []
    for part in parts:
        if part.isdecimal():
            number = int(part) if len(part) <= 3 else -1
            if number == 0:
                continue
            if not 1 <= number <= len(COLLECTOR_BEHAVIOURS):
                raise UsageError("log_pick_number", value=part, count=len(COLLECTOR_BEHAVIOURS))
            ids.append(COLLECTOR_BEHAVIOURS[number - 1])
        else:
            ids.append(part)
    return parse_behaviours(ids)


# ---- log list, report, export ---------------------------------------------------------------


def _read(lang: str, filters: dict[str, Any]) -> tuple[list[Entry], list[int]]:
    """The entries that can be read; those that cannot are named on stderr, never dropped."""
    from debtguide import evidence

    read = evidence.read_log(**filters)
    if read.unreadable:
        numbers = ", ".join(map(str, read.unreadable))
        text = t("log_rows_skipped", lang, count=len(read.unreadable), numbers=numbers)
        _console(stderr=True).print(text, soft_wrap=True)
    return read.entries, read.unreadable


def run_edit(
    lang: str,
    number: int,
    debt: str | None,
    untie: bool,
    when: str | None,
    channel: str | None,
    texts: dict[str, str | None],
) -> None:
    """Change one entry: tie it to a debt (or untie it), correct its date, channel or words."""
    from debtguide import evidence

    changes: dict[str, Any] = {k: v for k, v in texts.items() if v is not None}
    if debt is not None:
        from debtguide.case_cli import check_debt_id

        changes["debt"] = check_debt_id(debt, lang)
    elif untie:
        changes["debt"] = None
    if when is not None:
        changes["day"], changes["time"] = parse_when(when, now())
    if channel is not None:
        changes["channel"] = parse_channel(channel)
    if not changes:
        raise UsageError("log_edit_nothing")
    with evidence.open_log() as log:
        log.update(number, **changes)
    _console(stderr=True).print(t("log_edited", lang, number=number))


def run_delete(lang: str, number: int, yes: bool) -> None:
    """Remove one entry, after asking (or with --yes)."""
    from debtguide import evidence

    with evidence.open_log() as log:
        entry = next((e for e in log.entries(check_files=False) if e.number == number), None)
        if entry is None:
            raise UsageError("log_no_entry", number=number)
        if not yes:
            if not is_terminal():
                raise UsageError("log_delete_needs_yes", number=number)
            out = _console()
            try:
                answer = out.input(
                    t("log_delete_confirm", lang, number=number, when=entry.when_text()) + " "
                )
            except (KeyboardInterrupt, EOFError):
                out.print()
                raise typer.Exit(EXIT_INTERRUPTED) from None
            if answer.strip().casefold() not in ("y", "yes", "是", "确认"):
                out.print(t("log_delete_kept", lang))
                return
        log.delete(number)
    _console(stderr=True).print(t("log_deleted", lang, number=number))


def run_list(
    lang: str,
    since: str | None,
    until: str | None,
    channel: str | None,
    creditor: str | None,
    as_json: bool,
) -> None:
    """Print the logged contacts as a table, or as JSON."""
    from debtguide.evidence_report import LIST_SCHEMA, entry_json

    entries, unreadable = _read(lang, _filters(since, until, creditor, channel))
    if as_json:
        data: dict[str, Any] = {"schema": LIST_SCHEMA, "entries": [entry_json(e) for e in entries]}
        if unreadable:
            data["unreadable"] = unreadable
        _print_json(data)
        return
    from debtguide import render_evidence

    _console().print(render_evidence.entries_table(entries, lang))


def run_report(
    lang: str,
    pack: Pack,
    since: str | None,
    until: str | None,
    creditor: str | None,
    as_json: bool,
) -> None:
    """Print what the log shows and the red flags it supports."""
    from debtguide import render, render_evidence
    from debtguide.errors import ContentError
    from debtguide.evidence_report import report_for, report_json

    rules = pack.evidence
    if rules is None:
        raise ContentError(
            "content_broken", ["evidence.yaml: file is missing"], path=pack.info.id, count=1
        )
    entries, unreadable = _read(lang, _filters(since, until, creditor))
    result = report_for(entries, rules)
    if as_json:
        data = report_json(result)
        if unreadable:
            data["unreadable"] = unreadable
        render.print_json(data)
        return
    out = render.console()
    out.print(render_evidence.report_view(pack, result, lang))
    out.print(render.disclaimer(pack, lang))


def export_text(entries: list[Entry], fmt: str, lang: str, generated: dt.datetime) -> str:
    """The evidence table as a CSV or Markdown document."""
    from debtguide.evidence_report import evidence_table, table_csv, table_markdown

    table = evidence_table(entries, lang)
    if fmt == "csv":
        return table_csv(table)
    first, last = (entries[0].day, entries[-1].day) if entries else (None, None)
    head = [
        f"# {t('log_export_title', lang)}",
        "",
        t(
            "log_export_meta",
            lang,
            count=len(entries),
            first=first,
            last=last,
            generated=generated.strftime("%Y-%m-%d %H:%M"),
        ),
        "",
    ]
    tail = ["", t("log_export_hash_note", lang), ""]
    return "\n".join(head) + "\n" + table_markdown(table) + "\n".join(tail)


def run_export(
    lang: str,
    fmt: str | None,
    out: Path | None,
    force: bool,
    since: str | None,
    until: str | None,
    creditor: str | None,
) -> None:
    """Write the evidence table to --out (never over a file without --force) or stdout."""
    from debtguide.files import write_user_file

    if fmt is None:
        suffix = out.suffix.lower().lstrip(".") if out else ""
        fmt = suffix if suffix in EXPORT_FORMATS else "md"
    fmt = fmt.strip().lower()
    if fmt not in EXPORT_FORMATS:
        raise UsageError("log_bad_format", value=fmt, allowed=", ".join(EXPORT_FORMATS))
    if out is not None:
        from debtguide.files import check_target

        check_target(out, force)
    entries, _ = _read(lang, _filters(since, until, creditor))
    if not entries:
        raise UsageError("log_nothing_to_export")
    text = export_text(entries, fmt, lang, now())
    if out is None:
        sys.stdout.write(text)
        return
    # A BOM lets spreadsheet programs on Chinese Windows read UTF-8 CSV correctly.
    data = ("\ufeff" + text if fmt == "csv" else text).encode("utf-8")
    write_user_file(out, data, force)
    _console(stderr=True).print(t("log_exported", lang, count=len(entries), path=out))


# ---- forget -----------------------------------------------------------------------------------


# The files debtguide itself makes in the data folder, by name: the evidence log and SQLite's
# working files beside it, the saved interview (and its backups), and the hidden temporary
# files of a write that was killed before it finished.
_OWN_NAMES = re.compile(
    r"^(evidence\.sqlite3(-wal|-shm|-journal)?"
    r"|interview(\.json|[.-][\w.-]*\.json|\.json\.[\w.-]+)"
    r"|profile\.json"
    r"|\..+\.\d+-[0-9a-f]+\.debtguide-tmp"
    r"|\.(evidence\.sqlite3|interview\.json)\.\d+\.tmp)$"
)


def describe_data(folder: Path) -> tuple[list[tuple[str, int, str]], list[str]]:
    """The data folder's files: debtguide's own (name, size, what it is), and every other name.

    Only the folder's own level is looked at: debtguide keeps no sub-folders there.
    """
    from debtguide.evidence import DB_NAME

    own, others = [], []
    for name in sorted(os.listdir(folder)):
        path = folder / name
        try:
            info = path.lstat()
        except OSError:
            continue
        if _OWN_NAMES.match(name) and (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
            own.append((name, info.st_size, _what_is(name, path, DB_NAME)))
        else:
            others.append(name + ("/" if stat.S_ISDIR(info.st_mode) else ""))
    return own, others


def _what_is(relative: str, path: Path, db_name: str) -> str:
    if relative == db_name:
        from debtguide.evidence import count_entries

        count = count_entries(path)  # a damaged log is deleted all the same
        return f"evidence:{'?' if count is None else count}"
    if relative in (f"{db_name}-wal", f"{db_name}-shm", f"{db_name}-journal"):
        return "evidence-work"
    if relative.startswith("interview"):
        return "interview"
    if relative == "profile.json":
        return "profile"
    return "temporary"


def _unsafe_folder(folder: Path) -> bool:
    """A folder `forget` must never empty: the root, the home folder or one that holds it."""
    home = Path.home().resolve()
    return folder == Path(folder.anchor) or folder == home or folder in home.parents


def run_forget(lang: str, yes: bool) -> None:
    """Delete the files debtguide made in the data folder, after saying what they are.

    Every other file stays; the folder goes only if it is then empty.
    """
    from rich.text import Text

    from debtguide.datadir import data_dir
    from debtguide.evidence import DB_NAME

    folder = data_dir(create=False).resolve()
    out = _console()
    if not folder.is_dir():
        out.print(t("forget_nothing", lang, path=folder))
        return
    if _unsafe_folder(folder):
        raise UsageError("forget_unsafe", path=folder)
    found, others = describe_data(folder)
    if not found:
        _show_left(out, others, lang)
        if not others:
            _remove_folder(folder)
        out.print(t("forget_nothing", lang, path=folder))
        return
    if not yes and not is_terminal():
        raise UsageError("forget_needs_yes", path=folder, count=len(found))
    out.print(Text(t("forget_will_delete", lang, path=folder, count=len(found)), style="bold"))
    for name, size, what in found:
        out.print(Text(f"  • {name} ({_size(size)}) — {_what_text(what, lang)}"))
    _show_left(out, others, lang)
    out.print(Text(t("forget_kept", lang), style="dim"))
    if any(what.startswith("evidence:") for _, _, what in found):
        out.print(Text(t("forget_export_first", lang), style="dim"))
    if not yes:
        try:
            answer = out.input(t("forget_confirm", lang) + " ").strip().casefold()
        except (KeyboardInterrupt, EOFError):
            out.print()
            out.print(t("forget_cancelled", lang))
            raise typer.Exit(EXIT_INTERRUPTED) from None
        if answer not in ("yes", "y", "是", "确认"):
            out.print(t("forget_cancelled", lang))
            return
    deleted, failed = [], []
    # Reading the log's entry count can leave SQLite's working files behind: they go too.
    work = [f"{DB_NAME}{x}" for x in ("-wal", "-shm", "-journal")]
    names = [name for name, _, _ in found]
    names += [w for w in work if w not in names and os.path.lexists(folder / w)]
    for name in names:
        try:
            (folder / name).unlink()  # a link is removed, never followed
            deleted.append(name)
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append(f"{name}: {exc.strerror or exc}")
    if deleted:
        out.print(Text(t("forget_done", lang, count=len(deleted), path=folder), style="green"))
    for name in deleted:
        out.print(Text(f"  • {name}"))
    if failed:
        raise DebtguideError("forget_failed", failed, path=folder, count=len(failed))
    if _remove_folder(folder):
        out.print(t("forget_folder_removed", lang, path=folder), soft_wrap=True)
    else:
        out.print(t("forget_folder_kept", lang, path=folder), soft_wrap=True)


def _show_left(out: Any, others: list[str], lang: str) -> None:
    from rich.text import Text

    if others:
        out.print(Text(t("forget_left", lang, count=len(others)), style="bold"))
        for name in others:
            out.print(Text(f"  • {name}"))


def _remove_folder(folder: Path) -> bool:
    """Remove the data folder if it is empty; whether it is gone."""
    try:
        folder.rmdir()
    except OSError:
        return False
    return True


def _what_text(what: str, lang: str) -> str:
    if what.startswith("evidence:"):
        count = what.split(":", 1)[1]
        return t("forget_what_evidence", lang, count=count)
    return t(f"forget_what_{what.replace('-', '_')}", lang)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
