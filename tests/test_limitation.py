"""Old debts and promises to pay (issue 13 item 2; review findings 3, 4, 19): nothing has the
borrower promise to pay without first checking whether the debt may be time-barred."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from debtguide.content.record import as_data
from debtguide.engine import assess, limitation_facts

TODAY = dt.date(2026, 12, 7)
PROMISES = {
    "phone-written-offer",
    "written-reply-once",
    "lawsuit-settle-affordably",
    "mediation-sign-carefully",
    "money-lump-sum",
}


@pytest.mark.parametrize(
    ("answers", "stage", "facts"),
    [
        ({"days_overdue": 1000}, "lawsuit", {"limitation_risk", "old_debt"}),
        ({"days_overdue": 100}, "lawsuit", set()),
        ({}, "lawsuit", {"limitation_risk"}),  # unknown age: warn
        ({}, "reminder", set()),  # the reminder plan assumes a debt just overdue
        # the borrower's own payment 100 days ago: a waiver or a fresh period either way
        ({"days_overdue": 1500, "last_payment_date": dt.date(2026, 8, 29)}, "lawsuit", set()),
        (
            {"days_overdue": 1500, "last_payment_date": dt.date(2023, 1, 1)},
            "lawsuit",
            {"limitation_risk", "old_debt"},
        ),
    ],
)
def test_limitation_facts(answers, stage, facts) -> None:
    assert set(limitation_facts(answers, TODAY, stage)) == facts


def test_a_debt_buyers_recent_demands_do_not_clear_the_risk(pack) -> None:
    answers = {
        "days_overdue": 1400,
        "contact_kinds": ["debt_assigned", "third_party_agency", "sms_collection"],
    }
    result = assess(pack, answers, TODAY)
    ids = {a.id for a in result.actions}
    assert "money-limitation-check" in ids and not ids & PROMISES
    assigned = next(a for a in result.actions if a.id == "money-debt-assigned")
    assert "limitation-rules-17" in assigned.cites


@pytest.mark.parametrize(
    ("contacts", "stage"),
    [
        (["phone_calls"], "phone-collection"),
        (["sms_collection"], "written-collection"),
        (["mediation_notice"], "pre-suit-mediation"),
        (["court_summons"], "lawsuit"),
    ],
)
@pytest.mark.parametrize("days", [1200, None])
def test_no_promise_to_pay_before_the_limitation_check(pack, contacts, stage, days) -> None:
    answers = {"contact_kinds": contacts, "lump_sum_available": 3000}
    if days is not None:
        answers["days_overdue"] = days
    result = assess(pack, answers, TODAY)
    assert result.stage.id == stage
    ids = [a.id for a in result.actions]
    assert not set(ids) & PROMISES
    check = "money-limitation-check" if days else "money-limitation-unknown"
    assert check in ids
    fresh = assess(pack, {**answers, "days_overdue": 60}, TODAY)
    assert "money-limitation-check" not in [a.id for a in fresh.actions]
    assert "money-limitation-unknown" not in [a.id for a in fresh.actions]


@pytest.mark.parametrize("stage", ["lawsuit", "phone-collection", "written-collection"])
def test_every_script_warns_before_it_offers_to_pay(pack, stage) -> None:
    say = pack.stage(stage).say
    for lang, words in (("zh", "12348"), ("en", "time-barred")):
        text = say(lang)
        assert words in text
        offer = "分期" if lang == "zh" else "instalments"
        if offer in text:
            assert text.index(words) < text.index(offer)


def test_the_mediation_script_and_fact_no_longer_say_negotiate_freely(pack) -> None:
    stage = pack.stage("pre-suit-mediation")
    assert "放心谈方案" not in json.dumps(as_data(stage), ensure_ascii=False)
    assert stage.say("en").index("time-barred") < stage.say("en").index("instalments")


def test_defence_with_unknown_age_pleads_limitation_and_offers_no_instalments(
    cli, tmp_path
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        "contact_kinds: [court_summons]\nsummons_received_date: 2026-11-30\n"
        "monthly_income: 5000\nmonthly_essential_expenses: 3000\n",
        encoding="utf-8",
    )
    result = cli(
        "letter", "defense", "--answers", str(path), "--today", "2026-12-07", "--lang", "en"
    )
    assert result.exit_code == 0, result.output
    assert "limitation period" in result.stdout
    assert "a month by instalments" not in result.stdout
    assert "overdue for a long time" not in result.stdout
    assert "not known how long" in " ".join(result.stderr.split())
