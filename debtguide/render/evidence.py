"""Rich renderables for the evidence log: the list of contacts and the report. No decisions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from debtguide.evidence.report import Entry, Report, behaviour_label, channel_label, file_label
from debtguide.i18n import t
from debtguide.render.layout import Decorated, panel

if TYPE_CHECKING:  # the list needs no content: render.py and the models load for the report only
    from debtguide.content.models import Pack

_MARKS = {"ok": ("✓", "green"), "changed": ("⚠", "bold red"), "missing": ("✗", "bold red")}


def _numbers(numbers: Sequence[int]) -> str:
    return ", ".join(f"#{n}" for n in numbers)


def _files(entry: Entry, lang: str, sep: str = "\n") -> Text:
    out = Text()
    for i, attachment in enumerate(entry.attachments):
        if i:
            out.append(sep)
        out.append(attachment.name)
        mark = _MARKS.get(attachment.state)
        if mark:
            out.append(f" {mark[0]}", style=mark[1])
            if attachment.state != "ok":
                out.append(" " + file_label(attachment.state, lang), style=mark[1])
    return out


def entries_table(entries: Sequence[Entry], pack: Pack, lang: str) -> RenderableType:
    """The logged contacts in date order, with each attachment checked."""
    if not entries:
        return Group(Text(t("log_empty", lang)), Text(t("log_add_hint", lang), style="dim"))
    table = Table(title=t("log_list_title", lang), title_justify="left", show_lines=True)
    table.add_column(t("log_col_no", lang), justify="right", style="bold")
    table.add_column(t("log_col_when", lang), overflow="fold", min_width=10)
    table.add_column(t("log_col_from", lang), overflow="fold")
    table.add_column(t("log_col_note", lang), overflow="fold", ratio=2)
    table.add_column(t("log_col_files", lang), overflow="fold")
    tied = any(e.debt for e in entries)  # once debts are in use, untied entries say so
    plain = Table.grid(padding=(0, 1))  # piped: each entry as a few lines, a blank between
    plain.add_column(justify="right", style="bold", no_wrap=True)
    plain.add_column(overflow="fold")
    for entry in entries:
        when = Text(entry.when_text(), style="bold")
        when.append("\n" + channel_label(entry.channel, lang), style="")
        source = Text(entry.creditor, style="bold")
        if entry.who:
            source.append(("\n" if entry.creditor else "") + entry.who)
        if entry.contacted:
            source.append(("\n" if len(source) else "") + "→ " + entry.contacted, style="magenta")
        if tied:
            debt = f"[{entry.debt}]" if entry.debt else f"({t('log_untied', lang)})"
            source.append(("\n" if len(source) else "") + debt, style="cyan")
        what = Text(entry.note)
        bullet = "•" if lang == "zh" else "• "  # a space would break a Chinese line early
        for behaviour in entry.behaviours:
            label = bullet + behaviour_label(pack, behaviour, lang)
            what.append(("\n" if len(what) else "") + label)
            what.stylize("red", len(what) - len(label))
        table.add_row(str(entry.number), when, source, what, _files(entry, lang))
        plain.add_row(f"#{entry.number}", _entry_lines(entry, source, what, lang))
        if entry is not entries[-1]:
            plain.add_row()
    plain_view = Group(Text(t("log_list_title", lang), style="table.title"), plain, Text())
    shown = Decorated(table, plain_view)
    parts: list[RenderableType] = [shown, Text(t("log_count", lang, count=len(entries)))]
    states = {a.state for e in entries for a in e.attachments}
    if states & {"changed", "missing"}:
        parts.append(Text(t("log_files_warning", lang), style="bold red"))
    parts.append(Text(t("log_list_hint", lang), style="dim"))
    return Group(*parts)


def _entry_lines(entry: Entry, source: Text, what: Text, lang: str) -> Text:
    """An entry for plain output: when and how, who (labelled), what was said, the files."""
    out = Text(entry.when_text(), style="bold") + Text(" · " + channel_label(entry.channel, lang))
    if len(source):
        out += Text("\n" + t("log_col_from", lang) + _colon(lang)) + _one_line(source)
    if len(what):
        out += Text("\n") + what
    if entry.attachments:
        files = _files(entry, lang, "；" if lang == "zh" else "; ")
        out += Text("\n" + t("log_col_files", lang) + _colon(lang)) + files
    return out


def _one_line(text: Text) -> Text:
    """The lines of a table cell joined with ` · `, their styles kept."""
    parts = text.split("\n")
    out = Text()
    for i, part in enumerate(parts):
        out += (Text(" · ") if i else Text()) + part
    return out


def _colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "


def _heading(text: str) -> RenderableType:
    return Padding(Text(text, style="bold magenta"), (1, 0, 0, 0))


def _line(label: str, numbers: Sequence[int], lang: str) -> Text:
    text = Text(label + _colon(lang), style="bold")
    if numbers:
        text.append(t("log_n_contacts", lang, count=len(numbers)) + " — " + _numbers(numbers))
    else:
        text.append(t("log_none", lang), style="dim")
    return text


def _breaches(result: Report, lang: str) -> Text:
    """Per creditor and day: the industry standards' lines crossed, with entry numbers."""
    out = Text(t("log_breaches", lang) + _colon(lang), style="bold")
    if not result.breaches:
        out.append(t("log_none", lang), style="dim")
        return out
    sep = "；" if lang == "zh" else "; "
    for b in result.breaches:
        who = b.creditor or t("log_unnamed_creditor", lang)
        items: list[str] = []
        if b.night:
            items.append(t("log_breach_night", lang, count=len(b.night)) + " " + _numbers(b.night))
        if b.calls:
            limit = result.calls_per_day
            items.append(t("log_breach_calls", lang, count=len(b.calls), limit=limit))
            if b.over_attempts:
                items.append(t("log_breach_attempts", lang, limit=result.attempts_per_day))
        if b.third_party:
            count = len(b.third_party)
            items.append(t("log_breach_third", lang, count=count) + " " + _numbers(b.third_party))
        if b.visits:
            count = len(b.visits)
            items.append(t("log_breach_visits", lang, count=count) + " " + _numbers(b.visits))
        out.append("\n  " + t("log_breach_day", lang, day=b.day, creditor=who) + sep.join(items))
    return out


def report_view(pack: Pack, result: Report, lang: str) -> RenderableType:
    """What the log shows, then the red flags it supports and where the yardsticks come from."""
    from debtguide.render.reference import cautions, cites_text

    if not result.entries:
        return Group(Text(t("log_empty", lang)), Text(t("log_add_hint", lang), style="dim"))
    rules = pack.evidence
    start, end = (x.strftime("%H:%M") for x in result.daytime)
    head = Text(t("log_report_title", lang), style="bold")
    span = t("log_report_span", lang, count=result.entries, first=result.first, last=result.last)
    parts: list[RenderableType] = [panel(Group(head, Text(span)))]

    parts.append(_heading(t("log_sec_figures", lang)))
    channels = " · ".join(f"{channel_label(c, lang)} {n}" for c, n in result.by_channel.items())
    parts.append(Text(t("log_by_channel", lang) + _colon(lang), style="bold") + Text(channels))
    days = Table(title=t("log_by_day", lang), title_justify="left", box=None, pad_edge=False)
    days.add_column(t("log_col_date", lang), no_wrap=True)
    days.add_column(t("log_col_total", lang), justify="right")
    days.add_column(t("log_col_channels", lang), overflow="fold")
    for day in result.by_day:
        detail = ", ".join(f"{channel_label(c, lang)} {n}" for c, n in day.by_channel.items())
        days.add_row(day.day.isoformat(), str(day.count), detail)
    parts.append(Padding(days, (1, 0, 0, 0)))

    parts.append(Text())
    parts.append(
        _line(t("log_outside_hours", lang, start=start, end=end), result.outside_hours, lang)
    )
    if result.no_time:
        parts.append(Text(t("log_no_time", lang, numbers=_numbers(result.no_time)), style="dim"))
    busy = Text(t("log_busy_days", lang, limit=result.day_limit) + _colon(lang), style="bold")
    if result.busy_days:
        for b in result.busy_days:
            who = b.creditor or t("log_unnamed_creditor", lang)
            busy.append(
                "\n  "
                + t("log_busy_day", lang, day=b.day, creditor=who, count=b.count)
                + " — "
                + _numbers(b.entries)
            )
    else:
        busy.append(t("log_none", lang), style="dim")
    parts.append(busy)
    parts.append(_line(t("log_third_party", lang), result.third_party, lang))
    parts.append(_line(t("log_threats", lang), result.threats, lang))
    late_from = rules.daytime.late() if rules is not None else None
    if late_from is not None:
        late = t("log_late", lang, late=late_from.strftime("%H:%M"), end=end)
        parts.append(_line(late, result.late, lang))
    if result.calls_per_day is not None:
        parts.append(_breaches(result, lang))

    parts.append(_heading(t("log_sec_flags", lang)))
    if result.flags:
        flags = Table.grid(padding=(0, 1))
        flags.add_column()
        flags.add_column()
        for support in result.flags:
            flag = pack.flags.get(support.id)
            title = Text(flag.title(lang) if flag else support.id, style="bold red")
            title.append(f" ({support.id})", style="cyan")
            title.append(
                "\n"
                + t("log_n_contacts", lang, count=support.count)
                + " — "
                + _numbers(support.entries)
            )
            flags.add_row("•", title)
        parts.append(flags)
        parts.append(Text(t("log_flags_next", lang), style="dim"))
    else:
        parts.append(Text(t("log_no_flags", lang)))

    if result.attachments_changed or result.attachments_missing:
        parts.append(Text())
        if result.attachments_changed:
            parts.append(
                Text(t("log_report_changed", lang, numbers=_numbers(result.attachments_changed)),
                     style="bold red")
            )  # fmt: skip
        if result.attachments_missing:
            parts.append(
                Text(t("log_report_missing", lang, numbers=_numbers(result.attachments_missing)),
                     style="bold red")
            )  # fmt: skip

    if rules is not None:
        parts.append(_heading(t("log_sec_yardsticks", lang)))
        notes = Table.grid(padding=(0, 1))
        notes.add_column()
        notes.add_column(overflow="fold")  # a Chinese paragraph is one long "word" to Rich
        shown = [r for r in (rules.daytime, rules.busy_day, rules.standards) if r is not None]
        for rule in shown:
            notes.add_row("•", Text(rule.note(lang)) + cites_text(pack, rule.cites, lang))
        parts.append(notes)
        note = cautions(pack, [c for r in shown for c in r.cites], lang)
        if note is not None:
            parts.append(note)
    parts.append(Padding(Text(t("log_export_hint", lang), style="dim"), (1, 0, 0, 0)))
    return Group(*parts)
