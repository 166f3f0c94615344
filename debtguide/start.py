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
# Set by `main`: the command line then imports each command's module only when it is needed.
commands_on_demand = False


def quiet_interrupt(signum: int, frame: object) -> None:
    """SIGINT outside a command: end at once, with the contract's code and no traceback."""
    os._exit(EXIT_INTERRUPTED)


def on_interrupt(handler: object) -> None:
    """Set the SIGINT handler, unless SIGINT is ignored (a job started in the background)."""
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, handler)  # type: ignore[arg-type]


def main() -> None:
    global commands_on_demand
    on_interrupt(quiet_interrupt)
    commands_on_demand = True
    from debtguide.cli import main as run

    run()
