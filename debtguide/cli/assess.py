"""`debtguide assess`: get the answers (file, interview or resume), assess, print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from debtguide.cli import JsonOpt, LangOpt, app, io, reporting
from debtguide.errors import UsageError
from debtguide.i18n import detect_lang, t

if TYPE_CHECKING:
    from debtguide.case import Case
    from debtguide.content.models import Pack

PLAN_FORMATS = (".md", ".html", ".htm")


def read_message(pack: Pack, path: Path | None) -> Any:
    """Check the message in `path` (a file, or - for standard input); None without one."""
    if path is None:
        return None
    from debtguide.message import check

    return check(pack, io.read_message(None, path))


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
    """Assess and print the plan: one debt as before, several as a case."""
    from debtguide import engine, findings
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir
    from debtguide.files import check_target
    from debtguide.render.console import later, print_json

    today = io.parse_today(today_text)
    from debtguide.cli import caseflow

    if answers_file is not None and answers_file.is_dir():
        run_folder_command(answers_file, today, lang, as_json, resume or fresh or add_debt)
        return
    if plan_out is not None:
        check_plan_target(plan_out, force)
    if message_file is not None and str(message_file) == "-" and answers_file is None:
        raise UsageError("assess_message_stdin")  # the interview reads standard input too
    for target in (save, ics):
        if target is not None:
            check_target(target, force)  # before the interview: a bad path fails fast
    pack = cache.load(pack_dir())
    message = read_message(pack, message_file)  # before the interview: a bad file fails fast
    out = later()  # JSON on stdout never needs Rich there
    talk = later(stderr=True) if as_json else out
    case = caseflow.gather_case(pack, lang, today, answers_file, resume, talk, fresh, add_debt)
    if save is not None:
        from debtguide.casefile import dump_case
        from debtguide.errors import DebtguideError

        try:
            io.write_new_file(save, dump_case(save, case), force)
        except DebtguideError as exc:
            if answers_file is None:  # typed in the interview: they are kept all the same
                exc.hint("iv_answers_kept")
            raise
        talk.print(t("iv_saved_to", lang, path=save))
    shown_args = letter_args(answers_file, save)
    if len(case.debts) > 1 and message is not None:
        raise UsageError("case_message_several")
    if len(case.debts) > 1:
        show_several(
            pack, case, today, lang, as_json, shown_args, out, use_log, ics, plan_out, force, talk
        )
        return
    answers = case.answers_for(case.debts[0].id)

    from debtguide.money.view import money_view

    message_flags, stage_hint = findings.from_message(pack, message) if message else ({}, None)
    log_flags = log_flags_for(pack, lang, case, case.debts[0].id) if use_log else {}
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
            io.write_new_file(ics, deadlines_ics(result, lang).encode("utf-8"), force)
            talk.print(t("ics_written", lang, path=ics, count=len(events)))
        else:
            talk.print(t("ics_none", lang, path=ics))

    if plan_out is not None:
        write_one_plan(pack, case, result, lang, plan_out, force, talk)
    if as_json:
        from debtguide.render.plan_json import plan_json

        data = plan_json(pack, result, lang)
        if message is not None:
            data["message"] = {"verdict": message.verdict, "stage_hint": message.stage_hint}
        print_json(data)
        return
    if message is not None and message.verdict not in findings.TRUSTED_VERDICTS:
        out.print(t("message_not_trusted", lang))
    from debtguide.render.plan import plan
    from debtguide.render.reference import disclaimer

    out.print(plan(pack, result, lang, shown_args))
    out.print(disclaimer(pack, lang))


# ---- the plan of a case, and its files ---------------------------------------------------------


def log_flags_by_debt(pack: Pack, lang: str) -> dict[str | None, dict[str, list[Any]]]:
    """The red flags the evidence log supports, by the debt each entry is tied to (None: not
    tied to one)."""
    from debtguide.case import log_flags_by_debt as by_debt

    return by_debt(pack, io.log_findings(pack, lang)[1])


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
    io.write_new_file(path, text.encode("utf-8"), force)


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
    from debtguide.case import assess_case
    from debtguide.render.console import print_json
    from debtguide.render.plan_json import case_json
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
    from debtguide.case import flags_for_debt

    return flags_for_debt(log_flags_by_debt(pack, lang), case, debt_id)


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
            io.write_new_file(ics, data, force)
            talk.print(t("ics_written", lang, path=ics, count=len(upcoming(every))))
        else:
            talk.print(t("ics_none", lang, path=ics))
    if plan_out is not None:
        write_plan(pack, result, lang, plan_out, force)
        talk.print(t("case_plan_written", lang, path=plan_out))
    show_case(pack, case, today, lang, as_json, args, out, flags)


# ---- hotline use: a folder of case files ------------------------------------------------------


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


# ---- the commands --------------------------------------------------------------------------


@app.command()
def assess(
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            metavar="FILE|DIR",
            help="Answers or case file (YAML/JSON), or a folder of them with --json; no "
            "questions asked. 答案或案件文件，或（加 --json）装满这类文件的文件夹。",
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue the saved interview. 继续上次的问答。")
    ] = False,
    add_debt: Annotated[
        bool,
        typer.Option(
            "--add-debt",
            help="Add another debt to the saved interview. 往保存的问答里再添一笔欠款。",
        ),
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Also write the plan to FILE (.md or .html). 把计划另存为 .md 或 .html 文件。",
        ),
    ] = None,
    fresh: Annotated[
        bool,
        typer.Option(
            "--fresh",
            help="Start a new interview; a saved one is kept as a backup. "
            "重新开始问答，保存的问答留作备份。",
        ),
    ] = False,
    save: Annotated[
        Path | None,
        typer.Option(
            "--save", metavar="FILE", help="Also write the answers to FILE. 把答案另存为文件。"
        ),
    ] = None,
    ics: Annotated[
        Path | None,
        typer.Option(
            "--ics",
            metavar="FILE",
            help="Write the deadlines as a calendar file. 把期限写入日历文件。",
        ),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            metavar="YYYY-MM-DD",
            help="Plan as of YYYY-MM-DD (default: today). 按指定日期计算。",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace existing --save/--ics files. 覆盖已有文件。")
    ] = False,
    message: Annotated[
        Path | None,
        typer.Option(
            "--message",
            metavar="FILE",
            help="Also check a message you received (a text file, - for stdin). 同时检查收到的消息。",
        ),
    ] = None,
    use_log: Annotated[
        bool,
        typer.Option(
            "--log/--no-log",
            help="Use the evidence log's red flags (default: yes). 是否加入取证记录发现的问题。",
        ),
    ] = True,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Work out your stage and print a plan: deadlines, actions, red flags, letters.
    回答几个问题，判断你所处的阶段，给出期限、行动、违规行为和要写的信。

    Example: debtguide assess --answers my-answers.yaml --lang en
    """
    with reporting(lang):
        lang = detect_lang(lang)
        run(
            lang, answers, resume, save, ics, today, force, as_json, message, use_log, fresh,
            add_debt=add_debt, plan_out=out,
        )  # fmt: skip
