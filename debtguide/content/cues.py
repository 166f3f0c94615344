"""The cue book compiled: safe regular expressions over three views of a message.

The content check compiles the book to find every bad cue (an unsafe pattern, a phrase with
nothing left to match), and the message check runs the compiled book (debtguide.message).
Views:

- `zh`: letters and digits only, after NFKD, case folding and the pack's character folds
  (traditional → simplified), with the pack's word folds applied; punctuation, spaces,
  emoji and control characters inserted between characters disappear;
- `en`: Latin-script words separated by spaces (Chinese characters count as spaces);
- `plain`: the text after NFKD and case folding, control characters removed.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from debtguide.content.models import CueBook, CueGroup

MAX_REPEAT = 100  # the largest {m,n} a pattern may use
MAX_COST = 2000  # product of the repeat ranges of one pattern
MAX_COST_UNANCHORED = 64  # the same, for a pattern that does not start with a literal
MAX_PATTERN = 300
VIEWS = ("zh", "en", "plain")


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
    try:
        import opencc
    except ImportError:  # a declared dependency: missing only from a broken install
        from debtguide.errors import ContentError

        raise ContentError("converter_missing", package="opencc") from None

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
