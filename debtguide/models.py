"""Pydantic models of a content pack: every file a pack holds, strictly typed."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Model(BaseModel):
    """Base of every content model: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Model):
    """A text in both languages."""

    zh: NonEmpty
    en: NonEmpty

    def __call__(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Names(Model):
    """Other names for a thing, per language."""

    zh: list[NonEmpty] = []
    en: list[NonEmpty] = []


class Cited(Model):
    """A statement with the excerpts that support it."""

    text: Text
    cites: list[Id] = []


class Right(Model):
    """A right of the borrower; a right always cites the law that gives it."""

    text: Text
    cites: list[Id] = Field(min_length=1)


class Truth(Model):
    """What people are told or fear, and what is so."""

    claim: Text
    fact: Text
    cites: list[Id] = []


class Excerpt(Model):
    """A verbatim article of law that the pack may cite."""

    id: Id
    law: NonEmpty
    version: NonEmpty
    article: NonEmpty
    article_no: int
    topic: NonEmpty
    text: NonEmpty
    plain: Text
    caution: Text | None = None


class Statute(Model):
    """A law the excerpts come from, with its short names for citations."""

    law: NonEmpty
    prefix: Id
    short: Text


class Channel(Model):
    """A place to get help or to report."""

    id: Id
    name: Text
    contact: NonEmpty | None = None
    use: Text


class Flag(Model):
    """A red flag: something a collector or a third party did that is unlawful or a scam."""

    id: Id
    kind: Literal["unlawful", "scam", "fake-notice"]
    title: Text
    why: Text
    todo: Text
    report_to: list[Id] = Field(min_length=1)
    cites: list[Id] = []


class Stage(Model):
    """One stage of the collection process, explained."""

    id: Id
    order: int = Field(ge=1)
    title: Text
    aliases: Names = Names()
    summary: Text
    who: Text
    what_happens: list[Text] = Field(min_length=1)
    truths: list[Truth] = Field(min_length=1)
    steps: list[Cited] = Field(min_length=1)
    keep: list[Text] = []
    say: Text | None = None
    rights: list[Right] = Field(min_length=1)
    avoid: list[Cited] = Field(min_length=1)
    help: list[Id] = Field(min_length=1)

    def names(self) -> list[str]:
        """Every name the stage answers to: id, titles and aliases."""
        return [self.id, self.title.zh, self.title.en, *self.aliases.zh, *self.aliases.en]

# ---- the interview and the assessment rules ---------------------------------------------

QId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
QuestionType = Literal["choice", "multi", "text", "money", "int", "date", "bool"]
Timing = Literal["now", "this_week", "ongoing"]


class Cond(Model):
    """A declarative condition: one test on an answer, a stage, a flag or a fact, or all/any/not.

    `{q: contact_kinds, has: court_summons}`, `{q: days_overdue, gte: 90}`,
    `{q: loan_type, in: [credit_card, bank_consumer_loan]}`, `{q: feels_unsafe, is: true}`,
    `{q: lender_name, known: true}`, `{stage: [lawsuit, judgment]}`, `{flag: [threats]}`,
    `{fact: rate_above_line}`, `{all: [...]}`, `{any: [...]}`, `{not: {...}}`.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    q: QId | None = None
    has: QId | None = None
    is_: str | bool | int | None = Field(None, alias="is")
    in_: list[QId] | None = Field(None, alias="in")
    gte: float | None = None
    gt: float | None = None
    lte: float | None = None
    lt: float | None = None
    known: bool | None = None
    stage: list[Id] | None = None
    flag: list[Id] | None = None
    fact: QId | None = None
    all_: list[Cond] | None = Field(None, alias="all")
    any_: list[Cond] | None = Field(None, alias="any")
    not_: Cond | None = Field(None, alias="not")

    @model_validator(mode="after")
    def _one_form(self) -> Cond:
        forms = [
            name
            for name in ("q", "stage", "flag", "fact", "all_", "any_", "not_")
            if getattr(self, name) is not None
        ]
        if len(forms) != 1:
            raise ValueError("a condition needs exactly one of q, stage, flag, fact, all, any, not")
        tests = [n for n in self.OPERATORS if getattr(self, n) is not None]
        if self.q is not None and len(tests) != 1:
            raise ValueError("a question test needs exactly one of has, is, in, gte, gt, lte, lt, known")
        if self.q is None and tests:
            raise ValueError("has/is/in/gte/gt/lte/lt/known go with q")
        return self

    OPERATORS: ClassVar[tuple[str, ...]] = ("has", "is_", "in_", "gte", "gt", "lte", "lt", "known")

    def operator(self) -> str:
        """The name of this question test's operator (has, is, in, gte, …)."""
        name = next(n for n in self.OPERATORS if getattr(self, n) is not None)
        return name.rstrip("_")


class Choice(Model):
    """One answer a choice question offers."""

    id: QId
    label: Text


class Question(Model):
    """One question of the interview; its id is the key of the answers file."""

    id: QId
    type: QuestionType
    label: Text
    text: Text
    help: Text
    choices: list[Choice] = []
    exclusive: QId | None = None
    min: float | None = None
    max: float | None = None
    ask_if: Cond | None = None
    key: bool = False
    cites: list[Id] = []

    def choice(self, choice_id: str) -> Choice | None:
        """Return the choice with this id, if the question offers it."""
        return next((c for c in self.choices if c.id == choice_id), None)


class StageRule(Model):
    """The answers that put a borrower in a stage."""

    stage: Id
    if_: Cond = Field(alias="if")


class FlagRule(Model):
    """The answers or facts that raise a red flag."""

    flag: Id
    if_: Cond = Field(alias="if")


class LetterRule(Model):
    """When a letter fits the situation, and why."""

    letter: Id
    if_: Cond = Field(alias="if")
    why: Text


class DeadlineRule(Model):
    """A hard deadline counted from a date the borrower gives."""

    kind: Literal["defense", "payment-order-objection", "appeal", "credit-objection-reply"]
    start: QId
    days: int = Field(ge=1)
    if_: Cond | None = Field(None, alias="if")
    title: Text
    cites: list[Id] = Field(min_length=1)
    note: Cited | None = None
    passed: Cited
    missing: Text


class Action(Model):
    """A thing to do, for the stages and situations its condition names."""

    id: Id
    when: Timing
    stages: list[Id] = []
    if_: Cond | None = Field(None, alias="if")
    safety: bool = False
    text: Text
    cites: list[Id] = []


class AssessmentRules(Model):
    """`assessment.yaml`: how answers become a stage, flags, deadlines and letters."""

    default_stage: Id
    default_why: Text
    stage_rules: list[StageRule]
    flag_rules: list[FlagRule]
    letter_rules: list[LetterRule]
    deadlines: list[DeadlineRule]
    rest_day_note: Cited


class PackInfo(Model):
    """`pack.yaml`: what the pack is and when it was last reviewed."""

    id: Id
    name: Text
    jurisdiction: NonEmpty
    reviewed: dt.date
    languages: list[NonEmpty]
    disclaimer: Text


class Pack(Model):
    """A whole, cross-checked content pack."""

    info: PackInfo
    statutes: dict[str, Statute]
    laws: dict[str, Excerpt]
    channels: dict[str, Channel]
    stages: list[Stage]
    flags: dict[str, Flag]
    questions: list[Question]
    rules: AssessmentRules
    actions: list[Action]

    def question(self, question_id: str) -> Question | None:
        """Return the question with this id, if the pack asks it."""
        return next((q for q in self.questions if q.id == question_id), None)

    def stage(self, stage_id: str) -> Stage:
        """Return the stage with this id."""
        return next(s for s in self.stages if s.id == stage_id)

    def cite_label(self, excerpt_id: str, lang: str) -> str:
        """Name an excerpt the way a reader cites it: 《民法典》第一百零九条 / Civil Code art. 109."""
        excerpt = self.laws[excerpt_id]
        statute = self.statutes[excerpt.law]
        if lang == "zh":
            return f"《{statute.short.zh}》{excerpt.article}"
        return f"{statute.short.en}, art. {excerpt_id.removeprefix(statute.prefix + '-')}"
