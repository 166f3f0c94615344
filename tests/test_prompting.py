"""The one prompt loop (cli/prompting.ask): what each kind of line does, with each option."""

from __future__ import annotations

import pytest

from debtguide.cli.prompting import SKIP, Back, ask
from debtguide.errors import UsageError
from tests.test_case_interview import Typed


def _number(raw: str) -> int:
    if not raw.isdecimal():
        raise UsageError("log_pick_number", value=raw, count=3)
    return int(raw)


class Undecodable(Typed):
    """The first line is bytes that are neither UTF-8 nor GBK (read_typed gives None)."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self.first = True

    def input(self, prompt: str = "") -> str:
        if self.first:
            self.first = False
            return "\udcff\udcfe"  # surrogate-escaped bytes
        return super().input(prompt)


def test_bad_input_is_asked_again_with_its_reason() -> None:
    console = Typed(["x", "2"])
    assert ask(console, "en", _number) == 2
    reason = UsageError("log_pick_number", value="x", count=3).message("en")
    assert f"Please try again: {reason}" in " ".join(console.text.split())


def test_the_line_leading_the_reason_is_a_parameter() -> None:
    console = Typed(["x", "2"])
    assert ask(console, "en", _number, again=None) == 2
    assert "Please try again" not in console.text
    reason = UsageError("log_pick_number", value="x", count=3).message("en")
    assert reason in " ".join(console.text.split())


def test_a_line_that_is_no_text_is_asked_again() -> None:
    console = Undecodable(["1"])
    assert ask(console, "en", _number) == 1
    assert "could not be read as text" in console.text


def test_enter_skips_or_goes_to_the_parser() -> None:
    assert ask(Typed([""]), "en", _number) is SKIP
    assert ask(Typed([""]), "en", lambda raw: raw or "default", blank_skips=False) == "default"


def test_help_is_shown_only_when_there_is_help() -> None:
    shown: list[str] = []
    assert ask(Typed(["?", "3"]), "en", _number, on_help=lambda: shown.append("help")) == 3
    assert shown == ["help"]
    assert ask(Typed(["？"]), "en", str) == "？"  # no help: the parser takes it


def test_back_and_dont_know_only_where_asked_for() -> None:
    with pytest.raises(Back):
        ask(Typed(["返回"]), "zh", str, back=True)
    assert ask(Typed(["返回"]), "zh", str) == "返回"
    assert ask(Typed(["不知道"]), "zh", str, dont_know=True) is SKIP
    assert ask(Typed(["Don't know"]), "en", str, dont_know=True) is SKIP
    assert ask(Typed(["不知道"]), "zh", str) == "不知道"


def test_end_of_input_and_ctrl_c_reach_the_caller() -> None:
    with pytest.raises(EOFError):
        ask(Typed([]), "en", str)

    class Interrupted(Typed):
        def input(self, prompt: str = "") -> str:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ask(Interrupted([]), "en", str)


# ---- the short choices of the other commands go through the same loop ----------------------


def test_the_review_number_is_asked_again_until_it_is_in_the_list() -> None:
    from debtguide.cli.review import _ask_number

    console = Typed(["0", "七", "3"])
    assert _ask_number(console, "en", 3) == 3
    again = UsageError("rv_which_again", count=3).message("en")
    assert " ".join(console.text.split()).count(" ".join(again.split())) == 2
    assert _ask_number(Typed([""]), "en", 3) is None  # Enter: change nothing


@pytest.mark.parametrize(
    ("lines", "expected"), [(["maybe", "是"], True), (["", "y"], False), (["n"], False)]
)
def test_a_case_yes_no_question_takes_the_shared_words(lines: list[str], expected: bool) -> None:
    from debtguide.cli.caseflow import _ask_yes_no

    console = Typed(lines)
    assert _ask_yes_no(console, "zh", "cv_more_debts") is expected
    asked_again = UsageError("cv_yes_no_again").message("zh") in console.text
    assert asked_again is (lines[0] == "maybe")


def test_the_saved_interview_choice_is_asked_again_until_it_is_one_of_three(
    monkeypatch, tmp_path
) -> None:
    from debtguide.cli import caseflow, io

    monkeypatch.setattr(io, "is_terminal", lambda: True)
    console = Typed(["4", "2"])
    saved = tmp_path / "interview.json"
    assert caseflow._saved_choice(saved, 1, "en", console) == "afresh"
    assert UsageError("iv_saved_again").message("en") in console.text
    assert caseflow._saved_choice(saved, 1, "en", Typed([""])) == "continue"  # Enter: go on


def test_the_debt_a_letter_is_for_is_picked_by_number_or_id(pack) -> None:
    import datetime as dt

    from debtguide.case import parse_case
    from debtguide.cli.caseflow import _pick_debt

    debts = [{"id": "huahua", "lender_name": "花花借"}, {"id": "jisu", "lender_name": "极速贷"}]
    case = parse_case(pack, {"debts": debts}, dt.date(2026, 12, 7), "en")
    console = Typed(["", "3", "2"])
    assert _pick_debt(case, "en", console) == "jisu"
    again = UsageError("rv_which_again", count=2).message("en")
    assert " ".join(console.text.split()).count(" ".join(again.split())) == 2
    assert _pick_debt(case, "en", Typed(["huahua"])) == "huahua"
