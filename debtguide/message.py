"""Check a message a borrower received: match the pack's compiled cues, decide. No I/O.

The knowledge lives in the pack's `cues.yaml` (content.models.CueBook); content.cues compiles
it into safe regular expressions once and builds the three views of a message they run over
(zh, en, plain). This module runs them, maps what matched back to the text, and decides what
the message is and what is wrong with it.

Cues are literal phrases, words near each other within a bounded gap, or restricted
patterns that cannot backtrack catastrophically (see `content.cues.pattern_problem`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from debtguide.content.cues import VIEWS, _Views, compile_book
from debtguide.contract import ASSESSMENT_PRECEDENCE

if TYPE_CHECKING:
    from debtguide.content.models import Advice, ClaimRule, CueBook, Domains, Pack

MAX_CHARS = 1_000_000  # a message longer than this is checked up to here
SHORT_TEXT = 4_000  # up to this length, needles are looked for without a memo
EVIDENCE_MAX = 80


# ---- results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """A red flag or a signal found in the message, with the words that triggered it."""

    id: str
    evidence: str
    matches: tuple[str, ...]
    start: int


@dataclass(frozen=True)
class MessageResult:
    """What a message is and what is wrong with it."""

    stage_hint: str | None
    verdict: str
    flags: tuple[Finding, ...]
    signals: tuple[Finding, ...]
    stages: tuple[str, ...]  # every stage the message points to, most escalated first
    checked_chars: int
    truncated: bool
    claims: tuple[Finding, ...] = ()  # what the message claims, in the order of claims.yaml
    rules: tuple[str, ...] = ()  # the verdict rules that applied, in order
    believable: bool | None = None  # what the first deciding rule says of the message's claims
    court: str | None = None  # the court the message names ("海口市龙华区人民法院"), if any

    def flag_ids(self) -> list[str]:
        return [f.id for f in self.flags]

    def found(self) -> set[str]:
        """Ids of every flag, signal and claim found."""
        return {f.id for f in (*self.flags, *self.signals, *self.claims)}


# ---- deciding ----------------------------------------------------------------------------


def _clean(text: str) -> str:
    """Evidence fit for a terminal: no control characters, single spaces, bounded length."""
    out = "".join(
        " " if c.isspace() else c for c in text if unicodedata.category(c)[0] != "C" or c.isspace()
    )
    out = " ".join(out.split())
    return out if len(out) <= EVIDENCE_MAX else out[: EVIDENCE_MAX - 1] + "…"


_PAIRS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕", "「": "」", "“": "”", "《": "》"}


def _with_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span by the bracket just before it when the span holds its closer, or after."""
    if start > 0 and text[start - 1] in _PAIRS and _PAIRS[text[start - 1]] in text[start:end]:
        start -= 1
    closers = {v: k for k, v in _PAIRS.items()}
    if end < len(text) and text[end] in closers and closers[text[end]] in text[start:end]:
        end += 1
    return start, end


def analyse(book: CueBook, kinds: Mapping[str, str], text: str) -> MessageResult:
    """Check `text` against the cue book; `kinds` maps each flag id to its kind."""
    compiled = compile_book(book)
    truncated = len(text) > MAX_CHARS
    text = text[:MAX_CHARS]
    views = compiled.norm.views(text)

    present: dict[tuple[str, str], bool] = {}
    alphabet = {view: set(views.texts[view]) for view in VIEWS}

    def has(view: str, needle: str) -> bool:
        key = (view, needle)
        if key not in present:
            present[key] = alphabet[view].issuperset(needle) and needle in views.texts[view]
        return present[key]

    # A short message (nearly all of them) is searched directly: a substring test is cheaper
    # than the bookkeeping that saves rescanning a long text for every needle.
    short = len(text) <= SHORT_TEXT
    hits: dict[int, list[tuple[int, int]]] = {}
    for index, group in enumerate(compiled.groups):
        spans = []
        for rule in group.rules:
            haystack = views.texts[rule.view]
            if rule.needles:
                if short:
                    if not all(any(n in haystack for n in alts) for alts in rule.needles):
                        continue
                elif not all(any(has(rule.view, n) for n in alts) for alts in rule.needles):
                    continue
            match = rule.regex.search(haystack)
            if match and match.end() > match.start():
                spans.append(views.span(rule.view, match.start(), match.end()))
        if spans:
            hits[index] = spans

    groups = compiled.groups
    marks = _domain_marks(book.claims.domains, views) if book.claims is not None else {}
    plain = {
        groups[i].target
        for i in hits
        if groups[i].kind != "stage" and not groups[i].only_with and not groups[i].unless
    } | set(marks)
    accepted = {i for i in hits if not groups[i].only_with and not groups[i].unless}
    found = set(plain)
    changed = True
    while changed:
        changed = False
        for i in hits:
            group = groups[i]
            if i in accepted or group.unless & plain:
                continue
            if group.only_with and not group.only_with & found:
                continue
            accepted.add(i)
            if group.kind != "stage":
                found.add(group.target)
            changed = True

    by_target: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for i in sorted(accepted):
        by_target.setdefault((groups[i].kind, groups[i].target), []).extend(hits[i])

    def finding(target: str, spans: list[tuple[int, int]]) -> Finding:
        spans = sorted(set(spans))
        # A span inside another one adds nothing: keep the widest.
        spans = [
            (s, e)
            for s, e in spans
            if not any(o <= s and e <= c and (o, c) != (s, e) for o, c in spans)
        ]
        words: list[str] = []
        for start, end in spans:
            start, end = _with_brackets(text, start, end)
            word = _clean(text[start:end])
            if word and word not in words:
                words.append(word)
        return Finding(target, words[0] if words else "", tuple(words[:5]), spans[0][0])

    flags = {t: finding(t, s) for (k, t), s in by_target.items() if k == "flag"}
    signals = [finding(t, s) for (k, t), s in by_target.items() if k == "signal"]
    claims = {t: finding(t, s) for (k, t), s in by_target.items() if k == "claim"}
    fired: list[ClaimRuleHit] = []
    if book.claims is not None:
        for mark, spans in marks.items():
            if mark in book.claims.claims:
                claims[mark] = finding(mark, spans)
        order_of = {c: i for i, c in enumerate(book.claims.claims)}
        claims = dict(sorted(claims.items(), key=lambda kv: order_of.get(kv[0], len(order_of))))
        fired = _apply_rules(book, kinds, flags, {s.id: s for s in signals}, claims)

    flag_list = list(flags.values())
    order = list(book.verdict_order)
    kinds_present = {kinds.get(f.id) for f in flag_list}
    verdict = next((v for v in order if v in kinds_present), "ordinary")
    ruled = _ruled_verdict(fired)
    if ruled is not None and flag_list:
        verdict = ruled
    rank: dict[str, int] = {v: i for i, v in enumerate(order)}
    flag_list.sort(key=lambda f: (rank.get(kinds.get(f.id, ""), len(rank)), f.start))
    signals.sort(key=lambda f: f.start)

    stages = [s for s in ASSESSMENT_PRECEDENCE if ("stage", s) in by_target]
    # A rule that disbelieves the message's claims may say which stage it really shows,
    # unless a genuine-notice rule vouched for the message.
    doubted = next((h.rule.stage for h in fired if not h.rule.believable and h.rule.stage), None)
    if any(h.rule.clear for h in fired):
        doubted = None
    if verdict in book.stage_hint.none_for:
        hint = None
    elif doubted is not None:
        hint = doubted
    elif stages:
        hint = stages[0]
    elif shown := next((h.rule.stage for h in fired if h.rule.stage and h.rule.believable), None):
        hint = shown
    else:
        hint = book.stage_hint.default_for.get(verdict)  # type: ignore[call-overload]
    deciding = _deciding(fired)
    return MessageResult(
        stage_hint=hint,
        verdict=verdict,
        flags=tuple(flag_list),
        signals=tuple(signals),
        stages=tuple(stages),
        checked_chars=len(text),
        truncated=truncated,
        claims=tuple(claims.values()),
        rules=tuple(hit.rule.id for hit in fired),
        believable=deciding.rule.believable if deciding else None,
        court=court_named(text),
    )


# ---- the claims layer: web addresses and verdict rules -----------------------------------

_COURT = (
    "((?:[\u4e00-\u9fff]{1,5}(?:省|市|区|县|州|旗|盟)){1,3}[\u4e00-\u9fff]{0,6}?"
    "(?:中级人民法院|高级人民法院|人民法院|互联网法院|金融法院|法院))"
)


def court_named(text: str) -> str | None:
    """The first court a text names by its place (省/市/区/县 … 法院), if any."""
    if "法院" not in text:
        return None  # most messages: no need to compile the expression
    match = re.search(_COURT, text[:MAX_CHARS])
    if match is None:
        return None
    name = match.group(1)
    for lead in _LEAD_INS:
        if name.startswith(lead) and len(name) - len(lead) >= 4:
            name = name[len(lead) :]
            break
    while len(name) > 4 and name[0] in _NOT_A_PLACE:
        name = name[1:]
    return name


# Words before a court's name that are not part of it.
_LEAD_INS = ("这里是", "这边是", "我们是", "我是", "来自", "自称", "冒充", "来电")
_NOT_A_PLACE = set("已被向在由经到你您将把对从据的了是为及和与于")


_HOST = (
    r"(?<![a-z0-9.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}"
    r"(?:com|cn|net|org|gov|top|xyz|vip|cc|me|io|info|club|site|online|shop|ltd|app|link|icu"
    r"|wang|co|tk|ml|ga|cf|live|pro|biz|asia|hk|fun|work|ink|tech|store|cloud|xin|ren|kim"
    r"|red|love|mobi|tv|ws|pw|win|bid|vip|today|news|services|center|group))(?![a-z0-9-])"
)


def hosts(text: str) -> list[tuple[str, int, int]]:
    """Every web host in a text (already case folded), with where it is."""
    if "." not in text:
        return []  # no host without a dot: skip compiling the expression
    return [(m.group(1), m.start(1), m.end(1)) for m in re.finditer(_HOST, text)]


def is_official(domains: Domains, host: str) -> bool:
    """A host is official when it is one of the listed domains or lies under one."""
    return any(host == d or host.endswith("." + d) for d in domains.official)


def _domain_marks(domains: Domains, views: _Views) -> dict[str, list[tuple[int, int]]]:
    """official-link, lookalike-link and other-link, each with the spans of its hosts."""
    out: dict[str, list[tuple[int, int]]] = {}
    plain = views.texts["plain"]
    for host, start, end in hosts(plain):
        squeezed = host.replace(".", "").replace("-", "")
        if is_official(domains, host):
            mark = "official-link"
        elif any(word in squeezed for word in domains.lookalike_words):
            mark = "lookalike-link"
        else:
            mark = "other-link"
        out.setdefault(mark, []).append(views.span("plain", start, end))
    return out


@dataclass(frozen=True)
class ClaimRuleHit:
    """A verdict rule that applied, with the findings that made it apply."""

    rule: ClaimRule
    because: tuple[Finding, ...]


def _apply_rules(
    book: CueBook,
    kinds: Mapping[str, str],
    flags: dict[str, Finding],
    signals: Mapping[str, Finding],
    claims: Mapping[str, Finding],
) -> list[ClaimRuleHit]:
    """Apply the verdict rules in order: raise flags, or clear those a genuine notice cannot
    have. `flags` is changed in place; the rules that applied are returned."""
    assert book.claims is not None
    fired: list[ClaimRuleHit] = []
    for rule in book.claims.rules:
        found = {**signals, **claims, **flags}
        if not all(i in found for i in rule.when_all):
            continue
        if rule.when_any and not any(i in found for i in rule.when_any):
            continue
        if any(i in found for i in rule.when_none):
            continue
        because = tuple(found[i] for i in (*rule.when_all, *rule.when_any) if i in found)
        fired.append(ClaimRuleHit(rule, because))
        for flag_id in rule.raise_flags:
            if flag_id in flags or flag_id not in kinds:
                continue
            words: list[str] = []
            for f in because:
                words += [w for w in f.matches if w not in words]
            start = min((f.start for f in because), default=0)
            flags[flag_id] = Finding(flag_id, words[0] if words else "", tuple(words[:5]), start)
        if rule.clear:
            for flag_id in [f for f in flags if kinds.get(f) in rule.clear]:
                del flags[flag_id]
    return fired


def _ruled_verdict(fired: list[ClaimRuleHit]) -> str | None:
    """The verdict the first applying rule sets, unless a later rule cleared that verdict."""
    for i, hit in enumerate(fired):
        if hit.rule.verdict:
            cleared = any(hit.rule.verdict in later.rule.clear for later in fired[i + 1 :])
            return None if cleared else hit.rule.verdict
    return None


def _deciding(fired: list[ClaimRuleHit]) -> ClaimRuleHit | None:
    """The rule that says whether the message is believable: a genuine-notice rule first,
    then the first rule that finds it not believable, then the first that does."""
    for test in (
        lambda h: bool(h.rule.clear),
        lambda h: not h.rule.believable,
        lambda h: h.rule.believable,
    ):
        hit = next((h for h in fired if test(h)), None)
        if hit is not None:
            return hit
    return None


def deciding_rule(book: CueBook, result: MessageResult) -> ClaimRule | None:
    """The verdict rule that decides how believable the message's claims are."""
    if book.claims is None:
        return None
    rules = {r.id: r for r in book.claims.rules}
    hits = [ClaimRuleHit(rules[r], ()) for r in result.rules if r in rules]
    hit = _deciding(hits)
    return hit.rule if hit else None


def check(pack: Pack, text: str) -> MessageResult:
    """Check a message against a loaded pack: stage hint, red flags with evidence, verdict."""
    kinds = {flag_id: flag.kind for flag_id, flag in pack.flags.items()}
    return analyse(pack.cues, kinds, text)


def advice(book: CueBook, result: MessageResult) -> list[Advice]:
    """The next steps whose conditions the result meets, in the order of the cue book.

    An item applies when the verdict is one of `when_verdict` (if given) and, if it names
    findings or stages, when one of `when_found` was found or the stage hint is in `when_stage`.
    """
    found = result.found()
    out = []
    for item in book.advice:
        if item.when_verdict and result.verdict not in item.when_verdict:
            continue
        if item.when_found or item.when_stage:
            seen = bool(found & set(item.when_found)) or result.stage_hint in item.when_stage
            if not seen:
                continue
        out.append(item)
    return out


def report_channels(pack: Pack, result: MessageResult) -> list[str]:
    """Channel ids to report to, from the flags found, most useful first, without repeats."""
    out: list[str] = []
    for finding in result.flags:
        for channel in pack.flags[finding.id].report_to:
            if channel not in out:
                out.append(channel)
    return out
