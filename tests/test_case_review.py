"""Every answer of a case in plain words: household once, then each debt; skipped ones too."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from debtguide.case import parse_case
from debtguide.case_review import item_text, review_items
from debtguide.casefile import read_raw as read_answers_file

THREE = Path(__file__).resolve().parent / "cases" / "three-debts.yaml"
TODAY = dt.date(2026, 12, 7)


def test_every_answer_is_listed_in_plain_words_in_both_languages(pack):
    case = parse_case(pack, read_answers_file(THREE), TODAY, "en")
    items = review_items(pack, case)
    assert [i.number for i in items] == list(range(1, len(items) + 1))
    texts = {lang: [item_text(i, lang) for i in items] for lang in ("zh", "en")}
    assert "2. Monthly income: 6,000.00 yuan" in texts["en"]
    assert "2. 每月收入：6,000.00 元" in texts["zh"]
    assert "8. [huahua] Days overdue: 95" in texts["en"]
    assert "28. [jisu] 已经发生的事：催收短信、催收电话" in texts["zh"]
    assert "21. [huahua] 已经还了多少：（还没回答）" in texts["zh"]
    household = [i for i in items if i.debt is None]
    assert {i.question.id for i in household} == {
        "feels_unsafe",
        "monthly_income",
        "monthly_essential_expenses",
        "lump_sum_available",
        "hardship_reasons",
    }  # other_debts_total is not asked with several debts
    # a question that applies to one debt only is listed for that debt only
    summons = [i.debt for i in items if i.question.id == "summons_received_date"]
    assert summons == ["huahua"]


def test_skipped_and_unanswered_questions_are_listed_and_told_apart(pack):
    case = parse_case(pack, {"lender_name": "甲", "days_overdue": 3}, TODAY, "en")
    case = replace(case, debts=(replace(case.debts[0], skipped=("loan_type",)),))
    items = {i.question.id: i for i in review_items(pack, case)}
    assert item_text(items["loan_type"], "en").endswith("Kind of loan: (skipped, not answered yet)")
    assert item_text(items["monthly_income"], "zh").endswith("每月收入：（还没回答）")
    assert "other_debts_total" in items  # one debt: still asked
