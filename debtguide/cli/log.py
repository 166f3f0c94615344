"""`debtguide log add|edit|delete|list|report|export`: ask, call the evidence log, print."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from debtguide.cli import JsonOpt, LangOpt, app, io, reporting
from debtguide.contract import COLLECTOR_BEHAVIOURS, LOG_CHANNELS
from debtguide.errors import EXIT_INTERRUPTED, UsageError
from debtguide.i18n import detect_lang, t
from debtguide.inputs import full_date, yes_no
from debtguide.render.console import console

if TYPE_CHECKING:
    from debtguide.content.models import Pack
    from debtguide.evidence.model import Entry

EXPORT_FORMATS = ("csv", "md")


def now() -> dt.datetime:
    """The local time, to the minute (the only clock the log commands read)."""
    return dt.datetime.now().replace(second=0, microsecond=0)


def _print_json(data: Any) -> None:
    """Write one JSON document to stdout with the one JSON writer."""
    from debtguide.render.console import print_json

    print_json(data)


def parse_day(value: str | None, option: str) -> dt.date | None:
    """A --since/--until date, or None."""
    if value is None:
        return None
    try:
        return full_date(value)
    except ValueError:
        raise UsageError("log_bad_day", option=option, value=value) from None


def _filters(
    since: str | None, until: str | None, creditor: str | None, channel: str | None = None
) -> dict[str, Any]:
    from debtguide.evidence.report import (
        parse_channel,
    )

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
    from debtguide.evidence import store as evidence
    from debtguide.evidence.report import (
        parse_when,
    )

    if debt is not None:
        from debtguide.cli.caseflow import check_debt_id

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
        _report_saved(console(stderr=True), entry, lang)
        return
    if not io.is_terminal():
        missing = [f"--{name}" for name in ("when", "channel") if given[name] is None]
        raise UsageError("log_add_needs", missing=", ".join(missing))
    _interactive_add(lang, given, debt)


def _fields_from_options(given: dict[str, Any]) -> dict[str, Any]:
    from debtguide.evidence.report import (
        parse_behaviours,
        parse_channel,
    )

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

    from debtguide.evidence.report import (
        channel_label,
    )

    text = t("log_saved", lang, number=entry.number, when=entry.when_text())
    out.print(Text(text + " " + channel_label(entry.channel, lang), style="green"))
    if DANGER_BEHAVIOURS & set(entry.behaviours):
        out.print(Text(t("log_safety", lang), style="bold yellow"))


def _interactive_add(lang: str, given: dict[str, Any], debt: str | None = None) -> None:
    """Ask for each contact in turn; every finished contact is saved before the next one."""
    from debtguide.evidence import store as evidence

    out = console()
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
        keys: tuple[str, str],
        parse: Callable[[str], Any],
        choices: list[str] | None = None,
        **values: object,
    ) -> Any:
        """Ask a question (with numbered choices) until `parse` accepts.

        `keys` are the catalogue keys of the question and of the help that `?` shows.
        """
        question, help_key = keys
        lang = self.lang
        self.out.print()
        self._say(t(question, lang, **values), "bold")
        for i, label in enumerate(choices or [], 1):
            self._say(f"  {i:>2}. {label}")
        from debtguide.cli.prompting import ask

        def show_help() -> None:
            self._say(t(help_key, lang, **values), "cyan")

        # Enter goes to `parse`: for most fields it takes the default (now, the last creditor)
        return ask(
            self.out, lang, parse, on_help=show_help, again="log_iv_try_again", blank_skips=False
        )

    def yes_no(self, question: str) -> bool:
        from debtguide.cli.prompting import ask

        def answer(raw: str) -> bool:
            found = yes_no(raw) if raw else False  # Enter is a no
            if found is None:
                raise UsageError("log_iv_yes_no")
            return found

        self.out.print()
        prompt = question + " "
        return bool(ask(self.out, self.lang, answer, again=None, blank_skips=False, prompt=prompt))

    def ask_entry(self, given: dict[str, Any], previous_creditor: str) -> dict[str, Any]:
        """Every field of one contact: those given as options, the rest asked."""
        from debtguide.evidence.report import (
            THIRD_PARTY_BEHAVIOURS,
            behaviour_label,
            channel_label,
            parse_behaviours,
            parse_channel,
            parse_when,
        )

        lang = self.lang
        pack = io.load_pack()  # the behaviours' labels; loaded before the first question
        moment = now()
        fields: dict[str, Any] = {}

        def when(raw: str) -> tuple[dt.date, dt.time | None]:
            return (moment.date(), moment.time()) if not raw else parse_when(raw, now())

        if given["when"] is not None:
            fields["day"], fields["time"] = parse_when(given["when"], now())
        else:
            fields["day"], fields["time"] = self.ask(
                ("log_q_when", "log_help_when"), when, now=moment.strftime("%Y-%m-%d %H:%M")
            )

        if given["channel"] is not None:
            fields["channel"] = parse_channel(given["channel"])
        else:
            labels = [channel_label(c, lang) for c in LOG_CHANNELS]
            fields["channel"] = self.ask(
                ("log_q_channel", "log_help_channel"), _pick_channel, labels
            )

        if given["creditor"] is not None:
            fields["creditor"] = given["creditor"]
        elif previous_creditor:
            fields["creditor"] = self.ask(
                ("log_q_creditor_again", "log_help_creditor_again"),
                lambda raw: "" if raw == "-" else (raw or previous_creditor),
                creditor=previous_creditor,
            )
        else:
            fields["creditor"] = self.ask(("log_q_creditor", "log_help_creditor"), str)

        fields["who"] = (
            given["who"]
            if given["who"] is not None
            else self.ask(("log_q_who", "log_help_who"), str)
        )

        if given["behaviours"] is not None:
            fields["behaviours"] = parse_behaviours(given["behaviours"])
        else:
            labels = [behaviour_label(pack, b, lang) for b in COLLECTOR_BEHAVIOURS]
            fields["behaviours"] = self.ask(
                ("log_q_behaviours", "log_help_behaviours"), _pick_behaviours, labels
            )

        third = fields["channel"] == "third-party" or THIRD_PARTY_BEHAVIOURS & set(
            fields["behaviours"]
        )
        if given["contacted"] is not None:
            fields["contacted"] = given["contacted"]
        elif third:
            fields["contacted"] = self.ask(("log_q_contacted", "log_help_contacted"), str)

        fields["note"] = (
            given["note"]
            if given["note"] is not None
            else self.ask(("log_q_note", "log_help_note"), str)
        )

        if given["attach"] is not None:
            fields["attach"] = given["attach"]
        else:
            fields["attach"] = self._ask_files()
        return fields

    def _ask_files(self) -> list[Path]:
        from debtguide.evidence.store import attachments_for

        files: list[Path] = []
        keys = ("log_q_attach", "log_help_attach")
        while True:

            def one(raw: str) -> Path | None:
                if not raw:
                    return None
                path = Path(_unquote(raw))
                attachments_for([path])  # raises when it is not a readable file
                return path

            path = self.ask(keys, one)
            if path is None:
                return files
            files.append(path)
            keys = ("log_q_attach_more", "log_help_attach_more")


def _unquote(raw: str) -> str:
    """A path as a terminal pastes it: quoted, or with `\\ ` for spaces after a drag and drop."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        return raw[1:-1]
    return raw.replace("\\ ", " ")


def _pick_channel(raw: str) -> str:
    from debtguide.evidence.report import (
        parse_channel,
    )

    if raw.isdecimal():  # not isdigit(): int("²") fails
        if len(raw) <= 3 and 1 <= int(raw) <= len(LOG_CHANNELS):
            return LOG_CHANNELS[int(raw) - 1]
        raise UsageError("log_pick_number", value=raw, count=len(LOG_CHANNELS))
    if not raw:
        raise UsageError("log_pick_channel", count=len(LOG_CHANNELS))
    return parse_channel(raw)


def _pick_behaviours(raw: str) -> tuple[str, ...]:

    from debtguide.evidence.report import (
        parse_behaviours,
    )

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
    from debtguide.evidence import store as evidence

    read = evidence.read_log(**filters)
    if read.unreadable:
        numbers = ", ".join(map(str, read.unreadable))
        text = t("log_rows_skipped", lang, count=len(read.unreadable), numbers=numbers)
        console(stderr=True).print(text, soft_wrap=True)
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
    from debtguide.evidence import store as evidence
    from debtguide.evidence.report import parse_channel, parse_when

    changes: dict[str, Any] = {k: v for k, v in texts.items() if v is not None}
    if debt is not None:
        from debtguide.cli.caseflow import check_debt_id

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
    console(stderr=True).print(t("log_edited", lang, number=number))


def run_delete(lang: str, number: int, yes: bool) -> None:
    """Remove one entry, after asking (or with --yes)."""
    from debtguide.evidence import store as evidence

    with evidence.open_log() as log:
        entry = next((e for e in log.entries(check_files=False) if e.number == number), None)
        if entry is None:
            raise UsageError("log_no_entry", number=number)
        if not yes:
            if not io.is_terminal():
                raise UsageError("log_delete_needs_yes", number=number)
            out = console()
            try:
                answer = out.input(
                    t("log_delete_confirm", lang, number=number, when=entry.when_text()) + " "
                )
            except (KeyboardInterrupt, EOFError):
                out.print()
                raise typer.Exit(EXIT_INTERRUPTED) from None
            if yes_no(answer) is not True:  # anything but a clear yes keeps the entry
                out.print(t("log_delete_kept", lang))
                return
        log.delete(number)
    console(stderr=True).print(t("log_deleted", lang, number=number))


def run_list(
    lang: str,
    since: str | None,
    until: str | None,
    channel: str | None,
    creditor: str | None,
    as_json: bool,
) -> None:
    """Print the logged contacts as a table, or as JSON."""
    from debtguide.render.evidence_files import LIST_SCHEMA, entry_json

    entries, unreadable = _read(lang, _filters(since, until, creditor, channel))
    if as_json:
        data: dict[str, Any] = {"schema": LIST_SCHEMA, "entries": [entry_json(e) for e in entries]}
        if unreadable:
            data["unreadable"] = unreadable
        _print_json(data)
        return
    from debtguide.render import evidence as render_evidence

    console().print(render_evidence.entries_table(entries, io.load_pack(), lang))


def run_report(
    lang: str,
    pack: Pack,
    since: str | None,
    until: str | None,
    creditor: str | None,
    as_json: bool,
) -> None:
    """Print what the log shows and the red flags it supports."""
    from debtguide.errors import ContentError
    from debtguide.evidence.report import report_for
    from debtguide.render import evidence as render_evidence
    from debtguide.render import reference as render
    from debtguide.render.console import console, print_json
    from debtguide.render.evidence_files import report_json

    rules = pack.evidence
    if rules is None:
        raise ContentError(
            "content_broken", ["evidence.yaml: file is missing"], path=pack.info.id, count=1
        )
    entries, unreadable = _read(lang, _filters(since, until, creditor))
    result = report_for(entries, rules)
    if as_json:
        data = report_json(result)
        # v1.1: the debt each entry is tied to (null: not tied to one)
        data["debts"] = {str(e.number): e.debt for e in entries}
        if unreadable:
            data["unreadable"] = unreadable
        print_json(data)
        return
    out = console()
    out.print(render_evidence.report_view(pack, result, lang))
    out.print(render.disclaimer(pack, lang))


def export_text(entries: list[Entry], fmt: str, lang: str, generated: dt.datetime) -> str:
    """The evidence table as a CSV or Markdown document."""
    from debtguide.evidence.report import evidence_table
    from debtguide.render.evidence_files import table_csv, table_markdown

    table = evidence_table(entries, io.load_pack(), lang)
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
    console(stderr=True).print(t("log_exported", lang, count=len(entries), path=out))


# ---- the commands --------------------------------------------------------------------------


log_app = typer.Typer(
    help="A private log of every contact by a collector, as evidence. 记录每一次催收联系，留作证据。",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(log_app, name="log")

SinceOpt = Annotated[
    str | None,
    typer.Option("--since", help="Only from this date, YYYY-MM-DD. 起始日期。", show_default=False),
]
UntilOpt = Annotated[
    str | None,
    typer.Option(
        "--until", help="Only up to this date, YYYY-MM-DD. 截止日期。", show_default=False
    ),
]
CreditorOpt = Annotated[
    str | None,
    typer.Option(
        "--creditor",
        help="Only this creditor (any part of the name). 只看这个债权人。",
        show_default=False,
    ),
]


@log_app.command("add")
def log_add(
    when: Annotated[
        str | None,
        typer.Option(
            "--when",
            help="When it happened: YYYY-MM-DD HH:MM (24-hour), or the date alone. 发生时间。",
            show_default=False,
        ),
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option(
            "--channel",
            help=f"{io.one_of(LOG_CHANNELS)}. 联系方式。",
            show_default=False,
        ),
    ] = None,
    who: Annotated[
        str | None,
        typer.Option(
            "--who", help="Who contacted you: number, name, company. 对方是谁。", show_default=False
        ),
    ] = None,
    contacted: Annotated[
        str | None,
        typer.Option(
            "--contacted",
            help="Whom they contacted, for contacts with others. 他们联系了谁。",
            show_default=False,
        ),
    ] = None,
    creditor: Annotated[
        str | None,
        typer.Option(
            "--creditor", help="The lender or platform. 哪家机构的催收。", show_default=False
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option(
            "--note",
            help="What was said or done, in their words. 对方说了什么。",
            show_default=False,
        ),
    ] = None,
    behaviour: Annotated[
        list[str] | None,
        typer.Option(
            "--behaviour",
            metavar="ID",
            help=f"What they did (repeatable): {io.one_of(COLLECTOR_BEHAVIOURS)}. 催收行为，可重复。",
            show_default=False,
        ),
    ] = None,
    attach: Annotated[
        list[Path] | None,
        typer.Option(
            "--attach",
            metavar="FILE",
            help="A screenshot, recording or photo (repeatable); its SHA-256 is kept. 证据文件。",
            show_default=False,
        ),
    ] = None,
    debt: Annotated[
        str | None,
        typer.Option(
            "--debt",
            metavar="ID",
            help="The debt of your case it belongs to (see debtguide review). 属于案件里的哪笔欠款。",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Log one contact by a collector; asks step by step when run without --when and --channel.
    记录一次催收联系；不带 --when 和 --channel 时会一步步提问。

    Example: debtguide log add --when "2026-11-20 22:30" --channel call --behaviour calls_at_night
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide.userfile import typed_text

        who, contacted = typed_text(who, "--who"), typed_text(contacted, "--contacted")
        creditor, note = typed_text(creditor, "--creditor"), typed_text(note, "--note")
        run_add(
            lang, when, channel, who, contacted, creditor, note, behaviour or [], attach or [],
            debt=debt,
        )  # fmt: skip


@log_app.command("edit")
def log_edit(
    number: Annotated[int, typer.Argument(metavar="N", help="The entry number. 第几条。")],
    debt: Annotated[
        str | None,
        typer.Option("--debt", metavar="ID", help="Tie it to this debt. 归到这笔欠款。"),
    ] = None,
    untie: Annotated[
        bool, typer.Option("--untie", help="Tie it to no debt. 不归到任何一笔。")
    ] = False,
    when: Annotated[str | None, typer.Option("--when", help="YYYY-MM-DD HH:MM. 发生时间。")] = None,
    channel: Annotated[
        str | None,
        typer.Option("--channel", help=f"{io.one_of(LOG_CHANNELS)}. 联系方式。"),
    ] = None,
    who: Annotated[str | None, typer.Option("--who", help="Who contacted you. 对方是谁。")] = None,
    contacted: Annotated[
        str | None, typer.Option("--contacted", help="Whom they contacted. 他们联系了谁。")
    ] = None,
    creditor: Annotated[
        str | None, typer.Option("--creditor", help="The lender. 哪家机构。")
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", help="What was said. 对方说了什么。")
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Change one logged contact: tie it to a debt, correct its date or words.
    修改一条记录：归到某笔欠款，或更正时间、内容。

    Example: debtguide log edit 3 --debt huahua
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide.userfile import typed_text

        texts = {
            "who": typed_text(who, "--who"),
            "contacted": typed_text(contacted, "--contacted"),
            "creditor": typed_text(creditor, "--creditor"),
            "note": typed_text(note, "--note"),
        }
        run_edit(lang, number, debt, untie, when, channel, texts)


@log_app.command("delete")
def log_delete(
    number: Annotated[int, typer.Argument(metavar="N", help="The entry number. 第几条。")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask. 不再确认。")] = False,
    lang: LangOpt = None,
) -> None:
    """Delete one logged contact, after asking. 删除一条记录（会先确认）。

    Example: debtguide log delete 3
    """
    with reporting(lang):
        lang = detect_lang(lang)
        run_delete(lang, number, yes)


@log_app.command("list")
def log_list(
    since: SinceOpt = None,
    until: UntilOpt = None,
    channel: Annotated[
        str | None,
        typer.Option("--channel", help="Only this channel. 只看这种联系方式。", show_default=False),
    ] = None,
    creditor: CreditorOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List the logged contacts; attachments that changed or disappeared are marked.
    列出已记录的催收联系；被改动或不在原处的证据文件会标出来。

    Example: debtguide log list --since 2026-11-01
    """
    with reporting(lang):
        lang = detect_lang(lang)
        run_list(lang, since, until, channel, creditor, as_json)


@log_app.command("report")
def log_report(
    since: SinceOpt = None,
    until: UntilOpt = None,
    creditor: CreditorOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Sum up the log: contacts by day and channel, at night, with others; the red flags shown.
    汇总证据记录：每天和各种方式的次数、夜间联系、联系他人，以及能证明的违规情形。

    Example: debtguide log report --creditor 某某贷
    """
    with reporting(lang):
        lang = detect_lang(lang)
        pack = io.load_pack()
        run_report(lang, pack, since, until, creditor, as_json)


@log_app.command("export")
def log_export(
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="csv or md (default: from --out's extension, else md). 导出格式。",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Write to FILE (default: print). 写入文件。",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing --out file. 覆盖已有文件。")
    ] = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    creditor: CreditorOpt = None,
    lang: LangOpt = None,
) -> None:
    """Write the evidence table a complaint can attach (with each file's SHA-256).
    导出可以附在投诉材料里的证据表（含每个文件的 SHA-256）。

    Example: debtguide log export --format md --out evidence.md
    """
    with reporting(lang):
        lang = detect_lang(lang)
        run_export(lang, fmt, out, force, since, until, creditor)
