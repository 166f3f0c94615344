"""`debtguide assess`: get the answers (file, interview or resume), assess, print."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from debtguide.cli import JsonOpt, LangOpt, app, io, reporting
from debtguide.errors import EXIT_INTERRUPTED, UsageError
from debtguide.i18n import detect_lang, t

if TYPE_CHECKING:
    from debtguide.content.models import Pack


def read_message(pack: Pack, path: Path | None) -> Any:
    """Check the message in `path` (a file, or - for standard input); None without one."""
    if path is None:
        return None
    from debtguide.message import check

    return check(pack, io.read_message(None, path))


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
    """Assess and print the plan: one debt as before, several as a case (cli/case.py)."""
    from debtguide import engine, findings
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir
    from debtguide.files import check_target
    from debtguide.render.console import later, print_json

    today = io.parse_today(today_text)
    from debtguide.cli import case as case_cli

    if answers_file is not None and answers_file.is_dir():
        case_cli.run_folder_command(answers_file, today, lang, as_json, resume or fresh or add_debt)
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
    out = later()  # JSON on stdout never needs Rich there
    talk = later(stderr=True) if as_json else out
    case = case_cli.gather_case(pack, lang, today, answers_file, resume, talk, fresh, add_debt)
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
    letter_args = case_cli.letter_args(answers_file, save)
    if len(case.debts) > 1 and message is not None:
        raise UsageError("case_message_several")
    if len(case.debts) > 1:
        case_cli.show_several(
            pack, case, today, lang, as_json, letter_args, out, use_log, ics, plan_out, force, talk
        )
        return
    answers = case.answers_for(case.debts[0].id)

    from debtguide.money.view import money_view

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
            io.write_new_file(ics, deadlines_ics(result, lang).encode("utf-8"), force)
            talk.print(t("ics_written", lang, path=ics, count=len(events)))
        else:
            talk.print(t("ics_none", lang, path=ics))

    if plan_out is not None:
        case_cli.write_one_plan(pack, case, result, lang, plan_out, force, talk)
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

    out.print(plan(pack, result, lang, letter_args))
    out.print(disclaimer(pack, lang))


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
