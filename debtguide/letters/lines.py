"""The line format a letter template writes and the writers read. Pure.

`# title`, `## heading`, `1. request`, `- item`, `> right`, `< flush left`, `| table | row |`
and paragraphs; `blocks()` splits a rendered letter into these pieces, and `plain_text()`
keeps what the user typed to one printable line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ITEM = re.compile(r"^(\d+\. |\d+、)")
FLUSH = "< "  # a line set flush left: a salutation, 敬礼, the court after 此致


@dataclass(frozen=True)
class Block:
    """A piece of a letter: title, heading, para, flush, item, bullet, right, table or gap."""

    kind: str
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


# What may not stand in a letter's text: line breaks (a value stays on its line), other control
# characters (Word refuses them) and lone surrogates (bytes that were not UTF-8).
_BREAKS = re.compile(r"[\r\n\t\v\f\x1c-\x1f\x85\u2028\u2029]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def plain_text(value: str) -> str:
    """A value as one line of printable text: breaks become spaces, control characters go,
    undecodable bytes show as U+FFFD."""
    value = _BREAKS.sub(" ", value)
    value = _CONTROLS.sub("", value)
    return _SURROGATES.sub("\ufffd", value)


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
