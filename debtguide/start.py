"""The `debtguide` command's entry point: Ctrl-C during start-up ends quietly with code 130.

Importing the command line (Typer, Click and the rest) takes a moment; Python would answer a
Ctrl-C then with a KeyboardInterrupt traceback. This module imports nothing heavy: it sets a
quiet handler first, then loads the command line, whose main() keeps Ctrl-C quiet outside the
commands and gives it back to them (an interview saves its progress on Ctrl-C).
"""

from __future__ import annotations

import os
import signal

EXIT_INTERRUPTED = 130


def quiet_interrupt(signum: int, frame: object) -> None:
    """SIGINT outside a command: end at once, with the contract's code and no traceback."""
    os._exit(EXIT_INTERRUPTED)


def main() -> None:
    signal.signal(signal.SIGINT, quiet_interrupt)
    from debtguide.cli import main as run

    run()
