"""The interview and the plan for a whole case (several debts), through the case modules.

The order of the questions is the CLI's own (case_interview.next_step: each debt's triage
questions, the household once, "other overdue loans?", then the money questions if wanted);
the case is kept where the CLI keeps it (casefile.save_case), so `debtguide assess --resume`
continues what the page began. Debts are named in addresses by their number (1, 2 …), never
by their id, which may be made from a lender's name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from debtguide.content.models import Pack, Question
from debtguide.web.strings import w

UNKNOWN_CHOICE = "unknown"
MORE = "__more"  # the decision "other overdue loans?"
MONEY = "__money"  # the decision "answer the money questions now?"


@dataclass
class CaseState:
    """The saved case and where its interview stands."""

    pack: Pack
    today: dt.date
    case: Any  # case.Case
    state: dict[str, Any] = field(default_factory=dict)
    notice: str | None = None

    # -- what the pages show

    @property
    def answers(self) -> dict[str, Any]:
        """Every answer of the case (for "anything answered yet?")."""
        out = dict(self.case.household)
        for debt in self.case.debts:
            out.update(debt.answers)
        return out

    def answered(self) -> int:
        return len(self.case.household) + sum(len(d.answers) for d in self.case.debts)

    def number(self, debt_id: str | None) -> int | None:
        return self.case.ids.index(debt_id) + 1 if debt_id in self.case.ids else None

    def debt_id(self, number: str | None) -> str | None:
        if number and number.isdigit() and 1 <= int(number) <= len(self.case.debts):
            return self.case.ids[int(number) - 1]
        return None

    def next_step(self) -> Any:
        from debtguide.case_steps import next_step

        step = next_step(self.pack, self.case, self.state)
        if step is not None and step.kind == "first-plan":
            self.state["first_plan"] = True  # the page shows the plan one click away
            step = next_step(self.pack, self.case, self.state)
        return step

    def sequence(self, debt_id: str | None) -> list[Question]:
        """The questions asked of one debt (or of the household, for None), in order."""
        from debtguide.case import HOUSEHOLD, ONE_DEBT_ONLY
        from debtguide.engine import asked

        several = len(self.case.debts) > 1
        if debt_id is None:
            answers = self.case.answers_for(self.case.ids[0]) if self.case.debts else {}
            return [
                q
                for q in self.pack.questions
                if (q.id in HOUSEHOLD or (q.id in ONE_DEBT_ONLY and not several))
                and asked(q, answers)
            ]
        answers = self.case.answers_for(debt_id)
        return [
            q
            for q in self.pack.questions
            if q.id not in HOUSEHOLD and q.id not in ONE_DEBT_ONLY and asked(q, answers)
        ]

    def household(self, question: Question) -> bool:
        """Whether the question is asked once for the household, not per debt."""
        from debtguide.case import HOUSEHOLD, ONE_DEBT_ONLY

        return question.id in HOUSEHOLD or question.id in ONE_DEBT_ONLY

    def value(self, debt_id: str | None, question_id: str) -> Any:
        if debt_id is None:
            return self.case.household.get(question_id)
        return self.case.debt(debt_id).answers.get(question_id)

    def step_view(
        self,
        debt_id: str | None,
        question: Question,
        lang: str,
        raw: Any = None,
        error: str | None = None,
    ) -> dict[str, Any]:
        seq = self.sequence(debt_id)
        ids = [q.id for q in seq]
        index = ids.index(question.id) if question.id in ids else len(ids)
        current = self.value(debt_id, question.id) if raw is None else raw
        if isinstance(current, dt.date):
            current = current.isoformat()
        if question.type == "bool" and isinstance(current, bool):
            current = "yes" if current else "no"
        chosen = current if isinstance(current, list) else [current]
        number = self.number(debt_id)
        debt = self.case.debt(debt_id) if debt_id else None
        return {
            "question": question,
            "text": question.text(lang),
            "help": question.help(lang),
            "question_cites": list(question.cites),
            "choices": [(c.id, c.label(lang)) for c in question.choices],
            "current": "" if current is None or isinstance(current, list) else str(current),
            "chosen": [str(c) for c in chosen if c is not None],
            "n": index + 1,
            "total": max(len(seq), index + 1),
            "back": self.back_of(debt_id, question.id),
            "error": error,
            "debt_no": number or "",
            "about": self.about(debt, number, lang),
        }

    def about(self, debt: Any, number: int | None, lang: str) -> str | None:
        """Which debt the question is about, when there are several (or the household)."""
        if debt is None:
            return w("cv_household", lang)
        if len(self.case.debts) < 2:
            return None
        if not debt.lender_name:
            return w("cv_about_new_debt", lang, number=number)
        return w("cv_about_debt", lang, number=number, name=debt.lender_name)

    def back_of(self, debt_id: str | None, question_id: str) -> str | None:
        """The address of the step before this one, from the steps taken so far."""
        history = [tuple(x) for x in self.state.get("web_history", [])]
        here = (self.number(debt_id) or 0, question_id)
        index = history.index(here) if here in history else len(history)
        if index == 0:
            return None
        number, qid = history[index - 1]
        if qid in (MORE, MONEY):
            return None
        return f"/interview?debt={number}&q={qid}" if number else f"/interview?q={qid}"

    def remember(self, debt_id: str | None, question_id: str) -> None:
        history = [list(x) for x in self.state.get("web_history", [])]
        step = [self.number(debt_id) or 0, question_id]
        if step not in history:
            history.append(step)
        self.state["web_history"] = history

    def review(self, lang: str) -> list[dict[str, Any]]:
        """Each debt's answers, then the household's, for the last page of the interview."""
        from debtguide.web.store import shown

        groups = []
        for number, debt in enumerate(self.case.debts, 1):
            rows = [
                (q.id, q.label(lang), shown(q, debt.answers.get(q.id), lang))
                for q in self.sequence(debt.id)
            ]
            title = self.about(debt, number, lang) or w("cv_about_new_debt", lang, number=number)
            groups.append({"title": title, "debt_no": number, "rows": rows})
        rows = [
            (q.id, q.label(lang), shown(q, self.case.household.get(q.id), lang))
            for q in self.sequence(None)
        ]
        groups.append({"title": w("cv_household", lang), "debt_no": "", "rows": rows})
        return groups

    # -- changes

    def answer(self, debt_id: str | None, question: Question, raw: Any, lang: str) -> str | None:
        from debtguide.answers import BadAnswer, parse
        from debtguide.case_steps import rename_auto

        empty = raw is None or (isinstance(raw, list) and not raw) or str(raw).strip() == ""
        if empty:
            return w("iv_empty", lang)
        try:
            value = parse(question, raw, self.today)
        except BadAnswer as exc:
            return w("iv_bad", lang, reason=exc.message(lang))
        self.remember(debt_id, question.id)
        self.case = self.case.with_answer(debt_id, question.id, value)
        if debt_id is not None and question.id in ("lender_name", "loan_type"):
            self.case = rename_auto(self.case, debt_id, self.state)
        return None

    def skip(self, debt_id: str | None, question: Question) -> None:
        from debtguide.case_steps import skip

        self.remember(debt_id, question.id)
        if self.value(debt_id, question.id) is None and not self._skipped(debt_id, question.id):
            self.case = skip(self.case, debt_id, question.id)

    def dont_know(self, debt_id: str | None, question: Question) -> None:
        if question.choice(UNKNOWN_CHOICE) is not None:
            self.remember(debt_id, question.id)
            self.case = self.case.with_answer(debt_id, question.id, UNKNOWN_CHOICE)
            return
        if self.value(debt_id, question.id) is not None:
            self.case = self.case.without_answer(debt_id, question.id)
        self.skip(debt_id, question)

    def decide(self, kind: str, yes: bool) -> None:
        from debtguide.case import default_id

        if kind == MORE:
            if yes:
                new_id = default_id({}, self.case.ids)
                self.case = self.case.with_debt({}, debt_id=new_id)
                self.state["auto_ids"] = [*self.state.get("auto_ids", []), new_id]
            else:
                self.state["more_done"] = True
        elif kind == MONEY:
            self.state["money"] = yes

    def _skipped(self, debt_id: str | None, question_id: str) -> bool:
        if debt_id is None:
            return question_id in self.case.skipped
        return question_id in self.case.debt(debt_id).skipped

    def save(self) -> None:
        from debtguide.casefile import save_case

        save_case(self.pack, self.case, self.state)


def load(pack: Pack, today: dt.date, lang: str) -> CaseState:
    """The saved case (the CLI's file); an unreadable one is set aside, never overwritten."""
    from debtguide.case import parse_case
    from debtguide.case_steps import new_state
    from debtguide.casefile import load_profile, progress_path, saved_interview, set_aside

    path = progress_path(create=False)
    saved = saved_interview(pack, today, lang) if path.exists() else None
    notice = None
    if path.exists() and saved is None:
        backup = set_aside(path)
        notice = w("iv_unreadable", lang, name=backup.name)
    if saved is None:
        case = replace(parse_case(pack, {}, today, lang), profile=load_profile())
        return CaseState(pack, today, case, new_state(), notice)
    return CaseState(pack, today, saved[0], {**new_state(), **saved[1]}, notice)


# ---- the plan ----------------------------------------------------------------------------------


def assessment(pack: Pack, case: Any, today: dt.date, lang: str) -> Any:
    """Every debt assessed and combined, with the evidence log's flags by debt."""
    from debtguide.case import assess_case, log_flags_by_debt
    from debtguide.cli.io import log_findings

    by_debt = log_flags_by_debt(pack, log_findings(pack, lang)[1])
    return assess_case(pack, case, today, log_flags=by_debt)


def summary_view(pack: Pack, result: Any, lang: str) -> dict[str, Any]:
    """The one-screen summary of case.summary, in words for the page."""
    from debtguide.case import summary

    s = summary(result)
    case = result.case
    return {
        "debts": [
            {
                "number": case.ids.index(d.id) + 1,
                "lender": d.lender or d.id,
                "stage": d.stage.title(lang),
                "owed": d.owed,
                "offer": d.offer,
            }
            for d in s.debts
        ],
        "deadlines": [
            {
                "number": case.ids.index(c.debt) + 1,
                "lender": case.debt(c.debt).lender_name or c.debt,
                "date": c.deadline.date.isoformat(),
                "legal_last_day": c.deadline.last_day.isoformat(),
                "days_left": c.deadline.days_left,
                "status": c.deadline.status,
                "title": c.deadline.rule.title(lang),
                "cites": c.deadline.rule.cites,
            }
            for c in s.deadlines
        ],
        "steps": [
            {
                "text": step.action.text(lang),
                "cites": step.action.cites,
                "for": [case.debt(d).lender_name or d for d in step.debts],
            }
            for step in s.steps
        ],
        "affordable": s.affordable,
        "safety": s.safety,
    }
