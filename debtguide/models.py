"""Pydantic models of a content pack: every file a pack holds, strictly typed."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

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
