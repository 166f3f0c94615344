"""How a letter writes a value: dates, amounts, citations and the blank left for a field.
Pure. (A rate is written as `money.figures.pct` writes it.)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from debtguide.content.models import LetterField, Pack, Text


def cite_labels(pack: Pack, ids: tuple[str, ...] | list[str], lang: str) -> str:
    """Citations as a letter writes them, one law named once: 《民法典》第一千零三十二条、第一千零三十八条."""
    groups: list[tuple[str, list[str]]] = []
    for excerpt_id in ids:
        excerpt = pack.laws[excerpt_id]
        statute = pack.statutes[excerpt.law]
        article = excerpt.article if lang == "zh" else excerpt_id.removeprefix(statute.prefix + "-")
        if groups and groups[-1][0] == excerpt.law:
            groups[-1][1].append(article)
        else:
            groups.append((excerpt.law, [article]))
    out = []
    for law, articles in groups:
        short = pack.statutes[law].short(lang)
        if lang == "zh":
            out.append(f"《{short}》" + "、".join(articles))
        elif len(articles) == 1:
            out.append(f"{short}, art. {articles[0]}")
        else:
            out.append(f"{short}, arts. {', '.join(articles[:-1])} and {articles[-1]}")
    return "；".join(out) if lang == "zh" else "; ".join(out)


def fmt_date(value: dt.date, lang: str) -> str:
    """A date as a letter writes it: 2026年12月15日 / 15 December 2026."""
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {value:%B} {value.year}"


def fmt_money(value: float, lang: str) -> str:
    """An amount as a letter writes it: 1,200.00 元 / 1,200.00 yuan."""
    return f"{value:,.2f} 元" if lang == "zh" else f"{value:,.2f} yuan"


def blank(fld: LetterField, lang: str) -> str:
    """The marked blank left for a field with no value."""
    label = fld.label(lang)
    return f"【请填写：{label}】" if lang == "zh" else f"[fill in: {label}]"


def fmt_value(value: Any, lang: str) -> str:
    """A field's value as the letter shows it: text, a date, an amount."""
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, dt.date):
        return fmt_date(value, lang)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return fmt_money(float(value), lang)
    return str(value)
