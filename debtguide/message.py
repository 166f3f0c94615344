"""Check a message a borrower received: normalise it, match the pack's cues, decide. No I/O.

The knowledge lives in the pack's `cues.yaml` (models.CueBook). This module turns it into
safe regular expressions once, and runs them over three views of the message:

- `zh`: letters and digits only, after NFKD, case folding and the pack's character folds
  (traditional → simplified), with the pack's word folds applied; punctuation, spaces,
  emoji and control characters inserted between characters disappear;
- `en`: Latin-script words separated by spaces (Chinese characters count as spaces);
- `plain`: the text after NFKD and case folding, control characters removed.

Full-width letters and digits fold to ASCII under NFKD as under NFKC; NFKD is used because
it works character by character, which lets a match be mapped back to the original text.

Cues are literal phrases, words near each other within a bounded gap, or restricted
patterns that cannot backtrack catastrophically (see `pattern_problem`).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from debtguide.contract import ASSESSMENT_PRECEDENCE

if TYPE_CHECKING:
    from debtguide.content.models import Advice, ClaimRule, CueBook, CueGroup, Domains, Pack

MAX_CHARS = 1_000_000  # a message longer than this is checked up to here
MAX_REPEAT = 100  # the largest {m,n} a pattern may use
MAX_COST = 2000  # product of the repeat ranges of one pattern
MAX_COST_UNANCHORED = 64  # the same, for a pattern that does not start with a literal
MAX_PATTERN = 300
EVIDENCE_MAX = 80
VIEWS = ("zh", "en", "plain")


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


class CueProblem(Exception):
    """The cue book cannot be compiled; `problems` holds (path in the YAML, message) pairs."""

    def __init__(self, problems: list[tuple[tuple[str | int, ...], str]]) -> None:
        super().__init__("; ".join(f"{'.'.join(map(str, p))}: {m}" for p, m in problems))
        self.problems = problems


# ---- normalisation -----------------------------------------------------------------------


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_CJK_RE = re.compile(f"[{_CJK}]")
_NOT_WORD = re.compile(r"[\W_]")  # dropped from the zh view
_NOT_LATIN_WORD = re.compile(f"[\\W_{_CJK}]")  # a space in the en view
_INVISIBLE = re.compile(  # control and format characters: dropped from the plain view
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
_SPACE = re.compile(r"\s")
BLOCK = 256  # characters per block when mapping a view position back to the text


def _is_cjk(ch: str) -> bool:
    return _CJK_RE.match(ch) is not None


_CONVERTED: dict[str, dict[str, str]] = {}
# The CJK blocks whose characters the converter's table covers.
_CONVERT_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


def converter_table(name: str) -> dict[str, str]:
    """Each character the converter changes into one other character (traditional → simplified).

    Built once per process from the converter's own dictionaries; the pack cache stores the
    result with the cue book, so checking a message never imports the converter.
    """
    if name in _CONVERTED:
        return _CONVERTED[name]
    if name != "opencc-t2s":
        raise ValueError(f"unknown converter '{name}'")
    import opencc

    convert = opencc.OpenCC("t2s").convert
    chars = [chr(c) for lo, hi in _CONVERT_RANGES for c in range(lo, hi)]
    out = convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # pragma: no cover - the converter keeps line breaks
        out = [convert(c) for c in chars]
    table = {a: b for a, b in zip(chars, out, strict=True) if len(b) == 1 and a != b}
    _CONVERTED[name] = table
    return table


class _Normaliser:
    """Folds text the way the cue book says: NFKD, case folding, characters, then words."""

    def __init__(self, chars: Mapping[str, str], words: Mapping[str, str]) -> None:
        table: dict[int, str] = {}
        for key, value in chars.items():
            folded = self._base(value)
            for k in self._base(key):
                if k != folded:
                    table[ord(k)] = folded
        self.table = table
        self.words: dict[str, str] = {}
        self.words_re: re.Pattern[str] | None = None
        for key, value in words.items():
            form = self.zh(key)
            if form:
                self.words[form] = self.zh(value)
        keys = sorted(self.words, key=len, reverse=True)
        self.words_re = re.compile("|".join(map(re.escape, keys))) if keys else None

    @staticmethod
    def _base(text: str) -> str:
        # NFKD (not NFKC): it works character by character, so a block of text folds to
        # exactly the characters its characters fold to, and positions can be mapped back.
        return unicodedata.normalize("NFKD", text).casefold()

    def fold(self, text: str) -> str:
        return self._base(text).translate(self.table)

    @staticmethod
    def view_of(view: str, folded: str) -> str:
        if view == "zh":
            return _NOT_WORD.sub("", folded)
        if view == "en":
            return _NOT_LATIN_WORD.sub(" ", folded)
        return _SPACE.sub(" ", _INVISIBLE.sub("", folded))

    def views(self, text: str) -> _Views:
        return _Views(self, text)

    def zh(self, text: str) -> str:
        """A cue phrase as the zh view sees it (word folds included)."""
        out = self.view_of("zh", self.fold(text))
        if self.words_re is not None:
            out = self.words_re.sub(lambda m: self.words[m.group()], out)
        return out

    def en(self, text: str) -> str:
        """A cue phrase as the en view sees it."""
        return " ".join(self.view_of("en", self.fold(text)).split())


class _Views:
    """The three views of one text, and how to map a match back to the original text.

    Views are built block by block with C-speed string operations; a position is mapped back
    by finding its block and walking at most BLOCK characters, so only matches cost Python time.
    """

    def __init__(self, norm: _Normaliser, text: str) -> None:
        self.text = text
        self.norm = norm
        pieces: dict[str, list[str]] = {v: [] for v in VIEWS}
        self.offsets: dict[str, array] = {v: array("q") for v in VIEWS}
        totals = dict.fromkeys(VIEWS, 0)
        for b in range(0, len(text), BLOCK):
            folded = norm.fold(text[b : b + BLOCK])
            for view in VIEWS:
                piece = norm.view_of(view, folded)
                self.offsets[view].append(totals[view])
                totals[view] += len(piece)
                pieces[view].append(piece)
        self.texts = {v: "".join(pieces[v]) for v in VIEWS}
        # Word folds rewrite the zh view; remember each rewrite to map positions back.
        self.folds: array = array("q")  # per rewrite: new start, raw start, new len, raw len
        self.fold_starts: array = array("q")
        if norm.words_re is not None:
            self.texts["zh"] = self._fold(norm, self.texts["zh"])

    def _fold(self, norm: _Normaliser, raw: str) -> str:
        assert norm.words_re is not None
        pieces: list[str] = []
        last = 0
        shift = 0
        for m in norm.words_re.finditer(raw):
            repl = norm.words[m.group()]
            pieces += [raw[last : m.start()], repl]
            new_start = m.start() + shift
            self.fold_starts.append(new_start)
            self.folds.extend((new_start, m.start(), len(repl), m.end() - m.start()))
            shift += len(repl) - (m.end() - m.start())
            last = m.end()
        if not pieces:
            return raw
        pieces.append(raw[last:])
        return "".join(pieces)

    def _unfold(self, pos: int, last: bool = False) -> int:
        """A position in the folded zh view → the same place in the raw zh view (for the last
        character of a match, a folded word maps to the last character it replaced)."""
        from bisect import bisect_right

        i = bisect_right(self.fold_starts, pos) - 1
        if i < 0:
            return pos
        new_start, raw_start, new_len, raw_len = self.folds[4 * i : 4 * i + 4]
        if pos < new_start + new_len:
            if last and pos == new_start + new_len - 1:
                return raw_start + raw_len - 1
            return raw_start + min(pos - new_start, raw_len - 1)
        return pos - (new_start + new_len) + raw_start + raw_len

    def origin(self, view: str, pos: int, last: bool = False) -> int:
        """The index in the original text of the character at `pos` in a view."""
        from bisect import bisect_right

        if view == "zh" and self.fold_starts:
            pos = self._unfold(pos, last)
        offsets = self.offsets[view]
        block = bisect_right(offsets, pos) - 1
        count = offsets[block]
        start = block * BLOCK
        stop = min(start + BLOCK, len(self.text))
        for i in range(start, stop):
            count += len(self.norm.view_of(view, self.norm.fold(self.text[i])))
            if count > pos:
                return i
        return stop - 1

    def span(self, view: str, start: int, end: int) -> tuple[int, int]:
        """Map a match in a view back to a span of the original text."""
        return self.origin(view, start), self.origin(view, end - 1, last=True) + 1


# ---- pattern safety ----------------------------------------------------------------------


def _sre():
    try:
        from re import _constants as constants
        from re import _parser as parser
    except ImportError:  # pragma: no cover - Python < 3.11 names
        import sre_constants as constants  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
    return parser, constants


_SIMPLE = {"LITERAL", "NOT_LITERAL", "ANY", "IN", "AT", "CATEGORY"}


def pattern_problem(pattern: str) -> str | None:
    """Return why a cue pattern is unsafe or invalid, or None when it may be used.

    Allowed: literals, character classes, `.`, anchors, groups and alternation, and bounded
    repeats `{m,n}` with n ≤ 100 that are not nested. Not allowed: `*`, `+`, `{m,}`, nested
    repeats, backreferences, lookarounds, conditionals. The product of the repeat ranges
    must stay small, smaller still when the pattern does not start with a literal.
    """
    if len(pattern) > MAX_PATTERN:
        return f"pattern is longer than {MAX_PATTERN} characters"
    parser, constants = _sre()
    try:
        tree = parser.parse(pattern)
        re.compile(pattern, re.S)  # the flags _Rule.regex uses: its compile is then a cache hit
    except (re.error, RecursionError, OverflowError) as exc:
        return f"not a valid pattern ({exc})"
    cost = [1]

    def walk(items: Iterable, in_repeat: bool) -> str | None:
        for op, av in items:
            name = str(op)
            if name in _SIMPLE:
                continue
            if name == "SUBPATTERN":
                problem = walk(av[-1], in_repeat)
            elif name == "BRANCH":
                problem = next((p for b in av[1] if (p := walk(b, in_repeat))), None)
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, high, body = av
                if high == constants.MAXREPEAT:
                    return "unbounded repeat (*, + or {m,}); use {m,n} with n ≤ 100"
                if high > MAX_REPEAT:
                    return f"repeat {{{low},{high}}} is larger than {MAX_REPEAT}"
                if in_repeat:
                    return "nested repeat (a repeat inside a repeat)"
                cost[0] *= high - low + 1
                problem = walk(body, True)
            else:
                return f"{name.lower()} is not allowed (no backreferences or lookarounds)"
            if problem:
                return problem
        return None

    problem = walk(tree, False)
    if problem:
        return problem
    limit = MAX_COST if _starts_literal(list(tree)) else MAX_COST_UNANCHORED
    if cost[0] > limit:
        return f"too many ways to match (repeat ranges multiply to {cost[0]} > {limit})"
    return None


def _starts_literal(items: list) -> bool:
    if not items:
        return False
    op, av = items[0]
    name = str(op)
    if name in ("LITERAL", "AT"):
        return True
    if name == "SUBPATTERN":
        return _starts_literal(list(av[-1]))
    if name == "BRANCH":
        return all(_starts_literal(list(b)) for b in av[1])
    if name == "IN":
        return all(str(o) == "LITERAL" for o, _ in av)
    return False


# ---- compiling the cue book --------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    view: str
    pattern: str
    needles: tuple[tuple[str, ...], ...]  # each part needs one of these in the view first

    @cached_property
    def regex(self) -> re.Pattern[str]:
        # Compiled on first use: the needles of most rules are absent from a given message, and
        # compiling all of the book's hundreds of regexes would take most of a check's time.
        return re.compile(self.pattern, re.S)


@dataclass(frozen=True)
class _Group:
    kind: str  # flag | signal | stage
    target: str
    rules: tuple[_Rule, ...]
    only_with: frozenset[str]
    unless: frozenset[str]


class _Compiled:
    def __init__(self, norm: _Normaliser, groups: list[_Group]) -> None:
        self.norm = norm
        self.groups = groups


_CACHE: dict[int, tuple[CueBook, _Compiled]] = {}


def _alternatives(words: str | list[str]) -> list[str]:
    return [words] if isinstance(words, str) else list(words)


def _compile_cue(norm: _Normaliser, cue: object) -> _Rule:
    from debtguide.content.models import Near, Pattern

    if isinstance(cue, Pattern):
        problem = pattern_problem(cue.pattern)
        if problem:
            raise ValueError(problem)
        return _Rule(cue.view, cue.pattern, _pattern_needles(cue.pattern))
    parts = [_alternatives(p) for p in cue.near] if isinstance(cue, Near) else [[str(cue)]]
    within = cue.within if isinstance(cue, Near) else 0
    chinese = any(_is_cjk(c) for alts in parts for a in alts for c in norm.zh(a))
    view = "zh" if chinese else "en"
    folded: list[list[str]] = []
    for alts in parts:
        forms = []
        for alt in alts:
            form = norm.zh(alt) if chinese else norm.en(alt)
            if not form:
                raise ValueError(f"'{alt}' has no letters or digits left to match")
            if form not in forms:
                forms.append(form)
        folded.append(sorted(forms, key=len, reverse=True))
    pieces = []
    for forms in folded:
        alt = "|".join(map(re.escape, forms))
        if not chinese:
            alt = alt.replace(r"\ ", " ++")
        pieces.append(f"(?:{alt})" if chinese else rf"(?<!\w)(?:{alt})(?!\w)")
    regex = f".{{0,{within}}}?".join(pieces)
    # Needles: what must occur in the view before the regex is worth running. English words
    # may be separated by several spaces there, so the needle is the longest word.
    needles = tuple(
        tuple(f if chinese else max(f.split(), key=len) for f in forms) for forms in folded
    )
    return _Rule(view, regex, needles)


def _literal_run(items: list) -> str:
    """The literal characters a parsed pattern starts with ('' when it starts otherwise)."""
    out = []
    for op, av in items:
        if str(op) != "LITERAL":
            break
        out.append(chr(av))
    return "".join(out)


def _pattern_needles(pattern: str) -> tuple[tuple[str, ...], ...]:
    """What must occur in the view for a (safe) pattern to match: the literal it starts with,
    or one of the literals its first alternation starts with; () when there is none.

    Skipping a pattern whose needle is absent saves compiling it, as for phrase cues."""
    parser, _ = _sre()
    items = [i for i in parser.parse(pattern) if str(i[0]) != "AT"]
    if not items:
        return ()
    run = _literal_run(items)
    if run:
        return ((run,),)
    op, av = items[0]
    name = str(op)
    if name == "SUBPATTERN":
        return _pattern_needles_of(list(av[-1]))
    return _pattern_needles_of(items)


def _pattern_needles_of(items: list) -> tuple[tuple[str, ...], ...]:
    run = _literal_run(items)
    if run:
        return ((run,),)
    op, av = items[0]
    name = str(op)
    if name == "BRANCH":
        runs = tuple(_literal_run(list(branch)) for branch in av[1])
        return (runs,) if all(runs) else ()
    if name == "IN" and all(str(o) == "LITERAL" for o, _ in av):
        return (tuple(chr(v) for _, v in av),)
    return ()


Loc = tuple[str | int, ...]


def _groups(book: CueBook) -> Iterable[tuple[str, str, Loc, CueGroup]]:
    for flag_id, groups in book.flags.items():
        for i, group in enumerate(groups):
            yield "flag", flag_id, ("flags", flag_id, i), group
    for signal_id, signal in book.signals.items():
        for i, group in enumerate(signal.groups):
            yield "signal", signal_id, ("signals", signal_id, "groups", i), group
    for stage_id, groups in book.stages.items():
        for i, group in enumerate(groups):
            yield "stage", stage_id, ("stages", stage_id, i), group
    if book.claims is not None:
        for claim_id, claim in book.claims.claims.items():
            for i, group in enumerate(claim.groups):
                yield "claim", claim_id, ("claims", claim_id, "groups", i), group


def fold_chars(book: CueBook) -> dict[str, str]:
    """The character folds in force: the converter's table, then the pack's own variants."""
    table = dict(book.fold.table)
    if book.fold.converter and not table:
        table = dict(converter_table(book.fold.converter))
    table.update(book.fold.chars)
    return table


def adopt(book: CueBook, compiled: object) -> bool:
    """Use a compiled cue book read from the cache for `book`; False if it is not one."""
    if not isinstance(compiled, _Compiled):
        return False
    _CACHE[id(book)] = (book, compiled)
    return True


def compile_book(book: CueBook) -> _Compiled:
    """Compile the cue book once (cached); raise CueProblem listing every bad cue."""
    cached = _CACHE.get(id(book))
    if cached is not None and cached[0] is book:
        return cached[1]
    problems: list[tuple[Loc, str]] = []
    norm = _Normaliser(fold_chars(book), book.fold.words)
    groups: list[_Group] = []
    for kind, target, loc, group in _groups(book):
        rules = []
        for j, cue in enumerate(group.cues):
            try:
                rules.append(_compile_cue(norm, cue))
            except ValueError as exc:
                problems.append(((*loc, "cues", j), str(exc)))
        groups.append(
            _Group(kind, target, tuple(rules), frozenset(group.only_with), frozenset(group.unless))
        )
    if problems:
        raise CueProblem(problems)
    compiled = _Compiled(norm, groups)
    _CACHE[id(book)] = (book, compiled)
    return compiled


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
            letters = alphabet[view]
            present[key] = all(c in letters for c in needle) and needle in views.texts[view]
        return present[key]

    hits: dict[int, list[tuple[int, int]]] = {}
    for index, group in enumerate(compiled.groups):
        spans = []
        for rule in group.rules:
            haystack = views.texts[rule.view]
            if rule.needles and not all(
                any(has(rule.view, n) for n in alts) for alts in rule.needles
            ):
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
    if verdict in book.stage_hint.none_for:
        hint = None
    elif stages:
        hint = stages[0]
    elif (shown := next((h.rule.stage for h in fired if h.rule.stage), None)) is not None:
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
