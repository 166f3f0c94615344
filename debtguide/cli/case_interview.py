"""The interview for a whole case: triage first, every debt in turn, the household once.

Order: for the first debt, the questions that decide the stage, the deadlines and safety; then
whether there are other overdue loans, each taken in turn the same way; then a first plan on
one screen; then, if the borrower wants, the money and letter questions that sharpen it.
Every question takes "don't know" (不知道) or Enter to skip, and "back" (返回) goes to the
previous question (the words are cli/prompting's, the loop every interview asks through). The
case is saved after every answer, with where the interview stands. The order itself is pure and
lives in debtguide/case_steps.py, which the page walks too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from debtguide.case import Case, default_id
from debtguide.case_steps import Step, next_step, rename_auto, skip
from debtguide.cli.interview import Interview
from debtguide.cli.prompting import SKIP, Back, ask
from debtguide.content.models import Pack
from debtguide.errors import DebtguideError
from debtguide.i18n import t


class CaseInterview(Interview):
    """Asks the case's questions; `on_change(case, state)` saves after every answer.

    Each question is asked as the plain interview asks it, and also takes "back" (返回) and
    "don't know" (不知道), which its hint names.
    """

    skip_hint = "cv_skip_hint"
    back_and_dont_know = True

    def __init__(
        self,
        pack: Pack,
        lang: str,
        today: dt.date,
        console: Any,
        on_change: Callable[[Case, dict[str, Any]], None],
        first_plan: Callable[[Case], None],
    ) -> None:
        super().__init__(pack, lang, today, console, lambda _a, _s: None)
        self.on_change = on_change
        self.first_plan = first_plan
        self._shown_debt: str | None = "?"

    def run_case(self, case: Case, state: dict[str, Any]) -> Case:
        """Ask until nothing is left; return the case. Ctrl-C and end of input propagate,
        with everything answered so far already saved."""
        history: list[tuple[Case, dict[str, Any]]] = []
        while True:
            step = next_step(self.pack, case, state)
            if step is None:
                return case
            if step.kind == "first-plan":
                state = {**state, "first_plan": True}
                self.on_change(case, state)
                self.first_plan(case)
                continue
            before = (case, dict(state))
            try:
                case, state = self._take(step, case, dict(state))
            except Back:
                if not history:
                    self._say("cv_back_first", "yellow")
                    continue
                case, state = history.pop()
                self.on_change(case, state)
                continue
            history.append(before)
            self.on_change(case, state)

    def _take(self, step: Step, case: Case, state: dict[str, Any]) -> tuple[Case, dict[str, Any]]:
        if step.kind == "more":
            self._shown_debt = "?"
            more = "cv_more_debts" if len(case.debts) > 1 else "cv_more_debts_one"
            if not self._yes_no(more, count=len(case.debts)):
                state["more_done"] = True
                return case, state
            number = len(case.debts) + 1
            self._say("cv_debt_start", "bold", number=number)
            new_id = default_id({}, case.ids)
            case = case.with_debt({}, debt_id=new_id)
            state["auto_ids"] = [*state.get("auto_ids", []), new_id]
            return case, state
        if step.kind == "money":
            state["money"] = self._yes_no("cv_money_offer")
            return case, state
        assert step.question is not None
        self._header(case, step.debt)
        value = self.ask(step.question)
        if value is SKIP:
            return skip(case, step.debt, step.question.id), state
        case = case.with_answer(step.debt, step.question.id, value)
        if step.debt is not None and step.question.id in ("lender_name", "loan_type"):
            case = rename_auto(case, step.debt, state)
        return case, state

    def _header(self, case: Case, debt_id: str | None) -> None:
        """Say which debt the questions are about, when there are several and it changes."""
        if debt_id == self._shown_debt:
            return
        self._shown_debt = debt_id
        if len(case.debts) < 2 and debt_id is not None:
            return
        if debt_id is None:
            self._say("cv_household", "bold")
            return
        debt = case.debt(debt_id)
        number = case.ids.index(debt_id) + 1
        name = debt.lender_name or debt_id
        self._say("cv_about_debt", "bold", number=number, name=name)

    def _say(self, key: str, style: str = "", **values: Any) -> None:
        from rich.text import Text

        self.console.print(Text(t(key, self.lang, **values), style=style))

    def _yes_no(self, key: str, **values: Any) -> bool:
        """Ask a yes/no decision: Enter and "don't know" mean no; Back raised for "back"."""
        from debtguide.inputs import NO, YES

        def yes_no(raw: str) -> bool:
            text = raw.casefold()
            if text in YES or text in NO:
                return text in YES
            raise DebtguideError("cv_yes_no_again")

        self.console.print()
        self._say(key, "bold", **values)
        self._say("cv_yes_no_hint", "dim")
        answer = ask(self.console, self.lang, yes_no, again=None, back=True, dont_know=True)
        return answer is True
