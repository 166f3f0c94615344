"""The records of a content pack: every file a pack holds, strictly typed.

They are plain records (record.py), cheap to create and to unpickle, so a command that reads
the pack from the cache imports no validation library. A pack read from its YAML is
validated by the Pydantic models that schema.py derives from these classes: the field
options (`field(min_length=1)`) and the `@validator` methods are its rules, and the string
kinds below (Id, QId, NonEmpty, ClockTime) are checked for their form there.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias

from debtguide.content.record import Record, field, validator
from debtguide.contract import DeadlineKind

# Kinds of string: to the running program each is a str; schema.STRINGS checks the form.
Id: TypeAlias = str  # lower-case words joined by "-": civil-code-188, debt-collection
NonEmpty: TypeAlias = str  # not blank (surrounding spaces are stripped)


class Text(Record):
    """A text in both languages."""

    zh: NonEmpty
    en: NonEmpty

    def __call__(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Names(Record):
    """Other names for a thing, per language."""

    zh: list[NonEmpty] = []
    en: list[NonEmpty] = []


class Cited(Record):
    """A statement with the excerpts that support it."""

    text: Text
    cites: list[Id] = []


class Right(Record):
    """A right of the borrower; a right always cites the law that gives it."""

    text: Text
    cites: list[Id] = field(min_length=1)


class Truth(Record):
    """What people are told or fear, and what is so."""

    claim: Text
    fact: Text
    cites: list[Id] = []


class Excerpt(Record):
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


class Statute(Record):
    """A law the excerpts come from, with its short names for citations."""

    law: NonEmpty
    prefix: Id
    short: Text


class Channel(Record):
    """A place to get help or to report."""

    id: Id
    name: Text
    contact: NonEmpty | None = None
    use: Text


class Flag(Record):
    """A red flag: something a collector or a third party did that is unlawful or a scam."""

    id: Id
    kind: Literal["unlawful", "scam", "fake-notice"]
    title: Text
    why: Text
    todo: Text
    report_to: list[Id] = field(min_length=1)
    cites: list[Id] = []


class Stage(Record):
    """One stage of the collection process, explained."""

    id: Id
    order: int = field(ge=1)
    title: Text
    aliases: Names = field(default_factory=Names)
    summary: Text
    who: Text
    what_happens: list[Text] = field(min_length=1)
    truths: list[Truth] = field(min_length=1)
    steps: list[Cited] = field(min_length=1)
    keep: list[Text] = []
    say: Text | None = None
    rights: list[Right] = field(min_length=1)
    avoid: list[Cited] = field(min_length=1)
    help: list[Id] = field(min_length=1)

    def names(self) -> list[str]:
        """Every name the stage answers to: id, titles and aliases."""
        return [self.id, self.title.zh, self.title.en, *self.aliases.zh, *self.aliases.en]


# ---- the interview and the assessment rules ---------------------------------------------

QId: TypeAlias = str  # a question or answer id: lower-case words joined by "_"
QuestionType = Literal["choice", "multi", "text", "money", "int", "date", "bool"]
Timing = Literal["now", "this_week", "ongoing"]


class Cond(Record):
    """A declarative condition: one test on an answer, a stage, a flag or a fact, or all/any/not.

    `{q: contact_kinds, has: court_summons}`, `{q: days_overdue, gte: 90}`,
    `{q: loan_type, in: [credit_card, bank_consumer_loan]}`, `{q: feels_unsafe, is: true}`,
    `{q: lender_name, known: true}`, `{stage: [lawsuit, judgment]}`, `{flag: [threats]}`,
    `{fact: rate_above_line}`, `{all: [...]}`, `{any: [...]}`, `{not: {...}}`.
    """

    q: QId | None = None
    has: QId | None = None
    is_: str | bool | int | None = field(None, alias="is")
    in_: list[QId] | None = field(None, alias="in")
    gte: float | None = None
    gt: float | None = None
    lte: float | None = None
    lt: float | None = None
    known: bool | None = None
    stage: list[Id] | None = None
    flag: list[Id] | None = None
    fact: QId | None = None
    all_: list[Cond] | None = field(None, alias="all")
    any_: list[Cond] | None = field(None, alias="any")
    not_: Cond | None = field(None, alias="not")

    @validator
    def _one_form(self) -> None:
        forms = [
            name
            for name in ("q", "stage", "flag", "fact", "all_", "any_", "not_")
            if getattr(self, name) is not None
        ]
        if len(forms) != 1:
            raise ValueError("a condition needs exactly one of q, stage, flag, fact, all, any, not")
        tests = [n for n in self.OPERATORS if getattr(self, n) is not None]
        if self.q is not None and len(tests) != 1:
            raise ValueError(
                "a question test needs exactly one of has, is, in, gte, gt, lte, lt, known"
            )
        if self.q is None and tests:
            raise ValueError("has/is/in/gte/gt/lte/lt/known go with q")

    OPERATORS: ClassVar[tuple[str, ...]] = ("has", "is_", "in_", "gte", "gt", "lte", "lt", "known")

    def operator(self) -> str:
        """The name of this question test's operator (has, is, in, gte, …)."""
        name = next(n for n in self.OPERATORS if getattr(self, n) is not None)
        return name.rstrip("_")


class Choice(Record):
    """One answer a choice question offers."""

    id: QId
    label: Text


class Question(Record):
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
    # A date question whose answer may lie ahead (a hearing, a court-set deadline); every
    # other date is of something that has happened and may not be after today.
    ahead: bool = False
    cites: list[Id] = []

    def choice(self, choice_id: str) -> Choice | None:
        """Return the choice with this id, if the question offers it."""
        return next((c for c in self.choices if c.id == choice_id), None)


class StageRule(Record):
    """The answers that put a borrower in a stage."""

    stage: Id
    if_: Cond = field(alias="if")


class FlagRule(Record):
    """The answers or facts that raise a red flag."""

    flag: Id
    if_: Cond = field(alias="if")


class LetterRule(Record):
    """When a letter fits the situation, and why."""

    letter: Id
    if_: Cond = field(alias="if")
    why: Text


class DeadlineRule(Record):
    """A hard deadline counted from a date the borrower gives."""

    kind: DeadlineKind  # the ids of CONTRACT.md §2 and their extensions
    start: QId
    days: int = field(0, ge=0)  # 0 with months 0: the start is itself the date (a court-set day)
    months: int = field(0, ge=0)  # to the corresponding day (clamped to the month's end)
    # Whether 民事诉讼法 第八十五条 may move a last day that falls on a rest day. Not for a hearing,
    # nor for a period whose rule the references do not carry (then legal_last_day = date).
    rest_days: bool = True
    if_: Cond | None = field(None, alias="if")
    title: Text
    # Empty only where the references have no excerpt; `note` then says what the rule rests on.
    cites: list[Id] = []
    note: Cited | None = None
    passed: Cited
    missing: Text


class Action(Record):
    """A thing to do, for the stages and situations its condition names."""

    id: Id
    when: Timing
    stages: list[Id] = []
    if_: Cond | None = field(None, alias="if")
    safety: bool = False
    text: Text
    cites: list[Id] = []


class AssessmentRules(Record):
    """`assessment.yaml`: how answers become a stage, flags, deadlines and letters."""

    default_stage: Id
    default_why: Text
    stage_rules: list[StageRule]
    flag_rules: list[FlagRule]
    letter_rules: list[LetterRule]
    deadlines: list[DeadlineRule]
    rest_day_note: Cited


# ---- letters (content/<pack>/letters/, see content/README.md) -----------------------------

FieldKind = Literal["text", "last4", "date", "money"]


class LetterField(Record):
    """A fact a letter needs besides the answers: a name, a case number, a record in dispute."""

    id: QId
    kind: FieldKind = "text"
    label: Text
    prompt: Text
    help: Text | None = None
    answer: QId | None = None  # the question whose answer fills the field, and that it fills


class Letter(Record):
    """One letter: what it is, the fields it needs, what it cites, what to do after sending."""

    id: Id
    title: Text
    summary: Text
    to: Text
    fields: list[QId] = field(min_length=1)
    cites: list[Id] = []
    acknowledges: bool = False  # offers payment: may restart or waive the limitation defence
    implies: dict[QId, QId] = {}  # writing it implies this choice of a multi-choice question
    send: Cited
    wait: Cited
    follow_up: Cited


class LetterConduct(Record):
    """A kind of conduct as a letter names it (third person, to the lender) and what it cites."""

    title: Text
    cites: list[Id] = []


class LetterRoutes(Record):
    """Where the letters send a complaint, and the law they cite for each kind of conduct."""

    regulators: dict[QId, list[Id]]  # loan_type choice → channels that take the complaint
    authority: dict[Id, Text]  # channel → the body a written complaint is addressed to
    police: list[Id]  # red flags that are also reported to the police
    conduct: dict[Id, LetterConduct]  # red flag → how letters name it and what they cite
    # a word in the lender's name → the channel it settles, when the loan type leaves a choice
    by_name: dict[NonEmpty, Id] = {}


# ---- message cues (content/<pack>/cues.yaml, see content/README.md) -----------------------

Verdict = Literal["ordinary", "unlawful", "scam", "fake-notice"]
FlagKind = Literal["unlawful", "scam", "fake-notice"]
Words: TypeAlias = "NonEmpty | list[NonEmpty]"


class Near(Record):
    """Words that appear in this order, each at most `within` characters after the one before."""

    near: list[Words] = field(min_length=2, max_length=4)
    within: int = field(default=10, ge=0, le=40)


class Pattern(Record):
    """A restricted regular expression, checked for safety when the pack loads."""

    pattern: NonEmpty
    view: Literal["zh", "en", "plain"] = "zh"


Cue: TypeAlias = "NonEmpty | Near | Pattern"


class CueGroup(Record):
    """Cues that raise a flag, a signal or a stage; optionally only together with other findings."""

    cues: list[Cue] = field(min_length=1)
    only_with: list[Id] = []  # at least one of these flags or signals must also be found
    unless: list[Id] = []  # not when one of these plain signals is found


class Signal(Record):
    """Something in a message that is not a red flag but matters: a case number, a link."""

    title: Text
    note: Text | None = None
    groups: list[CueGroup] = field(min_length=1)


class VerdictText(Record):
    """How a verdict is told to the reader."""

    title: Text
    explain: Text


class Advice(Record):
    """A next step, shown when its conditions hold (no condition: always)."""

    text: Text
    when_verdict: list[Verdict] = []
    when_found: list[Id] = []  # any of these flags or signals
    when_stage: list[Id] = []  # any of these stage hints


class Fold(Record):
    """How text is normalised before matching, besides Unicode NFKC and case folding."""

    # A maintained converter whose character table folds traditional → simplified ("opencc-t2s"),
    # or none. The loader fills `table` from it once; the pack cache keeps the table, so a
    # check never imports the converter.
    converter: Literal["opencc-t2s"] | None = None
    table: dict[str, str] = {}  # filled by the loader from the converter; not written by hand
    chars: dict[str, str] = {}  # one character → what it stands for (variants the converter keeps)
    words: dict[NonEmpty, NonEmpty] = {}  # spelling tricks → the word they hide


class StageHintRules(Record):
    """When a message signals no stage, and which stage unlawful conduct implies."""

    none_for: list[Verdict] = []
    default_for: dict[Verdict, Id] = {}


ClaimClass = Literal["sender", "claim", "demand", "pressure", "tone", "mark"]


class Claim(Record):
    """Something a message says about itself: who sent it, what it claims, what it demands."""

    type: ClaimClass
    title: Text
    check: Text | None = None  # how to verify this claim through official channels
    groups: list[CueGroup] = []  # empty only for the marks the domain check finds


class ClaimRule(Record):
    """A verdict rule over the claims (and flags, signals) found in a message.

    It applies when every id of `when_all` was found, at least one of `when_any` (if given)
    and none of `when_none`. It then raises the red flags of `raise_flags` and drops the
    red flags whose kind is in `clear` (a genuine notice is never called fake). The first
    rule that applies with a `verdict` decides the verdict (a fraudster posing as a loan
    platform is a scam, not a fake court notice), unless a later rule clears it.
    """

    id: Id
    when_all: list[Id] = []
    when_any: list[Id] = []
    when_none: list[Id] = []
    raise_flags: list[Id] = []
    clear: list[FlagKind] = []
    verdict: FlagKind | None = None  # the verdict, whatever the kinds of the flags say
    # A believable rule: the stage a message shows when no stage cue says one. A rule that
    # finds the message not believable: the stage shown instead of what its stage cues say
    # (a collector's "the summons comes tomorrow" is no lawsuit).
    stage: Id | None = None
    believable: bool
    reason: Text
    cites: list[Id] = []

    @validator
    def _has_effect(self) -> None:
        if not self.when_all and not self.when_any:
            raise ValueError("a rule needs when_all or when_any")


class Domains(Record):
    """Official web addresses, and the words that make any other address a look-alike."""

    # A host is official if it is one of these or lies under one.
    official: list[NonEmpty] = field(min_length=1)
    lookalike_words: list[NonEmpty] = []  # an unofficial host containing one of these imitates
    genuine: Text  # what a genuine court text looks like


class ClaimBook(Record):
    """`claims.yaml`: the claims layer of check-message and the verdict rules over it."""

    claims: dict[Id, Claim]
    rules: list[ClaimRule] = []
    domains: Domains


class CueBook(Record):
    """`cues.yaml` (and `claims.yaml`): what `check-message` looks for, and how it decides."""

    fold: Fold = field(default_factory=Fold)
    flags: dict[Id, list[CueGroup]] = {}
    not_detectable: dict[Id, Text] = {}  # flags a message cannot show reliably, and why
    signals: dict[Id, Signal] = {}
    stages: dict[Id, list[CueGroup]] = {}
    verdict_order: list[FlagKind] = ["fake-notice", "scam", "unlawful"]
    stage_hint: StageHintRules = field(default_factory=StageHintRules)
    verdicts: dict[Verdict, VerdictText] = {}
    advice: list[Advice] = []
    claims: ClaimBook | None = None  # claims.yaml, joined by the loader


# ---- the numbers: rate lines, the LPR table, the budget rules (rates.yaml) ------------------


class OlderLoans(Record):
    """What changes for a loan made before a date: older rules may govern part of the interest."""

    before: dt.date
    note: Text
    cites: list[Id] = field(min_length=1)
    # The older lines for interest up to the day before `before` (NOTES §3.2: enforced up to
    # `enforced`, void above `void`), unverified text: `caution` says so. Each verdict text
    # takes {apr}.
    enforced: float | None = None
    void: float | None = None
    within: Text | None = None
    between: Text | None = None
    beyond: Text | None = None
    caution: Text | None = None


class RateLine(Record):
    """A legal line a loan's annual rate is compared with: a fixed rate or a multiple of the LPR."""

    id: Id
    title: Text
    basis: Literal["law", "practice"]  # a verified article, or court practice (needs a caution)
    rate: float | None = field(None, gt=0, lt=10)
    lpr_multiple: float | None = field(None, gt=0, le=10)
    applies: dict[str, Literal[True, "maybe"]] = field(min_length=1)  # loan_type → applies
    summary: Cited  # what the line is; cites only what a shipped excerpt really says
    scope: Cited  # whom it covers
    above: Cited  # what it means when the rate is above the line, and what to do
    below: Cited
    caution: Text | None = None
    older_loans: OlderLoans | None = None

    @validator
    def _one_rate(self) -> None:
        if (self.rate is None) == (self.lpr_multiple is None):
            raise ValueError("a line needs exactly one of rate and lpr_multiple")
        if self.basis == "practice" and self.caution is None:
            raise ValueError("a line based on practice needs a caution")


class LprEntry(Record):
    """The one-year LPR from a date on."""

    from_: dt.date = field(alias="from")
    rate: float = field(gt=0, lt=1)


class BudgetRules(Record):
    """How much of what is left each month to offer, and how to split it between debts."""

    reserve_share: float = field(ge=0, lt=1)  # share of what is left kept for emergencies
    round_down_to: float = field(gt=0)  # offers are rounded down to this many yuan
    reserve_note: Text
    hardship: Text
    court_stages: list[Id] = field(min_length=1)  # stages whose debts go first in court-first
    pro_rata: Text
    court_first: Cited
    long_plan_months: int = field(ge=1)
    long_plan: Text
    advice: list[Text] = []


class Rates(Record):
    """`rates.yaml`: the lines, the LPR history and the budget rules, as known on `as_of`."""

    as_of: dt.date
    lines: list[RateLine] = field(min_length=1)
    lpr_source: Text
    lpr_caution: Text
    lpr_history: list[LprEntry] = field(min_length=1)
    loan_types: dict[str, Cited]  # loan_type → which lines apply and why
    # a reserved word in the lender's name → the loan type it shows, when the answers leave it open
    by_name: dict[NonEmpty, str] = field(default_factory=dict)
    fee_note: Cited
    method: Text
    budget: BudgetRules


ClockTime: TypeAlias = str  # "HH:MM", 00:00 to 23:59


class DaytimeRule(Record):
    """evidence.yaml `daytime`: contacts outside this window count as at night."""

    start: ClockTime  # "08:00", quoted in YAML
    end: ClockTime  # a contact at `end` or later is at night
    late_from: ClockTime | None = None  # from here to `end`: late, worth logging, no breach
    note: Text
    cites: list[Id] = []

    def window(self) -> tuple[dt.time, dt.time]:
        return dt.time.fromisoformat(self.start), dt.time.fromisoformat(self.end)

    def late(self) -> dt.time | None:
        return dt.time.fromisoformat(self.late_from) if self.late_from else None


class BusyDayRule(Record):
    """evidence.yaml `busy_day`: this many contacts from one creditor on one day stand out."""

    contacts: int = field(ge=2)
    channels: list[NonEmpty] = field(min_length=1)
    note: Text
    cites: list[Id] = []


class StandardsRule(Record):
    """evidence.yaml `standards`: the published, non-binding industry numbers (NOTES §3.4)."""

    calls_per_day: int = field(ge=1)  # effective voice calls to one debtor a day (GB/T 45251)
    attempts_per_day: int = field(ge=1)  # unanswered attempts per number a day (CBA guideline)
    note: Text
    cites: list[Id] = []


class EvidenceRules(Record):
    """`evidence.yaml`: the practical yardsticks of the evidence log report (not legal limits)."""

    daytime: DaytimeRule
    busy_day: BusyDayRule
    standards: StandardsRule | None = None


class PackInfo(Record):
    """`pack.yaml`: what the pack is and when it was last reviewed."""

    id: Id
    name: Text
    jurisdiction: NonEmpty
    reviewed: dt.date
    languages: list[NonEmpty]
    disclaimer: Text


class Pack(Record):
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
    letters: dict[str, Letter] = {}
    letter_fields: dict[str, LetterField] = {}
    letter_routes: LetterRoutes | None = None
    letter_templates: dict[str, str] = {}  # "negotiation.zh" → template source
    cues: CueBook = field(default_factory=CueBook)  # what check-message looks for (cues.yaml)
    rates: Rates | None = None  # rate lines, LPR history, budget rules (rates.yaml)
    evidence: EvidenceRules | None = None  # the evidence log's yardsticks (evidence.yaml)

    # A pack from the cache holds each section pickled until it is first read, so a command
    # pays only for the sections it uses (see cache.py). A loaded pack has none pending.
    @classmethod
    def from_sections(cls, sections: dict[str, bytes]) -> Pack:
        """A pack whose sections (each a pickle of a validated section) unpickle on first use."""
        pack = cls.__new__(cls)
        pack.__dict__["_pending"] = sections
        return pack

    def sections(self) -> dict[str, bytes]:
        """Each section pickled on its own: what `from_sections` takes back."""
        import pickle

        return {
            name: pickle.dumps(getattr(self, name), protocol=pickle.HIGHEST_PROTOCOL)
            for name in type(self).__record_fields__
        }

    if not TYPE_CHECKING:  # mypy keeps checking attribute names against the fields

        def __getattr__(self, name: str) -> Any:
            """A section not read yet: unpickle it now, once."""
            pending = self.__dict__.get("_pending")
            if pending and name in pending:
                import pickle

                value = pickle.loads(pending[name])
                self.__dict__[name] = value
                return value
            raise AttributeError(name)

    def __eq__(self, other: object) -> bool:
        """Packs are equal when every section is, however much of each has been unpickled."""
        if not isinstance(other, Pack):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in type(self).__record_fields__)

    __hash__ = None  # type: ignore[assignment]  # its sections are dicts and lists

    def question(self, question_id: str) -> Question | None:
        """Return the question with this id, if the pack asks it."""
        return next((q for q in self.questions if q.id == question_id), None)

    def label(self, question_id: str, choice_id: str | None, lang: str) -> str:
        """The interview's label of a question or of one of its choices: the words to quote.

        Other text that names a question or an answer takes the words from here, so that
        what it quotes is what the interview shows.
        """
        question = self.question(question_id)
        choice = question.choice(choice_id) if question and choice_id is not None else None
        if question is None or (choice_id is not None and choice is None):
            from debtguide.errors import ContentError

            where = question_id if choice_id is None else f"{question_id}: {choice_id}"
            problem = f"questions.yaml: {where} is missing"
            raise ContentError("content_broken", [problem], path=self.info.id, count=1)
        return (choice or question).label(lang)

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
