"""Render an assessment: a plan a person can follow at a glance, or the JSON of CONTRACT.md §3."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from debtguide.content.models import Pack
from debtguide.contract import THEIR_DEADLINES
from debtguide.engine import Assessment
from debtguide.i18n import t
from debtguide.render.layout import Decorated, panel
from debtguide.render.reference import (
    _bullets,
    _heading,
    _numbered,
    cautions,
    channels_list,
    cites_text,
)


def plan(
    pack: Pack,
    result: Assessment,
    lang: str,
    letter_args: str,
    same_stage_as: int | None = None,
) -> RenderableType:
    """The plan for the terminal, most urgent first.

    `same_stage_as`, in a case of several debts, is the number of an earlier debt at the same
    stage: its rights, what not to do and the credit-record note are then pointed to, not
    printed again.
    """
    parts: list[RenderableType] = []
    cited: list[str] = []

    def cite(ids: list[str]) -> Text:
        cited.extend(c for c in ids if c not in cited)
        return cites_text(pack, ids, lang)

    safety = [a for a in result.actions if a.safety]
    if result.safety and safety:
        safety_rows = [Text(a.text(lang)) + cite(a.cites) for a in safety]
        parts.append(
            panel(
                _bullets(safety_rows, "!"), t("plan_safety", lang), space=True, border_style="red"
            )
        )

    head = Text(t("plan_stage", lang), style="bold")
    head.append(f"{result.stage.title(lang)}", style="bold magenta")
    head.append(f"  ({result.stage.id})", style="cyan")
    why = [Text(w(lang)) for w in result.why]
    body = [
        head,
        Text(result.stage.summary(lang)),
        Text(t("plan_why", lang), style="dim"),
        _bullets(why),
    ]
    parts.append(panel(Group(*body), expand=True))

    if result.deadlines or result.missing_deadlines:
        parts.append(_heading(t("plan_deadlines", lang)))
        parts.append(_deadlines(pack, result, lang, cite))
    if result.case_number:
        parts.append(Text(t("plan_case_number", lang, case=result.case_number)))

    groups = [("now", "plan_now"), ("this_week", "plan_this_week"), ("ongoing", "plan_ongoing")]
    for when, key in groups:
        items = [a for a in result.actions if a.when == when and not (a.safety and result.safety)]
        if items:
            parts.append(_heading(t(key, lang)))
            parts.append(_numbered([Text(a.text(lang)) + cite(a.cites) for a in items]))

    if result.flags:
        parts.append(_heading(t("plan_flags", lang)))
        for raised in result.flags:
            flag = raised.flag
            line = Text(f"⚑ {flag.title(lang)}", style="bold red")
            line.append(f"  ({flag.id})", style="cyan")
            rows: list[RenderableType] = [line, Text(flag.why(lang)) + cite(flag.cites)]
            if raised.because:
                shown = _join([b(lang) for b in raised.because], lang, "；", "; ")
                rows.append(Text(t("plan_flag_because", lang, because=shown), style="dim"))
            rows.append(Text(t("plan_todo", lang), style="bold") + Text(flag.todo(lang)))
            names = _join([pack.channels[c].name(lang) for c in flag.report_to], lang, "、", ", ")
            rows.append(Text(t("plan_report_to", lang), style="bold") + Text(names))
            parts.append(Padding(Group(*rows), (0, 0, 1, 2)))

    money = _money(pack, result, lang, cite)
    if money is not None:
        parts += [_heading(t("plan_money", lang)), money]

    if same_stage_as is not None:
        pointer = t("case_same_stage", lang, number=same_stage_as)
        parts.append(Padding(Text(pointer, style="dim"), (1, 0, 0, 0)))
    else:
        parts.append(_heading(t("sec_rights", lang)))
        parts.append(_bullets([Text(r.text(lang)) + cite(r.cites) for r in result.stage.rights]))
        parts.append(_heading(t("sec_avoid", lang)))
        avoid = [Text(a.text(lang)) + cite(a.cites) for a in result.stage.avoid]
        parts.append(_bullets(avoid, "✗"))
    if same_stage_as is None and result.credit_record and result.stage.id != "credit-record":
        credit = pack.stage("credit-record")
        pointer = t("plan_credit_pointer", lang, summary=credit.summary(lang))
        parts.append(Padding(Text(pointer, style="dim"), (1, 0, 0, 0)))

    if result.letters:
        parts.append(_heading(t("plan_letters", lang)))
        letter_rows: list[RenderableType] = []
        for letter in result.letters:
            command = Text(f"debtguide letter {letter.id} {letter_args}".rstrip(), style="cyan")
            letter_rows.append(Group(command, Text(letter.why(lang))))
        parts.append(_bullets(letter_rows))

    if result.unknown:
        parts.append(_heading(t("plan_unknown", lang)))
        rows = []
        for qid in result.unknown:
            question = pack.question(qid)
            rows.append(
                Text(question.text(lang) if question else qid) + Text(f"  ({qid})", style="dim")
            )
        parts.append(_bullets(rows, "?"))

    parts += [_heading(t("sec_help", lang)), channels_list(pack, result.stage.help, lang)]
    note = cautions(pack, cited, lang)
    if note:
        parts += [Padding(note, (1, 0, 0, 0))]
    return Group(*parts)


def _deadlines(pack: Pack, result: Assessment, lang: str, cite: Any) -> RenderableType:
    """A table on a terminal; elsewhere one item a deadline: `date · time left · what`."""
    table = Table(show_lines=True)
    items: list[Text] = []
    table.add_column(t("plan_col_date", lang), no_wrap=True, style="bold")
    table.add_column(t("plan_col_left", lang), no_wrap=True)
    table.add_column(t("plan_col_what", lang), overflow="fold")
    for deadline in result.deadlines:
        rule = deadline.rule
        theirs = rule.kind in THEIR_DEADLINES
        dates = {"date": deadline.date.isoformat(), "legal": deadline.last_day.isoformat()}
        if deadline.may_be_open:
            style = "bold yellow" if theirs else "bold red"
            left = Text(t("plan_may_be_open", lang), style=style)
            what = Text(rule.title(lang)) + cite(rule.cites) + Text("\n")
            what += Text(t("plan_may_be_open_text", lang, **dates), style="bold")
            what += cite(["civil-procedure-law-85"])
        elif deadline.passed:
            style = "bold yellow" if theirs else "bold red"
            left = Text(t("plan_passed", lang, days=-deadline.days_left), style=style)
            what = (
                Text(rule.title(lang))
                + cite(rule.cites)
                + Text("\n")
                + Text(rule.passed.text(lang))
            )
            what += cite(rule.passed.cites)
        else:
            style = "cyan" if theirs else "bold red" if deadline.days_left <= 5 else "bold yellow"
            key = "plan_day_left" if deadline.days_left == 1 else "plan_days_left"
            left = Text(t(key, lang, days=deadline.days_left), style=style)
            what = Text(rule.title(lang)) + cite(rule.cites)
            if deadline.legal_last_day and deadline.legal_last_day != deadline.date:
                what += Text("\n") + Text(t("plan_legal_last_day", lang, **dates))
                what += cite(["civil-procedure-law-85"])
            if rule.note:
                what += Text("\n") + Text(rule.note.text(lang), style="dim") + cite(rule.note.cites)
        if deadline.unknown_years and not deadline.passed:
            years = "、".join(str(y) for y in deadline.unknown_years)
            what += Text("\n") + Text(t("plan_unknown_holidays", lang, years=years), style="dim")
        table.add_row(deadline.date.isoformat(), left, what)
        items.append(_item(deadline.date.isoformat(), left, what))
    for missing in result.missing_deadlines:
        rule = missing.rule
        what = (
            Text(rule.title(lang))
            + cite(rule.cites)
            + Text("\n")
            + Text(rule.missing(lang), style="dim")
        )
        left = Text(t("plan_date_unknown", lang), style="bold yellow")
        table.add_row("?", left, what)
        items.append(_item("?", left, what))
    note = pack.rules.rest_day_note
    rules = [d.rule for d in result.deadlines] + [m.rule for m in result.missing_deadlines]
    if not any(set(rule.cites) & set(note.cites) for rule in rules):
        return Decorated(
            table, _bullets(items)
        )  # the rest-day rule is the law it cites: only for deadlines counted under it
    shown = Decorated(table, Group(_bullets(items), Text()))  # piped: a blank line
    return Group(shown, Text(note.text(lang), style="dim") + cite(note.cites))


def _item(date: str, left: Text, what: Text) -> Text:
    """One deadline as a line of plain text, what follows the title on lines of its own."""
    return Text(date, style="bold") + Text(" · ") + left + Text(" · ") + what


def _money(pack: Pack, result: Assessment, lang: str, cite: Any) -> RenderableType | None:
    money = result.money
    rows: list[Text] = []
    warnings: list[Text] = []  # what the practice line and the LPR table rest on
    if money.rate is not None:
        apr, effective = money.rate.apr * 100, money.rate.effective_annual * 100
        rows.append(Text(t("plan_apr", lang, apr=apr, effective=effective)))
        kind = money.loan_type or "unknown"
        note = pack.rates.loan_types.get(kind) if pack.rates and money.lines else None
        if note is not None:
            label = _choice_label(pack, "loan_type", kind, lang)
            key = "money_loan_type_by_name" if money.loan_type_by_name else "money_loan_type"
            head = t(key, lang, label=label) + _sep(lang)
            rows.append(Text(head + note.text(lang)) + cite(note.cites))
        for line in money.lines:
            key = "plan_line_above" if line.exceeded else "plan_line_below"
            if line.old_loan:
                key = "plan_line_partly_above" if line.exceeded else "plan_line_partly_below"
            applies = "money_applies_true" if line.applies is True else "money_applies_maybe"
            text = t(key, lang, line=line.title(lang), rate=line.rate * 100) + t(applies, lang)
            row = Text(text) + cite(list(line.line.summary.cites))
            for extra in line.notes:  # which LPR the line uses; older loans
                note_key = PLAN_NOTES.get(extra.key or "", extra.key)
                question = pack.label("contract_date", None, lang)  # plan_lpr_no_date quotes it
                values = {"question": question, **dict(extra.values)}
                shown = t(note_key, lang, **values) if note_key else extra(lang)
                row += Text("\n") + Text(shown, style="dim") + cite(list(extra.cites))
            rows.append(row)
            if line.line.caution:
                warnings.append(Text(line.line.caution(lang), style="dim"))
        if pack.rates and any(line.lpr is not None for line in money.lines):
            warnings.append(Text(pack.rates.lpr_caution(lang), style="dim"))
    if money.repaid is not None:
        if money.over_received is not None and money.paid_total is not None:
            received = money.paid_total - money.over_received
            rows.append(
                Text(
                    t(
                        "plan_repaid_over",
                        lang,
                        repaid=money.repaid,
                        claimed=money.paid_total - money.repaid,
                        total=money.paid_total,
                        received=received,
                        over=money.over_received,
                    )
                )
            )
        else:
            rows.append(Text(t("plan_repaid", lang, repaid=money.repaid)))
    if money.affordable is not None:
        if money.affordable.monthly > 0:
            rows.append(Text(t("plan_affordable", lang, amount=money.affordable.monthly)))
        else:  # what to do then is the action money-nothing-to-spare
            rows.append(Text(t("plan_nothing_to_spare", lang)))
    if not rows:
        return None
    return Group(_bullets(rows), _bullets(warnings, "⚠")) if warnings else _bullets(rows)


# The LPR notes of `debtguide apr` name its options; the plan says where its answers come from.
PLAN_NOTES = {
    "money_lpr_no_date": "plan_lpr_no_date",
    "money_lpr_after_table": "plan_lpr_after_table",
}


def _choice_label(pack: Pack, qid: str, value: str, lang: str) -> str:
    question = pack.question(qid)
    choice = question.choice(value) if question else None
    return choice.label(lang) if choice else value


def _sep(lang: str) -> str:
    return "" if lang == "zh" else " "


def _join(items: list[str], lang: str, zh: str, en: str) -> str:
    return (zh if lang == "zh" else en).join(items)
