"""`debtguide stages`, `explain` and `law`: the pack's stages and the law texts it cites."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from debtguide.cli import JsonOpt, LangOpt, app, io, reporting
from debtguide.errors import UsageError
from debtguide.i18n import detect_lang
from debtguide.suggest import suggest

if TYPE_CHECKING:
    from debtguide.content.models import Excerpt, Pack, Stage


@app.command()
def stages(lang: LangOpt = None, as_json: JsonOpt = False) -> None:
    """List the collection stages in escalation order. 按升级顺序列出各个催收阶段。

    Example: debtguide stages --lang en
    """
    with reporting(lang):
        lang = detect_lang(lang)
        pack = io.load_pack()
        from debtguide.render import reference as render
        from debtguide.render.console import console, print_json

        if as_json:
            print_json(
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
        out = console()
        out.print(render.stages_table(pack, lang))
        out.print(render.disclaimer(pack, lang))


def find_stage(pack: Pack, name: str) -> Stage:
    """Return the stage named by its id, title or alias; raise UsageError with suggestions."""
    wanted = name.strip().casefold()
    for stage in pack.stages:
        if wanted in (n.casefold() for n in stage.names()):
            return stage
    if wanted.isdecimal() and len(wanted) <= 3:  # the number `stages` prints
        for stage in pack.stages:
            if stage.order == int(wanted):
                return stage
    names = {n.casefold(): s for s in pack.stages for n in s.names()}
    close = suggest(wanted, names, n=5, cutoff=0.5)
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
        str,
        typer.Argument(
            help="A stage id, name or number, e.g. lawsuit, 诉讼 or 10. 阶段代号、名称或序号。"
        ),
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
        pack = io.load_pack()
        found = find_stage(pack, stage)
        from debtguide.render import reference as render
        from debtguide.render.console import console, print_json

        if as_json:
            data: dict[str, Any] = {
                "schema": "debtguide.stage/1",
                "pack": pack.info.id,
                "lang": lang,
            }
            data["stage"] = render.stage_json(pack, found, lang)
            data["cited"] = [render.law_json(pack.laws[c], lang) for c in render.stage_cited(found)]
            data["disclaimer"] = pack.info.disclaimer(lang)
            print_json(data)
            return
        out = console()
        out.print(render.stage_explanation(pack, found, lang))
        out.print(render.disclaimer(pack, lang))


def _law_key(name: str) -> str:
    """A law's name as compared: width, case, spaces, brackets and commas do not matter."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s《》〈〉<>〔〕\[\]()（）\"'“”‘’,，.。、]+", "", text)


def find_law(pack: Pack, name: str) -> Excerpt:
    """The excerpt named by its id or as the tool cites it (《民法典》第一千零三十三条,
    Civil Code, art. 1033, 〔《中华人民共和国民法典》第一千零三十三条〕); UsageError otherwise."""
    excerpt = pack.laws.get(name.strip())
    if excerpt is not None:
        return excerpt
    names: dict[str, str] = {}
    for excerpt_id, item in pack.laws.items():
        full = f"《{item.law}》{item.article}"
        for label in (excerpt_id, pack.cite_label(excerpt_id, "zh"), full):
            names.setdefault(_law_key(label), excerpt_id)
        names.setdefault(_law_key(pack.cite_label(excerpt_id, "en")), excerpt_id)
    found = names.get(_law_key(name))
    if found is not None:
        return pack.laws[found]
    error = UsageError("unknown_law", name=name)
    close = suggest(name.strip(), pack.laws)
    if close:
        error.hint("did_you_mean", options=", ".join(close))
    raise error.hint("see_laws")


@app.command()
def law(
    law_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            help="An excerpt id or the name the tool prints, e.g. civil-procedure-law-128 or "
            "《民事诉讼法》第一百二十八条. 法条代号或名称。",
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
        pack = io.load_pack()
        from debtguide.render import reference as render
        from debtguide.render.console import console, print_json

        if law_id is None:
            if as_json:
                laws = [render.law_json(x) for x in pack.laws.values()]
                print_json({"schema": "debtguide.laws/1", "laws": laws})
                return
            console().print(render.laws_table(pack, lang))
            return
        excerpt = find_law(pack, law_id)
        if as_json:
            print_json(render.law_json(excerpt))
            return
        out = console()
        out.print(render.law_detail(pack, excerpt, lang))
        out.print(render.disclaimer(pack, lang))
