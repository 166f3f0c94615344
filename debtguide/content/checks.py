"""Cross-checks of the interview, the assessment rules and the actions of a pack."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from debtguide.content.models import Action, AssessmentRules, Cond, Question
from debtguide.contract import FACTS, FLAG_IDS, LETTER_IDS, STAGE_IDS

Problem = Callable[..., None]  # problem(path, message, place=...)

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
