"""Getting the case a command works on, shared by the commands and holding none: from a file or
an interview (new, resumed, extended: `assess`), the case and debt a letter is for (`letter`),
a --debt ID of the saved case (`log`), and the debts a budget splits (`budget`). It prompts when
a terminal is attached; what follows from a case without asking is in debtguide/case.py, and
reading and writing it in debtguide/casefile.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from debtguide.cli import io
from debtguide.errors import EXIT_INTERRUPTED, UsageError
from debtguide.i18n import t

if TYPE_CHECKING:  # the case and the pack load only when a command needs them
    from debtguide.case import Case
    from debtguide.content.models import Pack


# ---- from a file or an interview (assess) -----------------------------------------------------


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
    # only an interview (new, resumed or extended) needs the interview's order
    from debtguide import case_steps as steps
    from debtguide.casefile import progress_path, set_aside

    path = progress_path()
    saved = saved_interview(pack, today, lang) if path.exists() else None
    if path.exists() and saved is None:  # damaged or unreadable: keep it, never write over it
        if resume or add_debt:
            raise UsageError("iv_saved_unreadable", path=path)
        backup = set_aside(path)
        console.print(t("iv_saved_unreadable_kept", lang, path=backup))
    elif saved is not None and not resume and not add_debt:
        count = _answered(saved[0])
        choice = "afresh" if fresh else _saved_choice(path, count, lang, console)
        if choice == "afresh":
            backup = set_aside(path)
            console.print(t("iv_saved_kept", lang, path=backup))
            saved = None
        elif choice == "plan":
            return saved[0]
        else:
            resume = True

    if resume and saved is None:
        raise UsageError("no_saved_interview")
    if saved is not None and (resume or add_debt):
        case, state = saved[0], {**steps.new_state(), **saved[1]}
        if not saved[1]:  # an interview saved before cases: its first plan is due
            state["more_done"] = len(case.debts) > 1
        console.print(t("iv_resumed", lang, count=_answered(case)))
    else:
        case, state = _empty_case(pack, today, lang), steps.new_state()
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
        and steps.skipped_count(case)
        and io.is_terminal()
        and _ask_yes_no(console, lang, "cv_offer_skipped", count=steps.skipped_count(case))
    ):
        case = steps.unskip_all(case)
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

    from debtguide.cli.prompting import ask
    from debtguide.inputs import yes_no

    def answer(raw: str) -> bool:
        found = yes_no(raw) if raw else False  # Enter is a no
        if found is None:
            raise UsageError("cv_yes_no_again")
        return found

    console.print(Text(t(key, lang, **values), style="bold"))
    try:
        prompt = t("cv_yes_no_prompt", lang)
        return bool(ask(console, lang, answer, again=None, blank_skips=False, prompt=prompt))
    except (KeyboardInterrupt, EOFError):
        console.print()
        raise typer.Exit(EXIT_INTERRUPTED) from None


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


def _saved_choice(path: Path, count: int, lang: str, console: Any) -> str:
    """What to do with a saved interview: "continue", "afresh" or "plan".

    Asked when a terminal is attached; without one, the choice must be given as an option
    (--resume or --fresh) and nothing is touched.
    """
    from rich.text import Text

    if not io.is_terminal():
        raise UsageError("iv_saved_exists", path=path, count=count)
    console.print(Text(t("iv_saved_found", lang, count=count), style="bold"))
    for number, key in enumerate(("iv_saved_continue", "iv_saved_afresh", "iv_saved_plan"), 1):
        console.print(Text(f"  {number}. {t(key, lang)}"))
    from debtguide.cli.prompting import ask

    choices = {"": "continue", "1": "continue", "2": "afresh", "3": "plan"}

    def choice(raw: str) -> str:
        if raw not in choices:
            raise UsageError("iv_saved_again")
        return choices[raw]

    try:
        prompt = t("iv_saved_ask", lang)
        return str(ask(console, lang, choice, again=None, blank_skips=False, prompt=prompt))
    except (KeyboardInterrupt, EOFError):
        console.print()
        raise typer.Exit(EXIT_INTERRUPTED) from None


# ---- a --debt ID of the saved case (log) -----------------------------------------------------


def check_debt_id(debt_id: str, lang: str) -> str:
    """A --debt ID: one of the saved case's debts; UsageError listing them otherwise."""
    from debtguide.casefile import saved_case
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir

    case = saved_case(cache.load(pack_dir()), dt.date.today(), lang)
    if case is None:
        raise UsageError("case_no_saved_debts")
    return case.debt(debt_id.strip()).id


# ---- the case and debt a letter is for (letter) ----------------------------------------------


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
        from debtguide.casefile import progress_path

        if not progress_path(create=False).exists():
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
    elif io.is_terminal():
        debt_id = _pick_debt(case, lang, console)
    else:
        raise UsageError("case_letter_which", ids=", ".join(case.ids))
    fields = {**load_profile(), **case.letter_fields(debt_id)}
    share, court_first, court_share = None, False, False
    answers = case.answers_for(debt_id)
    if len(case.debts) > 1:
        from debtguide.case import assess_case, lump_share

        result = assess_case(pack, case, today)
        offer = result.offer(debt_id)
        if offer is not None:
            share = offer.monthly
            court_first = any(o.first for o in result.offers) and not offer.first
            court_share = offer.first
        answers = lump_share(answers, share, result)
    letter = LetterCase(case, debt_id, answers, fields, share, court_first, court_share)
    return letter, source


def _pick_debt(case: Case, lang: str, console: Any) -> str:
    from rich.text import Text

    from debtguide.cli.prompting import ask

    count = len(case.debts)

    def debt(raw: str) -> str:
        if raw.isdecimal() and 1 <= int(raw) <= count:
            return case.debts[int(raw) - 1].id
        if raw in case.ids:
            return raw
        raise UsageError("rv_which_again", count=count)

    console.print(Text(t("case_letter_pick", lang), style="bold"))
    for number, item in enumerate(case.debts, 1):
        console.print(Text(f"  {number}. {item.id}  {item.lender_name or ''}".rstrip()))
    try:
        prompt = t("rv_which", lang, count=count)
        return str(ask(console, lang, debt, again=None, blank_skips=False, prompt=prompt))
    except (KeyboardInterrupt, EOFError):
        console.print()
        raise typer.Exit(EXIT_INTERRUPTED) from None


# ---- the debts a budget splits (budget) ------------------------------------------------------


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
