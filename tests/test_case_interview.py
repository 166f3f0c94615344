"""The case interview's logic with typed lines: triage first, several debts, household once,
"don't know", skip, back, and a first plan before the money questions."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from rich.console import Console

from debtguide import case_steps as steps
from debtguide.case import Case, parse_case
from debtguide.cli.case_interview import CaseInterview

TODAY = dt.date(2026, 12, 7)


class Typed:
    """A console that prints to a buffer and reads scripted lines; EOFError when they run out."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = list(lines)
        self.out = Console(file=io.StringIO(), width=100, no_color=True)

    def print(self, *args, **kwargs) -> None:
        self.out.print(*args, **kwargs)

    def input(self, prompt: str = "") -> str:
        if not self.lines:
            raise EOFError
        line = self.lines.pop(0)
        self.out.print(prompt + line)
        return line

    @property
    def text(self) -> str:
        return self.out.file.getvalue()


def run(pack, lines, case=None, state=None, lang="en"):
    console = Typed(lines)
    saves: list[tuple[Case, dict]] = []
    plans: list[Case] = []
    interview = CaseInterview(
        pack, lang, TODAY, console, lambda c, s: saves.append((c, s)), plans.append
    )
    case = case or parse_case(pack, {}, TODAY, lang)
    state = state or steps.new_state()
    try:
        result = interview.run_case(case, state)
    except EOFError:
        result = None
    return result, saves, plans, console.text


# the triage of one sued online loan: loan type, lender, days overdue, what happened, the
# summons date, the case number, the hearing, evidence and ruling dates, the procedure, the
# credit report, collector behaviour, scam contacts
SUED = ["1", "花花借", "95", "3,14", "2026-11-30", "", "", "", "", "", "n", "13", "5"]
PHONE = ["1", "极速贷", "40", "3,4", "n", "1,3", "5"]
CARD = ["3", "招商银行信用卡", "20", "1,3", "n", "13", "5"]


def test_three_debts_triage_first_household_once_then_money(pack):
    lines = [
        *SUED,
        "n",  # feels_unsafe: asked once, after the first debt's triage
        "y",  # other overdue loans?
        *PHONE,
        "yes",
        *CARD,
        "no",  # no more
        "y",  # money questions now
        "6000", "4000", "2000", "1,6",  # household: income, costs, lump sum, hardship
        "8000", "13500", "4000", "", "", "",  # huahua: received, claimed, repaid, installment,
        # contract date, wants
        "3000", "5200", "", "600", "6", "1", "不知道", "",  # jisu
        "", "21000", "", "", "",  # card
    ]  # fmt: skip
    case, saves, plans, text = run(pack, lines)
    assert case is not None, text
    assert case.ids == ["online-platform", "online-platform-2", "credit-card"]
    assert [d.lender_name for d in case.debts] == ["花花借", "极速贷", "招商银行信用卡"]
    assert case.household == {
        "feels_unsafe": False,
        "monthly_income": 6000,
        "monthly_essential_expenses": 4000,
        "lump_sum_available": 2000,
        "hardship_reasons": ["job_loss", "multiple_debts"],
    }
    assert case.debts[0].answers["summons_received_date"] == dt.date(2026, 11, 30)
    assert case.debts[1].answers["installments_total"] == 6
    assert "contract_date" in case.debts[1].skipped  # "don't know"
    assert case.debts[2].answers["amount_claimed"] == 21000
    assert case.debts[0].answers["amount_repaid"] == 4000  # asked once a claim is known
    assert text.count("Do you feel physically unsafe") == 1
    assert len(plans) == 1  # the first plan came after triage, before the money questions
    first_plan_at = next(i for i, (_, s) in enumerate(saves) if s["first_plan"])
    money_at = next(i for i, (c, _) in enumerate(saves) if "monthly_income" in c.household)
    last_triage = min(
        i
        for i, (c, _) in enumerate(saves)
        if len(c.debts) == 3 and c.debts[2].answers.get("scam_contacts")
    )
    assert last_triage < first_plan_at < money_at
    assert "-- Debt 2: 极速贷 --" in text and "-- Debt 3: 招商银行信用卡 --" in text
    assert "other_debts_total" not in case.household  # not asked with several debts


def test_about_ten_questions_give_a_first_plan_for_one_debt(pack):
    lines = [*SUED, "n", "n"]
    _case, _saves, plans, _text = run(pack, lines)
    assert plans and len(plans[0].debts) == 1
    assert len(lines) - 1 == 14  # a sued debt: ten questions plus four dates it may skip
    simple = [*CARD, "n", "n"]
    _, _, plans, _ = run(pack, simple)
    assert plans and len(simple) - 1 == 8  # a card at phone collection: eight questions


def test_back_goes_to_the_previous_question_and_changes_it(pack):
    lines = ["1", "花花借", "back", "其它借", "95"]
    _, saves, _, _text = run(pack, lines)
    case = saves[-1][0]
    assert case.debts[0].answers["lender_name"] == "其它借"
    assert case.debts[0].answers["days_overdue"] == 95


def test_back_at_the_first_question_says_so(pack):
    _, _, _, text = run(pack, ["back", "1"])
    assert "This is the first question." in text


def test_back_over_a_new_debt_removes_it(pack):
    lines = [*SUED, "n", "y", "back", "n"]
    _, saves, plans, _ = run(pack, lines)
    assert len(saves[-1][0].debts) == 1 and len(plans) == 1


@pytest.mark.parametrize("dont_know", ["不知道", "don't know", ""])
def test_dont_know_and_enter_skip_and_are_remembered(pack, dont_know):
    _, saves, _, _ = run(pack, [dont_know])
    case = saves[-1][0]
    assert case.debts[0].skipped == ("loan_type",)
    assert "loan_type" not in case.debts[0].answers


def test_a_resumed_interview_goes_on_where_it_stopped_in_the_second_debt(pack):
    _, saves, _, _ = run(pack, [*SUED, "n", "y", "1", "极速贷"])
    case, state = saves[-1]
    assert case.ids == ["online-platform", "online-platform-2"]
    step = steps.next_step(pack, case, state)
    assert step.kind == "question" and step.debt == case.ids[1]
    assert step.question.id == "days_overdue"
    done, _, _, text = run(pack, [*PHONE[2:], "n", "n"], case=case, state=state)
    assert done is not None and done.debts[1].answers["days_overdue"] == 40
    assert "What kind of loan" not in text  # nothing asked twice


def test_the_new_debt_takes_its_id_from_the_loan_type_once_known(pack):
    _, saves, _, _ = run(pack, [*SUED, "n", "y", "3"])
    assert saves[-1][0].ids == ["online-platform", "credit-card"]


def test_unskip_offers_skipped_questions_again(pack):
    _, saves, _, _ = run(pack, ["", "花花借"])
    case = saves[-1][0]
    assert steps.skipped_count(case) == 1
    again = steps.unskip_all(case)
    assert steps.next_step(pack, again, steps.new_state()).question.id == "loan_type"


def test_one_debt_case_is_asked_other_debts_total_with_the_money_questions(pack):
    raw = {"loan_type": "credit_card", "lender_name": "x", "days_overdue": 3}
    case = parse_case(pack, raw, TODAY, "en")
    state = {**steps.new_state(), "more_done": True, "first_plan": True, "money": True}
    seen = []
    while (step := steps.next_step(pack, case, state)) is not None:
        seen.append(step.question.id)
        case = steps.skip(case, step.debt, step.question.id)
    assert "other_debts_total" in seen
    assert "feels_unsafe" in seen and seen.index("feels_unsafe") < seen.index("monthly_income")
