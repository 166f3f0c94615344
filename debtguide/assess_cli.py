"""The body of `debtguide assess`: get the answers (file, interview or resume), assess, print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import typer

from debtguide.errors import EXIT_INTERRUPTED, UsageError
from debtguide.i18n import t
from debtguide.models import Pack

# The dates --today accepts: the years the pack's law and calendars are meant for, with room on
# both sides. Outside them a plan means nothing, and date arithmetic (next month, a deadline 15
# days on) would leave the calendar at year 9999.
TODAY_RANGE = (dt.date(2000, 1, 1), dt.date(2099, 12, 31))


def parse_today(value: str | None) -> dt.date:
    """The date to plan for: --today (between TODAY_RANGE's ends), or the real date."""
    if value is None:
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError("bad_today", value=value) from None
    first, last = TODAY_RANGE
    if not first <= day <= last:
        raise UsageError("today_out_of_range", value=value, first=first, last=last)
    return day


def read_answers_file(path: Path) -> dict[str, Any]:
    """Read an answers file (YAML or JSON) into a raw mapping; bad files are usage errors."""
    from debtguide.userfile import NotParsed, load_data, read_text, reason_with_line

    try:
        text = read_text(path)
        data = load_data(text, path.suffix) if text.strip() else {}
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise UsageError("answers_unreadable", path=path, reason=reason) from None
    except NotParsed as exc:
        reason = reason_with_line(exc)
        raise UsageError("answers_unreadable", path=path, reason=reason) from None
    if not isinstance(data, dict):
        raise UsageError("answers_not_mapping", path=path)
    return data


def read_message(pack: Pack, path: Path | None) -> Any:
    """Check the message in `path` (a file, or - for standard input); None without one."""
    if path is None:
        return None
    from debtguide.message import check
    from debtguide.message_cli import read_message as read_text

    return check(pack, read_text(None, path))


def log_findings(pack: Pack, lang: str = "en") -> tuple[dict[str, list[Any]], list[Any]]:
    """The red flags the evidence log supports, and its entries; nothing (and no SQLite)
    when there is no log yet.

    A damaged log never blocks a plan or a letter: rows that cannot be read are skipped and
    named, and a log that cannot be read at all is left out, saying why (on stderr).
    """
    from debtguide.datadir import evidence_log_file

    path = evidence_log_file()
    if path is None:
        return {}, []
    from debtguide import findings
    from debtguide.evidence import LogError, read_log
    from debtguide.evidence_report import report_for
    from debtguide.render import console

    try:
        read = read_log(path)
    except LogError as exc:
        console(stderr=True).print(
            t("log_not_used", lang, reason=exc.message(lang)), soft_wrap=True
        )
        return {}, []
    if read.unreadable:
        numbers = ", ".join(map(str, read.unreadable))
        text = t("log_rows_skipped", lang, count=len(read.unreadable), numbers=numbers)
        console(stderr=True).print(text, soft_wrap=True)
    return findings.from_log(pack, report_for(read.entries, pack.evidence)), read.entries


def write_new_file(path: Path, data: bytes, force: bool) -> None:
    """Write `data` to `path` atomically; an existing file is kept unless `force`."""
    from debtguide.files import write_user_file

    write_user_file(path, data, force)


def dump_answers(path: Path, answers: dict[str, Any]) -> bytes:
    """Answers in the answers-file format: JSON for .json, YAML otherwise."""
    from debtguide.answers import to_file

    data = to_file(answers)
    if path.suffix.lower() == ".json":
        import json

        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def is_terminal() -> bool:
    """Whether someone is at the keyboard to choose (standard input is a terminal)."""
    import sys

    return sys.stdin is not None and sys.stdin.isatty()


def _saved_choice(path: Path, count: int, lang: str, console: Any) -> str:
    """What to do with a saved interview: "continue", "afresh" or "plan".

    Asked when a terminal is attached; without one, the choice must be given as an option
    (--resume or --fresh) and nothing is touched.
    """
    from rich.text import Text

    if not is_terminal():
        raise UsageError("iv_saved_exists", path=path, count=count)
    console.print(Text(t("iv_saved_found", lang, count=count), style="bold"))
    for number, key in enumerate(("iv_saved_continue", "iv_saved_afresh", "iv_saved_plan"), 1):
        console.print(Text(f"  {number}. {t(key, lang)}"))
    while True:
        try:
            raw = console.input(t("iv_saved_ask", lang)).strip()
        except (KeyboardInterrupt, EOFError):
            console.print()
            raise typer.Exit(EXIT_INTERRUPTED) from None
        if raw in ("", "1"):
            return "continue"
        if raw == "2":
            return "afresh"
        if raw == "3":
            return "plan"
        console.print(Text(t("iv_saved_again", lang), style="yellow"))


def gather(
    pack: Pack,
    lang: str,
    today: dt.date,
    answers_file: Path | None,
    resume: bool,
    console: Any,
    fresh: bool = False,
) -> dict[str, Any]:
    """Return validated answers from a file, or from a new or resumed interview.

    A saved interview is never overwritten unasked: without --resume or --fresh the borrower
    chooses to continue it, start afresh (the old one is renamed, not deleted), or see the plan
    from it; without a terminal to ask, the command stops and names the two options.
    """
    from debtguide import answers as answers_mod
    from debtguide import interview

    if answers_file is not None:
        if resume:
            raise UsageError("resume_and_answers")
        if fresh:
            raise UsageError("fresh_and_answers")
        return answers_mod.validate(pack, read_answers_file(answers_file), today, lang)
    if resume and fresh:
        raise UsageError("resume_and_fresh")

    path = interview.progress_path()
    saved = interview.load_progress(path) if path.exists() else None
    if path.exists() and saved is None:  # damaged or unreadable: keep it, never write over it
        if resume:
            raise UsageError("iv_saved_unreadable", path=path)
        backup = interview.set_aside(path)
        console.print(t("iv_saved_unreadable_kept", lang, path=backup))
    elif saved is not None and not resume:
        choice = "afresh" if fresh else _saved_choice(path, len(saved[0]), lang, console)
        if choice == "afresh":
            backup = interview.set_aside(path)
            console.print(t("iv_saved_kept", lang, path=backup))
            saved = None
        elif choice == "plan":
            return answers_mod.validate(pack, saved[0], today, lang)
        else:
            resume = True

    answers: dict[str, Any] = {}
    skipped: list[str] = []
    if resume:
        if saved is None:
            raise UsageError("no_saved_interview")
        answers = answers_mod.validate(pack, saved[0], today, lang)
        skipped = saved[1]
        console.print(t("iv_resumed", lang, count=len(answers)))
    else:
        console.print(t("iv_intro", lang))

    def save(current: dict[str, Any], skipped_now: list[str]) -> None:
        interview.save_progress(path, pack, current, skipped_now)

    runner = interview.Interview(pack, lang, today, console, save)
    try:
        return runner.run(answers, skipped)
    except (KeyboardInterrupt, EOFError):
        save(answers, skipped)
        console.print()
        console.print(t("iv_saved_exit", lang))
        raise typer.Exit(EXIT_INTERRUPTED) from None


def run(
    lang: str,
    answers_file: Path | None,
    resume: bool,
    save: Path | None,
    ics: Path | None,
    today_text: str | None,
    force: bool,
    as_json: bool,
    message_file: Path | None = None,
    use_log: bool = True,
    fresh: bool = False,
    add_debt: bool = False,
    plan_out: Path | None = None,
) -> None:
    """Assess and print the plan: one debt as before, several as a case (case_cli.py)."""
    from debtguide import cache, engine, findings, render
    from debtguide.files import check_target
    from debtguide.packs import pack_dir

    today = parse_today(today_text)
    from debtguide import case_cli

    if answers_file is not None and answers_file.is_dir():
        case_cli.run_folder_command(answers_file, today, lang, as_json, resume or fresh)
        return
    if plan_out is not None:
        case_cli.check_plan_target(plan_out, force)
    if message_file is not None and str(message_file) == "-" and answers_file is None:
        raise UsageError("assess_message_stdin")  # the interview reads standard input too
    for target in (save, ics):
        if target is not None:
            check_target(target, force)  # before the interview: a bad path fails fast
    pack = cache.load(pack_dir())
    message = read_message(pack, message_file)  # before the interview: a bad file fails fast
    out = render.console()
    talk = render.console(stderr=True) if as_json else out
    case = case_cli.gather_case(pack, lang, today, answers_file, resume, talk, fresh, add_debt)
    if save is not None:
        from debtguide.casefile import dump_case
        from debtguide.errors import DebtguideError

        try:
            write_new_file(save, dump_case(save, case), force)
        except DebtguideError as exc:
            if answers_file is None:  # typed in the interview: they are kept all the same
                exc.hint("iv_answers_kept")
            raise
        talk.print(t("iv_saved_to", lang, path=save))
    letter_args = case_cli.letter_args(answers_file, save)
    if len(case.debts) > 1:
        case_cli.show_several(
            pack, case, today, lang, as_json, letter_args, out, use_log, ics, plan_out, force, talk
        )
        return
    answers = case.answers_for(case.debts[0].id)

    from debtguide.money_view import money_view

    message_flags, stage_hint = findings.from_message(pack, message) if message else ({}, None)
    log_flags = case_cli.log_flags_for(pack, lang, case, case.debts[0].id) if use_log else {}
    result = engine.assess(
        pack,
        answers,
        today,
        extra_flags=findings.merge(message_flags, log_flags),
        stage_hint=stage_hint,
        money=money_view(pack, answers),
    )
    if ics is not None:
        from debtguide.calendar import deadlines_ics, upcoming

        events = upcoming(result)
        if events:
            write_new_file(ics, deadlines_ics(result, lang).encode("utf-8"), force)
            talk.print(t("ics_written", lang, path=ics, count=len(events)))
        else:
            talk.print(t("ics_none", lang, path=ics))

    from debtguide import render_plan

    if plan_out is not None:
        case_cli.write_one_plan(pack, case, result, lang, plan_out, force, talk)
    if as_json:
        data = render_plan.plan_json(pack, result, lang)
        if message is not None:
            data["message"] = {"verdict": message.verdict, "stage_hint": message.stage_hint}
        render.print_json(data)
        return
    if message is not None and message.verdict not in findings.TRUSTED_VERDICTS:
        out.print(t("message_not_trusted", lang))
    out.print(render_plan.plan(pack, result, lang, letter_args))
    out.print(render.disclaimer(pack, lang))
