"""The interactive interview: ask, check, re-ask, and save progress after every answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from debtguide.answers import parse, to_file
from debtguide.cli.prompting import SKIP, ask
from debtguide.content.models import Pack, Question
from debtguide.engine import asked
from debtguide.i18n import t

PROGRESS_FILE = "interview.json"
BACKUP_GLOB = "interview-*.json"  # earlier interviews set aside by "start afresh"


def progress_path(create: bool = True) -> Path:
    """Where an unfinished interview is kept, in the private data folder (made if `create`)."""
    from debtguide.datadir import data_dir

    return data_dir(create=create) / PROGRESS_FILE


def save_progress(path: Path, pack: Pack, answers: dict[str, Any], skipped: list[str]) -> None:
    """Write the answers so far (atomically, owner-only)."""
    import json

    from debtguide.datadir import write_private

    data = {"pack": pack.info.id, "answers": to_file(answers), "skipped": skipped}
    write_private(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def load_progress(path: Path) -> tuple[dict[str, Any], list[str]] | None:
    """Read a saved interview: its raw answers and the questions skipped, or None."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        return None
    skipped = [s for s in data.get("skipped", []) if isinstance(s, str)]
    return data["answers"], skipped


def set_aside(path: Path) -> Path:
    """Keep a saved interview as interview-YYYYMMDD-HHMMSS.json beside it; return the new path.

    Renaming keeps the file's owner-only permissions and loses nothing, even when it cannot
    be read.
    """
    import datetime
    import os

    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"interview-{stamp}.json")
    number = 2
    while backup.exists():
        backup = path.with_name(f"interview-{stamp}-{number}.json")
        number += 1
    os.replace(path, backup)
    return backup


class Interview:
    """Asks the pack's questions in order, skipping those whose condition does not hold."""

    skip_hint = "iv_skip_hint"  # the hint says what skips a question
    back_and_dont_know = False  # the case interview also takes "back" and "don't know"

    def __init__(
        self,
        pack: Pack,
        lang: str,
        today: dt.date,
        console: Any,
        on_answer: Callable[[dict[str, Any], list[str]], None],
    ) -> None:
        self.pack = pack
        self.lang = lang
        self.today = today
        self.console = console
        self.on_answer = on_answer

    def run(self, answers: dict[str, Any], skipped: list[str]) -> dict[str, Any]:
        """Ask every open question; return the answers. Ctrl-C and end of input propagate."""
        for question in self.pack.questions:
            if question.id in answers or question.id in skipped or not asked(question, answers):
                continue
            value = self.ask(question)
            if value is SKIP or value is None:
                skipped.append(question.id)
            else:
                answers[question.id] = value
            self.on_answer(answers, skipped)
        return answers

    def ask(self, question: Question) -> Any:
        """Ask one question until the answer fits; SKIP when it is skipped (Enter, and in the
        case interview "don't know"); Back raised for "back" in the case interview."""
        from rich.text import Text

        lang = self.lang
        self.console.print()
        self.console.print(Text(question.text(lang), style="bold"))
        for i, choice in enumerate(question.choices, 1):
            self.console.print(Text(f"  {i:>2}. {choice.label(lang)}"))
        hint = f"({self._hint(question)}; {t(self.skip_hint, lang)})"
        self.console.print(Text(hint, style="dim"))
        return ask(
            self.console,
            lang,
            lambda raw: parse(question, raw, self.today, typed=True),
            on_help=lambda: self._help(question),
            back=self.back_and_dont_know,
            dont_know=self.back_and_dont_know,
        )

    def _hint(self, question: Question) -> str:
        keys = {
            "choice": "iv_choice_hint",
            "multi": "iv_multi_hint",
            "bool": "iv_bool_hint",
            "date": "iv_date_hint",
            "money": "iv_money_hint",
        }
        key = keys.get(question.type)
        if key == "iv_date_hint" and question.ahead:  # a hearing: "12-15" is the next one
            key = "iv_date_ahead_hint"
        return t(key, self.lang) if key else question.label(self.lang)

    def _help(self, question: Question) -> None:
        from rich.text import Text

        self.console.print(Text(question.help(self.lang), style="cyan"))
        if question.cites:
            labels = ", ".join(self.pack.cite_label(c, self.lang) for c in question.cites)
            self.console.print(Text(t("iv_help_cites", self.lang, cites=labels), style="dim"))
