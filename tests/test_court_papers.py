"""Issue 13 items 3-6: arbitration awards, 调解书, small claims / simplified procedure, a 裁定's
appeal, and a payment order received together with a summons."""

from __future__ import annotations

import datetime as dt

from debtguide.engine import assess

TODAY = dt.date(2026, 12, 7)


def _kinds(result) -> dict[str, str]:
    return {d.rule.kind: d.date.isoformat() for d in result.deadlines}


def test_an_award_received_in_2026_is_planned_around_three_months(pack) -> None:
    answers = {
        "contact_kinds": ["arbitration_notice"],
        "award_received_date": dt.date(2026, 11, 30),
    }
    result = assess(pack, answers, TODAY)
    (deadline,) = result.deadlines
    assert deadline.rule.kind == "set-aside" and deadline.date == dt.date(2027, 2, 28)
    assert deadline.last_day == deadline.date  # no rest-day extension claimed for it
    note = deadline.rule.note.text("en")
    assert "six months" in note and "three months" in note and "12348" in note
    assert not deadline.rule.cites  # no excerpt carries the revised article


def test_the_arbitration_stage_never_shows_six_months_as_the_plan(pack) -> None:
    stage = pack.stage("arbitration")
    texts = [s.text("en") for s in stage.steps] + [r.text("en") for r in stage.rights]
    set_aside = [t for t in texts if "set the award aside" in t or "set it aside" in t]
    assert set_aside and all("three months" in t for t in set_aside)
    check = next(a for a in pack.actions if a.id == "arbitration-check-clause")
    assert "before the first hearing" in check.text("en")


def test_a_mediation_document_has_no_appeal(pack) -> None:
    answers = {
        "contact_kinds": ["court_summons", "court_mediation_document"],
        "judgment_received_date": dt.date(2026, 12, 1),
    }
    result = assess(pack, answers, TODAY)
    assert result.stage.id == "judgment"
    assert "appeal" not in _kinds(result)
    ids = [a.id for a in result.actions]
    assert "mediation-document-binding" in ids and "judgment-appeal-decide" not in ids
    binding = next(a for a in result.actions if a.id == "mediation-document-binding")
    assert "civil-procedure-law-100" in binding.cites
    assert "civil-procedure-law-100" in pack.laws


def test_small_claims_are_dated_from_the_notice_not_fifteen_days(pack) -> None:
    base = {
        "contact_kinds": ["court_summons"],
        "summons_received_date": dt.date(2026, 12, 1),
        "case_procedure": "small_claims",
    }
    unknown = assess(pack, base, TODAY)
    assert "defense" not in _kinds(unknown)
    assert {m.rule.kind for m in unknown.missing_deadlines} == {"court-set-date", "hearing"}
    dated = assess(
        pack,
        {
            **base,
            "evidence_deadline_date": dt.date(2026, 12, 8),
            "hearing_date": dt.date(2026, 12, 12),  # a Saturday: a hearing is not moved
        },
        TODAY,
    )
    assert _kinds(dated) == {"court-set-date": "2026-12-08", "hearing": "2026-12-12"}
    hearing = next(d for d in dated.deadlines if d.rule.kind == "hearing")
    assert hearing.last_day == hearing.date
    ordinary = assess(pack, {**base, "case_procedure": "ordinary"}, TODAY)
    assert _kinds(ordinary) == {"defense": "2026-12-16"}


def test_a_ruling_gets_ten_days(pack) -> None:
    answers = {
        "contact_kinds": ["court_summons"],
        "summons_received_date": dt.date(2026, 11, 20),
        "ruling_received_date": dt.date(2026, 12, 2),
    }
    result = assess(pack, answers, TODAY)
    ruling = next(d for d in result.deadlines if d.rule.kind == "ruling-appeal")
    assert ruling.date == dt.date(2026, 12, 12) and ruling.last_day == dt.date(2026, 12, 14)
    assert "civil-procedure-law-171" in ruling.rule.cites


def test_two_papers_keep_both_deadlines(pack) -> None:
    answers = {
        "contact_kinds": ["payment_order", "court_summons"],
        "payment_order_received_date": dt.date(2026, 11, 30),
        "summons_received_date": dt.date(2026, 12, 1),
    }
    result = assess(pack, answers, TODAY)
    assert set(_kinds(result)) == {"payment-order-objection", "defense"}
    assert {"defense", "payment-order-objection"} <= {f.id for f in result.letters}
    same = assess(pack, {**answers, "payment_order_became_suit": True}, TODAY)
    assert set(_kinds(same)) == {"defense"}
    assert "payment-order-objection" not in {f.id for f in same.letters}


def test_credit_objection_reply_counts_from_receipt(pack) -> None:
    answers = {
        "credit_report_error": True,
        "credit_objection_date": dt.date(2026, 11, 10),
        "credit_objection_received_date": dt.date(2026, 11, 13),
    }
    (deadline,) = assess(pack, answers, TODAY).deadlines
    assert deadline.date == dt.date(2026, 12, 3)
    filed_only = {k: v for k, v in answers.items() if k != "credit_objection_received_date"}
    (deadline,) = assess(pack, filed_only, TODAY).deadlines
    assert deadline.date == dt.date(2026, 11, 30)
    assert "received" in deadline.rule.note.text("en")
