"""The command-line side of the case: get it (file, interview, resume, an added debt), show it
(one debt: the plan as before; several: the summary and each debt), keep the plan in a file,
review and change answers. Only this layer prompts, reads files and prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from debtguide.cli import JsonOpt, LangOpt, app, reporting
from debtguide.errors import EXIT_INTERRUPTED, UsageError
from debtguide.i18n import detect_lang, t

if TYPE_CHECKING:  # the case and the pack load only when a command needs them
    from debtguide.case import Case
    from debtguide.content.models import Pack

PLAN_FORMATS = (".md", ".html", ".htm")


def _assess_cli() -> Any:
    """`debtguide assess`'s helpers (the saved-interview choice) and the shared reading and
    writing of cli/io, under one name."""
    from types import SimpleNamespace

    from debtguide.cli import assess, io

    return SimpleNamespace(
        _saved_choice=assess._saved_choice,
        is_terminal=io.is_terminal,
        write_new_file=io.write_new_file,
        log_findings=io.log_findings,
        parse_today=io.parse_today,
    )


def gather_case(
    pack: Pack,
    lang: str,
    today: dt.date,
    answers_file: Path | None,
    resume: bool,
    console: Any,
    fresh: bool = False,
    add_debt: bool = False,
) -> Case:
    """Return the case from a file, or from a new, resumed or extended interview.

    A saved interview is never overwritten unasked: without --resume or --fresh the borrower
    chooses to continue it, start afresh (the old one is renamed, not deleted), or see the plan
    from it; without a terminal to ask, the command stops and names the two options.
    """
    from debtguide.casefile import load_profile, read_case_file, saved_interview

    ac = _assess_cli()
    if answers_file is not None:
        if resume:
            raise UsageError("resume_and_answers")
        if fresh:
            raise UsageError("fresh_and_answers")
        if add_debt:
            raise UsageError("case_add_debt_answers")
        case = read_case_file(pack, answers_file, today, lang)
        if not case.profile:
            from dataclasses import replace

            case = replace(case, profile=load_profile())
        return case
    if resume and fresh:
        raise UsageError("resume_and_fresh")
    if add_debt and fresh:
        raise UsageError("case_add_debt_fresh")
    # only an interview (new, resumed or extended) needs the interview modules
    from debtguide.cli import case_interview as ci
    from debtguide.cli import interview

    path = interview.progress_path()
    saved = saved_interview(pack, today, lang) if path.exists() else None
    if path.exists() and saved is None:  # damaged or unreadable: keep it, never write over it
        if resume or add_debt:
            raise UsageError("iv_saved_unreadable", path=path)
        backup = interview.set_aside(path)
        console.print(t("iv_saved_unreadable_kept", lang, path=backup))
    elif saved is not None and not resume and not add_debt:
        count = _answered(saved[0])
        choice = "afresh" if fresh else ac._saved_choice(path, count, lang, console)
        if choice == "afresh":
            backup = interview.set_aside(path)
            console.print(t("iv_saved_kept", lang, path=backup))
            saved = None
        elif choice == "plan":
            return saved[0]
        else:
            resume = True

    if resume and saved is None:
        raise UsageError("no_saved_interview")
    if saved is not None and (resume or add_debt):
        case, state = saved[0], {**ci.new_state(), **saved[1]}
        if not saved[1]:  # an interview saved before cases: its first plan is due
            state["more_done"] = len(case.debts) > 1
        console.print(t("iv_resumed", lang, count=_answered(case)))
    else:
        case, state = _empty_case(pack, today, lang), ci.new_state()
        console.print(t("cv_intro", lang))

    if add_debt and saved is not None:
        from debtguide.case import default_id

        new_id = default_id({}, case.ids)
        case = case.with_debt({}, debt_id=new_id)
        state["auto_ids"] = [*state.get("auto_ids", []), new_id]
        state["more_done"] = False
        console.print(t("cv_debt_start", lang, number=len(case.debts)))
    elif (
        resume
        and ci.skipped_count(case)
        and ac.is_terminal()
        and _ask_yes_no(console, lang, "cv_offer_skipped", count=ci.skipped_count(case))
    ):
        case = ci.unskip_all(case)
    return run_interview(pack, lang, today, console, case, state)


def _answered(case: Case) -> int:
    return len(case.household) + sum(len(d.answers) for d in case.debts)


def _empty_case(pack: Pack, today: dt.date, lang: str) -> Case:
    from dataclasses import replace

    from debtguide.case import parse_case
    from debtguide.casefile import load_profile

    return replace(parse_case(pack, {}, today, lang), profile=load_profile())


def _ask_yes_no(console: Any, lang: str, key: str, **values: Any) -> bool:
    from rich.text import Text

    from debtguide.inputs import NO, YES
    from debtguide.userfile import read_typed

    console.print(Text(t(key, lang, **values), style="bold"))
    while True:
        try:
            raw = read_typed(console, t("cv_yes_no_prompt", lang))
        except (KeyboardInterrupt, EOFError):
            console.print()
            raise typer.Exit(EXIT_INTERRUPTED) from None
        if raw is None:
            continue
        if raw.casefold() in YES:
            return True
        if raw == "" or raw.casefold() in NO:
            return False
        console.print(Text(t("cv_yes_no_again", lang), style="yellow"))


def run_interview(
    pack: Pack, lang: str, today: dt.date, console: Any, case: Case, state: dict[str, Any]
) -> Case:
    """Ask what is open; save after every answer; Ctrl-C keeps everything and exits 130."""
    from debtguide.casefile import save_case
    from debtguide.cli.case_interview import CaseInterview

    cases, states = [case], [state]  # the latest of each, kept for Ctrl-C

    def on_change(new: Case, new_state: dict[str, Any]) -> None:
        cases.append(new)
        states.append(new_state)
        save_case(pack, new, new_state)

    def first_plan(now: Case) -> None:
        from debtguide.case import assess_case
        from debtguide.render.case import summary_view

        console.print()
        console.print(summary_view(pack, assess_case(pack, now, today), lang))

    runner = CaseInterview(pack, lang, today, console, on_change, first_plan)
    try:
        return runner.run_case(case, state)
    except (KeyboardInterrupt, EOFError):
        save_case(pack, cases[-1], states[-1])
        console.print()
        console.print(t("iv_saved_exit", lang))
        raise typer.Exit(EXIT_INTERRUPTED) from None


# ---- showing the case ----------------------------------------------------------------------


def log_flags_by_debt(pack: Pack, lang: str) -> dict[str | None, dict[str, list[Any]]]:
    """The red flags the evidence log supports, by the debt each entry is tied to (None: not
    tied to one)."""
    _, entries = _assess_cli().log_findings(pack, lang)
    rules = pack.evidence
    if rules is None or not entries:
        return {}  # no log (the usual case): the report's code is not even imported
    from debtguide import findings
    from debtguide.evidence.report import report_for

    by_debt: dict[str | None, list[Any]] = {}
    for entry in entries:
        by_debt.setdefault(getattr(entry, "debt", None), []).append(entry)
    return {
        debt: findings.from_log(pack, report_for(group, rules)) for debt, group in by_debt.items()
    }


def check_plan_target(path: Path, force: bool) -> None:
    """A plan file must end in .md or .html and not replace a file unasked."""
    from debtguide.files import check_target

    if path.suffix.lower() not in PLAN_FORMATS:
        raise UsageError("case_out_format", path=path, formats=", ".join(PLAN_FORMATS))
    check_target(path, force)


def write_plan(pack: Pack, result: Any, lang: str, path: Path, force: bool) -> None:
    """Write the plan to `path`: Markdown for .md, one HTML page for .html."""
    from debtguide.render.plan_file import plan_html, plan_markdown

    text = plan_markdown(pack, result, lang) if path.suffix.lower() == ".md" else None
    if text is None:
        text = plan_html(pack, result, lang)
    _assess_cli().write_new_file(path, text.encode("utf-8"), force)


def show_case(
    pack: Pack,
    case: Case,
    today: dt.date,
    lang: str,
    as_json: bool,
    letter_args: str,
    out: Any,
    log_flags: Mapping[str | None, Mapping[str, Any]] | None = None,
) -> Any:
    """Print a case of several debts (its summary and each debt, or debtguide.case/1)."""
    from debtguide.case import assess_case, case_json
    from debtguide.render.console import print_json
    from debtguide.render.reference import disclaimer

    result = assess_case(pack, case, today, log_flags=log_flags)
    if as_json:
        print_json(case_json(pack, result, lang))
        return result
    from debtguide.render.case import case_plan

    out.print(case_plan(pack, result, lang, letter_args))
    out.print(disclaimer(pack, lang))
    return result


def letter_args(answers_file: Path | None, save: Path | None) -> str:
    """How the plan's letter commands name the answers."""
    if answers_file is not None:
        return f"--answers {answers_file}"
    if save is not None:
        return f"--answers {save}"
    return "--resume"


def log_flags_for(pack: Pack, lang: str, case: Case, debt_id: str) -> dict[str, list[Any]]:
    """The log's red flags for one debt: its own entries, and with one debt the untied ones."""
    by_debt = log_flags_by_debt(pack, lang)
    flags: dict[str, list[Any]] = {}
    # one debt: every entry is its own, whatever it was tied to (CONTRACT v1.1 §4)
    sources: list[str | None] = list(by_debt) if len(case.debts) == 1 else [debt_id]
    for source in sources:
        for flag, because in by_debt.get(source, {}).items():
            flags.setdefault(flag, []).extend(because)
    return flags


def write_one_plan(
    pack: Pack, case: Case, result: Any, lang: str, path: Path, force: bool, talk: Any
) -> None:
    """--out for a one-debt plan: the same file as for a case."""
    from debtguide.case import combine

    combined = combine(pack, case, result.today, {case.debts[0].id: result})
    write_plan(pack, combined, lang, path, force)
    talk.print(t("case_plan_written", lang, path=path))


def show_several(
    pack: Pack,
    case: Case,
    today: dt.date,
    lang: str,
    as_json: bool,
    args: str,
    out: Any,
    use_log: bool,
    ics: Path | None,
    plan_out: Path | None,
    force: bool,
    talk: Any,
) -> None:
    """A case of several debts: print it, and write the calendar and plan files asked for."""
    from dataclasses import replace

    flags = log_flags_by_debt(pack, lang) if use_log else {}
    from debtguide.case import assess_case

    result = assess_case(pack, case, today, log_flags=flags)
    if ics is not None:
        from debtguide.calendar import deadlines_ics, upcoming

        first = next(iter(result.results.values()))
        every = replace(first, deadlines=tuple(c.deadline for c in result.deadlines))
        if upcoming(every):
            names = {d.id: d.lender_name or d.id for d in case.debts}
            owners = [(c.debt, names.get(c.debt, c.debt)) for c in result.deadlines]
            data = deadlines_ics(every, lang, owners).encode("utf-8")
            _assess_cli().write_new_file(ics, data, force)
            talk.print(t("ics_written", lang, path=ics, count=len(upcoming(every))))
        else:
            talk.print(t("ics_none", lang, path=ics))
    if plan_out is not None:
        write_plan(pack, result, lang, plan_out, force)
        talk.print(t("case_plan_written", lang, path=plan_out))
    show_case(pack, case, today, lang, as_json, args, out, flags)


def check_debt_id(debt_id: str, lang: str) -> str:
    """A --debt ID: one of the saved case's debts; UsageError listing them otherwise."""
    from debtguide.casefile import saved_case
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir

    case = saved_case(cache.load(pack_dir()), dt.date.today(), lang)
    if case is None:
        raise UsageError("case_no_saved_debts")
    return case.debt(debt_id.strip()).id


# ---- letters for one debt -------------------------------------------------------------------


@dataclass(frozen=True)
class LetterCase:
    """What a letter for one debt is written from."""

    case: Case
    debt: str
    answers: dict[str, Any]
    fields: dict[str, Any]  # the profile and the debt's letter fields (--set overrides them)
    share: float | None  # this debt's monthly share of the budget, with several debts
    court_first: bool  # another debt in court gets its share first
    court_share: bool = False  # this debt is in court and gets its share first


def letter_case(
    pack: Pack,
    lang: str,
    today: dt.date,
    answers_file: Path | None,
    resume: bool,
    saved_ok: bool,
    debt: str | None,
    console: Any,
    must_pick: bool = True,
) -> tuple[LetterCase | None, str | None]:
    """The case and debt a letter is for, and where they came from (None: no answers).

    With several debts, --debt picks one; without it, a terminal asks and a script gets an
    error listing the ids (CONTRACT v1.1 §5). `must_pick` False (the list of letters) leaves
    the debt unpicked and returns None.
    """
    from debtguide.casefile import load_profile, read_case_file, saved_case

    if answers_file is not None:
        case = read_case_file(pack, answers_file, today, lang)
        source = t("letter_source_file", lang, path=answers_file)
    elif resume or saved_ok:
        from debtguide.cli import interview

        if not interview.progress_path(create=False).exists():
            if resume:
                raise UsageError("no_saved_interview")
            if debt is not None:
                raise UsageError("case_no_saved_debts")
            return None, None
        saved = saved_case(pack, today, lang)
        if saved is None:
            raise UsageError("no_saved_interview")
        case, source = saved, t("letter_source_saved", lang)
    else:
        return None, None
    if debt is not None:
        debt_id = case.debt(debt.strip()).id
    elif len(case.debts) == 1:
        debt_id = case.debts[0].id
    elif not must_pick:
        return None, source
    elif _assess_cli().is_terminal():
        debt_id = _pick_debt(case, lang, console)
    else:
        raise UsageError("case_letter_which", ids=", ".join(case.ids))
    fields = {**load_profile(), **case.letter_fields(debt_id)}
    share, court_first, court_share = None, False, False
    answers = case.answers_for(debt_id)
    if len(case.debts) > 1:
        from debtguide.case import assess_case

        result = assess_case(pack, case, today)
        offer = result.offer(debt_id)
        if offer is not None:
            share = offer.monthly
            court_first = any(o.first for o in result.offers) and not offer.first
            court_share = offer.first
        answers = _lump_share(answers, share, result)
    letter = LetterCase(case, debt_id, answers, fields, share, court_first, court_share)
    return letter, source


def _lump_share(answers: dict[str, Any], share: float | None, result: Any) -> dict[str, Any]:
    """With several debts, a letter offers only this debt's part of the lump sum: in the
    proportion of its monthly share, so that no two letters promise the same money."""
    import math

    lump = answers.get("lump_sum_available")
    if not lump:
        return answers
    total = result.affordable.monthly if result.affordable is not None else 0
    part = math.floor(lump * share / total) if share and total else 0
    out = {k: v for k, v in answers.items() if k != "lump_sum_available"}
    if part > 0:
        out["lump_sum_available"] = float(part)
    return out


def _pick_debt(case: Case, lang: str, console: Any) -> str:
    from rich.text import Text

    from debtguide.userfile import read_typed

    console.print(Text(t("case_letter_pick", lang), style="bold"))
    for number, debt in enumerate(case.debts, 1):
        console.print(Text(f"  {number}. {debt.id}  {debt.lender_name or ''}".rstrip()))
    while True:
        try:
            raw = read_typed(console, t("rv_which", lang, count=len(case.debts)))
        except (KeyboardInterrupt, EOFError):
            console.print()
            raise typer.Exit(EXIT_INTERRUPTED) from None
        if raw and raw.isdecimal() and 1 <= int(raw) <= len(case.debts):
            return case.debts[int(raw) - 1].id
        if raw and raw in case.ids:
            return raw
        console.print(Text(t("rv_which_again", lang, count=len(case.debts)), style="yellow"))


def keep_profile(typed: Mapping[str, Any]) -> None:
    """Keep the profile fields typed for a letter, so that no later letter asks them again."""
    from debtguide.case import PROFILE_FIELDS
    from debtguide.casefile import load_profile, save_profile

    fresh = {k: v for k, v in typed.items() if k in PROFILE_FIELDS and v is not None}
    if fresh:
        save_profile({**load_profile(), **fresh})


def entries_for(entries: list[Any], letter: LetterCase | None) -> list[Any]:
    """The log entries a letter may use: with several debts, only the debt's own (untied ones
    are used by no lender's letter until tied); with one debt, every entry."""
    if letter is None:
        return entries
    if len(letter.case.debts) == 1:  # one debt: every entry is its own (CONTRACT v1.1 §4)
        return entries
    return [e for e in entries if e.debt == letter.debt]


# ---- budget from the case --------------------------------------------------------------------


def budget_from_case(
    answers_file: Path | None, lang: str
) -> tuple[list[Any], tuple[str | None, str | None]]:
    """The debts of a case (a file, or the saved interview) as `budget` takes them, each with
    its assessed stage, and the household's income and costs (as typed text, or None)."""
    from debtguide.case import assess_case
    from debtguide.casefile import read_case_file, saved_case
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir
    from debtguide.money.budget import Debt

    pack = cache.load(pack_dir())
    today = dt.date.today()
    if answers_file is not None:
        case = read_case_file(pack, answers_file, today, lang)
    else:
        found = saved_case(pack, today, lang)
        if found is None:
            raise UsageError("budget_no_debts")
        case = found
    result = assess_case(pack, case, today)
    debts = []
    for debt in case.debts:
        amount = debt.answers.get("amount_claimed") or debt.answers.get("principal_received")
        if not amount:
            continue
        name = f"{debt.lender_name} ({debt.id})" if debt.lender_name else debt.id
        debts.append(
            Debt(
                creditor=name,
                amount_claimed=float(amount),
                principal_received=debt.answers.get("principal_received"),
                stage=result.results[debt.id].stage.id,
            )
        )
    if not debts:
        claimed, received = (
            {lang: pack.label(qid, None, lang) for lang in ("zh", "en")}
            for qid in ("amount_claimed", "principal_received")
        )
        raise UsageError("budget_case_no_amounts", claimed=claimed, received=received)
    income = case.household.get("monthly_income")
    costs = case.household.get("monthly_essential_expenses")
    return debts, (
        None if income is None else str(income),
        None if costs is None else str(costs),
    )


# ---- hotline use ---------------------------------------------------------------------------


def run_folder_command(folder: Path, today: dt.date, lang: str, as_json: bool, other: bool) -> None:
    """`assess --answers DIR --json`: one JSON line per file; a count of bad files on stderr."""
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir
    from debtguide.render import console as render

    if not as_json:
        raise UsageError("case_folder_needs_json", path=folder)
    if other:
        raise UsageError("case_folder_alone")
    pack = cache.load(pack_dir())
    from debtguide.case_batch import case_files

    count = len(case_files(folder))
    errors = run_folder(pack, folder, today, lang)
    if errors:
        render.console(stderr=True).print(
            t("case_folder_errors", lang, errors=errors, count=count), soft_wrap=True
        )


def run_folder(pack: Pack, folder: Path, today: dt.date, lang: str) -> int:
    """Print one JSON line per file of `folder`; return how many files had errors."""
    import json
    import sys

    from debtguide.case_batch import assess_folder

    errors = 0
    for data in assess_folder(pack, folder, today, lang):
        errors += "error" in data
        sys.stdout.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()
    return errors


# ---- review --------------------------------------------------------------------------------


def run_review(
    lang: str,
    today_text: str | None,
    change: int | None,
    value: str | None,
    clear: bool,
    as_json: bool,
) -> None:
    """List every saved answer in plain words; change one (typed, or --change N --value V);
    the plan is shown again afterwards."""
    from rich.text import Text

    from debtguide.case_review import item_text, review_items
    from debtguide.casefile import save_case, saved_interview
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir
    from debtguide.render import console as render

    ac = _assess_cli()
    today = ac.parse_today(today_text)
    pack = cache.load(pack_dir())
    out = render.console()
    saved = saved_interview(pack, today, lang)
    if saved is None:
        raise UsageError("no_saved_interview")
    case, state = saved
    items = review_items(pack, case)
    if as_json:
        render.print_json(
            {
                "schema": "debtguide.review/1",
                "answers": [
                    {
                        "number": i.number,
                        "debt": i.debt,
                        "question": i.question.id,
                        "answered": i.value is not None,
                        "skipped": i.skipped,
                        "text": item_text(i, lang),
                    }
                    for i in items
                ],
            }
        )
        return
    if value is not None and change is None:
        raise UsageError("rv_value_without_change")
    if change is None:
        for item in items:
            style = "dim" if item.value is None else ""
            out.print(Text(item_text(item, lang), style=style), soft_wrap=False)
        if not ac.is_terminal():
            out.print(t("rv_how_to_change", lang))
            return
        change = _ask_number(out, lang, len(items))
        if change is None:
            return
    if not 1 <= change <= len(items):
        raise UsageError("rv_no_such_number", number=change, count=len(items))
    item = items[change - 1]
    if clear:
        case = case.without_answer(item.debt, item.question.id)
    elif value is not None:
        from debtguide.answers import BadAnswer, parse

        try:
            parsed = parse(item.question, value, today, typed=True)
        except BadAnswer as exc:
            raise UsageError("rv_bad_value", number=change, reason=exc.message(lang)) from None
        case = case.with_answer(item.debt, item.question.id, parsed) if parsed is not None else case
    else:
        from debtguide.cli.case_interview import CaseInterview
        from debtguide.cli.prompting import SKIP, Back

        asker = CaseInterview(pack, lang, today, out, lambda c, s: None, lambda c: None)
        try:
            parsed = asker.ask(item.question)
        except Back:
            return
        except (KeyboardInterrupt, EOFError):
            out.print()
            raise typer.Exit(EXIT_INTERRUPTED) from None
        if parsed is SKIP:
            return
        case = case.with_answer(item.debt, item.question.id, parsed)
    save_case(pack, case, state)
    changed = review_items(pack, case)
    shown = next(
        (i for i in changed if i.debt == item.debt and i.question.id == item.question.id), None
    )
    if shown is not None:
        out.print(Text(t("rv_changed", lang, answer=item_text(shown, lang)), style="bold"))
    from debtguide.case import assess_case
    from debtguide.render.case import summary_view

    out.print(summary_view(pack, assess_case(pack, case, today), lang))
    out.print(t("rv_full_plan", lang))


def _ask_number(console: Any, lang: str, count: int) -> int | None:
    from rich.text import Text

    from debtguide.userfile import read_typed

    while True:
        try:
            raw = read_typed(console, t("rv_which", lang, count=count))
        except (KeyboardInterrupt, EOFError):
            console.print()
            raise typer.Exit(EXIT_INTERRUPTED) from None
        if raw is None:
            continue
        if raw == "":
            return None
        if raw.isdecimal() and 1 <= int(raw) <= count:
            return int(raw)
        console.print(Text(t("rv_which_again", lang, count=count), style="yellow"))


# ---- the command ---------------------------------------------------------------------------


@app.command()
def review(
    change: Annotated[
        int | None,
        typer.Option(
            "--change",
            metavar="N",
            help="Change answer number N (asked, or given with --value). 修改第 N 项回答。",
        ),
    ] = None,
    value: Annotated[
        str | None,
        typer.Option("--value", metavar="TEXT", help="The new answer for --change. 新的回答。"),
    ] = None,
    clear: Annotated[
        bool,
        typer.Option("--clear", help="Empty answer --change N (unknown again). 清空这一项。"),
    ] = False,
    today: Annotated[
        str | None,
        typer.Option(
            "--today", metavar="YYYY-MM-DD", help="Plan as of YYYY-MM-DD. 按指定日期计算。"
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show every saved answer in plain words and change one; the plan is shown again.
    用大白话列出保存的全部回答，可以改其中任何一项（包括跳过的），改完重新给出计划。

    Example: debtguide review --change 8 --value 120
    """
    with reporting(lang):
        lang = detect_lang(lang)
        run_review(lang, today, change, value, clear, as_json)
