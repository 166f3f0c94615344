"""The interactive interview through Typer's runner: typed answers, re-asking, skipping,
help, saving after every answer, resuming, and interruption."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import yaml

from debtguide.casefile import progress_path
from debtguide.cli.interview import Interview

TODAY = "2026-11-28"


def progress() -> dict:
    return json.loads(progress_path().read_text(encoding="utf-8"))


def test_typed_interview_reasks_skips_and_saves(cli, tmp_path: Path) -> None:
    saved = tmp_path / "answers.yaml"
    typed = "\n".join(
        [
            "9",  # loan_type: out of range → re-asked
            "1",  # online_platform
            "",  # lender_name skipped
            "lots",  # days_overdue: not a number → re-asked
            "120",
            "?",  # help for contact_kinds, then the answer
            "3,14",  # phone_calls, court_summons
            "2026-02-30",  # not a date → re-asked
            "11-25",  # summons date, this year
        ]
    )
    result = cli(
        "assess", "--today", TODAY, "--lang", "en", "--save", str(saved), input=typed + "\n"
    )
    # input runs out before the interview ends: progress is saved and the exit code is 130
    assert result.exit_code == 130, result.output
    assert "Please try again" in result.output
    assert "not one of the choices" in result.output
    assert "not a whole number" in result.output
    assert "not a date" in result.output
    flowing = " ".join(result.output.split())  # Rich wraps lines at the terminal width
    assert "Court papers normally carry the court's seal" in flowing  # the `?` help
    assert "debtguide assess --resume" in result.output
    data = progress()
    assert data["answers"] == {
        "loan_type": "online_platform",
        "days_overdue": 120,
        "contact_kinds": ["phone_calls", "court_summons"],
        "summons_received_date": "2026-11-25",
    }
    assert "lender_name" in data["skipped"]
    assert not saved.exists()  # --save is written only when the interview is complete


def test_progress_file_is_private(cli) -> None:
    cli("assess", "--today", TODAY, "--lang", "en", input="1\n")
    path = progress_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_resume_continues_and_finishes(cli, tmp_path: Path) -> None:
    first = cli("assess", "--today", TODAY, "--lang", "en", input="6\n\n400\n3\n")
    assert first.exit_code == 130
    # every remaining question skipped with Enter; the plan is printed at the end
    blanks = "\n" * 40
    out = tmp_path / "saved.yaml"
    result = cli(
        "assess", "--resume", "--today", TODAY, "--lang", "en", "--save", str(out), input=blanks
    )
    assert result.exit_code == 0, result.output
    assert "Continuing where you left off (3 answered)" in result.output
    assert "Where you are now: Phone collection" in result.stdout
    assert yaml.safe_load(out.read_text(encoding="utf-8")) == {
        "loan_type": "private_lender",
        "days_overdue": 400,
        "contact_kinds": ["phone_calls"],
    }


def test_resume_without_saved_interview(cli) -> None:
    result = cli("assess", "--resume", "--lang", "en")
    assert result.exit_code == 2
    assert "No saved interview" in result.stderr


def test_ctrl_c_saves_what_was_answered(cli, monkeypatch) -> None:
    asked = []
    original = Interview.ask

    def ask(self, question):
        if len(asked) == 2:
            raise KeyboardInterrupt
        asked.append(question.id)
        return original(self, question)

    monkeypatch.setattr(Interview, "ask", ask)
    result = cli("assess", "--today", TODAY, "--lang", "zh", input="2\n\n")
    assert result.exit_code == 130
    assert "debtguide assess --resume" in result.output
    assert "Traceback" not in result.output
    assert progress()["answers"] == {"loan_type": "bank_consumer_loan"}
    assert os.path.exists(progress_path())
