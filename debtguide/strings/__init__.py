"""The interface catalogue: every word the command line shows that is not in the content pack.

It is split by command group, one module per group, each a single dict literal `UI` of
key -> {"zh": …, "en": …}. A key lives in the part its first word routes to (`ROUTES`;
any other first word: `common`), so a command loads only the parts whose keys it looks up,
and a key cannot be defined in two parts: loading a part that holds a key routed elsewhere
is an error. Look keys up with `debtguide.i18n.t`; `catalogue()` merges every part (tests).
"""

from __future__ import annotations

import importlib

Entry = dict[str, str]
Table = dict[str, Entry]

# The parts, each a module of this package.
PARTS = ("common", "reference", "assess", "money", "letters", "message", "evidence", "data", "case")

# A key's first word (before the first "_") -> the part that defines it.
ROUTES: dict[str, str] = {
    **dict.fromkeys(
        ("claim", "fact", "col", "explain", "law", "laws", "sec", "stage", "stages", "unknown"),
        "reference",
    ),
    "see": "reference",
    **dict.fromkeys(
        ("answer", "answers", "assess", "fresh", "resume", "iv", "plan", "finding", "ics"),
        "assess",
    ),
    "message": "assess",
    "money": "money",
    "letter": "letters",
    "msg": "message",
    "log": "evidence",
    "forget": "data",
    **dict.fromkeys(("case", "cv", "rv", "px", "budget"), "case"),
}

_loaded: dict[str, Table] = {}


class CatalogueError(Exception):
    """A catalogue part holds a key that belongs to another part (or to none)."""


def part_of(key: str) -> str:
    """The part that defines `key`."""
    return ROUTES.get(key.partition("_")[0], "common")


def part(name: str) -> Table:
    """The table of part `name`, imported on first use; its keys must route to it."""
    table = _loaded.get(name)
    if table is None:
        table = importlib.import_module(f"{__name__}.{name}").UI
        stray = [key for key in table if part_of(key) != name]
        if stray:
            raise CatalogueError(f"debtguide.strings.{name} defines keys of other parts: {stray}")
        _loaded[name] = table
    return table


def entry(key: str) -> Entry:
    """The zh and en text of `key`; KeyError when its part does not define it."""
    return part(part_of(key))[key]


def catalogue() -> Table:
    """Every part merged into one table (each key is in exactly one part)."""
    merged: Table = {}
    for name in PARTS:
        merged.update(part(name))
    return merged
