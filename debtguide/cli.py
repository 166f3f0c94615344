"""The command line: parse options, call the library, print. Heavy imports stay inside commands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from debtguide import __version__
from debtguide.errors import DebtguideError, UsageError
from debtguide.i18n import detect_lang, t

if TYPE_CHECKING:
    from debtguide.models import Pack, Stage

app = typer.Typer(
    name="debtguide",
    help=(
        "Offline advisor for borrowers in debt collection in mainland China.\n\n"
        "为逾期和被催收的借款人提供的离线法律信息工具。"
    ),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
content_app = typer.Typer(
    help="Work with content packs. 管理内容包。", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(content_app, name="content")

LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="zh or en (default: $DEBTGUIDE_LANG, then the locale). 输出语言。",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts. 输出 JSON。")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"debtguide {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version. 版本。"
        ),
    ] = False,
) -> None:
    """Offline advisor for borrowers in debt collection. 离线的债务催收应对助手。"""


@contextmanager
def reporting(lang: str | None) -> Iterator[None]:
    """Turn domain errors into `Error: …` on stderr and the contract's exit code."""
    try:
        yield
    except DebtguideError as exc:
        from rich.text import Text

        from debtguide.render import console

        shown = _safe_lang(lang)
        err = console(stderr=True)
        err.print(Text(f"{t('error', shown)}: {exc.message(shown)}", style="bold red"), soft_wrap=True)
        for problem in exc.problems:
            err.print(Text(f"  • {problem}"), soft_wrap=True)
        for key, values in exc.hints:
            err.print(Text(t(key, shown, **values)), soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None


def _safe_lang(explicit: str | None) -> str:
    try:
        return detect_lang(explicit)
    except UsageError:
        return "en"


def _pack(content_dir: Path | None = None) -> Pack:
    from debtguide import cache
    from debtguide.loader import pack_dir

    return cache.load(content_dir or pack_dir())


@app.command()
def stages(lang: LangOpt = None, as_json: JsonOpt = False) -> None:
    """List the collection stages in escalation order. 按升级顺序列出各个催收阶段。

    Example: debtguide stages --lang en
    """
    with reporting(lang):
        lang = detect_lang(lang)
        pack = _pack()
        from debtguide import render

        if as_json:
            render.print_json(
                {
                    "schema": "debtguide.stages/1",
                    "pack": pack.info.id,
                    "lang": lang,
                    "stages": [
                        {
                            "id": s.id,
                            "order": s.order,
                            "title": s.title(lang),
                            "summary": s.summary(lang),
                        }
                        for s in pack.stages
                    ],
                    "disclaimer": pack.info.disclaimer(lang),
                }
            )
            return
        out = render.console()
        out.print(render.stages_table(pack, lang))
        out.print(render.disclaimer(pack, lang))


def find_stage(pack: Pack, name: str) -> Stage:
    """Return the stage named by its id, title or alias; raise UsageError with suggestions."""
    wanted = name.strip().casefold()
    for stage in pack.stages:
        if wanted in (n.casefold() for n in stage.names()):
            return stage
    import difflib

    names = {n.casefold(): s for s in pack.stages for n in s.names()}
    close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.5)
    close += [n for n in names if wanted and (wanted in n or n in wanted)]
    suggestions: list[str] = []
    for key in close:
        stage = names[key]
        label = f"{stage.id} ({stage.title.zh} / {stage.title.en})"
        if label not in suggestions:
            suggestions.append(label)
    error = UsageError("unknown_stage", name=name)
    if suggestions:
        error.hint("did_you_mean", options="; ".join(suggestions[:3]))
    raise error.hint("see_stages")


@app.command()
def explain(
    stage: Annotated[
        str, typer.Argument(help="A stage id or name, e.g. lawsuit or 诉讼. 阶段代号或名称。")
    ],
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Explain one stage: what happens, what is true, what to do, your rights.
    详细解释一个阶段：会发生什么、哪些说法是真的、怎么做、你的权利。

    Example: debtguide explain 诉讼 --lang en
    """
    with reporting(lang):
        lang = detect_lang(lang)
        pack = _pack()
        found = find_stage(pack, stage)
        from debtguide import render

        if as_json:
            data = {"schema": "debtguide.stage/1", "pack": pack.info.id, "lang": lang}
            data["stage"] = render.stage_json(pack, found, lang)
            data["cited"] = [render.law_json(pack.laws[c], lang) for c in render.stage_cited(found)]
            data["disclaimer"] = pack.info.disclaimer(lang)
            render.print_json(data)
            return
        out = render.console()
        out.print(render.stage_explanation(pack, found, lang))
        out.print(render.disclaimer(pack, lang))


@app.command()
def law(
    law_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID", help="An excerpt id, e.g. civil-procedure-law-128. 法条代号。"
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Print a law excerpt the tool cites, or list them all. 查看所引法条的原文，或列出全部。

    Example: debtguide law civil-procedure-law-128
    """
    with reporting(lang):
        lang = detect_lang(lang)
        pack = _pack()
        from debtguide import render

        if law_id is None:
            if as_json:
                laws = [render.law_json(x) for x in pack.laws.values()]
                render.print_json({"schema": "debtguide.laws/1", "laws": laws})
                return
            render.console().print(render.laws_table(pack, lang))
            return
        excerpt = pack.laws.get(law_id.strip())
        if excerpt is None:
            import difflib

            error = UsageError("unknown_law", name=law_id)
            close = difflib.get_close_matches(law_id.strip(), list(pack.laws), n=3, cutoff=0.6)
            if close:
                error.hint("did_you_mean", options=", ".join(close))
            raise error.hint("see_laws")
        if as_json:
            render.print_json(render.law_json(excerpt))
            return
        out = render.console()
        out.print(render.law_detail(pack, excerpt, lang))
        out.print(render.disclaimer(pack, lang))


@app.command()
def assess(
    answers: Annotated[
        Path | None,
        typer.Option("--answers", help="Answers file (YAML/JSON); no questions asked. 答案文件。"),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue the saved interview. 继续上次的问答。")
    ] = False,
    save: Annotated[
        Path | None,
        typer.Option("--save", help="Also write the answers to FILE. 把答案另存为文件。"),
    ] = None,
    ics: Annotated[
        Path | None,
        typer.Option("--ics", help="Write the deadlines as a calendar file. 把期限写入日历文件。"),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option("--today", help="Plan as of YYYY-MM-DD (default: today). 按指定日期计算。"),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace existing --save/--ics files. 覆盖已有文件。")
    ] = False,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Work out your stage and print a plan: deadlines, actions, red flags, letters.
    回答几个问题，判断你所处的阶段，给出期限、行动、违规行为和要写的信。

    Example: debtguide assess --answers my-answers.yaml --lang en
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide import assess_cli

        assess_cli.run(lang, answers, resume, save, ics, today, force, as_json)


@content_app.command("check")
def content_check(
    directory: Annotated[
        Path | None,
        typer.Argument(
            metavar="[DIR]", help="A pack folder (default: the built-in pack). 内容包文件夹。"
        ),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Validate a content pack and list every problem. 检查内容包，列出全部问题。

    Example: debtguide content check content/cn
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide.loader import load_pack, pack_dir

        root = directory or pack_dir()
        pack = load_pack(root)
        typer.echo(
            t(
                "content_ok",
                lang,
                pack=pack.info.id,
                path=root,
                stages=len(pack.stages),
                laws=len(pack.laws),
                channels=len(pack.channels),
            )
        )


def main() -> None:
    """Entry point of the `debtguide` command."""
    app()
