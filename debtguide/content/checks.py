"""The rules a pack must meet beyond its schema, each with a stable code (DGxxx, listed with
its fix in content/README.md and with one failing fixture in tests/content/failing/<code>/):
the cross-checks of stages, flags, interview, assessment rules, actions, rates, evidence
rules, letters, cues and claims, and one walk over the models for every citation (DG101)
and channel id (DG102).

The loader (content/load.py) reads and validates each file (DG0xx), then calls these.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debtguide.content.models import (
    Action,
    AssessmentRules,
    ClaimBook,
    Cond,
    CueBook,
    EvidenceRules,
    Flag,
    LetterField,
    LetterRoutes,
    Question,
    Rates,
    Stage,
)
from debtguide.contract import FACTS, FLAG_IDS, LETTER_IDS, STAGE_IDS

Problem = Callable[..., None]  # problem(path, message, place=..., code=...)

if TYPE_CHECKING:
    from debtguide.content.load import _Reader

NUMERIC = ("int", "money")


def check_questions(problem: Problem, path: Path, questions: list[Question]) -> dict[str, Question]:
    """Check question ids are unique and each type has what it needs; return them by id."""
    by_id: dict[str, Question] = {}
    for i, question in enumerate(questions):
        place = f"[{i}]"
        if question.id in by_id:
            problem(
                path,
                f"question id '{question.id}' appears more than once",
                place=f"{place}.id",
                code="DG103",
            )
        by_id[question.id] = question
        has_choices = question.type in ("choice", "multi")
        if has_choices and not question.choices:
            problem(
                path,
                f"a {question.type} question needs choices",
                place=f"{place}.choices",
                code="DG301",
            )
        if not has_choices and question.choices:
            problem(
                path,
                f"a {question.type} question takes no choices",
                place=f"{place}.choices",
                code="DG301",
            )
        ids = [c.id for c in question.choices]
        if len(set(ids)) != len(ids):
            problem(path, "choice ids must be unique", place=f"{place}.choices", code="DG103")
        if question.exclusive and question.exclusive not in ids:
            problem(
                path,
                f"exclusive choice '{question.exclusive}' is not a choice",
                place=f"{place}.exclusive",
                code="DG302",
            )
        if (question.min is not None or question.max is not None) and question.type not in NUMERIC:
            problem(
                path, "min and max apply only to int and money questions", place=place, code="DG301"
            )
    for i, question in enumerate(questions):
        if question.ask_if:
            check_cond(problem, path, f"[{i}].ask_if", question.ask_if, by_id)
    return by_id


def check_cond(
    problem: Problem, path: Path, place: str, cond: Cond, questions: dict[str, Question]
) -> None:
    """Record every way `cond` names a missing question, choice, stage, flag or fact, or mixes types."""
    if cond.all_ is not None or cond.any_ is not None:
        key = "all" if cond.all_ is not None else "any"
        for i, part in enumerate(cond.all_ or cond.any_ or []):
            check_cond(problem, path, f"{place}.{key}[{i}]", part, questions)
        return
    if cond.not_ is not None:
        check_cond(problem, path, f"{place}.not", cond.not_, questions)
        return
    if cond.stage is not None:
        for stage in cond.stage:
            if stage not in STAGE_IDS:
                problem(path, f"'{stage}' is not a stage id", place=f"{place}.stage", code="DG104")
        return
    if cond.flag is not None:
        for flag in cond.flag:
            if flag not in FLAG_IDS:
                problem(path, f"'{flag}' is not a red-flag id", place=f"{place}.flag", code="DG105")
        return
    if cond.fact is not None:
        if cond.fact not in FACTS:
            problem(
                path,
                f"'{cond.fact}' is not a fact; use one of {', '.join(FACTS)}",
                place=f"{place}.fact",
                code="DG305",
            )
        return
    question = questions.get(cond.q or "")
    if question is None:
        problem(
            path,
            f"'{cond.q}' is not a question in questions.yaml",
            place=f"{place}.q",
            code="DG303",
        )
        return
    _check_test(problem, path, place, cond, question)


def _check_test(problem: Problem, path: Path, place: str, cond: Cond, question: Question) -> None:
    op = cond.operator()
    kind = question.type
    choice_ids = {c.id for c in question.choices}
    wrong = f"'{op}' cannot test the {kind} question '{question.id}'"
    not_choice = "'{}' is not a choice of '" + question.id + "'"
    if op == "known":
        return
    if op == "has":
        if kind != "multi":
            problem(
                path,
                wrong + " (has is for multi-choice questions)",
                place=f"{place}.has",
                code="DG304",
            )
        elif cond.has not in choice_ids:
            problem(path, not_choice.format(cond.has), place=f"{place}.has", code="DG302")
    elif op == "in":
        if kind not in ("choice", "multi"):
            problem(
                path, wrong + " (in is for choice questions)", place=f"{place}.in", code="DG304"
            )
        for value in cond.in_ or []:
            if value not in choice_ids:
                problem(path, not_choice.format(value), place=f"{place}.in", code="DG302")
    elif op == "is":
        is_value = cond.is_
        if kind == "bool":
            if not isinstance(is_value, bool):
                problem(
                    path,
                    f"'{question.id}' is yes/no: compare it with true or false",
                    place=f"{place}.is",
                    code="DG304",
                )
        elif kind == "choice":
            if is_value not in choice_ids:
                problem(path, not_choice.format(is_value), place=f"{place}.is", code="DG302")
        else:
            problem(
                path,
                wrong + " (is is for choice and yes/no questions)",
                place=f"{place}.is",
                code="DG304",
            )
    elif kind not in NUMERIC:
        problem(path, wrong + f" ({op} compares numbers)", place=f"{place}.{op}", code="DG304")


def check_rules(
    problem: Problem, path: Path, rules: AssessmentRules, questions: dict[str, Question]
) -> None:
    """Check the assessment rules: ids exist, conditions are sound, deadlines start from dates."""
    if rules.default_stage not in STAGE_IDS:
        problem(
            path, f"'{rules.default_stage}' is not a stage id", place="default_stage", code="DG104"
        )
    for i, rule in enumerate(rules.stage_rules):
        if rule.stage not in STAGE_IDS:
            problem(
                path,
                f"'{rule.stage}' is not a stage id",
                place=f"stage_rules[{i}].stage",
                code="DG104",
            )
        check_cond(problem, path, f"stage_rules[{i}].if", rule.if_, questions)
    for i, flag_rule in enumerate(rules.flag_rules):
        if flag_rule.flag not in FLAG_IDS:
            problem(
                path,
                f"'{flag_rule.flag}' is not a red-flag id",
                place=f"flag_rules[{i}].flag",
                code="DG105",
            )
        check_cond(problem, path, f"flag_rules[{i}].if", flag_rule.if_, questions)
    for i, letter_rule in enumerate(rules.letter_rules):
        if letter_rule.letter not in LETTER_IDS:
            problem(
                path,
                f"'{letter_rule.letter}' is not a letter id",
                place=f"letter_rules[{i}].letter",
                code="DG106",
            )
        check_cond(problem, path, f"letter_rules[{i}].if", letter_rule.if_, questions)
    for i, deadline in enumerate(rules.deadlines):
        place = f"deadlines[{i}]"
        start = questions.get(deadline.start)
        if start is None or start.type != "date":
            problem(
                path,
                f"'{deadline.start}' is not a date question",
                place=f"{place}.start",
                code="DG306",
            )
        if deadline.if_:
            check_cond(problem, path, f"{place}.if", deadline.if_, questions)


def check_actions(
    problem: Problem, items: list[tuple[Path, int, Action]], questions: dict[str, Question]
) -> None:
    """Check action ids are unique, name real stages and hold sound conditions."""
    seen: dict[str, Path] = {}
    for path, i, action in items:
        place = f"[{i}]"
        if action.id in seen:
            problem(
                path,
                f"action id '{action.id}' is also used in {seen[action.id].name}",
                place=f"{place}.id",
                code="DG103",
            )
        seen[action.id] = path
        for j, stage in enumerate(action.stages):
            if stage not in STAGE_IDS:
                problem(
                    path, f"'{stage}' is not a stage id", place=f"{place}.stages[{j}]", code="DG104"
                )
        if action.if_:
            check_cond(problem, path, f"{place}.if", action.if_, questions)
        if not action.stages and not action.if_:
            problem(
                path,
                "an action needs `stages`, `if`, or both, to say when it applies",
                place=place,
                code="DG307",
            )


# ---- cross-checks of the loaded files ------------------------------------------------------


def check_stages(reader: _Reader, root: Path, stages: list[Stage]) -> None:
    found = {s.id for s in stages}
    for missing in (s for s in STAGE_IDS if s not in found):
        reader.problem(
            root / "stages" / f"{missing}.yaml",
            f"stage '{missing}' has no file ({missing}.yaml)",
            code="DG107",
        )
    orders: dict[int, str] = {}
    names: dict[str, str] = {}
    for stage in stages:
        path = root / "stages" / f"{stage.id}.yaml"
        if stage.id not in STAGE_IDS:
            reader.problem(
                path, f"'{stage.id}' is not a stage id of the contract", place="id", code="DG104"
            )
        if stage.order in orders:
            reader.problem(
                path,
                f"order {stage.order} is also used by '{orders[stage.order]}'",
                place="order",
                code="DG103",
            )
        orders[stage.order] = stage.id
        for name in stage.names():
            key = name.casefold()
            if key in names and names[key] != stage.id:
                reader.problem(
                    path,
                    f"name '{name}' also names stage '{names[key]}'",
                    place="aliases",
                    code="DG202",
                )
            names[key] = stage.id


def check_flags(reader: _Reader, path: Path, flags: list[Flag]) -> None:
    found = {f.id for f in flags}
    for missing in (f for f in FLAG_IDS if f not in found):
        reader.problem(path, f"red flag '{missing}' of the contract is not described", code="DG107")
    for i, flag in enumerate(flags):
        if flag.id not in FLAG_IDS:
            reader.problem(
                path,
                f"'{flag.id}' is not a red-flag id of the contract",
                place=f"[{i}].id",
                code="DG105",
            )


def check_interview(
    reader: _Reader,
    root: Path,
    questions: list[Question],
    rules: AssessmentRules | None,
    action_items: list[tuple[Path, int, Action]],
) -> None:
    """Check questions, assessment rules and actions against each other."""
    by_id = check_questions(reader.problem, root / "questions.yaml", questions)
    if rules is not None:
        check_rules(reader.problem, root / "assessment.yaml", rules, by_id)
    check_actions(reader.problem, action_items, by_id)


# ---- rates and evidence ---------------------------------------------------------------------


def check_rates(reader: _Reader, path: Path, rates: Rates) -> None:
    """Cross-check rates.yaml: loan types and stages are the contract's, dates in order."""
    from debtguide.contract import LOAN_TYPES, OPEN_LOAN_TYPES

    seen: set[str] = set()
    for i, line in enumerate(rates.lines):
        place = f"lines[{i}]"
        if line.id in seen:
            reader.problem(
                path,
                f"line id '{line.id}' appears more than once",
                place=f"{place}.id",
                code="DG103",
            )
        seen.add(line.id)
        for j, kind in enumerate(line.applies):
            if kind not in LOAN_TYPES:
                reader.problem(
                    path,
                    f"'{kind}' is not a loan_type of the contract ({', '.join(LOAN_TYPES)})",
                    place=f"{place}.applies[{j}]",
                    code="DG601",
                )
        if line.basis == "law" and not line.summary.cites:
            reader.problem(
                path, "a line based on law must cite it", place=f"{place}.summary", code="DG602"
            )
    for word, kind in rates.by_name.items():
        if kind not in LOAN_TYPES or kind in OPEN_LOAN_TYPES:
            reader.problem(
                path, f"'{kind}' is not a settled loan type", place=f"by_name.{word}", code="DG601"
            )
    for kind in LOAN_TYPES:
        if kind not in rates.loan_types:
            reader.problem(
                path, f"loan type '{kind}' is not explained", place="loan_types", code="DG107"
            )
    for kind in rates.loan_types:
        if kind not in LOAN_TYPES:
            reader.problem(
                path,
                f"'{kind}' is not a loan_type of the contract",
                place=f"loan_types.{kind}",
                code="DG601",
            )
    days = [entry.from_ for entry in rates.lpr_history]
    for i in range(1, len(days)):
        if days[i] <= days[i - 1]:
            reader.problem(
                path,
                "entries must be in date order",
                place=f"lpr_history[{i}].from",
                code="DG603",
            )
    if days and rates.as_of < days[-1]:
        reader.problem(
            path, f"as_of is before the last LPR entry ({days[-1]})", place="as_of", code="DG603"
        )
    for i, stage in enumerate(rates.budget.court_stages):
        if stage not in STAGE_IDS:
            reader.problem(
                path,
                f"'{stage}' is not a stage id",
                place=f"budget.court_stages[{i}]",
                code="DG104",
            )


def check_evidence(reader: _Reader, path: Path, rules: EvidenceRules) -> None:
    """Cross-check evidence.yaml: a real daytime window and log channels."""
    from debtguide.contract import LOG_CHANNELS

    start, end = rules.daytime.window()
    if start >= end:
        reader.problem(path, "start must be before end", place="daytime", code="DG604")
    for i, channel in enumerate(rules.busy_day.channels):
        if channel not in LOG_CHANNELS:
            reader.problem(
                path,
                f"'{channel}' is not a log channel ({', '.join(LOG_CHANNELS)})",
                place=f"busy_day.channels[{i}]",
                code="DG605",
            )


# ---- the one reference walk --------------------------------------------------------------

# The fields that hold channel ids, by model: "values" (every id in the value) or "keys" (the
# mapping's keys). Every other model field is walked for `cites`.
CHANNEL_FIELDS: dict[tuple[str, str], str] = {
    ("Stage", "help"): "values",
    ("Flag", "report_to"): "values",
    ("LetterRoutes", "regulators"): "values",
    ("LetterRoutes", "authority"): "keys",
    ("LetterRoutes", "by_name"): "values",
}


def _strings(value: Any, place: str) -> Iterator[tuple[str, str]]:
    """Every string in a value (a string, a list or a mapping's values) with its place."""
    if isinstance(value, str):
        yield place, value
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _strings(item, f"{place}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{place}.{key}")


def references(obj: Any, place: str = "") -> Iterator[tuple[str, str, str]]:
    """Walk a content model (or a list or mapping of them) and yield (kind, place, id) for
    every excerpt id under a `cites` field and every channel id in a channel field."""
    cls = type(obj)
    fields = getattr(cls, "__record_fields__", None)  # a content record
    if fields is not None:
        for name, spec in fields.items():
            value = getattr(obj, name)
            key = spec.alias or name
            here = f"{place}.{key}" if place else key
            if name == "cites":
                for where, cite in _strings(value, here):
                    yield "law", where, cite
                continue
            channel = CHANNEL_FIELDS.get((cls.__name__, name))
            if channel == "keys":
                for item in value:
                    yield "channel", f"{here}.{item}", item
            elif channel == "values":
                for where, item in _strings(value, here):
                    yield "channel", where, item
            else:
                yield from references(value, here)
    elif isinstance(obj, list | tuple):
        for i, item in enumerate(obj):
            yield from references(item, f"{place}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from references(item, f"{place}.{key}" if place else str(key))


def check_references(
    problem: Problem,
    path: Path,
    obj: Any,
    laws: Mapping[str, Any] | None,
    channels: Mapping[str, Any] | None,
    place: str = "",
) -> None:
    """Record every citation (DG101) and channel id (DG102) in `obj` the pack does not have.

    None for laws or channels skips that kind (a file that failed to load is reported already).
    """
    for kind, where, ref in references(obj, place):
        if kind == "law" and laws is not None and ref not in laws:
            problem(
                path, f"cites '{ref}', which laws.yaml does not have", place=where, code="DG101"
            )
        if kind == "channel" and channels is not None and ref not in channels:
            problem(path, f"'{ref}' is not in channels.yaml", place=where, code="DG102")


# ---- message cues and claims (cues.yaml, claims.yaml) ----------------------------------------

# problem(loc, message, code): loc is the path of keys and indexes in the file.
LocProblem = Callable[[tuple[Any, ...], str, str], None]

# The claims that the domain check finds rather than cues.
COMPUTED_CLAIMS = ("official-link", "lookalike-link", "other-link")


def check_claims(
    problem: LocProblem, claims: ClaimBook, book: CueBook, flags: Mapping[str, Flag]
) -> None:
    """Cross-check claims.yaml: its ids, the references of its rules, its official domains."""
    for claim_id, claim in claims.claims.items():
        if claim_id in FLAG_IDS or claim_id in book.signals:
            problem(
                ("claims", claim_id), f"claim '{claim_id}' has the id of a flag or signal", "DG504"
            )
        if not claim.groups and claim_id not in COMPUTED_CLAIMS:
            problem(("claims", claim_id), f"claim '{claim_id}' has no cues (groups)", "DG505")
        if claim.groups and claim_id in COMPUTED_CLAIMS:
            problem(
                ("claims", claim_id), f"'{claim_id}' is found from web addresses; no cues", "DG505"
            )
    known = set(claims.claims) | set(book.signals) | set(FLAG_IDS)
    seen: set[str] = set()
    for i, rule in enumerate(claims.rules):
        if rule.id in seen:
            problem(("rules", i, "id"), f"rule id '{rule.id}' is used twice", "DG103")
        seen.add(rule.id)
        for field in ("when_all", "when_any", "when_none"):
            for j, ref in enumerate(getattr(rule, field)):
                if ref not in known:
                    problem(
                        ("rules", i, field, j), f"'{ref}' is not a claim, signal or flag", "DG502"
                    )
        for j, ref in enumerate(rule.raise_flags):
            if ref not in flags:
                problem(("rules", i, "raise_flags", j), f"'{ref}' is not a red flag", "DG502")
        if not rule.raise_flags and not rule.clear and not rule.verdict and not rule.believable:
            problem(
                ("rules", i),
                "a rule that finds a message not believable must raise a flag",
                "DG506",
            )
        if rule.stage is not None and rule.stage not in STAGE_IDS:
            problem(("rules", i, "stage"), f"'{rule.stage}' is not a stage id", "DG104")
        if rule.clear and rule.verdict in rule.clear:
            problem(
                ("rules", i, "verdict"),
                f"the rule clears the verdict '{rule.verdict}' it sets",
                "DG506",
            )
    for j, domain in enumerate(claims.domains.official):
        if "." not in domain or domain != domain.lower() or "/" in domain:
            problem(
                ("domains", "official", j), f"'{domain}' is not a lower-case host name", "DG510"
            )


def check_cues(
    problem: LocProblem, book: CueBook, flags: Mapping[str, Flag], claims: ClaimBook | None
) -> None:
    """Cross-check cues.yaml: every red flag cued or not detectable, references resolve,
    verdicts complete, fold characters single."""
    for flag_id in FLAG_IDS:
        if flag_id not in book.flags and flag_id not in book.not_detectable:
            problem(
                ("flags",),
                f"red flag '{flag_id}' has no cues and is not in not_detectable",
                "DG501",
            )
        if flag_id in book.flags and flag_id in book.not_detectable:
            problem(
                ("not_detectable", flag_id), f"'{flag_id}' has cues; remove it from here", "DG501"
            )
    for section in ("flags", "not_detectable"):
        for flag_id in getattr(book, section):
            if flag_id not in FLAG_IDS or flag_id not in flags:
                problem((section, flag_id), f"'{flag_id}' is not a red flag of flags.yaml", "DG502")
    for signal_id in book.signals:
        if signal_id in FLAG_IDS:
            problem(
                ("signals", signal_id), f"signal '{signal_id}' has the id of a red flag", "DG504"
            )
    for stage_id in book.stages:
        if stage_id not in STAGE_IDS:
            problem(
                ("stages", stage_id), f"'{stage_id}' is not a stage id of the contract", "DG104"
            )

    known = set(book.flags) | set(book.signals) | set(claims.claims if claims else ())
    plain_signals = {
        signal_id
        for signal_id, signal in book.signals.items()
        if all(not g.only_with and not g.unless for g in signal.groups)
    }
    groups: list[tuple[tuple[str, ...], Any]] = [(("flags", k), v) for k, v in book.flags.items()]
    groups += [(("signals", k, "groups"), s.groups) for k, s in book.signals.items()]
    groups += [(("stages", k), v) for k, v in book.stages.items()]
    for prefix, items in groups:
        for i, group in enumerate(items):
            for j, ref in enumerate(group.only_with):
                if ref not in known:
                    problem(
                        (*prefix, i, "only_with", j),
                        f"'{ref}' is not a flag or signal here",
                        "DG502",
                    )
            for j, ref in enumerate(group.unless):
                if ref not in plain_signals:
                    problem(
                        (*prefix, i, "unless", j),
                        f"'{ref}' must be a signal whose cues have no conditions",
                        "DG503",
                    )
    for i, item in enumerate(book.advice):
        for j, ref in enumerate(item.when_found):
            if ref not in known:
                problem(
                    ("advice", i, "when_found", j), f"'{ref}' is not a flag or signal here", "DG502"
                )
        for j, ref in enumerate(item.when_stage):
            if ref not in STAGE_IDS:
                problem(("advice", i, "when_stage", j), f"'{ref}' is not a stage id", "DG104")
    for verdict, stage_id in book.stage_hint.default_for.items():
        if stage_id not in STAGE_IDS:
            problem(
                ("stage_hint", "default_for", verdict), f"'{stage_id}' is not a stage id", "DG104"
            )
    for verdict in ("ordinary", "unlawful", "scam", "fake-notice"):
        if verdict not in book.verdicts:
            problem(("verdicts",), f"verdict '{verdict}' has no text", "DG507")
    if sorted(book.verdict_order) != sorted(("fake-notice", "scam", "unlawful")):
        problem(("verdict_order",), "must list fake-notice, scam and unlawful once each", "DG507")
    for key in book.fold.chars:
        if len(key) != 1:
            problem(("fold", "chars", key), f"'{key}' must be a single character", "DG508")


# ---- letters ---------------------------------------------------------------------------------


def check_fields(
    reader: _Reader, path: Path, fields: list[LetterField], questions: Mapping[str, Question]
) -> None:
    """Cross-check letters/fields.yaml: every field of the contract, answers that exist."""
    from debtguide.contract import CONTRACT_FIELDS

    names = {field.id for field in fields}
    for name in CONTRACT_FIELDS:
        if fields and name not in names:
            reader.problem(
                path, f"letter field '{name}' of the contract is not defined", code="DG107"
            )
    for i, field in enumerate(fields):
        if field.answer and field.answer not in questions:
            reader.problem(
                path, f"'{field.answer}' is not a question", place=f"[{i}].answer", code="DG303"
            )


def check_routes(
    reader: _Reader, path: Path, routes: LetterRoutes, questions: Mapping[str, Question]
) -> None:
    """Cross-check letters/routes.yaml: one route per loan type choice, red flags that exist."""
    loan_type = questions.get("loan_type")
    choices = {c.id for c in loan_type.choices} if loan_type else set()
    for choice in sorted(choices - set(routes.regulators)):
        reader.problem(path, f"loan type '{choice}' has no route", place="regulators", code="DG406")
    for key in routes.regulators:
        if key not in choices:
            reader.problem(
                path,
                f"'{key}' is not a loan_type choice",
                place=f"regulators.{key}",
                code="DG406",
            )
    for section in ("police", "conduct"):
        for flag in getattr(routes, section):
            if flag not in FLAG_IDS:
                reader.problem(
                    path,
                    f"'{flag}' is not a red-flag id",
                    place=f"{section}.{flag}" if section == "conduct" else section,
                    code="DG105",
                )
