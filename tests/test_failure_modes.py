"""Failure modes of issue 11, part B: edge dates, damaged logs, interrupts, odd text in letters."""

from __future__ import annotations

from pathlib import Path

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


# ---- item 18: --ics with no dated deadline -------------------------------------------------------


@pytest.mark.parametrize("name", ["empty.yaml", "lawsuit-no-date.yaml"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ics_without_a_dated_deadline_writes_nothing_and_says_so(
    cli, tmp_path: Path, name: str, lang: str
) -> None:
    ics = tmp_path / "deadlines.ics"
    answers = REPO / "tests" / "answers" / name
    result = cli("assess", "--answers", str(answers), "--ics", str(ics), "--lang", lang)
    assert result.exit_code == 0, result.output
    assert not ics.exists()
    assert ("没有写日历文件" if lang == "zh" else "No calendar file was written") in result.output
    assert "import it" not in result.output and "导入手机" not in result.output


def test_ics_with_only_passed_deadlines_writes_nothing(cli, tmp_path: Path) -> None:
    ics = tmp_path / "deadlines.ics"
    result = cli("assess", "--answers", str(ANSWERS), "--ics", str(ics), "--today", "2027-06-01",
                 "--lang", "en")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert not ics.exists()
    assert "No calendar file was written" in result.output


def test_ics_counts_only_the_deadlines_it_writes(cli, tmp_path: Path) -> None:
    ics = tmp_path / "deadlines.ics"
    result = cli("assess", "--answers", str(ANSWERS), "--ics", str(ics), "--today", "2026-11-28",
                 "--lang", "en")  # fmt: skip
    assert result.exit_code == 0, result.output
    events = ics.read_text(encoding="utf-8").count("BEGIN:VEVENT")
    assert events >= 1
    assert f"Wrote {events} deadline(s)" in result.output
