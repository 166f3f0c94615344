"""Turn packs and results into Rich renderables and JSON-ready dicts; no decisions here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from debtguide.content.models import Excerpt, Pack, Stage
from debtguide.i18n import t
from debtguide.render.cjkwrap import install as _cjk_line_breaks
from debtguide.render.layout import Decorated, panel, rule

_cjk_line_breaks()


def _labelled(label: Text, body: Text) -> Table:
    """A label with its text beside it; the text's later lines stay under its first."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(label, body)
    return grid


def disclaimer(pack: Pack, lang: str) -> RenderableType:
    return Padding(Text(pack.info.disclaimer(lang), style="dim"), (1, 0, 0, 0))


# ---- citations ---------------------------------------------------------------------------


def cites_text(pack: Pack, cites: Iterable[str], lang: str) -> Text:
    """Render citations as `〔《民法典》第一百零九条〕`, marking those with a caution."""
    out = Text()
    for cite in cites:
        label = pack.cite_label(cite, lang)
        mark = " ⚠" if pack.laws[cite].caution else ""
        out.append(f" 〔{label}{mark}〕" if lang == "zh" else f" [{label}{mark}]", style="cyan")
    return out


def cautions(pack: Pack, cited: Iterable[str], lang: str) -> RenderableType | None:
    """List once the cautions of the cited excerpts that carry one."""
    seen: dict[str, str] = {}
    for cite in cited:
        caution = pack.laws[cite].caution
        if caution and caution(lang) not in seen.values():
            seen[cite] = caution(lang)
    if not seen:
        return None
    lines = [Text(t("sec_cautions", lang), style="bold yellow")]
    for cite, text in seen.items():
        lines.append(Text(f"⚠ {pack.cite_label(cite, lang)}: ", style="yellow") + Text(text))
    return Group(*lines)


# ---- stages ------------------------------------------------------------------------------


class ByWidth:
    """Render `wide` when there are at least `min_width` columns, else `narrow`."""

    def __init__(self, min_width: int, wide: RenderableType, narrow: RenderableType) -> None:
        self.min_width, self.wide, self.narrow = min_width, wide, narrow

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.wide if options.max_width >= self.min_width else self.narrow


def stages_table(pack: Pack, lang: str) -> RenderableType:
    """The stages as a table, or as a numbered list on a narrow terminal (ids are never split)."""
    narrow = Table.grid(padding=(0, 1))
    narrow.add_column(justify="right", style="bold", no_wrap=True)
    narrow.add_column(overflow="fold")
    for stage in pack.stages:
        head = Text(stage.title(lang), style="bold") + Text(f"  ({stage.id})", style="cyan")
        narrow.add_row(f"{stage.order}.", Group(head, Text(stage.summary(lang))))
    narrow_view = Group(Text(t("stages_title", lang), style="table.title"), narrow)
    table = Table(title=t("stages_title", lang), title_justify="left", show_lines=False)
    table.add_column(t("col_no", lang), justify="right", overflow="fold")
    table.add_column(t("col_id", lang), style="cyan", no_wrap=True)
    table.add_column(t("col_stage", lang), style="bold", overflow="fold")
    table.add_column(t("col_summary", lang), overflow="fold")
    for stage in pack.stages:
        table.add_row(str(stage.order), stage.id, stage.title(lang), stage.summary(lang))
    listing = Decorated(ByWidth(70, table, narrow_view), narrow_view)  # piped: the list
    return Group(listing, Text(t("explain_hint", lang), style="dim"))


def stage_cited(stage: Stage) -> list[str]:
    """Every excerpt id a stage cites, in order of first appearance."""
    ids: list[str] = []
    item: Any
    for item in (*stage.truths, *stage.steps, *stage.rights, *stage.avoid):
        ids.extend(c for c in item.cites if c not in ids)
    return ids


def _heading(text: str) -> RenderableType:
    return Padding(Text(text, style="bold magenta"), (1, 0, 0, 0))


def _numbered(items: list[Text]) -> RenderableType:
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", style="bold", no_wrap=True)
    table.add_column(overflow="fold")  # a Chinese paragraph is one long "word" to Rich
    for i, item in enumerate(items, 1):
        table.add_row(f"{i}.", item)
    return table


def _bullets(items: Sequence[RenderableType], bullet: str = "•") -> RenderableType:
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")  # a Chinese paragraph is one long "word" to Rich
    for item in items:
        table.add_row(bullet, item)
    return table


def stage_explanation(pack: Pack, stage: Stage, lang: str) -> RenderableType:
    """The full explanation of one stage."""
    parts: list[RenderableType] = []
    header = Text(stage.title(lang), style="bold")
    header.append(f"  ({stage.id})", style="cyan")
    sub = Text(t("stage_of", lang, n=stage.order, total=len(pack.stages)), style="dim")
    parts.append(panel(Group(header, sub, Text(stage.summary(lang))), expand=True))

    parts += [_heading(t("sec_who", lang)), Text(stage.who(lang))]
    parts.append(_heading(t("sec_what", lang)))
    for i, para in enumerate(stage.what_happens):
        parts.append(Padding(Text(para(lang)), (1 if i else 0, 0, 0, 0)))

    parts.append(_heading(t("sec_truths", lang)))
    for truth in stage.truths:
        claim = Text(f"✗ {t('claim', lang)}:", style="red")
        parts.append(_labelled(claim, Text(truth.claim(lang))))
        fact = Text(f"✓ {t('fact', lang)}:", style="green")
        body = Text(truth.fact(lang)) + cites_text(pack, truth.cites, lang)
        parts.append(Padding(_labelled(fact, body), (0, 0, 0, 2)))

    steps = [Text(s.text(lang)) + cites_text(pack, s.cites, lang) for s in stage.steps]
    parts += [_heading(t("sec_steps", lang)), _numbered(steps)]
    if stage.keep:
        parts += [_heading(t("sec_keep", lang)), _bullets([Text(k(lang)) for k in stage.keep])]
    if stage.say:
        parts += [
            _heading(t("sec_say", lang)),
            panel(Text(stage.say(lang), style="italic"), quote=True),
        ]
    rights = [Text(r.text(lang)) + cites_text(pack, r.cites, lang) for r in stage.rights]
    parts += [_heading(t("sec_rights", lang)), _bullets(rights)]
    avoid = [Text(a.text(lang)) + cites_text(pack, a.cites, lang) for a in stage.avoid]
    parts += [_heading(t("sec_avoid", lang)), _bullets(avoid, "✗")]
    parts += [_heading(t("sec_help", lang)), channels_list(pack, stage.help, lang)]

    cited = stage_cited(stage)
    note = cautions(pack, cited, lang)
    if note:
        parts += [rule(), note]
    if cited:
        parts.append(
            Padding(Text(t("law_hint", lang, example=cited[0]), style="dim"), (1, 0, 0, 0))
        )
    return Group(*parts)


def channels_list(pack: Pack, ids: Iterable[str], lang: str) -> RenderableType:
    items = []
    for channel_id in ids:
        channel = pack.channels[channel_id]
        items.append(Text(channel.name(lang), style="bold") + Text(f" — {channel.use(lang)}"))
    return _bullets(items)


def stage_json(pack: Pack, stage: Stage, lang: str) -> dict[str, Any]:
    """A stage in one language, as a JSON-ready dict."""
    return {
        "id": stage.id,
        "order": stage.order,
        "title": stage.title(lang),
        "summary": stage.summary(lang),
        "who": stage.who(lang),
        "what_happens": [p(lang) for p in stage.what_happens],
        "truths": [
            {"claim": x.claim(lang), "fact": x.fact(lang), "cites": x.cites} for x in stage.truths
        ],
        "steps": [{"text": x.text(lang), "cites": x.cites} for x in stage.steps],
        "keep": [x(lang) for x in stage.keep],
        "say": stage.say(lang) if stage.say else None,
        "rights": [{"text": x.text(lang), "cites": x.cites} for x in stage.rights],
        "avoid": [{"text": x.text(lang), "cites": x.cites} for x in stage.avoid],
        "help": [
            {
                "id": c,
                "name": pack.channels[c].name(lang),
                "contact": pack.channels[c].contact,
                "use": pack.channels[c].use(lang),
            }
            for c in stage.help
        ],
    }


# ---- laws --------------------------------------------------------------------------------


def law_json(excerpt: Excerpt, lang: str | None = None) -> dict[str, Any]:
    """An excerpt as CONTRACT.md §4 prints it, plus our notes when a language is given."""
    data: dict[str, Any] = {
        "id": excerpt.id,
        "law": excerpt.law,
        "version": excerpt.version,
        "article": excerpt.article,
        "text": excerpt.text,
    }
    if lang:
        data["plain"] = excerpt.plain(lang)
        data["caution"] = excerpt.caution(lang) if excerpt.caution else None
    return data


def law_detail(pack: Pack, excerpt: Excerpt, lang: str) -> RenderableType:
    head = Text(pack.cite_label(excerpt.id, lang), style="bold")
    head.append(f"  ({excerpt.id})", style="cyan")
    meta = Text(
        f"{excerpt.law} {excerpt.article} · " + t("law_version", lang, version=excerpt.version)
    )
    parts: list[RenderableType] = [head, Text(meta.plain, style="dim")]
    quote = panel(
        Text(excerpt.text), t("law_text", lang), quote=True, space=True, title_align="left"
    )
    parts += [quote, Text(t("law_plain", lang), style="bold"), Text(excerpt.plain(lang))]
    if excerpt.caution:
        parts.append(
            Padding(
                Text(f"⚠ {t('law_caution', lang)}: ", style="bold yellow")
                + Text(excerpt.caution(lang)),
                (1, 0, 0, 0),
            )
        )
    return Group(*parts)


def laws_table(pack: Pack, lang: str) -> RenderableType:
    """The excerpts as a table, or as a list on a narrow terminal (ids are never split)."""
    narrow = Table.grid(padding=(0, 1))
    narrow.add_column(no_wrap=True)
    narrow.add_column(overflow="fold")
    table = Table(title=t("laws_title", lang), title_justify="left")
    table.add_column(t("col_id", lang), style="cyan", no_wrap=True)
    table.add_column(t("col_law", lang), overflow="fold")
    table.add_column(t("col_topic", lang), overflow="fold")
    for excerpt in pack.laws.values():
        mark = " ⚠" if excerpt.caution else ""
        table.add_row(excerpt.id, pack.cite_label(excerpt.id, lang) + mark, excerpt.topic)
        label = Text(pack.cite_label(excerpt.id, lang) + mark) + Text(f"  {excerpt.topic}", "dim")
        narrow.add_row("•", Group(Text(excerpt.id, style="cyan"), label))
    narrow_view = Group(Text(t("laws_title", lang), style="table.title"), narrow)
    wide = Decorated(ByWidth(80, table, narrow_view), narrow_view)  # piped: the list
    return Group(wide, Text(t("law_detail_hint", lang), style="dim"))
