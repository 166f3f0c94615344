"""The situation and the letter fields → the text of a letter, from sandboxed templates. Pure.

A template is content (content/<pack>/letters/<id>.<lang>.j2). It is rendered by Jinja2 in a
sandbox (the environment of content/templates.py, so that what the content check passes the
letters can render); whatever the user typed reaches it as data, never as template source. The
result is plain text in the line format of letters/lines.py, which the writers turn into .txt,
.md or .docx.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from debtguide.content.models import Letter, Pack
from debtguide.content.templates import environment
from debtguide.errors import ContentError
from debtguide.letters.fields import defaults, needed_fields
from debtguide.letters.lines import Block, blocks, plain_text
from debtguide.letters.situation import (
    Plan,
    Situation,
    licensed,
    limitation_risk,
    regulators,
    repayment_plan,
)
from debtguide.letters.wording import blank, cite_labels, fmt_date, fmt_money, fmt_value
from debtguide.money.figures import pct

# A held value's token: digits between two lone surrogates. No value can hold one (plain_text
# turns surrogates into U+FFFD), while private-use characters, which GB18030 uses for some rare
# characters of names, stay as typed.
_OPEN, _CLOSE = "\ud800", "\udfff"
_TOKEN = re.compile(f"{_OPEN}(\\d+){_CLOSE}")


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


def _fields(
    pack: Pack, letter: Letter, lang: str, situation: Situation, given: Mapping[str, Any]
) -> tuple[dict[str, str], list[str]]:
    """Each field the letter needs, as shown (its value, or a marked blank), and the blanks."""
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
            fields[name] = fmt_value(value, lang)
    return fields, blanks


def _plan(
    letter: Letter,
    lang: str,
    situation: Situation,
    given: Mapping[str, Any],
    fields: Mapping[str, str],
) -> tuple[Plan | None, dict[str, Any]]:
    """The repayment offer, and what the template shows of it (empty without an offer)."""
    if "monthly_offer" not in letter.fields:
        return None, {}
    plan = repayment_plan(situation, given.get("monthly_offer"))
    return plan, {
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


def _rate_lines(pack: Pack, lang: str, situation: Situation) -> list[dict[str, Any]]:
    """The legal rate lines compared with the loan's rate, as the template shows them."""
    is_licensed = licensed(pack, situation.answers)
    return [
        {
            "id": line.id,
            "title": line.title(lang),
            "rate": pct(line.rate),
            "exceeded": bool(line.exceeded),
            "applies": line.applies is True,
            "law": line.line.basis == "law",
        }
        for line in situation.result.money.lines
        if not (is_licensed and line.line.basis == "law")  # 4×LPR binds private lending only
    ]


def _conduct(pack: Pack, lang: str, situation: Situation) -> list[dict[str, Any]]:
    """The collector's conduct the letter names: each raised flag routes.yaml has words for."""
    routes = pack.letter_routes
    conduct = []
    for flag_id, raised_flag in {f.flag.id: f for f in situation.result.flags}.items():
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
    return conduct


# The letters that answer a court deadline of the same name (contract.DeadlineKind)
_ANSWERS_A_DEADLINE = frozenset({"defense", "payment-order-objection"})


def _deadline(letter: Letter, lang: str, situation: Situation) -> dict[str, Any] | None:
    """The court deadline a defence or an objection to a payment order must meet, if found."""
    if letter.id not in _ANSWERS_A_DEADLINE:
        return None
    deadline = None
    for found in situation.result.deadlines:
        if found.rule.kind == letter.id:
            deadline = {
                "date": fmt_date(found.date, lang),
                "days_left": found.days_left,
                "passed": found.passed,
                "status": found.status,
                "legal_last_day": fmt_date(found.last_day, lang),
            }
    return deadline


def _amount(answers: Mapping[str, Any], key: str, lang: str) -> str | None:
    value = answers.get(key)
    return fmt_money(value, lang) if value is not None else None


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
    fields, blanks = _fields(pack, letter, lang, situation, given)
    plan, plan_data = _plan(letter, lang, situation, given, fields)
    lines = _rate_lines(pack, lang, situation)
    principal = answers.get("principal_received")
    claimed = answers.get("amount_claimed")
    raised = list(dict.fromkeys(f.flag.id for f in result.flags))
    routes = pack.letter_routes
    contacts = answers.get("contact_kinds") or []
    rate = result.money.rate
    data = {
        "lang": lang,
        "today": fmt_date(situation.today, lang),
        "f": fields,
        "loan_type": answers.get("loan_type", "unknown"),
        "licensed": licensed(pack, answers),
        "days_overdue": answers.get("days_overdue"),
        "received": _amount(answers, "principal_received", lang),
        "claimed": _amount(answers, "amount_claimed", lang),
        "gap": fmt_money(claimed - principal, lang)
        if principal is not None and claimed is not None and claimed > principal
        else None,
        "repaid": _amount(answers, "amount_repaid", lang),
        # repaid plus claimed, beyond the money actually received (money/view.py)
        "paid_over": fmt_money(over, lang) if (over := result.money.over_received) else None,
        "instalment": _amount(answers, "installment_amount", lang),
        "instalments": answers.get("installments_total"),
        "apr": pct(rate.apr) if rate is not None else None,
        "lines": lines,
        "above_line": any(x["exceeded"] for x in lines),
        "plan": plan_data,
        "wants": list(answers.get("wants") or []),
        "income": _amount(answers, "monthly_income", lang),
        "expenses": _amount(answers, "monthly_essential_expenses", lang),
        "hardship": list(answers.get("hardship_reasons") or []),
        "contacts": list(contacts),
        "behaviour": list(answers.get("collector_behaviour") or []),
        "assigned": "debt_assigned" in contacts,
        "agency": "third_party_agency" in contacts,
        "flags": raised,
        "conduct": _conduct(pack, lang, situation),
        "regulators": [_body(pack, c, lang) for c in regulators(pack, situation)],
        "regulator_ids": regulators(pack, situation),
        "police": routes is not None and bool(set(routes.police) & set(raised)),
        "evidence": [dataclasses.asdict(e) for e in situation.evidence],
        "limitation_risk": limitation_risk(answers, situation.today),
        "deadline": _deadline(letter, lang, situation),
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
        return {"title": line.title(lang), "rate": pct(line.rate)}

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


class _Held:
    """Jinja's `finalize`: each text value becomes a token the line format cannot mistake."""

    def __init__(self) -> None:
        self.values: list[str] = []

    def hold(self, value: Any) -> Any:
        if not isinstance(value, str) or not value:
            return value  # numbers (an item's number) are the template's own
        self.values.append(plain_text(self.restore(value)))  # a {% set %} block holds tokens
        return f"{_OPEN}{len(self.values) - 1}{_CLOSE}"

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
