"""The plan as a file: Markdown, and one self-contained HTML page for a phone or A4 paper."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from debtguide.case import assess_case, parse_case
from debtguide.casefile import read_raw as read_answers_file
from debtguide.render.plan_file import plan_html, plan_markdown

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 7)


def result(pack, name="cases/three-debts.yaml", lang="en"):
    case = parse_case(pack, read_answers_file(HERE / name), TODAY, lang)
    return assess_case(pack, case, TODAY)


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_html_is_one_self_contained_page_for_phone_and_a4(pack, lang):
    page = plan_html(pack, result(pack, lang=lang), lang)
    parser = Tags()
    parser.feed(page)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "a"}
    assert not re.search(r"url\(|@import|src=", page)
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) in (
        parser.tags
    )
    assert "@page{size:A4" in page
    assert page.count("<h2>") >= 6  # summary parts, shared advice, three debts
    assert page.index("2026-12-15") < page.index("[huahua]")  # deadlines before the steps


def test_html_escapes_what_the_borrower_typed(pack):
    from debtguide.case import parse_case as parse

    raw = read_answers_file(HERE / "cases" / "three-debts.yaml")
    raw["debts"][1]["lender_name"] = "<script>alert(1)</script>"
    data = assess_case(pack, parse(pack, raw, TODAY, "en"), TODAY)
    page = plan_html(pack, data, "en")
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markdown_has_the_summary_then_each_debt_and_shared_advice_once(pack, lang):
    data = result(pack, lang=lang)
    text = plan_markdown(pack, data, lang)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert len(headings) == 7  # debts, deadlines, first steps, shared advice, three debts
    first = next(iter(data.results.values()))
    for action in first.actions:
        if action.id in data.common:
            assert text.count(" ".join(action.text(lang).split())[:25]) == 1
    assert "--debt jisu" in text
    assert text.endswith("\n") and pack.info.disclaimer(lang).split()[0] in text


def test_a_one_debt_plan_file_works_too(pack):
    text = plan_markdown(pack, result(pack, "answers/lawsuit.yaml"), "en")
    assert text.count("\n## ") >= 4
