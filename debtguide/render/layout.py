"""Boxes on a terminal, plain lines elsewhere: what a panel, a bordered table or a rule
becomes when the output goes to a file or another program (STYLE: output is decorated only
on a terminal). The choice is made when the output is drawn (render.console.decorated)."""

from __future__ import annotations

import copy
from typing import Any

from rich.box import Box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from debtguide.render.console import decorated


class Decorated:
    """Draw `boxed` on a terminal and `plain` anywhere else."""

    def __init__(self, boxed: RenderableType, plain: RenderableType) -> None:
        self.boxed, self.plain = boxed, plain

    def _pick(self, console: Console) -> RenderableType:
        return self.boxed if decorated(console) else self.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self._pick(console)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self._pick(console))


def panel(
    body: RenderableType,
    title: str | None = None,
    quote: bool = False,
    space: bool = False,
    **options: Any,
) -> RenderableType:
    """A Panel on a terminal; elsewhere its title on a line of its own, then its body,
    indented when it is a quotation, and a blank line after it with `space` (where the text
    that follows starts without one)."""
    boxed = Panel(body, title=title, **options)
    shown = Padding(body, (0, 0, 1 if space else 0, 2 if quote else 0))
    plain = Group(Text(title, style="bold"), shown) if title else shown
    return Decorated(boxed, plain)


def rule() -> RenderableType:
    """A dim line across the terminal; an empty line elsewhere."""
    return Decorated(Rule(style="dim"), Text())


class _Underlined:
    """A title with a line of `=` under it, no wider than the title or the page."""

    def __init__(self, title: str) -> None:
        self.title = title

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text(self.title, style="bold")
        yield Text("=" * min(cell_len(self.title), options.max_width), style="bold")


def banner(title: str) -> RenderableType:
    """A heading that divides a long output into parts: between heavy rules on a terminal,
    underlined elsewhere; a blank line before it."""
    boxed = Text("━" * 3 + " " + title + " " + "━" * 3, style="bold magenta")
    return Padding(Decorated(boxed, _Underlined(title)), (1, 0, 0, 0))


# Elsewhere a table keeps its columns, with a line of dashes under the headings and no borders.
_DASHED_HEAD = Box(
    "    \n"  # top
    "    \n"  # heading row: the column gap is a space
    " -  \n"  # under the headings: dashes, a space between columns
    "    \n"  # between rows
    "    \n"  # row
    "    \n"  # above a footer
    "    \n"  # footer row
    "    \n",  # bottom
    ascii=True,
)


def columns(table: Table) -> RenderableType:
    """A bordered table on a terminal; elsewhere the same columns, aligned, without borders.
    Call it once the rows are added."""
    plain = copy.copy(table)
    plain.box, plain.show_edge, plain.show_lines, plain.pad_edge = _DASHED_HEAD, False, False, False
    return Decorated(table, plain)
