"""The one console and the one JSON writer every output goes through (light: no content
models, so commands that load no pack start fast)."""

from __future__ import annotations

import os
import re
import sys
from typing import IO, TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from rich.console import Console


def console(stderr: bool = False) -> Console:
    """Make a console at call time, so tests and NO_COLOR settings apply; Chinese text breaks
    between characters (cjkwrap). Output that is not decorated (a pipe, a file) loses the
    spaces Rich pads its lines with."""
    from rich.console import Console

    from debtguide.render.cjkwrap import install

    install()
    out = Console(stderr=stderr, highlight=False, soft_wrap=False)
    stream = sys.stderr if stderr else sys.stdout
    if decorated(out) or stream is None:
        return out
    trimmed = cast("IO[str]", _TrimmedLines(stream))
    return Console(stderr=stderr, file=trimmed, highlight=False, soft_wrap=False)


def decorated(out: Console) -> bool:
    """Whether `out` gets boxes, bordered tables and rules: on a terminal, as Rich tells one
    (TTY_COMPATIBLE and FORCE_COLOR count), unless DEBTGUIDE_PLAIN is 1 (plain everywhere) or
    0 (decorated everywhere). STYLE: output is decorated only on a terminal."""
    setting = os.environ.get("DEBTGUIDE_PLAIN", "").strip()
    if setting in ("0", "1"):
        return setting == "0"
    return out.is_terminal


# Spaces at the end of a line, before any colour codes that close it.
_TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)(?=\n)")


class _TrimmedLines:
    """A text stream that writes through to `stream` without the spaces at the end of each
    line (Rich pads lines to the width; a file or the next program has no use for them)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(_TRAILING.sub(r"\1", text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, encoding, fileno…
        return getattr(self._stream, name)


def print_json(data: Any) -> None:
    """Write one JSON document to stdout: as UTF-8 text where stdout can show it, else with
    \\u escapes (an ASCII or GBK stream would otherwise print `?` for what it cannot encode)."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=2)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeError, LookupError, TypeError):
        text = json.dumps(data, indent=2)
    sys.stdout.write(text + "\n")


# What a terminal that cannot show them gets instead of the typographic characters we print.
_PLAIN = {
    "—": "-", "–": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "...", "〔": "[",
    "〕": "]", "•": "*", "✗": "x", "✓": "v", "⚠": "!", "⚑": "!", "→": "->", "≥": ">=",
    "≤": "<=", "×": "x", "·": "-", "（": "(", "）": ")", "，": ",", "：": ":", "；": ";",
    "。": ".", "、": ",", "！": "!", "？": "?", "《": "<", "》": ">", "\u3000": " ",
    "─": "-", "━": "=",
}  # fmt: skip


def _plain_or_question_mark(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: an ASCII look-alike for what the stream cannot encode, else '?'."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_PLAIN.get(c, "?") for c in bad), error.end


def fit_output_streams() -> None:
    """Let stdout and stderr write what their encoding cannot hold instead of failing.

    On an ASCII, Latin-1 or GBK terminal (PYTHONIOENCODING=ascii, an old locale…) Python
    raises UnicodeEncodeError at the first character the encoding lacks (Chinese, a
    typographic quote, an emoji); print a look-alike or '?' instead. UTF streams are left alone.
    A UTF-8 standard input keeps bytes that are not UTF-8 as escapes, for the interview to
    decode as GB18030 (userfile.escaped_text) instead of failing.
    """
    import codecs

    try:  # typed bytes that are not UTF-8 (a GBK terminal) reach the interview as escapes
        if sys.stdin is not None and codecs.lookup(sys.stdin.encoding).name == "utf-8":
            sys.stdin.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
    except (AttributeError, LookupError, TypeError, ValueError):
        pass
    for stream in (sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        try:
            name = codecs.lookup(stream.encoding).name
        except (LookupError, TypeError):
            continue
        if name.startswith("utf") or name == "gb18030":  # these encode every character
            continue
        codecs.register_error("debtguide-plain", _plain_or_question_mark)
        stream.reconfigure(errors="debtguide-plain")


class _Later:
    """A console made on first use: a command that may print nothing through Rich (JSON on
    stdout, no interview, no message on stderr) never imports it."""

    def __init__(self, stderr: bool) -> None:
        self._stderr = stderr
        self._made: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._made is None:
            self._made = console(self._stderr)
        return getattr(self._made, name)


def later(stderr: bool = False) -> Console:
    """A console that is made when it is first used (see `_Later`)."""
    return _Later(stderr)  # type: ignore[return-value]  # it forwards every attribute
