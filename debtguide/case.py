"""The borrower's whole case: the household once, each debt on its own, the profile.

CONTRACT.md §1b. Pure: the functions here take loaded content and plain data and return
results; reading and writing files lives in `casefile.py`, printing in the CLI.

The API (what the CLI and the browser UI use):

- `parse_case(pack, raw, today, lang)`: a raw mapping (a v1 answers file or a case file) →
  `Case`, or `UsageError` listing every problem at once.
- `case_to_file(case)`: a `Case` → plain data for a case file (a v1 file stays v1).
- `Case.answers_for(debt_id)`: the answers the engine sees for one debt (household + debt).
- `Case.with_debt(...)`, `Case.with_answer(...)`, `Case.without_answer(...)`: changed copies.
- `assess_case(pack, case, today, log_flags=None)`: every debt assessed, combined →
  `CaseAssessment` (deadlines across debts, the order to deal with them, the budget split).
- `summary(case_result)`: the one-screen summary model (`Summary`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from debtguide.content.models import Action, Pack, Text
from debtguide.engine import Assessment, Deadline
from debtguide.errors import UsageError

# The questions about the household, asked once for the whole case (CONTRACT.md §1b).
HOUSEHOLD = (
    "monthly_income",
    "monthly_essential_expenses",
    "lump_sum_available",
    "hardship_reasons",
    "feels_unsafe",
)
# Asked only when the case has one debt: with several, the other debts are in the file.
ONE_DEBT_ONLY = ("other_debts_total",)
# Letter fields that are the borrower's own, reused by every letter (CONTRACT.md §1b, §5).
PROFILE_FIELDS = ("name", "id_last4", "phone_last4", "address")
# Letter fields that belong to one debt.
DEBT_FIELDS = ("contract_no", "lender_full_name", "court", "case_no", "bureau", "record")
ID_RE = re.compile(r"^[a-z0-9-]+$")
MAX_ID = 40
MAX_DEBTS = 50
LIVE = ("open", "may-be-open")  # deadline statuses that still call for action


@dataclass(frozen=True)
class CaseDebt:
    """One debt of the case: its id, its answers (validated) and its letter fields."""

    id: str
    answers: Mapping[str, Any]
    fields: Mapping[str, Any] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()  # questions the borrower chose to skip, offered again later

    @property
    def lender_name(self) -> str | None:
        name = self.answers.get("lender_name")
        return str(name) if name else None


@dataclass(frozen=True)
class Case:
    """The whole case. `flat` is True for a v1 answers file (no `debts:` key): it is saved
    back the same way while it has one debt."""

    household: Mapping[str, Any]
    debts: tuple[CaseDebt, ...]
    profile: Mapping[str, Any] = field(default_factory=dict)
    flat: bool = False
    skipped: tuple[str, ...] = ()  # household questions skipped

    @property
    def ids(self) -> list[str]:
        return [d.id for d in self.debts]

    def debt(self, debt_id: str) -> CaseDebt:
        """The debt with this id; UsageError listing the ids when there is none."""
        for debt in self.debts:
            if debt.id == debt_id:
                return debt
        raise UsageError("case_no_such_debt", value=debt_id, ids=", ".join(self.ids))

    def answers_for(self, debt_id: str) -> dict[str, Any]:
        """The answers the engine sees for one debt: the household's and the debt's own."""
        merged = dict(self.debt(debt_id).answers)
        for key, value in self.household.items():
            if key in ONE_DEBT_ONLY and len(self.debts) > 1:
                continue
            merged[key] = value
        return merged

    def letter_fields(self, debt_id: str) -> dict[str, Any]:
        """The letter fields for one debt: the profile, then the debt's own."""
        return {**self.profile, **self.debt(debt_id).fields}

    def with_debt(
        self,
        answers: Mapping[str, Any],
        fields: Mapping[str, Any] | None = None,
        debt_id: str | None = None,
    ) -> Case:
        """A copy with one more debt (its id made from the lender's name unless given)."""
        new_id = debt_id or default_id(answers, self.ids)
        if new_id in self.ids:
            raise UsageError("case_duplicate_id", value=new_id)
        debt = CaseDebt(new_id, dict(answers), dict(fields or {}))
        return replace(self, debts=(*self.debts, debt), flat=False)

    def with_answer(self, debt_id: str | None, question_id: str, value: Any) -> Case:
        """A copy with one answer set (household when `debt_id` is None or the question is a
        household one); the question leaves the skipped list."""
        if question_id in HOUSEHOLD or question_id in ONE_DEBT_ONLY or debt_id is None:
            household = {**self.household, question_id: value}
            skipped = tuple(q for q in self.skipped if q != question_id)
            return replace(self, household=household, skipped=skipped)
        debts = tuple(
            replace(
                d,
                answers={**d.answers, question_id: value},
                skipped=tuple(q for q in d.skipped if q != question_id),
            )
            if d.id == debt_id
            else d
            for d in self.debts
        )
        self.debt(debt_id)  # an unknown id is an error
        return replace(self, debts=debts)._flat_id()

    def without_answer(self, debt_id: str | None, question_id: str) -> Case:
        """A copy with one answer removed (back to "unknown")."""
        if question_id in HOUSEHOLD or question_id in ONE_DEBT_ONLY or debt_id is None:
            household = {k: v for k, v in self.household.items() if k != question_id}
            return replace(self, household=household)
        self.debt(debt_id)
        debts = tuple(
            replace(d, answers={k: v for k, v in d.answers.items() if k != question_id})
            if d.id == debt_id
            else d
            for d in self.debts
        )
        return replace(self, debts=debts)._flat_id()

    def _flat_id(self) -> Case:
        """A v1 case keeps no id: its one debt's id follows its answers until a debt is added."""
        if not self.flat or len(self.debts) != 1:
            return self
        debt = self.debts[0]
        return replace(self, debts=(replace(debt, id=default_id(debt.answers, ())),))


# ---- ids -----------------------------------------------------------------------------------


def slug(text: str) -> str:
    """The ASCII letters and digits of `text`, lower case, joined by hyphens ('' if none)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:MAX_ID].strip("-")


def default_id(answers: Mapping[str, Any], taken: Iterable[str]) -> str:
    """An id for a debt: from the lender's name (its Latin letters and digits), else from the
    loan type, else `debt`; `-2`, `-3` … added to keep it unique in the case."""
    taken = set(taken)
    base = slug(str(answers.get("lender_name") or ""))
    if not base:
        kind = answers.get("loan_type")
        base = slug(str(kind).replace("_", "-")) if kind and kind != "unknown" else "debt"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


# ---- reading a case ------------------------------------------------------------------------


def parse_case(pack: Pack, raw: Mapping[str, Any], today: dt.date, lang: str) -> Case:
    """Check a v1 answers file or a case file; raise UsageError listing every problem."""
    problems: list[str] = []
    profile = _fields(pack, raw.get("profile"), PROFILE_FIELDS, "profile", today, lang, problems)
    if "debts" not in raw:
        rest = {k: v for k, v in raw.items() if k != "profile"}
        answers = _answers(pack, rest, today, lang, "", problems)
        _raise(problems)
        household = {k: v for k, v in answers.items() if k in HOUSEHOLD + ONE_DEBT_ONLY}
        own = {k: v for k, v in answers.items() if k not in household}
        debt = CaseDebt(default_id(own, ()), own)
        return Case(household, (debt,), profile, flat=True)

    top = {k: v for k, v in raw.items() if k not in ("profile", "debts")}
    for key in top:
        if pack.question(str(key)) is not None and key not in HOUSEHOLD + ONE_DEBT_ONLY:
            problems.append(f"{key}: {_t('case_per_debt_key', lang)}")
    household = _answers(
        pack,
        {
            k: v
            for k, v in top.items()
            if k in HOUSEHOLD + ONE_DEBT_ONLY or pack.question(str(k)) is None
        },
        today,
        lang,
        "",
        problems,
    )
    items = raw.get("debts")
    debts: list[CaseDebt] = []
    if not isinstance(items, list) or not items:
        problems.append(f"debts: {_t('case_debts_not_list', lang)}")
        items = []
    elif len(items) > MAX_DEBTS:
        problems.append(f"debts: {_t('case_too_many_debts', lang, most=MAX_DEBTS)}")
        items = []
    if len(items) > 1 and "other_debts_total" in household:
        problems.append(f"other_debts_total: {_t('case_other_debts_several', lang)}")
    ids: list[str] = []
    for i, item in enumerate(items):
        place = f"debts[{i}]."
        if not isinstance(item, Mapping):
            problems.append(f"debts[{i}]: {_t('case_debt_not_mapping', lang)}")
            continue
        given = item.get("id")
        fields = _fields(
            pack,
            {k: v for k, v in item.items() if k in DEBT_FIELDS},
            DEBT_FIELDS,
            place.rstrip("."),
            today,
            lang,
            problems,
        )
        rest = {k: v for k, v in item.items() if k != "id" and k not in DEBT_FIELDS}
        for key in rest:
            if key in HOUSEHOLD + ONE_DEBT_ONLY:
                problems.append(f"{place}{key}: {_t('case_household_key', lang)}")
        answers = _answers(
            pack,
            {k: v for k, v in rest.items() if k not in HOUSEHOLD + ONE_DEBT_ONLY},
            today,
            lang,
            place,
            problems,
        )
        if given is None:
            debt_id = default_id(answers, ids + _given_ids(items))
        elif not isinstance(given, str) or not ID_RE.match(given) or len(given) > MAX_ID:
            problems.append(f"{place}id: {_t('case_bad_id', lang, value=given, most=MAX_ID)}")
            continue
        elif given in ids:
            problems.append(f"{place}id: {_t('case_duplicate_id_text', lang, value=given)}")
            continue
        else:
            debt_id = given
        ids.append(debt_id)
        debts.append(CaseDebt(debt_id, answers, fields))
    _raise(problems)
    return Case(household, tuple(debts), profile, flat=False)


def _given_ids(items: list[Any]) -> list[str]:
    return [i["id"] for i in items if isinstance(i, Mapping) and isinstance(i.get("id"), str)]


def _answers(
    pack: Pack, raw: Mapping[str, Any], today: dt.date, lang: str, place: str, problems: list[str]
) -> dict[str, Any]:
    from debtguide.answers import validate

    try:
        return validate(pack, raw, today, lang)
    except UsageError as exc:
        problems.extend(f"{place}{p}" for p in exc.problems)
        return {}


def _fields(
    pack: Pack,
    raw: Any,
    allowed: tuple[str, ...],
    place: str,
    today: dt.date,
    lang: str,
    problems: list[str],
) -> dict[str, Any]:
    """Check letter fields (the profile, or one debt's): known names, values letters accept."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        problems.append(
            f"{place}: {_t('case_fields_not_mapping', lang, allowed=', '.join(allowed))}"
        )
        return {}
    from debtguide.letters.fields import parse_field

    out: dict[str, Any] = {}
    for key, value in raw.items():
        fld = pack.letter_fields.get(str(key))
        if key not in allowed or fld is None:
            text = _t("case_unknown_field", lang, allowed=", ".join(allowed))
            problems.append(f"{place}.{key}: {text}")
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        try:
            out[str(key)] = parse_field(fld, str(value), today)
        except UsageError as exc:
            problems.append(f"{place}.{key}: {exc.message(lang)}")
    return out


def _raise(problems: list[str]) -> None:
    if problems:
        raise UsageError("bad_answers", problems, count=len(problems))


def _t(key: str, lang: str, **values: Any) -> str:
    from debtguide.i18n import t

    return t(key, lang, **values)


def case_to_file(case: Case) -> dict[str, Any]:
    """Plain data for the case file: v1 shape while flat with one debt, else `debts:`."""
    from debtguide.answers import to_file

    def plain(values: Mapping[str, Any]) -> dict[str, Any]:
        return to_file(dict(values))

    data: dict[str, Any] = {}
    if case.profile:
        data["profile"] = plain(case.profile)
    if case.flat and len(case.debts) == 1:
        data.update(plain(case.debts[0].answers))
        data.update(plain(case.household))
        return data
    household = dict(case.household)
    if len(case.debts) > 1:
        household = {k: v for k, v in household.items() if k not in ONE_DEBT_ONLY}
    data.update(plain(household))
    data["debts"] = [{"id": d.id, **plain(d.answers), **plain(d.fields)} for d in case.debts]
    return data


# ---- assessing a case ----------------------------------------------------------------------


@dataclass(frozen=True)
class CaseDeadline:
    """One dated deadline of one debt."""

    debt: str
    deadline: Deadline


@dataclass(frozen=True)
class CaseOffer:
    """One debt's share of what the household can pay each month."""

    debt: str
    monthly: float
    months: int | None  # at this offer; None when the offer is 0
    first: bool  # a court or enforcement debt, paid first


@dataclass(frozen=True)
class CaseAssessment:
    """Every debt's plan, and what they mean together."""

    pack: Pack
    case: Case
    today: dt.date
    results: Mapping[str, Assessment]
    deadlines: tuple[CaseDeadline, ...]  # soonest first
    order: tuple[str, ...]  # the order to deal with the debts
    affordable: Any | None  # Affordability for the household
    offers: tuple[CaseOffer, ...]  # by debt, in case order; empty when nothing to split
    common: frozenset[str]  # ids of actions every debt's plan holds: said once, not per debt

    @property
    def safety(self) -> bool:
        return any(r.safety for r in self.results.values())

    def offer(self, debt_id: str) -> CaseOffer | None:
        return next((o for o in self.offers if o.debt == debt_id), None)


def assess_case(
    pack: Pack,
    case: Case,
    today: dt.date,
    log_flags: Mapping[str | None, Mapping[str, Iterable[Text]]] | None = None,
) -> CaseAssessment:
    """Assess every debt with the engine and combine the plans.

    `log_flags` maps a debt id to the red flags its evidence-log entries support (None: entries
    not tied to a debt). With one debt every entry counts; with several, only a debt's own.
    """
    from debtguide import engine
    from debtguide.money.view import money_view

    log_flags = log_flags or {}
    results: dict[str, Assessment] = {}
    for debt in case.debts:
        answers = case.answers_for(debt.id)
        extra = flags_for_debt(log_flags, case, debt.id)
        results[debt.id] = engine.assess(
            pack, answers, today, extra_flags=extra, money=money_view(pack, answers)
        )
    return combine(pack, case, today, results)


# ---- the evidence log, by debt (CONTRACT v1.1 §4) ---------------------------------------------


def log_flags_by_debt(
    pack: Pack, entries: Iterable[Any]
) -> dict[str | None, dict[str, list[Text]]]:
    """The red flags the evidence-log `entries` support, by the debt each entry is tied to
    (None: not tied to one)."""
    rules = pack.evidence
    entries = list(entries)
    if rules is None or not entries:
        return {}  # no log (the usual case): the report's code is not even imported
    from debtguide import findings
    from debtguide.evidence.report import report_for

    by_debt: dict[str | None, list[Any]] = {}
    for entry in entries:
        by_debt.setdefault(getattr(entry, "debt", None), []).append(entry)
    return {
        debt: findings.from_log(pack, report_for(group, rules)) for debt, group in by_debt.items()
    }


def flags_for_debt(
    by_debt: Mapping[str | None, Mapping[str, Iterable[Text]]], case: Case, debt_id: str
) -> dict[str, list[Text]]:
    """One debt's red flags from the log: its own entries', and with one debt every entry's,
    whatever it was tied to."""
    flags: dict[str, list[Text]] = {}
    sources: list[str | None] = list(by_debt) if len(case.debts) == 1 else [debt_id]
    for source in sources:
        for flag, because in (by_debt.get(source) or {}).items():
            flags.setdefault(flag, []).extend(because)
    return flags


def debt_entries(entries: list[Any], case: Case, debt_id: str) -> list[Any]:
    """The log entries one debt's letter may use: with several debts, only the debt's own
    (untied ones are used by no lender's letter until tied); with one debt, every entry."""
    if len(case.debts) == 1:
        return entries
    return [e for e in entries if e.debt == debt_id]


def lump_share(
    answers: dict[str, Any], share: float | None, result: CaseAssessment
) -> dict[str, Any]:
    """With several debts, a letter offers only this debt's part of the lump sum: in the
    proportion of its monthly share, so that no two letters promise the same money."""
    import math

    lump = answers.get("lump_sum_available")
    if not lump:
        return answers
    total = result.affordable.monthly if result.affordable is not None else 0
    part = math.floor(lump * share / total) if share and total else 0
    out = {k: v for k, v in answers.items() if k != "lump_sum_available"}
    if part > 0:
        out["lump_sum_available"] = float(part)
    return out


def combine(
    pack: Pack, case: Case, today: dt.date, results: Mapping[str, Assessment]
) -> CaseAssessment:
    """Put the debts' assessments together: deadlines across debts, order, budget split."""
    deadlines = sorted(
        (CaseDeadline(d, dl) for d, r in results.items() for dl in r.deadlines),
        key=lambda c: (c.deadline.status == "passed", c.deadline.date, case.ids.index(c.debt)),
    )
    order = _order(pack, case, results)
    affordable, offers = _budget(pack, case, results)
    action_sets = [{a.id for a in r.actions} for r in results.values()]
    common = (
        frozenset.intersection(*map(frozenset, action_sets)) if len(results) > 1 else frozenset()
    )
    return CaseAssessment(
        pack, case, today, results, tuple(deadlines), order, affordable, offers, common
    )


def court_stages(pack: Pack) -> frozenset[str]:
    """The stages that put a debt in court or enforcement (the pack's budget rules)."""
    return frozenset(pack.rates.budget.court_stages) if pack.rates else frozenset()


def _order(pack: Pack, case: Case, results: Mapping[str, Assessment]) -> tuple[str, ...]:
    """Debts with a court deadline still to meet first (soonest first), then debts in court or
    enforcement, then by how far collection has gone; ties keep the case's order."""
    from debtguide.contract import ASSESSMENT_PRECEDENCE

    court = court_stages(pack)

    def key(debt_id: str) -> tuple[Any, ...]:
        result = results[debt_id]
        live = [d.date for d in result.deadlines if d.status in LIVE]
        stage = result.stage.id
        rank = ASSESSMENT_PRECEDENCE.index(stage) if stage in ASSESSMENT_PRECEDENCE else 99
        return (
            not live,
            min(live) if live else dt.date.max,
            stage not in court,
            rank,
            case.ids.index(debt_id),
        )

    return tuple(sorted(results, key=key))


def _budget(
    pack: Pack, case: Case, results: Mapping[str, Assessment]
) -> tuple[Any | None, tuple[CaseOffer, ...]]:
    """What the household can pay each month, split court-first as `debtguide budget` does."""
    from debtguide.money.budget import Debt, affordable_monthly, split

    income = case.household.get("monthly_income")
    expenses = case.household.get("monthly_essential_expenses")
    if pack.rates is None or income is None or expenses is None:
        return None, ()
    affordable = affordable_monthly(income, expenses, pack.rates.budget)
    owed: list[tuple[CaseDebt, float]] = []
    for d in case.debts:
        amount = d.answers.get("amount_claimed") or d.answers.get("principal_received")
        if amount:
            owed.append((d, float(amount)))
    if not owed or affordable.monthly <= 0 or len(case.debts) < 2:
        return affordable, ()
    debts = [
        Debt(creditor=d.id, amount_claimed=amount, stage=results[d.id].stage.id)
        for d, amount in owed
    ]
    plan = split(debts, affordable.monthly, "court-first", court_stages(pack))
    offers = tuple(CaseOffer(o.debt.creditor, o.monthly, o.months, o.first) for o in plan.offers)
    return affordable, offers


# ---- the one-screen summary ----------------------------------------------------------------


@dataclass(frozen=True)
class SummaryDebt:
    id: str
    lender: str | None
    stage: Any  # models.Stage
    owed: float | None
    offer: float | None


@dataclass(frozen=True)
class SummaryStep:
    """One of the first things to do, with the debts it is for (empty: the whole case)."""

    action: Action
    debts: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    """What the first screen shows: each debt's stage, the dated deadlines across debts
    (soonest first), and the first three things to do."""

    safety: bool
    debts: tuple[SummaryDebt, ...]
    deadlines: tuple[CaseDeadline, ...]
    steps: tuple[SummaryStep, ...]
    affordable: float | None
    unknown: int  # key questions not yet answered, across the case


FIRST_STEPS = 3


def summary(result: CaseAssessment) -> Summary:
    """The first screen: safety and court deadlines before anything else."""
    case = result.case
    debts = tuple(
        SummaryDebt(
            d.id,
            d.lender_name,
            result.results[d.id].stage,
            d.answers.get("amount_claimed") or d.answers.get("principal_received"),
            o.monthly if (o := result.offer(d.id)) else None,
        )
        for d in (case.debt(i) for i in result.order)
    )
    deadlines = tuple(c for c in result.deadlines if c.deadline.status in LIVE)
    steps: list[SummaryStep] = []
    chosen: dict[str, int] = {}

    def take(action: Action, debt_id: str | None) -> None:
        if action.id in chosen:
            step = steps[chosen[action.id]]
            if debt_id and debt_id not in step.debts and step.debts:
                steps[chosen[action.id]] = SummaryStep(action, (*step.debts, debt_id))
            return
        whole = debt_id is None or action.id in result.common or action.safety
        chosen[action.id] = len(steps)
        steps.append(SummaryStep(action, () if whole or debt_id is None else (debt_id,)))

    if result.safety:  # safety first: one step for the whole case
        for debt_id in result.order:
            first = next((a for a in result.results[debt_id].actions if a.safety), None)
            if first is not None:
                take(first, None)
                break
    # then each debt with a court deadline to meet, soonest first: its most urgent step
    for debt_id in dict.fromkeys(c.debt for c in deadlines):
        _take_first(result, debt_id, take, chosen)
    # then the other debts in order, then second steps, until there are three
    for _round in range(3):
        for debt_id in result.order:
            if len(steps) >= FIRST_STEPS:
                break
            _take_first(result, debt_id, take, chosen)
    unknown = sum(len(r.unknown) for r in result.results.values())
    affordable = result.affordable.monthly if result.affordable is not None else None
    return Summary(result.safety, debts, deadlines, tuple(steps[:FIRST_STEPS]), affordable, unknown)


def _take_first(result: CaseAssessment, debt_id: str, take: Any, chosen: Mapping[str, int]) -> None:
    for action in result.results[debt_id].actions:
        if action.safety:
            continue
        if action.id not in chosen:
            take(action, debt_id)
            return
