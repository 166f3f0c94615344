"""The case on screen: the first screen fits 40 lines at 100 columns; advice is said once."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from rich.console import Console

from debtguide import case as case_mod
from debtguide.casefile import read_raw as read_answers_file
from debtguide.render.case import case_plan, summary_view

THREE = Path(__file__).resolve().parent / "cases" / "three-debts.yaml"
TODAY = dt.date(2026, 12, 7)


def shown(renderable) -> str:
    console = Console(width=100, file=io.StringIO(), no_color=True, emoji=False)
    console.print(renderable)
    return console.file.getvalue()


def result(pack, lang, **changes):
    raw = read_answers_file(THREE)
    raw.update(changes)
    return case_mod.assess_case(pack, case_mod.parse_case(pack, raw, TODAY, lang), TODAY)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_first_screen_fits_40_lines_at_100_columns(pack, lang):
    text = shown(summary_view(pack, result(pack, lang), lang))
    lines = text.rstrip("\n").splitlines()
    assert len(lines) <= 40, text
    assert max(len(line.rstrip()) for line in lines) <= 100
    # each debt's stage on one line, the dated deadline with its debt, three steps
    debt_lines = [ln for ln in lines if ln[:3] in ("1. ", "2. ", "3. ") and " · " in ln]
    assert [ln.split()[1] for ln in debt_lines] == ["huahua", "jisu", "zhaoshang-card"]
    assert any("2026-12-15" in ln and "huahua" in ln for ln in lines)
    assert text.index("2026-12-15") < text.index("[huahua]")
    assert text.count("[huahua]") == 2 and text.count("[jisu]") == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_with_safety_the_first_screen_opens_with_it(pack, lang):
    data = result(pack, lang, feels_unsafe=True)
    text = shown(summary_view(pack, data, lang))
    first = case_mod.summary(data).steps[0].action
    assert first.safety
    steps = text[text.index("1. ", text.index("2026-12-15")) :]
    assert steps.startswith("1. " + first.text(lang)[:20])
    assert len(text.rstrip("\n").splitlines()) <= 40


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_full_plan_says_shared_advice_once_and_then_each_debt(pack, lang):
    data = result(pack, lang)
    text = shown(case_plan(pack, data, lang, "--answers case.yaml"))
    shared = [a for a in data.results["huahua"].actions if a.id in data.common]
    assert shared
    for action in shared:
        head = action.text(lang)[:30]
        assert text.count(head) == 1, head
    heading = "Debt {} of 3" if lang == "en" else "第 {} 笔（共 3 笔）"
    positions = [text.index(heading.format(n)) for n in (1, 2, 3)]
    assert positions == sorted(positions)
    assert "debtguide letter defense --answers case.yaml --debt huahua" in text
    assert "--debt jisu" in text and "--debt zhaoshang-card" in text


@pytest.mark.parametrize(
    ("lang", "heading"), [("zh", "这笔欠款到了哪一步："), ("en", "Where this debt stands:")]
)
def test_one_debt_is_named_by_its_lender_without_an_id(pack, lang, heading):
    one = {
        "loan_type": "online_platform",
        "lender_name": "花花借",
        "days_overdue": 40,
        "contact_kinds": ["court_summons"],
        "summons_received_date": "2026-12-01",
    }
    case = case_mod.parse_case(pack, one, TODAY, lang)
    text = shown(summary_view(pack, case_mod.assess_case(pack, case, TODAY), lang))
    assert heading in text
    assert "花花借 · " in text
    assert "2026-12-16" in text  # the defence deadline, shown without the debt's id
    assert case.debts[0].id not in text  # the id only tells several debts apart
