"""`debtguide letter`: gather answers and fields, render, write, say what comes next."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from debtguide.cli import LangOpt, app, io, reporting
from debtguide.contract import LETTER_IDS, letter_order
from debtguide.errors import EXIT_INTERRUPTED, UsageError
from debtguide.i18n import detect_lang, t
from debtguide.inputs import yes_no
from debtguide.suggest import suggest

if TYPE_CHECKING:
    from debtguide.content.models import Letter, Pack


def _say(console: Any, *items: Any) -> None:
    """Print without breaking lines inside a sentence (long Chinese lines wrap badly)."""
    console.print(*items, soft_wrap=True)


def run(
    lang: str,
    letter_type: str | None,
    answers_file: Path | None,
    resume: bool,
    sets: list[str],
    out: Path | None,
    force: bool,
    today_text: str | None,
    debts_file: Path | None = None,
    creditor: str | None = None,
    debt: str | None = None,
) -> None:
    """Write the letter `letter_type`, or list the letters when it is None."""
    from debtguide.casefile import keep_profile, progress_path
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir
    from debtguide.letters.fields import missing_fields, parse_sets, with_letter
    from debtguide.letters.situation import limitation_risk
    from debtguide.letters.templates import render
    from debtguide.letters.wording import fmt_money
    from debtguide.letters.writers import FORMATS

    today = io.parse_today(today_text)
    pack = cache.load(pack_dir())
    if answers_file is not None and resume:
        raise UsageError("resume_and_answers")
    given = parse_sets(pack, sets, today)
    if out is not None:
        if out.suffix.lower() not in FORMATS:
            raise UsageError("letter_bad_format", path=out)
        from debtguide.files import check_target

        check_target(out, force)
    if letter_type is None:
        list_letters(pack, lang, today, answers_file, resume, debt)
        return
    letter = find_letter(pack, letter_type)
    from dataclasses import replace

    from debtguide.cli.caseflow import letter_case
    from debtguide.render.console import console

    err = console(stderr=True)
    # Contract v1.1 §5: with neither --answers nor --resume, the saved interview (if any); with
    # several debts, --debt picks one; the profile and the debt's fields, --set overriding them.
    case, source = letter_case(pack, lang, today, answers_file, resume, True, debt, err)
    answers = case.answers if case is not None else {}
    if case is not None:
        given = {**case.fields, **given}
    answers = with_letter(pack, letter, answers, given)
    situation = _situation(pack, answers, today, lang, case)
    if source is not None and answers_file is None and not resume:
        _say(err, t("letter_using_saved", lang, path=progress_path(create=False)))
    if case is not None and len(case.case.debts) > 1:
        name = case.case.debt(case.debt).lender_name or case.debt
        _say(err, t("case_letter_for", lang, id=case.debt, name=name))
        if (
            case.share is not None
            and "monthly_offer" in letter.fields
            and "monthly_offer" not in given
            and debts_file is None
        ):
            given = {**given, "monthly_offer": case.share}
            situation = replace(
                situation,
                shared=True,
                court_first=case.court_first,
                court_share=case.court_share,
            )
            affordable = situation.result.money.affordable
            whole = fmt_money(affordable.monthly if affordable else 0, lang)
            part = fmt_money(case.share, lang)
            key = "case_letter_share" if case.share > 0 else "case_letter_share_none"
            _say(err, t(key, lang, offer=part, total=whole))
    if debts_file is not None and "monthly_offer" in letter.fields:
        if "monthly_offer" not in given:
            share, total, name = budget_share(pack, situation, debts_file, creditor, lang)
            given = {**given, "monthly_offer": share}
            offer, of = fmt_money(share, lang), fmt_money(total, lang)
            _say(err, t("letter_debts_share", lang, creditor=name, offer=offer, total=of))
    elif debts_file is not None or creditor is not None:
        raise UsageError("letter_debts_unused", letter=letter.id)
    terminal = io.is_terminal()
    if letter.acknowledges and limitation_risk(answers, today):
        _warn_limitation(pack, letter, answers, lang, err, terminal)
    if terminal:
        missing = missing_fields(pack, letter, situation, given)
        typed = _ask(pack, missing, lang, today, err)
        given = {**given, **typed}
        keep_profile(typed)  # asked once: kept for every later letter

    rendered = render(pack, letter.id, lang, situation, given)
    if out is None:
        from debtguide.letters.writers import to_text

        sys.stdout.write(to_text(rendered))
        sys.stdout.flush()
    else:
        from debtguide.letters.writers import encode

        io.write_new_file(out, encode(rendered, out.suffix.lower(), today), force)
    _after(pack, rendered, situation, lang, err, out)
    if rendered.plan is not None and rendered.plan.months and rendered.plan.months > 60:
        _say(err, t("case_letter_long", lang, months=rendered.plan.months))


def budget_share(
    pack: Pack, situation: Any, debts_file: Path, creditor: str | None, lang: str
) -> tuple[float, float, str]:
    """This creditor's monthly share of what the borrower can afford, split as `budget` does.

    Returns (share, the whole affordable sum, the creditor's name in the debts file).
    """
    from debtguide.money.budget import split
    from debtguide.money.parse import parse_debts

    assert pack.rates is not None
    debts = parse_debts(
        io.read_data(debts_file), lang, [s.id for s in pack.stages], str(debts_file)
    )
    affordable = situation.result.money.affordable
    if affordable is None:
        raise UsageError("letter_debts_need_income")
    wanted = (creditor or situation.answers.get("lender_name") or "").strip().casefold()
    names = [d.creditor for d in debts]
    matches = [
        i
        for i, name in enumerate(names)
        if wanted and (wanted in name.casefold() or name.casefold() in wanted)
    ]
    if len(matches) != 1:
        raise UsageError("letter_debts_which", creditors="; ".join(names))
    shares = split(debts, affordable.monthly, "pro-rata", pack.rates.budget.court_stages)
    offer = shares.offers[matches[0]]
    return offer.monthly, shares.monthly, offer.debt.creditor


def find_letter(pack: Pack, name: str) -> Letter:
    """The letter with this id or title; UsageError with suggestions otherwise."""
    wanted = name.strip().casefold()
    for letter in pack.letters.values():
        if wanted in (letter.id, letter.title.zh.casefold(), letter.title.en.casefold()):
            return letter
    # A word of one title only: 协商, 答辩, 支付令, "defence".
    partial = [
        letter
        for letter in pack.letters.values()
        if len(wanted) >= 2
        and any(wanted in title.casefold() for title in (letter.title.zh, letter.title.en))
    ]
    if len(partial) == 1:
        return partial[0]
    error = UsageError("letter_unknown", name=name)
    close = [letter.id for letter in partial] or suggest(wanted, pack.letters, cutoff=0.5)
    if close:
        error.hint("did_you_mean", options=", ".join(close))
    raise error.hint("see_letters")


def _situation(
    pack: Pack, answers: dict[str, Any], today: dt.date, lang: str, case: Any = None
) -> Any:
    """The assessment a letter is written from, with the evidence log's flags and rows: for a
    debt of a case, only that debt's entries."""
    from debtguide.letters.situation import letter_situation

    _, entries = io.log_findings(pack, lang)
    if case is not None and entries:
        from debtguide.case import debt_entries

        entries = debt_entries(entries, case.case, case.debt)
    return letter_situation(pack, answers, today, lang, entries)


def list_letters(
    pack: Pack,
    lang: str,
    today: dt.date,
    answers_file: Path | None,
    resume: bool,
    debt: str | None = None,
) -> None:
    """Print the letters, one line each, marking those the situation calls for."""
    from rich.text import Text

    from debtguide.cli.caseflow import letter_case
    from debtguide.render.console import console

    case, source = letter_case(
        pack, lang, today, answers_file, resume, True, debt, None, must_pick=False
    )
    fits: dict[str, Any] = {}
    if case is not None:
        situation = _situation(pack, case.answers, today, lang, case)
        fits = {fit.id: fit for fit in situation.result.letters}
    elif source is not None:  # several debts and no --debt: which one?
        from debtguide.casefile import read_case_file, saved_case

        whole = (
            read_case_file(pack, answers_file, today, lang)
            if answers_file is not None
            else saved_case(pack, today, lang)
        )
        ids = ", ".join(whole.ids) if whole is not None else ""
        _say(console(stderr=True), t("case_letter_list_pick", lang, ids=ids))
        source = None
    out = console()
    _say(out, Text(t("letter_list_title", lang), style="bold"))
    width = max(len(letter_id) for letter_id in pack.letters)
    for letter in sorted(pack.letters.values(), key=lambda x: letter_order(x.id)):
        line = Text("✓ " if letter.id in fits else "  ", style="bold green")
        line.append(letter.id.ljust(width + 2), style="cyan")
        line.append(letter.title(lang), style="bold")
        why = fits[letter.id].why(lang) if letter.id in fits else letter.summary(lang)
        line.append(f" — {why}")
        _say(out, line)
    if source is None:
        _say(out, Text(t("letter_list_no_answers", lang), style="dim"))
    elif fits:
        _say(out, Text(t("letter_needed_from", lang, source=source)))
        _say(out, Text("  " + ", ".join(fits), style="bold cyan"))
    else:
        _say(out, Text(t("letter_list_none", lang, source=source)))
    _say(out, Text(t("letter_list_hint", lang), style="dim"))


def _warn_limitation(
    pack: Pack, letter: Letter, answers: dict[str, Any], lang: str, err: Any, terminal: bool
) -> None:
    from rich.text import Text

    from debtguide.letters.situation import LIMITATION_CITES
    from debtguide.letters.wording import cite_labels

    cites = cite_labels(pack, LIMITATION_CITES, lang)
    days = answers.get("days_overdue")
    key = "letter_limitation" if days is not None else "letter_limitation_unknown"
    _say(err, Text(t(key, lang, days=days, cites=cites), style="bold yellow"))
    if letter.id == "defense":
        _say(err, Text(t("letter_limitation_defense", lang), style="yellow"))
        return
    if terminal:
        try:
            reply = err.input(t("letter_limitation_ask", lang))
        except (KeyboardInterrupt, EOFError):
            raise typer.Exit(EXIT_INTERRUPTED) from None
        if yes_no(reply) is not True:
            _say(err, Text(t("letter_cancelled", lang)))
            raise typer.Exit(0)


def _ask(pack: Pack, missing: list[str], lang: str, today: dt.date, err: Any) -> dict[str, Any]:
    """Ask each missing field once; Enter leaves it blank. Ctrl-C stops with nothing written."""
    from functools import partial

    from rich.text import Text

    from debtguide.cli.prompting import SKIP, ask
    from debtguide.letters.fields import parse_field

    values: dict[str, Any] = {}
    if not missing:
        return values
    _say(err, Text(t("letter_asking", lang), style="bold"))
    try:
        for name in missing:
            fld = pack.letter_fields[name]
            _say(err)
            _say(err, Text(fld.prompt(lang), style="bold"))
            if fld.help:
                _say(err, Text(fld.help(lang), style="dim"))
            value = ask(
                err,
                lang,
                partial(parse_field, fld, today=today),
                again="letter_try_again",
                soft_wrap=True,
            )
            if value is not SKIP:
                values[name] = value
    except (KeyboardInterrupt, EOFError):
        _say(err)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    return values


def _after(
    pack: Pack, rendered: Any, situation: Any, lang: str, err: Any, out: Path | None
) -> None:
    """On stderr: where the letter went, the blanks, the deadline, how to send it, cautions."""
    from rich.text import Text

    letter = rendered.letter
    if out is not None:
        _say(err, Text(t("letter_written", lang, path=out), style="green"))
    if lang == "en":
        _say(err, Text(t("letter_reading_copy", lang, id=letter.id), style="yellow"))
    if rendered.blanks:
        _say(err, Text(t("letter_blanks", lang, count=len(rendered.blanks)), style="bold yellow"))
        for name in rendered.blanks:
            fld = pack.letter_fields[name]
            _say(err, Text(f"  • {fld.label(lang)} (--set {name}=…)"))
            if fld.help:
                _say(err, Text(f"    {fld.help(lang)}", style="dim"))
    plan = rendered.plan
    affordable = situation.result.money.affordable
    if plan is not None and plan.over_budget and affordable is not None:
        offer = f"{plan.monthly:,.0f}"
        limit = f"{affordable.monthly:,.0f}"
        _say(err, Text(t("letter_over_budget", lang, offer=offer, limit=limit), style="bold red"))
    if letter.id == "complaint" and not situation.evidence:
        _say(err, Text(t("letter_evidence_empty", lang), style="yellow"))
    _deadline(pack, letter, situation, lang, err)

    _say(err)
    _say(err, Text(t("letter_next", lang), style="bold magenta"))
    for key, step in (
        ("letter_send", letter.send),
        ("letter_wait", letter.wait),
        ("letter_follow_up", letter.follow_up),
    ):
        _say(
            err,
            Text(t(key, lang), style="bold")
            + Text(step.text(lang))
            + _cites(pack, step.cites, lang),
        )

    notes: list[tuple[str, str]] = []
    for excerpt_id in rendered.cited:
        caution = pack.laws[excerpt_id].caution
        if caution and caution(lang) not in (n for _, n in notes):
            notes.append((pack.cite_label(excerpt_id, lang), caution(lang)))
    for line in rendered.practice:
        notes.append((line.title(lang), line.caution(lang) if line.caution else ""))
    if notes:
        _say(err)
        _say(err, Text(t("sec_cautions", lang), style="bold yellow"))
        for label, text in notes:
            _say(err, Text(f"⚠ {label}: ", style="yellow") + Text(text))
    _say(err)
    _say(err, Text(pack.info.disclaimer(lang), style="dim"))


def _cites(pack: Pack, cites: list[str], lang: str) -> Any:
    from rich.text import Text

    if not cites:
        return Text()
    from debtguide.letters.wording import cite_labels

    labels = cite_labels(pack, cites, lang)
    return Text(f"〔{labels}〕" if lang == "zh" else f" [{labels}]", style="cyan")


def _deadline(pack: Pack, letter: Letter, situation: Any, lang: str, err: Any) -> None:
    from rich.text import Text

    kinds = {"defense": "summons_date", "payment-order-objection": "order_date"}
    if letter.id not in kinds:
        return
    result = situation.result
    for deadline in result.deadlines:
        if deadline.rule.kind != letter.id:
            continue
        date = deadline.date.isoformat()
        if deadline.may_be_open:
            legal = deadline.last_day.isoformat()
            text = t("letter_deadline_may_be_open", lang, date=date, legal=legal)
            _say(err, Text(text, style="bold red"))
        elif deadline.passed:
            _say(
                err,
                Text(
                    t("letter_deadline_passed", lang, date=date, days=-deadline.days_left),
                    style="bold red",
                )
                + Text(" " + deadline.rule.passed.text(lang)),
            )
        else:
            title = deadline.rule.title(lang)
            text = t("letter_deadline", lang, date=date, days=deadline.days_left, title=title)
            _say(err, Text(text, style="bold red" if deadline.days_left <= 5 else "bold yellow"))
            if deadline.rule.note is not None:
                _say(
                    err,
                    Text(deadline.rule.note.text(lang))
                    + _cites(pack, deadline.rule.note.cites, lang),
                )
        return
    for missing in result.missing_deadlines:
        if missing.rule.kind == letter.id:
            text = t(
                "letter_deadline_unknown",
                lang,
                field=kinds[letter.id],
                missing=missing.rule.missing(lang),
            )
            _say(err, Text(text, style="bold yellow"))


# ---- the commands --------------------------------------------------------------------------


@app.command()
def letter(
    letter_type: Annotated[
        str | None,
        typer.Argument(
            metavar="[TYPE]",
            help=f"{io.one_of(LETTER_IDS)}; none lists them. 信件类型。",
        ),
    ] = None,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers", metavar="FILE", help="Answers file (YAML/JSON), as for assess. 答案文件。"
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Use the saved interview. 使用保存的问答。")
    ] = False,
    sets: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="FIELD=VALUE",
            help="A letter field, e.g. --set name=张三 (repeatable). 填写信件字段。",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", metavar="FILE", help="Write to FILE (.txt, .md or .docx). 写入文件。"
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing --out file. 覆盖已有文件。")
    ] = False,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            metavar="YYYY-MM-DD",
            help="Date the letter YYYY-MM-DD (default: today). 信件日期。",
        ),
    ] = None,
    debts: Annotated[
        Path | None,
        typer.Option(
            "--debts",
            metavar="FILE",
            help="Several debts (as for budget): offer this creditor its share. 多笔债务时按份额出价。",
        ),
    ] = None,
    creditor: Annotated[
        str | None,
        typer.Option(
            "--creditor",
            help="Which creditor in --debts (default: the lender in the answers). 对应哪一笔债务。",
        ),
    ] = None,
    debt: Annotated[
        str | None,
        typer.Option(
            "--debt",
            metavar="ID",
            help="In a case with several debts: the debt the letter is for. 多笔欠款时写给哪一笔。",
        ),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Write a letter from your answers, ready to sign and send; alone, list the letters.
    根据你的回答写好要寄出的信；不带类型时列出全部信件。

    Example: debtguide letter negotiation --answers my-answers.yaml --out letter.docx
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide.userfile import typed_text

        sets = [typed_text(value, "--set") or "" for value in sets or []]
        run(
            lang, letter_type, answers, resume, sets or [], out, force, today, debts, creditor,
            debt=debt,
        )  # fmt: skip
