"""The plan as a file to keep or send to a 12348 lawyer: Markdown, or one self-contained HTML
page (readable on a phone, printable on A4, no external resources). Pure: text in, text out.

- `plan_document(pack, result, lang)`: the plan as a list of blocks (headings, paragraphs,
  lists), built once from a `CaseAssessment` (one debt or several).
- `plan_markdown(...)` / `plan_html(...)`: those blocks as Markdown or HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

from debtguide.case import CaseAssessment, summary
from debtguide.content.models import Pack
from debtguide.i18n import t


@dataclass(frozen=True)
class Block:
    kind: str  # "h1", "h2", "h3", "p", "ul", "ol", "note"
    text: str = ""
    items: tuple[str, ...] = ()


def _cites(pack: Pack, ids: list[str], lang: str) -> str:
    if not ids:
        return ""
    labels = ("、" if lang == "zh" else "; ").join(pack.cite_label(i, lang) for i in ids)
    return f"（{labels}）" if lang == "zh" else f" ({labels})"


def _paren(text: str, lang: str) -> str:
    return f"（{text}）" if lang == "zh" else f" ({text})"


def _days(days: int, lang: str) -> str:
    if days < 0:
        return t("plan_may_be_open", lang)
    return t("plan_day_left" if days == 1 else "plan_days_left", lang, days=days)


def plan_document(pack: Pack, result: CaseAssessment, lang: str) -> list[Block]:
    """The whole plan, most urgent first: the summary, shared advice, then each debt."""
    from debtguide.money.figures import yuan

    s = summary(result)
    colon = t("case_colon", lang)
    blocks = [
        Block("h1", t("px_title", lang)),
        Block("p", t("px_made", lang, today=result.today.isoformat())),
    ]
    blocks.append(Block("h2", t("case_summary_debts", lang)))
    rows = []
    for debt in s.debts:
        row = f"{debt.id}" + (f" {debt.lender}" if debt.lender else "")
        row += f" · {debt.stage.title(lang)}"
        if debt.owed:
            row += " · " + t("case_owed", lang, amount=yuan(debt.owed))
        if debt.offer:
            row += " · " + t("case_offer", lang, amount=yuan(debt.offer))
        elif debt.offer is not None:
            row += " · " + t("case_offer_none", lang)
        rows.append(row)
    blocks.append(Block("ol", items=tuple(rows)))
    blocks.append(Block("h2", t("case_summary_deadlines", lang)))
    if s.deadlines:
        blocks.append(
            Block(
                "ul",
                items=tuple(
                    f"{c.deadline.date.isoformat()}{_paren(_days(c.deadline.days_left, lang), lang)}"
                    f" {c.debt}{colon}{c.deadline.rule.title(lang)}"
                    for c in s.deadlines
                ),
            )
        )
    else:
        blocks.append(Block("p", t("case_no_deadlines", lang)))
    blocks.append(Block("h2", t("case_summary_first", lang)))
    blocks.append(
        Block(
            "ol",
            items=tuple(
                (f"[{', '.join(st.debts)}] " if st.debts and len(s.debts) > 1 else "")
                + st.action.text(lang)
                for st in s.steps
            ),
        )
    )
    if s.affordable is not None:
        key = "case_budget_court_first" if any(o.first for o in result.offers) else "case_budget"
        blocks.append(Block("p", t(key, lang, amount=yuan(s.affordable))))

    first = next(iter(result.results.values()))
    common = [a for a in first.actions if a.id in result.common]
    if common:
        blocks.append(Block("h2", t("case_common", lang)))
        blocks.append(
            Block("ul", items=tuple(a.text(lang) + _cites(pack, a.cites, lang) for a in common))
        )
    total = len(result.order)
    for number, debt_id in enumerate(result.order, 1):
        blocks += _debt_blocks(pack, result, debt_id, number, total, lang)
    blocks.append(Block("note", pack.info.disclaimer(lang)))
    return blocks


def _debt_blocks(
    pack: Pack, result: CaseAssessment, debt_id: str, number: int, total: int, lang: str
) -> list[Block]:
    from debtguide.money.figures import yuan

    own = result.results[debt_id]
    name = result.case.debt(debt_id).lender_name or ""
    title = t("case_debt_heading", lang, number=number, total=total, id=debt_id, name=name)
    blocks = [Block("h2", title.strip())]
    blocks.append(Block("p", t("plan_stage", lang) + own.stage.title(lang)))
    blocks.append(Block("p", own.stage.summary(lang)))
    if own.why:
        blocks.append(Block("ul", items=tuple(w(lang) for w in own.why)))
    if own.deadlines or own.missing_deadlines:
        blocks.append(Block("h3", t("plan_deadlines", lang)))
        rows = []
        for d in own.deadlines:
            state = (
                t("plan_passed", lang, days=-d.days_left) if d.passed else _days(d.days_left, lang)
            )
            colon = t("case_colon", lang)
            row = f"{d.date.isoformat()}{_paren(state, lang)}{colon}{d.rule.title(lang)}"
            if d.last_day != d.date:
                row += " — " + t(
                    "plan_legal_last_day",
                    lang,
                    date=d.date.isoformat(),
                    legal=d.last_day.isoformat(),
                )
            rows.append(row + _cites(pack, d.rule.cites, lang))
        for m in own.missing_deadlines:
            rows.append(f"? {m.rule.title(lang)}{t('case_colon', lang)}{m.rule.missing(lang)}")
        blocks.append(Block("ul", items=tuple(rows)))
    if own.case_number:
        blocks.append(Block("p", t("plan_case_number", lang, case=own.case_number)))
    offer = result.offer(debt_id)
    if offer is not None and offer.monthly:
        blocks.append(Block("p", t("case_offer_line", lang, amount=yuan(offer.monthly))))
    elif offer is not None:
        blocks.append(Block("p", t("case_offer_line_none", lang)))
    groups = [("now", "plan_now"), ("this_week", "plan_this_week"), ("ongoing", "plan_ongoing")]
    for when, key in groups:
        items = [a for a in own.actions if a.when == when and a.id not in result.common]
        if items:
            blocks.append(Block("h3", t(key, lang)))
            blocks.append(
                Block("ol", items=tuple(a.text(lang) + _cites(pack, a.cites, lang) for a in items))
            )
    if own.flags:
        blocks.append(Block("h3", t("plan_flags", lang)))
        rows = []
        for raised in own.flags:
            flag = raised.flag
            channels = ("、" if lang == "zh" else ", ").join(
                pack.channels[c].name(lang) for c in flag.report_to
            )
            rows.append(
                f"{flag.title(lang)}: {flag.why(lang)}{_cites(pack, flag.cites, lang)} "
                f"{t('plan_todo', lang)}{flag.todo(lang)} {t('plan_report_to', lang)}{channels}"
            )
        blocks.append(Block("ul", items=tuple(rows)))
    if own.letters:
        blocks.append(Block("h3", t("plan_letters", lang)))
        blocks.append(
            Block(
                "ul",
                items=tuple(
                    f"debtguide letter {fit.id} --debt {debt_id}{t('case_colon', lang)}"
                    f"{fit.why(lang)}"
                    for fit in own.letters
                ),
            )
        )
    if own.unknown:
        blocks.append(Block("h3", t("plan_unknown", lang)))
        rows = []
        for qid in own.unknown:
            question = pack.question(qid)
            rows.append(question.text(lang) if question else qid)
        blocks.append(Block("ul", items=tuple(rows)))
    return blocks


def plan_markdown(pack: Pack, result: CaseAssessment, lang: str) -> str:
    """The plan as Markdown."""
    out: list[str] = []
    for block in plan_document(pack, result, lang):
        if block.kind in ("h1", "h2", "h3"):
            out.append("#" * int(block.kind[1]) + " " + _md(block.text))
        elif block.kind == "p":
            out.append(_md(block.text))
        elif block.kind == "note":
            out.append("> " + _md(block.text))
        elif block.kind == "ul":
            out.append("\n".join(f"- {_md(i)}" for i in block.items))
        else:
            out.append("\n".join(f"{n}. {_md(i)}" for n, i in enumerate(block.items, 1)))
    return "\n\n".join(out) + "\n"


def _md(text: str) -> str:
    """Text safe in Markdown: the characters that would start markup are escaped."""
    for char in ("\\", "*", "_", "`", "<", ">", "[", "]", "#"):
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())


_CSS = """
body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",
sans-serif;line-height:1.6;margin:0 auto;max-width:46em;padding:1em;color:#111;background:#fff}
h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #999;margin-top:1.6em}
h3{font-size:1.05em;margin-top:1.2em}li{margin:.3em 0}
.note{border-left:4px solid #999;padding-left:.8em;color:#333}
@media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0;font-size:11pt}
h2{break-after:avoid}li{break-inside:avoid}}
"""


def plan_html(pack: Pack, result: CaseAssessment, lang: str) -> str:
    """The plan as one self-contained HTML page: no scripts, links or outside resources."""
    from html import escape

    body: list[str] = []
    title = t("px_title", lang)
    for block in plan_document(pack, result, lang):
        if block.kind in ("h1", "h2", "h3"):
            body.append(f"<{block.kind}>{escape(block.text)}</{block.kind}>")
        elif block.kind == "p":
            body.append(f"<p>{escape(block.text)}</p>")
        elif block.kind == "note":
            body.append(f'<p class="note">{escape(block.text)}</p>')
        else:
            items = "".join(f"<li>{escape(i)}</li>" for i in block.items)
            body.append(f"<{block.kind}>{items}</{block.kind}>")
    html_lang = "zh-CN" if lang == "zh" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
