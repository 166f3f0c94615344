"""The assessment (CONTRACT.md §3) and the case of several debts (§1b) as JSON: plain data, so
`assess --json` never imports Rich."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debtguide.content.models import Pack
from debtguide.engine import Assessment
from debtguide.i18n import t

if TYPE_CHECKING:
    from debtguide.case import CaseAssessment


def plan_json(pack: Pack, result: Assessment, lang: str) -> dict[str, Any]:
    """The assessment as CONTRACT.md §3 (with extra keys, never renamed ones)."""
    data: dict[str, Any] = {
        "schema": "debtguide.assessment/1",
        "pack": pack.info.id,
        "lang": lang,
        "today": result.today.isoformat(),
        "stage": {
            "id": result.stage.id,
            "title": result.stage.title(lang),
            "why": [w(lang) for w in result.why],
            "decided": result.decided,
        },
        "deadlines": [
            {
                "kind": d.rule.kind,
                "date": d.date.isoformat(),
                "days_left": d.days_left,
                "title": d.rule.title(lang),
                "cites": d.rule.cites,
                "start": d.start.isoformat(),
                "passed": d.passed,
                "legal_last_day": d.last_day.isoformat(),
                "status": d.status,
                "holidays_unknown_years": list(d.unknown_years),
                **({"after": d.rule.passed.text(lang)} if d.passed else {}),
                **(
                    {"may_be_open": t("plan_may_be_open_text", lang, **_dates(d))}
                    if d.may_be_open
                    else {}
                ),
            }
            for d in result.deadlines
        ],
        "missing_deadlines": [
            {"kind": m.rule.kind, "question": m.rule.start, "check": m.rule.missing(lang)}
            for m in result.missing_deadlines
        ],
        "actions": [
            {"id": a.id, "when": a.when, "text": a.text(lang), "cites": a.cites, "safety": a.safety}
            for a in result.actions
        ],
        "flags": [
            {
                "id": f.flag.id,
                "kind": f.flag.kind,
                "title": f.flag.title(lang),
                "why": f.flag.why(lang),
                "because": [b(lang) for b in f.because],
                "todo": f.flag.todo(lang),
                "report_to": [pack.channels[c].name(lang) for c in f.flag.report_to],
                "cites": f.flag.cites,
            }
            for f in result.flags
        ],
        "letters": [letter.id for letter in result.letters],
        **({"case_number": result.case_number} if result.case_number else {}),
        "money": _money_json(pack, result, lang),
        "unknown": list(result.unknown),
        "credit_record": result.credit_record,
        "safety_first": result.safety,
        "disclaimer": pack.info.disclaimer(lang),
    }
    return data


def _dates(deadline: Any) -> dict[str, str]:
    return {"date": deadline.date.isoformat(), "legal": deadline.last_day.isoformat()}


def _money_json(pack: Pack, result: Assessment, lang: str) -> dict[str, Any]:
    money = result.money
    out: dict[str, Any] = {}
    if money.rate is not None:
        out["apr"] = round(money.rate.apr, 4)
        out["effective_annual"] = round(money.rate.effective_annual, 4)
        out["thresholds"] = [
            {
                "id": line.id,
                "rate": line.rate,
                "exceeded": line.exceeded,
                "verdict": line.verdict,
                "scope_cites": list(line.scope_cites),
                "applies": line.applies,
                "cites": list(line.cites),
            }
            for line in money.lines
        ]
        note = pack.rates.loan_types.get(money.loan_type or "unknown") if pack.rates else None
        if money.lines and note is not None:  # which lines this loan type gets, and why
            out["loan_type_note"] = {"text": note.text(lang), "cites": list(note.cites)}
    if money.repaid is not None:
        out["amount_repaid"] = money.repaid
    if money.paid_total is not None:
        out["paid_and_claimed"] = money.paid_total
    if money.over_received is not None:
        out["over_received"] = money.over_received
    if money.affordable is not None:
        out["affordable_monthly"] = round(money.affordable.monthly, 2)
    return out


# ---- debtguide.case/1 ----------------------------------------------------------------------

_PER_DEBT_DROP = ("schema", "pack", "lang", "today", "disclaimer")


def case_json(pack: Pack, result: CaseAssessment, lang: str) -> dict[str, Any]:
    """The case as `debtguide.case/1` (CONTRACT.md §1b), with extra keys, never renamed ones."""
    debts = []
    for debt in result.case.debts:
        one = plan_json(pack, result.results[debt.id], lang)
        for key in _PER_DEBT_DROP:
            one.pop(key, None)
        offer = result.offer(debt.id)
        if offer is not None:
            one["money"]["offer_monthly"] = offer.monthly
        debts.append({"id": debt.id, "lender_name": debt.lender_name, **one})
    deadlines = [
        {
            "debt": c.debt,
            "kind": c.deadline.rule.kind,
            "date": c.deadline.date.isoformat(),
            "legal_last_day": c.deadline.last_day.isoformat(),
            "status": c.deadline.status,
            "days_left": c.deadline.days_left,
            "title": c.deadline.rule.title(lang),
            "cites": list(c.deadline.rule.cites),
        }
        for c in result.deadlines
    ]
    budget: dict[str, Any] = {}
    if result.affordable is not None:
        budget["affordable_monthly"] = round(result.affordable.monthly, 2)
        budget["priority"] = "court-first"
        budget["offers"] = [
            {"debt": o.debt, "monthly": o.monthly, "months": o.months, "first": o.first}
            for o in result.offers
        ]
    from debtguide.case import summary

    steps = summary(result).steps
    return {
        "schema": "debtguide.case/1",
        "pack": pack.info.id,
        "lang": lang,
        "today": result.today.isoformat(),
        "debts": debts,
        "deadlines": deadlines,
        "order": list(result.order),
        "budget": budget,
        "first_steps": [
            {"id": s.action.id, "debts": list(s.debts), "text": s.action.text(lang)} for s in steps
        ],
        "common_actions": sorted(result.common),
        "safety_first": result.safety,
        "disclaimer": pack.info.disclaimer(lang),
    }
