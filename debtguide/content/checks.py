"""The rules a pack must meet beyond its schema: the cross-checks of stages, flags, interview,
assessment rules, actions, rates and evidence rules, each problem recorded with its file.

The loader (content/load.py) reads and validates each file, then calls these."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from debtguide.content.models import (
    Action,
    AssessmentRules,
    Channel,
    Cond,
    EvidenceRules,
    Excerpt,
    Flag,
    Question,
    Rates,
    Stage,
)
from debtguide.contract import FACTS, FLAG_IDS, LETTER_IDS, STAGE_IDS

Problem = Callable[..., None]  # problem(path, message, place=...)

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
                path, f"question id '{question.id}' appears more than once", place=f"{place}.id"
            )
        by_id[question.id] = question
        has_choices = question.type in ("choice", "multi")
        if has_choices and not question.choices:
            problem(path, f"a {question.type} question needs choices", place=f"{place}.choices")
        if not has_choices and question.choices:
            problem(path, f"a {question.type} question takes no choices", place=f"{place}.choices")
        ids = [c.id for c in question.choices]
        if len(set(ids)) != len(ids):
            problem(path, "choice ids must be unique", place=f"{place}.choices")
        if question.exclusive and question.exclusive not in ids:
            problem(
                path,
                f"exclusive choice '{question.exclusive}' is not a choice",
                place=f"{place}.exclusive",
            )
        if (question.min is not None or question.max is not None) and question.type not in NUMERIC:
            problem(path, "min and max apply only to int and money questions", place=place)
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
                problem(path, f"'{stage}' is not a stage id", place=f"{place}.stage")
        return
    if cond.flag is not None:
        for flag in cond.flag:
            if flag not in FLAG_IDS:
                problem(path, f"'{flag}' is not a red-flag id", place=f"{place}.flag")
        return
    if cond.fact is not None:
        if cond.fact not in FACTS:
            problem(
                path,
                f"'{cond.fact}' is not a fact; use one of {', '.join(FACTS)}",
                place=f"{place}.fact",
            )
        return
    question = questions.get(cond.q or "")
    if question is None:
        problem(path, f"'{cond.q}' is not a question in questions.yaml", place=f"{place}.q")
        return
    _check_test(problem, path, place, cond, question)


def _check_test(problem: Problem, path: Path, place: str, cond: Cond, question: Question) -> None:
    op = cond.operator()
    kind = question.type
    choice_ids = {c.id for c in question.choices}
    wrong = f"'{op}' cannot test the {kind} question '{question.id}'"
    if op == "known":
        return
    if op == "has":
        if kind != "multi":
            problem(path, wrong + " (has is for multi-choice questions)", place=f"{place}.has")
        elif cond.has not in choice_ids:
            problem(path, f"'{cond.has}' is not a choice of '{question.id}'", place=f"{place}.has")
    elif op == "in":
        if kind not in ("choice", "multi"):
            problem(path, wrong + " (in is for choice questions)", place=f"{place}.in")
        for value in cond.in_ or []:
            if value not in choice_ids:
                problem(path, f"'{value}' is not a choice of '{question.id}'", place=f"{place}.in")
    elif op == "is":
        is_value = cond.is_
        if kind == "bool":
            if not isinstance(is_value, bool):
                problem(
                    path,
                    f"'{question.id}' is yes/no: compare it with true or false",
                    place=f"{place}.is",
                )
        elif kind == "choice":
            if is_value not in choice_ids:
                problem(
                    path, f"'{is_value}' is not a choice of '{question.id}'", place=f"{place}.is"
                )
        else:
            problem(path, wrong + " (is is for choice and yes/no questions)", place=f"{place}.is")
    elif kind not in NUMERIC:
        problem(path, wrong + f" ({op} compares numbers)", place=f"{place}.{op}")


def check_rules(
    problem: Problem,
    path: Path,
    rules: AssessmentRules,
    questions: dict[str, Question],
    cited: Callable[[Path, str, Iterable[str]], None],
) -> None:
    """Check the assessment rules: ids exist, conditions are sound, deadlines start from dates."""
    if rules.default_stage not in STAGE_IDS:
        problem(path, f"'{rules.default_stage}' is not a stage id", place="default_stage")
    for i, rule in enumerate(rules.stage_rules):
        if rule.stage not in STAGE_IDS:
            problem(path, f"'{rule.stage}' is not a stage id", place=f"stage_rules[{i}].stage")
        check_cond(problem, path, f"stage_rules[{i}].if", rule.if_, questions)
    for i, flag_rule in enumerate(rules.flag_rules):
        if flag_rule.flag not in FLAG_IDS:
            problem(path, f"'{flag_rule.flag}' is not a red-flag id", place=f"flag_rules[{i}].flag")
        check_cond(problem, path, f"flag_rules[{i}].if", flag_rule.if_, questions)
    for i, letter_rule in enumerate(rules.letter_rules):
        if letter_rule.letter not in LETTER_IDS:
            problem(
                path,
                f"'{letter_rule.letter}' is not a letter id",
                place=f"letter_rules[{i}].letter",
            )
        check_cond(problem, path, f"letter_rules[{i}].if", letter_rule.if_, questions)
    for i, deadline in enumerate(rules.deadlines):
        place = f"deadlines[{i}]"
        start = questions.get(deadline.start)
        if start is None or start.type != "date":
            problem(path, f"'{deadline.start}' is not a date question", place=f"{place}.start")
        if deadline.if_:
            check_cond(problem, path, f"{place}.if", deadline.if_, questions)
        cited(path, f"{place}.cites", deadline.cites)
        cited(path, f"{place}.passed.cites", deadline.passed.cites)
        if deadline.note:
            cited(path, f"{place}.note.cites", deadline.note.cites)
    cited(path, "rest_day_note.cites", rules.rest_day_note.cites)


def check_actions(
    problem: Problem,
    items: list[tuple[Path, int, Action]],
    questions: dict[str, Question],
    cited: Callable[[Path, str, Iterable[str]], None],
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
            )
        seen[action.id] = path
        for stage in action.stages:
            if stage not in STAGE_IDS:
                problem(path, f"'{stage}' is not a stage id", place=f"{place}.stages")
        if action.if_:
            check_cond(problem, path, f"{place}.if", action.if_, questions)
        if not action.stages and not action.if_:
            problem(
                path, "an action needs `stages`, `if`, or both, to say when it applies", place=place
            )
        cited(path, f"{place}.cites", action.cites)


# ---- cross-checks of the loaded files (moved from the loader) ----------------------------


def check_stages(
    reader: _Reader,
    root: Path,
    stages: list[Stage],
    laws: dict[str, Excerpt],
    channels: dict[str, Channel],
) -> None:
    found = {s.id for s in stages}
    for missing in (s for s in STAGE_IDS if s not in found):
        reader.problem(root / "stages", f"stage '{missing}' has no file ({missing}.yaml)")
    orders: dict[int, str] = {}
    names: dict[str, str] = {}
    for stage in stages:
        path = root / "stages" / f"{stage.id}.yaml"
        if stage.id not in STAGE_IDS:
            reader.problem(path, f"'{stage.id}' is not a stage id of the contract", place="id")
        if stage.order in orders:
            reader.problem(path, f"order {stage.order} is also used by '{orders[stage.order]}'")
        orders[stage.order] = stage.id
        for name in stage.names():
            key = name.casefold()
            if key in names and names[key] != stage.id:
                reader.problem(
                    path, f"name '{name}' also names stage '{names[key]}'", place="aliases"
                )
            names[key] = stage.id
        for place, cites in citations(stage):
            for cite in cites:
                if cite not in laws:
                    reader.problem(
                        path, f"cites '{cite}', which laws.yaml does not have", place=place
                    )
        for i, channel in enumerate(stage.help):
            if channel not in channels:
                reader.problem(path, f"'{channel}' is not in channels.yaml", place=f"help[{i}]")


def check_refs(
    reader: _Reader,
    path: Path,
    place: str,
    cites: list[str],
    channels: list[str],
    laws: dict[str, Excerpt],
    known_channels: dict[str, Channel],
) -> None:
    """Record every citation and channel id in one item that the pack does not have."""
    for i, cite in enumerate(cites):
        if cite not in laws:
            reader.problem(
                path, f"cites '{cite}', which laws.yaml does not have", place=f"{place}cites[{i}]"
            )
    for i, channel in enumerate(channels):
        if channel not in known_channels:
            reader.problem(
                path, f"'{channel}' is not in channels.yaml", place=f"{place}report_to[{i}]"
            )


def check_flags(
    reader: _Reader,
    path: Path,
    flags: list[Flag],
    laws: dict[str, Excerpt],
    channels: dict[str, Channel],
) -> None:
    found = {f.id for f in flags}
    for missing in (f for f in FLAG_IDS if f not in found):
        reader.problem(path, f"red flag '{missing}' of the contract is not described")
    for i, flag in enumerate(flags):
        if flag.id not in FLAG_IDS:
            reader.problem(
                path, f"'{flag.id}' is not a red-flag id of the contract", place=f"[{i}].id"
            )
        check_refs(reader, path, f"[{i}].", flag.cites, flag.report_to, laws, channels)


def check_interview(
    reader: _Reader,
    root: Path,
    questions: list[Question],
    rules: AssessmentRules | None,
    action_items: list[tuple[Path, int, Action]],
    laws: dict[str, Excerpt],
) -> None:
    """Check questions, assessment rules and actions against each other and the laws."""

    def cited(path: Path, place: str, cites: Iterable[str]) -> None:
        for cite in cites:
            if cite not in laws:
                reader.problem(path, f"cites '{cite}', which laws.yaml does not have", place=place)

    path = root / "questions.yaml"
    by_id = check_questions(reader.problem, path, questions)
    for i, question in enumerate(questions):
        cited(path, f"[{i}].cites", question.cites)
    if rules is not None:
        check_rules(reader.problem, root / "assessment.yaml", rules, by_id, cited)
    check_actions(reader.problem, action_items, by_id, cited)


def citations(stage: Stage) -> list[tuple[str, list[str]]]:
    out = []
    for field in ("truths", "steps", "rights", "avoid"):
        for i, item in enumerate(getattr(stage, field)):
            out.append((f"{field}[{i}].cites", item.cites))
    return out


# ---- letters -------------------------------------------------------------------------------


def check_rates(reader: _Reader, path: Path, rates: Rates, laws: dict[str, Excerpt]) -> None:
    """Cross-check rates.yaml: citations resolve, loan types and stages are the contract's."""
    from debtguide.contract import LOAN_TYPES, OPEN_LOAN_TYPES

    cited: list[tuple[str, list[str]]] = [("fee_note.cites", rates.fee_note.cites)]
    cited.append(("budget.court_first.cites", rates.budget.court_first.cites))
    seen: set[str] = set()
    for i, line in enumerate(rates.lines):
        place = f"lines[{i}]"
        if line.id in seen:
            reader.problem(path, f"line id '{line.id}' appears more than once", place=place)
        seen.add(line.id)
        for kind in line.applies:
            if kind not in LOAN_TYPES:
                reader.problem(
                    path,
                    f"'{kind}' is not a loan_type of the contract ({', '.join(LOAN_TYPES)})",
                    place=f"{place}.applies",
                )
        if line.basis == "law" and not line.summary.cites:
            reader.problem(path, "a line based on law must cite it", place=f"{place}.summary")
        for field in ("summary", "scope", "above", "below"):
            cited.append((f"{place}.{field}.cites", getattr(line, field).cites))
        if line.older_loans is not None:
            cited.append((f"{place}.older_loans.cites", line.older_loans.cites))
    for word, kind in rates.by_name.items():
        if kind not in LOAN_TYPES or kind in OPEN_LOAN_TYPES:
            reader.problem(path, f"'{kind}' is not a settled loan type", place=f"by_name.{word}")
    for kind in LOAN_TYPES:
        if kind not in rates.loan_types:
            reader.problem(path, f"loan type '{kind}' is not explained", place="loan_types")
    for kind, note in rates.loan_types.items():
        if kind not in LOAN_TYPES:
            reader.problem(
                path, f"'{kind}' is not a loan_type of the contract", place=f"loan_types.{kind}"
            )
        cited.append((f"loan_types.{kind}.cites", note.cites))
    for place, cites in cited:
        for cite in cites:
            if cite not in laws:
                reader.problem(path, f"cites '{cite}', which laws.yaml does not have", place=place)
    days = [entry.from_ for entry in rates.lpr_history]
    for i in range(1, len(days)):
        if days[i] <= days[i - 1]:
            reader.problem(path, "entries must be in date order", place=f"lpr_history[{i}].from")
    if days and rates.as_of < days[-1]:
        reader.problem(path, f"as_of is before the last LPR entry ({days[-1]})", place="as_of")
    for i, stage in enumerate(rates.budget.court_stages):
        if stage not in STAGE_IDS:
            reader.problem(path, f"'{stage}' is not a stage id", place=f"budget.court_stages[{i}]")


# ---- message cues (cues.yaml) ------------------------------------------------------------


def check_evidence(
    reader: _Reader, path: Path, rules: EvidenceRules, laws: dict[str, Excerpt]
) -> None:
    """Cross-check evidence.yaml: a real daytime window, log channels, citations that resolve."""
    from debtguide.contract import LOG_CHANNELS

    start, end = rules.daytime.window()
    if start >= end:
        reader.problem(path, "start must be before end", place="daytime")
    for i, channel in enumerate(rules.busy_day.channels):
        if channel not in LOG_CHANNELS:
            reader.problem(
                path,
                f"'{channel}' is not a log channel ({', '.join(LOG_CHANNELS)})",
                place=f"busy_day.channels[{i}]",
            )
    for place, cites in (("daytime", rules.daytime.cites), ("busy_day", rules.busy_day.cites)):
        for i, cite in enumerate(cites):
            if cite not in laws:
                reader.problem(
                    path,
                    f"cites '{cite}', which laws.yaml does not have",
                    place=f"{place}.cites[{i}]",
                )
