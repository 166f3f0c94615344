"""`debtguide review`: every saved answer in plain words; change or clear one; the plan again."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from debtguide.cli import JsonOpt, LangOpt, app, io, reporting
from debtguide.errors import EXIT_INTERRUPTED, UsageError
from debtguide.i18n import detect_lang, t


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

    today = io.parse_today(today_text)
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
        if not io.is_terminal():
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
    """The number of an answer to change; None on Enter."""
    from debtguide.cli.prompting import SKIP, ask

    def number(raw: str) -> int:
        if raw.isdecimal() and 1 <= int(raw) <= count:
            return int(raw)
        raise UsageError("rv_which_again", count=count)

    try:
        chosen = ask(console, lang, number, again=None, prompt=t("rv_which", lang, count=count))
    except (KeyboardInterrupt, EOFError):
        console.print()
        raise typer.Exit(EXIT_INTERRUPTED) from None
    return None if chosen is SKIP else int(chosen)


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
