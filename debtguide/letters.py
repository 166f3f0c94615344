"""The situation and the letter fields → the text of a letter, from sandboxed templates. Pure.

A template is content (content/<pack>/letters/<id>.<lang>.j2). It is rendered by Jinja2 in a
sandbox; whatever the user typed reaches it as data, never as template source. The result is
plain text in a small line format (`# title`, `## heading`, `1. request`, `- item`, `> right`,
`< flush left`, `| table | row |`) that the writers turn into .txt, .md or .docx.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from debtguide.content.models import Letter, LetterField, Pack, Text
from debtguide.content.templates import environment
from debtguide.engine import Assessment
from debtguide.errors import ContentError, UsageError
from debtguide.suggest import suggest

FORMATS = (".txt", ".md", ".docx")
# From about this many days overdue the limitation period may be near or over: a letter that
# promises payment could restart it or give up the defence (civil-code-192, civil-code-195).
LIMITATION_RISK_DAYS = 900
LIMITATION_CITES = ("civil-code-192", "civil-code-195", "limitation-rules-14")
LICENSED = frozenset(
    {"bank_consumer_loan", "credit_card", "consumer_finance", "small_loan_company"}
)
PRIVATE = frozenset({"private_lender"})
MAX_VALUE = 200
_LAST4 = re.compile(r"^[0-9]{3}[0-9Xx]$")
_ITEM = re.compile(r"^(\d+\. |\d+、)")
FLUSH = "< "  # a line set flush left: a salutation, 敬礼, the court after 此致


@dataclass(frozen=True)
class EvidenceRow:
    """One entry of the evidence log, as a row of a letter's evidence table."""

    when: str
    channel: str
    who: str = ""
    what: str = ""
    files: str = ""
    number: str = ""  # the entry's number in the log, so the letter and the log agree


@dataclass(frozen=True)
class Situation:
    """What a letter is written from: the validated answers, their assessment, the log."""

    answers: Mapping[str, Any]
    result: Assessment
    evidence: tuple[EvidenceRow, ...] = ()
    practice: tuple[Any, ...] = ()  # rates.yaml lines from court practice that may apply
    shared: bool = False  # the offer is this debt's share of a case's budget (issue 15)
    court_first: bool = False  # and a debt in court takes its share first
    court_share: bool = False  # this debt is in court and takes its share first

    @property
    def today(self) -> dt.date:
        return self.result.today


@dataclass(frozen=True)
class Plan:
    """A repayment offer the borrower can keep: never more a month than they can afford."""

    pause: bool  # nothing to spare: ask for time instead of promising money
    monthly: float | None  # what can honestly be paid each month
    lump: float | None  # what can be paid at once, if anything
    basis: float | None  # the amount the months are counted on
    basis_kind: Literal["principal", "claimed"] | None
    months: int | None
    first: dt.date  # the first payment date offered
    over_budget: bool = False  # the monthly sum was set above what the answers show is affordable
    shared: bool = False  # the monthly sum is this debt's share: the answers name other debts


@dataclass(frozen=True)
class Block:
    """A piece of a letter: title, heading, para, flush, item, bullet, right, table or gap."""

    kind: str
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Rendered:
    """A letter in one language, ready for a writer."""

    letter: Letter
    lang: str
    text: str
    blanks: tuple[str, ...]
    cited: tuple[str, ...]
    plan: Plan | None = None
    blocks: tuple[Block, ...] = field(default=())
    practice: tuple[Any, ...] = ()  # the practice lines the letter relies on (their cautions)


# ---- fields --------------------------------------------------------------------------------


def parse_field(fld: LetterField, raw: str, today: dt.date) -> Any:
    """Check and convert one field value (from --set or typed); raise UsageError naming it."""
    text = " ".join(str(raw).split())
    if not text:
        raise UsageError("letter_field_empty", field=fld.id)
    if len(text) > MAX_VALUE:
        raise UsageError("letter_field_long", field=fld.id, limit=MAX_VALUE)
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise UsageError("letter_field_control", field=fld.id)
    if fld.kind == "last4":
        if not _LAST4.match(text):
            raise UsageError("letter_field_last4", field=fld.id, value=text)
        return text.upper()
    if fld.kind == "date":
        from debtguide.answers import BadAnswer, parse_date

        try:
            return parse_date(text, today)
        except BadAnswer as exc:
            raise UsageError(
                "letter_field_bad",
                field=fld.id,
                reason={"zh": exc.message("zh"), "en": exc.message("en")},
            ) from None
    if fld.kind == "money":
        from debtguide.errors import DebtguideError
        from debtguide.money import parse_amount

        try:
            value = parse_amount(text)
        except DebtguideError as exc:
            raise UsageError(
                "letter_field_bad",
                field=fld.id,
                reason={"zh": exc.message("zh"), "en": exc.message("en")},
            ) from None
        if value <= 0:
            raise UsageError("letter_field_positive", field=fld.id, value=text)
        return value
    return text


def parse_sets(pack: Pack, items: list[str], today: dt.date) -> dict[str, Any]:
    """Read `--set FIELD=VALUE` options; raise UsageError naming the first bad one."""
    values: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError("letter_set_syntax", item=item)
        fld = pack.letter_fields.get(name)
        if fld is None:
            error = UsageError("letter_set_unknown", field=name)
            close = suggest(name, pack.letter_fields)
            if close:
                error.hint("did_you_mean", options=", ".join(close))
            raise error.hint("letter_fields_are", fields=", ".join(pack.letter_fields))
        values[fld.id] = parse_field(fld, raw, today)
    return values


def needed_fields(pack: Pack, letter: Letter, situation: Situation) -> list[str]:
    """The fields this letter uses in this situation, in the order they are asked."""
    plan = repayment_plan(situation, None) if "monthly_offer" in letter.fields else None
    out = []
    for name in letter.fields:
        if name == "monthly_offer" and plan is not None and plan.pause:
            continue  # nothing to spare: the letter asks for time, not a monthly sum
        if (
            name == "monthly_offer"
            and letter.id == "defense"
            and limitation_risk(situation.answers, situation.today)
        ):
            continue  # the defence then raises limitation and offers no instalments
        out.append(name)
    return out


def defaults(pack: Pack, letter: Letter, situation: Situation) -> dict[str, Any]:
    """Field values the answers and the assessment already hold."""
    values: dict[str, Any] = {}
    for name in letter.fields:
        fld = pack.letter_fields[name]
        if fld.answer and situation.answers.get(fld.answer) is not None:
            values[name] = situation.answers[fld.answer]
    share, _ = monthly_share(situation)
    if "monthly_offer" in letter.fields and share is not None and share > 0:
        values["monthly_offer"] = share
    if "authority" in letter.fields:
        bodies = regulators(pack, situation)
        routes = pack.letter_routes
        if len(bodies) == 1 and routes is not None and bodies[0] in routes.authority:
            values["authority"] = routes.authority[bodies[0]]
    return values


def missing_fields(
    pack: Pack, letter: Letter, situation: Situation, given: Mapping[str, Any]
) -> list[str]:
    """The fields still without a value: ask them on a terminal, or leave them blank."""
    known = {**defaults(pack, letter, situation), **given}
    return [n for n in needed_fields(pack, letter, situation) if known.get(n) is None]


def with_letter(
    pack: Pack, letter: Letter, answers: Mapping[str, Any], given: Mapping[str, Any]
) -> dict[str, Any]:
    """The answers, plus what writing this letter implies and what its fields answer.

    Objecting to a payment order implies one was received; a field tied to a question (the
    date the order arrived) answers it, so that the deadline can be worked out.
    """
    out = dict(answers)
    for question_id, choice in letter.implies.items():
        values = list(out.get(question_id) or [])
        if choice not in values:
            out[question_id] = [*values, choice]
    for name, value in given.items():
        fld = pack.letter_fields[name]
        if fld.answer:
            out[fld.answer] = value
    return out


# ---- the situation -------------------------------------------------------------------------


def limitation_risk(answers: Mapping[str, Any], today: dt.date | None = None) -> bool:
    """Whether the debt may be near or past the limitation period (never computed exactly).

    Also when its age is unknown (review finding 19): a letter that promises payment must
    then warn, and the defence raises limitation rather than offering instalments.
    """
    if today is None:
        days = answers.get("days_overdue")
        return days is None or days >= LIMITATION_RISK_DAYS
    from debtguide.engine import limitation_facts

    return "limitation_risk" in limitation_facts(answers, today)


def licensed(pack: Pack, answers: Mapping[str, Any]) -> bool | None:
    """Whether the lender is licensed: by the loan type, else by a reserved word in its name."""
    loan_type = answers.get("loan_type") or "unknown"
    if loan_type in LICENSED:
        return True
    if loan_type in PRIVATE:
        return False
    name = str(answers.get("lender_name") or "")
    routes = pack.letter_routes
    if routes is not None and any(word in name for word in routes.by_name):
        return True
    return None


def regulators(pack: Pack, situation: Situation) -> list[str]:
    """The channels that take a complaint about this kind of lender, most fitting first.

    When the loan type leaves a choice (an online platform, a type not known), the lender's
    name may settle it: only a licensed bank may call itself 银行, only a small-loan company
    小额贷款 (routes.yaml `by_name`).
    """
    routes = pack.letter_routes
    if routes is None:
        return []
    loan_type = situation.answers.get("loan_type") or "unknown"
    bodies = list(routes.regulators.get(loan_type, routes.regulators.get("unknown", [])))
    if len(bodies) > 1:
        name = str(situation.answers.get("lender_name") or "")
        named = {c for word, c in routes.by_name.items() if word in name and c in bodies}
        if len(named) == 1:
            return list(named)
    return bodies


def first_payment(today: dt.date) -> dt.date:
    """The first payment date to offer: the 15th of next month."""
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return dt.date(year, month, 15)


def monthly_share(situation: Situation) -> tuple[float | None, bool]:
    """What this creditor can be offered a month, and whether that is a share of the budget.

    When the answers name other debts (`other_debts_total`), the affordable sum is split pro
    rata to the amounts claimed, as `debtguide budget` splits it, so that a letter to one
    creditor never promises the money the others need too.
    """
    affordable = situation.result.money.affordable
    if affordable is None:
        return None, False
    this, others = _this_and_others(situation.answers)
    if this is None or affordable.monthly <= 0:
        return affordable.monthly, False
    from debtguide import money

    debts = [money.Debt("this", this), money.Debt("others", others)]
    return money.split(debts, affordable.monthly).offers[0].monthly, True


def _this_and_others(answers: Mapping[str, Any]) -> tuple[float | None, float]:
    """This debt and the other debts the answers name, when both are known; else (None, 0)."""
    others = float(answers.get("other_debts_total") or 0)
    this = answers.get("amount_claimed") or answers.get("principal_received")
    if others <= 0 or not this:
        return None, 0.0
    return float(this), others


def lump_share(answers: Mapping[str, Any]) -> float | None:
    """What can be paid at once to this creditor: with other debts, its pro-rata share."""
    lump = answers.get("lump_sum_available") or None
    this, others = _this_and_others(answers)
    if lump is None or this is None:
        return lump
    return float(math.floor(lump * this / (this + others))) or None


def repayment_plan(situation: Situation, monthly_offer: float | None) -> Plan:
    """The offer: the monthly sum the borrower can afford, the months it takes, a lump sum."""
    answers = situation.answers
    affordable = situation.result.money.affordable
    first = first_payment(situation.today)
    lump = lump_share(answers)
    share, shared = monthly_share(situation)
    offered = monthly_offer if monthly_offer is not None else share
    if offered is not None and offered <= 0 and (monthly_offer is None or situation.shared):
        return Plan(True, None, lump, None, None, None, first)  # nothing to offer: ask for time
    limit = affordable.monthly if affordable is not None else None
    monthly = monthly_offer if monthly_offer is not None else share
    over = monthly is not None and limit is not None and monthly > limit
    shared = (shared and monthly_offer is None) or situation.shared
    principal = answers.get("principal_received")
    claimed = answers.get("amount_claimed")
    wants = answers.get("wants") or []
    basis: float | None = None
    kind: Literal["principal", "claimed"] | None = None
    if "principal_only" in wants and principal:
        basis, kind = principal, "principal"
    elif claimed:
        basis, kind = claimed, "claimed"
    elif principal:
        basis, kind = principal, "principal"
    months = None
    if basis is not None:
        if lump is not None:
            lump = min(lump, basis)
        rest = basis - (lump or 0)
        if rest <= 0:
            months = 0
        elif monthly:
            months = math.ceil(rest / monthly - 1e-9)
    return Plan(False, monthly, lump, basis, kind, months, first, over, shared)


# ---- rendering -----------------------------------------------------------------------------


def _template(env: Any, name: str, source: str) -> Any:
    """The compiled template, its code from Jinja2's bytecode cache in the user cache folder.

    The cache is keyed by the template's name and a checksum of its source; a folder that
    cannot be written or a damaged file only costs the compile.
    """
    from jinja2 import DictLoader, FileSystemBytecodeCache

    from debtguide.content.cache import cache_dir
    from debtguide.files import make_private_dirs

    class Bytecode(FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Any) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:
                bucket.reset()

        def dump_bytecode(self, bucket: Any) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    env.loader = DictLoader({name: source})
    try:
        folder = cache_dir() / "templates"
        make_private_dirs(folder)
        env.bytecode_cache = Bytecode(str(folder))
    except OSError:
        pass
    return env.get_template(name)


def cite_labels(pack: Pack, ids: tuple[str, ...] | list[str], lang: str) -> str:
    """Citations as a letter writes them, one law named once: 《民法典》第一千零三十二条、第一千零三十八条."""
    groups: list[tuple[str, list[str]]] = []
    for excerpt_id in ids:
        excerpt = pack.laws[excerpt_id]
        statute = pack.statutes[excerpt.law]
        article = excerpt.article if lang == "zh" else excerpt_id.removeprefix(statute.prefix + "-")
        if groups and groups[-1][0] == excerpt.law:
            groups[-1][1].append(article)
        else:
            groups.append((excerpt.law, [article]))
    out = []
    for law, articles in groups:
        short = pack.statutes[law].short(lang)
        if lang == "zh":
            out.append(f"《{short}》" + "、".join(articles))
        elif len(articles) == 1:
            out.append(f"{short}, art. {articles[0]}")
        else:
            out.append(f"{short}, arts. {', '.join(articles[:-1])} and {articles[-1]}")
    return "；".join(out) if lang == "zh" else "; ".join(out)


def fmt_date(value: dt.date, lang: str) -> str:
    """A date as a letter writes it: 2026年12月15日 / 15 December 2026."""
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {value:%B} {value.year}"


def fmt_money(value: float, lang: str) -> str:
    """An amount as a letter writes it: 1,200.00 元 / 1,200.00 yuan."""
    return f"{value:,.2f} 元" if lang == "zh" else f"{value:,.2f} yuan"


def fmt_rate(value: float) -> str:
    """A yearly rate as a percentage with two decimals."""
    return f"{value * 100:.2f}%"


def blank(fld: LetterField, lang: str) -> str:
    """The marked blank left for a field with no value."""
    label = fld.label(lang)
    return f"【请填写：{label}】" if lang == "zh" else f"[fill in: {label}]"


def _shown(value: Any, lang: str) -> str:
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, dt.date):
        return fmt_date(value, lang)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return fmt_money(float(value), lang)
    return str(value)


def _body(pack: Pack, channel_id: str, lang: str) -> str:
    """The body a complaint goes to, as a sentence names it."""
    routes = pack.letter_routes
    if routes is None or channel_id not in routes.authority:
        return pack.channels[channel_id].name(lang)
    name = routes.authority[channel_id](lang)
    return "the " + name[4:] if lang == "en" and name.startswith("The ") else name


def _what(reason: str, lang: str) -> str:
    """The answer part of an engine reason (`label：answer`): what the collector did."""
    sep = "：" if lang == "zh" else ": "
    what = reason.split(sep, 1)[-1]
    if lang == "en" and what[1:2].islower():
        what = what[0].lower() + what[1:]  # mid-sentence after a colon
    return what


def context(
    pack: Pack,
    letter: Letter,
    lang: str,
    situation: Situation,
    given: Mapping[str, Any],
    cite: Callable[..., str],
) -> tuple[dict[str, Any], list[str], Plan | None]:
    """The template's data: fields (value or marked blank), the money, the plan, the flags."""
    answers = situation.answers
    result = situation.result
    values = {**defaults(pack, letter, situation), **given}
    fields: dict[str, str] = {}
    blanks: list[str] = []
    for name in needed_fields(pack, letter, situation):
        fld = pack.letter_fields[name]
        value = values.get(name)
        if value is None:
            blanks.append(name)
            fields[name] = blank(fld, lang)
        else:
            fields[name] = _shown(value, lang)

    plan = None
    plan_data: dict[str, Any] = {}
    if "monthly_offer" in letter.fields:
        plan = repayment_plan(situation, given.get("monthly_offer"))
        plan_data = {
            "pause": plan.pause,
            "monthly": fields.get("monthly_offer"),
            "lump": fmt_money(plan.lump, lang) if plan.lump else None,
            "basis": fmt_money(plan.basis, lang) if plan.basis is not None else None,
            "basis_kind": plan.basis_kind,
            "months": plan.months,
            "first": fmt_date(plan.first, lang),
            "shared": plan.shared,
            "court_first": situation.court_first,
            "court_share": situation.court_share,
        }

    money = result.money
    is_licensed = licensed(pack, answers)
    lines = [
        {
            "id": line.id,
            "title": line.title(lang),
            "rate": fmt_rate(line.rate),
            "exceeded": bool(line.exceeded),
            "applies": line.applies is True,
            "law": line.line.basis == "law",
        }
        for line in money.lines
        if not (is_licensed and line.line.basis == "law")  # 4×LPR binds private lending only
    ]
    principal = answers.get("principal_received")
    claimed = answers.get("amount_claimed")
    loan_type = answers.get("loan_type", "unknown")
    raised = {f.flag.id: f for f in result.flags}
    routes = pack.letter_routes
    conduct = []
    for flag_id, raised_flag in raised.items():
        if routes is None or flag_id not in routes.conduct:
            continue
        named = routes.conduct[flag_id]
        conduct.append(
            {
                "id": flag_id,
                "title": named.title(lang),
                "what": [_what(b(lang), lang) for b in raised_flag.because],
                "cite_ids": list(named.cites),
            }
        )
    police = routes is not None and bool(set(routes.police) & set(raised))
    deadline = None
    kind = {"defense": "defense", "payment-order-objection": "payment-order-objection"}.get(
        letter.id
    )
    for found in result.deadlines:
        if found.rule.kind == kind:
            deadline = {
                "date": fmt_date(found.date, lang),
                "days_left": found.days_left,
                "passed": found.passed,
                "status": found.status,
                "legal_last_day": fmt_date(found.last_day, lang),
            }
    contacts = answers.get("contact_kinds") or []
    data = {
        "lang": lang,
        "today": fmt_date(situation.today, lang),
        "f": fields,
        "loan_type": loan_type,
        "licensed": is_licensed,
        "days_overdue": answers.get("days_overdue"),
        "received": fmt_money(principal, lang) if principal is not None else None,
        "claimed": fmt_money(claimed, lang) if claimed is not None else None,
        "gap": fmt_money(claimed - principal, lang)
        if principal is not None and claimed is not None and claimed > principal
        else None,
        "instalment": fmt_money(answers["installment_amount"], lang)
        if answers.get("installment_amount") is not None
        else None,
        "instalments": answers.get("installments_total"),
        "apr": fmt_rate(money.rate.apr) if money.rate is not None else None,
        "lines": lines,
        "above_line": any(x["exceeded"] for x in lines),
        "plan": plan_data,
        "wants": list(answers.get("wants") or []),
        "income": fmt_money(answers["monthly_income"], lang)
        if answers.get("monthly_income") is not None
        else None,
        "expenses": fmt_money(answers["monthly_essential_expenses"], lang)
        if answers.get("monthly_essential_expenses") is not None
        else None,
        "hardship": list(answers.get("hardship_reasons") or []),
        "contacts": list(contacts),
        "behaviour": list(answers.get("collector_behaviour") or []),
        "assigned": "debt_assigned" in contacts,
        "agency": "third_party_agency" in contacts,
        "flags": list(raised),
        "conduct": conduct,
        "regulators": [_body(pack, c, lang) for c in regulators(pack, situation)],
        "regulator_ids": regulators(pack, situation),
        "police": police,
        "evidence": [dataclasses.asdict(e) for e in situation.evidence],
        "limitation_risk": limitation_risk(answers, situation.today),
        "deadline": deadline,
        "stage": result.stage.id,
        "money": lambda value: fmt_money(float(value), lang),
    }
    return data, blanks, plan


def render(
    pack: Pack,
    letter_id: str,
    lang: str,
    situation: Situation,
    given: Mapping[str, Any] | None = None,
) -> Rendered:
    """Render a letter in `lang`; a template fault is a ContentError naming the file."""
    from jinja2 import TemplateError

    letter = pack.letters[letter_id]
    name = f"letters/{letter_id}.{lang}.j2"
    source = pack.letter_templates[f"{letter_id}.{lang}"]
    cited: list[str] = []

    def cite(*ids: str) -> str:
        for excerpt_id in ids:
            if excerpt_id not in pack.laws:
                raise ContentError("letter_template_broken", file=name, reason=excerpt_id)
            if excerpt_id not in cited:
                cited.append(excerpt_id)
        return cite_labels(pack, ids, lang)

    used: list[Any] = []

    def practice_line() -> dict[str, str] | None:
        """The court-practice line for this kind of loan (title, rate), noted for its caution."""
        if not situation.practice:
            return None
        line = situation.practice[0]
        if line not in used:
            used.append(line)
        return {"title": line.title(lang), "rate": fmt_rate(line.rate)}

    data, blanks, plan = context(pack, letter, lang, situation, given or {}, cite)
    data["cite"] = cite
    data["cites"] = cite
    data["practice_line"] = practice_line
    held = _Held()
    try:
        text = _template(environment(held.hold), name, source).render(data)
    except TemplateError as exc:
        reason = getattr(exc, "message", None) or str(exc)
        raise ContentError("letter_template_broken", file=name, reason=reason) from None
    text = _tidy(text)
    # The letter's structure (titles, lists, tables) comes from the template alone: the values
    # it shows are held back as tokens while the lines are read, then put in as plain text.
    parts = tuple(held.restore_block(b) for b in blocks(text))
    return Rendered(
        letter, lang, held.restore(text), tuple(blanks), tuple(cited), plan, parts, tuple(used)
    )


# What may not stand in a letter's text: line breaks (a value stays on its line), other control
# characters (Word refuses them) and lone surrogates (bytes that were not UTF-8).
_BREAKS = re.compile(r"[\r\n\t\v\f\x1c-\x1f\x85\u2028\u2029]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ue000\ue001]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_TOKEN = re.compile("\ue000(\\d+)\ue001")


def plain_text(value: str) -> str:
    """A value as one line of printable text: breaks become spaces, control characters go,
    undecodable bytes show as U+FFFD."""
    value = _BREAKS.sub(" ", value)
    value = _CONTROLS.sub("", value)
    return _SURROGATES.sub("\ufffd", value)


class _Held:
    """Jinja's `finalize`: each text value becomes a token the line format cannot mistake."""

    def __init__(self) -> None:
        self.values: list[str] = []

    def hold(self, value: Any) -> Any:
        if not isinstance(value, str) or not value:
            return value  # numbers (an item's number) are the template's own
        self.values.append(plain_text(self.restore(value)))  # a {% set %} block holds tokens
        return f"\ue000{len(self.values) - 1}\ue001"

    def restore(self, text: str) -> str:
        return _TOKEN.sub(lambda m: self.values[int(m.group(1))], text)

    def restore_block(self, block: Block) -> Block:
        rows = tuple(tuple(self.restore(cell) for cell in row) for row in block.rows)
        return Block(block.kind, self.restore(block.text), rows)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


# ---- the line format -----------------------------------------------------------------------


def blocks(text: str) -> list[Block]:
    """Split rendered text into blocks: `# `, `## `, `1. `, `- `, `> `, `< `, `| … |`, paragraphs."""
    out: list[Block] = []
    rows: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if line.startswith("|") and line.endswith("|") and len(line) > 1:
            rows.append(tuple(cell.strip() for cell in line[1:-1].split("|")))
            continue
        if rows:
            out.append(Block("table", rows=tuple(rows)))
            rows = []
        if not line.strip():
            if out and out[-1].kind != "gap":
                out.append(Block("gap"))
        elif line.startswith("## "):
            out.append(Block("heading", line[3:].strip()))
        elif line.startswith("# "):
            out.append(Block("title", line[2:].strip()))
        elif line.startswith("> "):
            out.append(Block("right", line[2:].strip()))
        elif line.startswith(FLUSH):
            out.append(Block("flush", line[len(FLUSH) :].strip()))
        elif line.startswith("- "):
            out.append(Block("bullet", line[2:].strip()))
        elif _ITEM.match(line):
            out.append(Block("item", line.strip()))
        else:
            out.append(Block("para", line.strip()))
    if rows:
        out.append(Block("table", rows=tuple(rows)))
    while out and out[-1].kind == "gap":
        out.pop()
    return out
