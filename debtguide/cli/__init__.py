"""The command line: the Typer app, the error boundary (`reporting`), the shared options and
`main`. Each command group lives in its own module (COMMANDS below names them: reference,
assess, money, letter, message, log, data, case for `review`, serve) with its options and body
together, and registers itself on `app` when it is imported. No command module imports another
(cli/ruff.toml bans it, tests/test_layers.py checks it): what several commands share lives in
modules that hold no command: `io` for what every command reads and writes, `caseflow` for
getting the case, `interview`, `case_interview` and `prompting` for asking.

No `from __future__ import annotations` here: Typer reads every command's annotations at each
start, and evaluating them from strings costs time (see bench/startup.py).
"""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from typer import _click as click
from typer.core import TyperGroup

from debtguide import __version__, start
from debtguide.cli import params
from debtguide.errors import DebtguideError, UsageError
from debtguide.i18n import can_show_chinese, detect_lang, t

params.install()

app = typer.Typer(
    name="debtguide",
    help=(
        "Offline advisor for borrowers in debt collection in mainland China.\n\n"
        "为逾期和被催收的借款人提供的离线法律信息工具。"
    ),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
content_app = typer.Typer(
    help="Work with content packs. 管理内容包。", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(content_app, name="content")

LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="zh|en",
        help="zh or en (default: $DEBTGUIDE_LANG, then the locale). 输出语言。",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts. 输出 JSON。")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"debtguide {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version. 版本。"
        ),
    ] = False,
) -> None:
    """Offline advisor for borrowers in debt collection. 离线的债务催收应对助手。"""


@contextmanager
def reporting(lang: str | None) -> Iterator[None]:
    """Turn domain errors into `Error: …` on stderr and the contract's exit code."""
    if _safe_lang(lang) == "zh" and not can_show_chinese(sys.stdout):
        # In English: a terminal that cannot show Chinese cannot show the Chinese note either.
        sys.stderr.write(t("no_chinese_output", "en", encoding=sys.stdout.encoding) + "\n")
    try:
        yield
    except DebtguideError as exc:
        from rich.text import Text

        from debtguide.render.console import console

        shown = _safe_lang(lang)
        err = console(stderr=True)
        err.print(
            Text(f"{t('error', shown)}: {exc.message(shown)}", style="bold red"), soft_wrap=True
        )
        for problem in exc.problems:
            err.print(Text(f"  • {problem}"), soft_wrap=True)
        for key, values in exc.hints:
            err.print(Text(t(key, shown, **values)), soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None


def _safe_lang(explicit: str | None) -> str:
    try:
        return detect_lang(explicit)
    except UsageError:
        return "en"


def usage_lang(args: list[str]) -> str:
    """The language of Typer's own messages (usage errors, the command list): --lang as typed
    anywhere before `--`, else DEBTGUIDE_LANG or the locale; English if Chinese cannot be shown.
    """
    explicit = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            explicit = args[i + 1]
        elif arg.startswith("--lang="):
            explicit = arg.removeprefix("--lang=")
    lang = _safe_lang(explicit)
    return lang if lang == "en" or can_show_chinese(sys.stderr) else "en"


def main() -> None:
    """Entry point of the `debtguide` command; it ends the process (a program should call `app`)."""
    import signal

    from debtguide.render.console import fit_output_streams
    from debtguide.start import on_interrupt, quiet_interrupt

    # Ctrl-C is the commands' own while they run (Typer turns one they do not catch into exit
    # 130); before and after, it ends the process quietly with 130.
    on_interrupt(quiet_interrupt)
    fit_output_streams()
    if usage_lang(sys.argv[1:]) == "zh":
        from debtguide.cli.usage_zh import speak_chinese

        speak_chinese()
    try:
        on_interrupt(signal.default_int_handler)
        app()
        code = 0
    except SystemExit as exc:
        if exc.code is not None and not isinstance(exc.code, int):
            raise  # a message for Python to print
        code = exc.code or 0
    except KeyboardInterrupt:
        code = 130  # between Typer's handler and here
    on_interrupt(quiet_interrupt)
    sys.exit(code)


# Each command and the module that registers it on `app`, in the order --help lists them
# (commands, then groups: Typer's order once every module is imported; test_cli checks both).
COMMANDS = {
    "stages": "reference",
    "explain": "reference",
    "law": "reference",
    "assess": "assess",
    "apr": "money",
    "budget": "money",
    "letter": "letter",
    "check-message": "message",
    "forget": "data",
    "review": "review",
    "serve": "serve",
    "content": "data",
    "log": "log",
}
MODULES = ("reference", "assess", "money", "letter", "message", "log", "data", "review", "serve")
_loaded: set[str] = set()


def load(*modules: str) -> None:
    """Import command modules (each registers its commands on `app` as it is imported)."""
    import importlib

    for module in modules:
        if module not in _loaded:
            importlib.import_module(f"debtguide.cli.{module}")
            _loaded.add(module)


class _OnDemand(TyperGroup):
    """The root group: a command's module is imported when that command is looked up, and
    every module when the commands are listed (--help, a mistyped command's suggestions)."""

    def _refresh(self) -> None:
        import typer.main

        fresh = typer.main.get_group(app)
        self.commands.clear()
        self.commands.update(fresh.commands)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        modules = (COMMANDS[cmd_name],) if cmd_name in COMMANDS else MODULES  # unknown: all
        if not _loaded.issuperset(modules):
            load(*modules)
            self._refresh()
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        if not _loaded.issuperset(MODULES):
            load(*MODULES)
            self._refresh()
        order = list(COMMANDS)
        names = super().list_commands(ctx)
        return sorted(names, key=lambda n: order.index(n) if n in order else len(order))


app.info.cls = _OnDemand

# The `debtguide` script imports a command's module only when it runs that command; a program
# that imports the command line gets every command registered at once.
if not start.commands_on_demand:
    load(*MODULES)
