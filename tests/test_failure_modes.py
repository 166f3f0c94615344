"""Failure modes of issue 11, part B: edge dates, damaged logs, interrupts, odd text in letters."""

from __future__ import annotations

import pytest

from tests.conftest import REPO

ANSWERS = REPO / "tests" / "answers" / "lawsuit.yaml"
LETTERS = ("negotiation", "statement-request", "cease-third-party", "complaint",
           "credit-objection", "defense", "payment-order-objection")  # fmt: skip


# ---- item 13: --today at the edges --------------------------------------------------------------


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1999-12-31", "2100-01-01"])
@pytest.mark.parametrize("command", ["assess", *LETTERS])
def test_a_today_outside_the_range_is_refused_by_name(cli, day: str, command: str) -> None:
    args = ["assess"] if command == "assess" else ["letter", command]
    result = cli(*args, "--answers", str(ANSWERS), "--today", day, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"--today: {day} is outside" in result.output
    assert "2000-01-01 to 2099-12-31" in result.output


@pytest.mark.parametrize("day", ["2099-12-31", "2099-12-01", "2000-01-01"])
@pytest.mark.parametrize("command", ["assess", *LETTERS])
def test_the_ends_of_the_range_give_a_plan_and_every_letter(cli, day: str, command: str) -> None:
    args = ["assess"] if command == "assess" else ["letter", command]
    # An answers file whose dates are all before `day` (a received date is never in the future).
    answers = ANSWERS if day > "2026-11-25" else REPO / "tests" / "answers" / "empty.yaml"
    result = cli(*args, "--answers", str(answers), "--today", day, "--lang", "zh")
    assert result.exit_code == 0, result.output
