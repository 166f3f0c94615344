"""The interactive interview: ask, check, re-ask; the caller saves after every answer (the saved
interview's file is debtguide/casefile.py's)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from debtguide.answers import parse
from debtguide.cli.prompting import SKIP, ask
from debtguide.content.models import Pack, Question
from debtguide.engine import asked
from debtguide.i18n import t


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
        sep = "；" if lang == "zh" else "; "
        hint = f"({self._hint(question)}{sep}{t(self.skip_hint, lang)})"
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
