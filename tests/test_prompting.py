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
