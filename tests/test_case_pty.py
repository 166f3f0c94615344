"""The case interview in a pseudo-terminal: three debts (one sued, one at phone collection,
one credit card), in both languages, with Ctrl-C in the middle of the second debt and
`--resume` going on from there."""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import time

import pytest

from debtguide.casefile import progress_path
from tests.test_reading_input import Terminal

TODAY = ["--today", "2026-12-07"]
SUED = ["1", "花花借", "95", "3,14", "2026-11-30", "", "", "", "", "", "n", "13", "5"]
PHONE = ["1", "极速贷", "40", "3,4", "n", "1,3", "5"]
CARD = ["3", "招商银行信用卡", "20", "1,3", "n", "13", "5"]


class Asked(Terminal):
    """A terminal that answers each question once it has been asked."""

    def __init__(self, lang: str, *args: str) -> None:
        super().__init__(*args)
        self.lang = lang
        self.asked = 0

    def answer(self, *lines: str) -> None:
        for line in lines:
            self.asked += 1
            self.wait_count(self.asked)
            self.send(line)

    def wait_count(self, count: int, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while self.prompts() < count:
            assert time.monotonic() < end, f"question {count} not asked; got:\n{self.output}"
            self._read()

    def prompts(self) -> int:
        """How many times an answer was asked for: each question ends with a "> " prompt."""
        return ("\n" + self.output).count("\n> ")

    def _read(self) -> None:
        import os
        import select

        ready, _, _ = select.select([self.primary], [], [], 0.2)
        if ready:
            with contextlib.suppress(OSError):
                self.seen += os.read(self.primary, 65536)


def interrupt(term: Terminal) -> int:
    time.sleep(0.3)
    term.process.send_signal(signal.SIGINT)
    try:
        term.process.wait(timeout=5)
    except subprocess.TimeoutExpired:  # see test_ctrl_c_at_the_choice_changes_nothing
        term.process.send_signal(signal.SIGINT)
    return term.finish()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_three_debts_ctrl_c_in_the_second_and_resume(cli, lang: str) -> None:
    term = Asked(lang, "assess", *TODAY, "--lang", lang)
    term.answer(*SUED, "n", "y", *PHONE[:3])  # the second debt: type, lender, days overdue
    term.wait_count(term.asked + 1)  # its next question is on screen
    assert interrupt(term) == 130, term.output
    assert "Traceback" not in term.output
    saved = json.loads(progress_path().read_text(encoding="utf-8"))
    debts = saved["answers"]["debts"]
    assert [d["lender_name"] for d in debts] == ["花花借", "极速贷"]
    assert debts[1]["days_overdue"] == 40 and "contact_kinds" not in debts[1]
    assert saved["answers"]["feels_unsafe"] is False

    term = Asked(lang, "assess", "--resume", *TODAY, "--lang", lang)
    # the five court dates skipped in the first debt are offered first; not now
    term.expect({"zh": "上次跳过了 5 个问题", "en": "You skipped 5 question(s) last time"}[lang])
    term.expect({"zh": "是 / 否（y / n）：", "en": "yes / no (y / n): "}[lang])
    term.send("n")
    term.answer(*PHONE[3:], "y", *CARD, "n")  # then the first plan, and the money offer
    first_plan = {"zh": "你的 3 笔欠款一览", "en": "Your 3 debts at a glance"}[lang]
    term.expect(first_plan)
    term.answer("n")  # no money questions now
    assert term.finish() == 0, term.output
    out = term.output
    assert "Traceback" not in out
    after = out[out.rindex(first_plan) :]  # the plan printed at the end
    assert "2026-12-15" in after
    for debt_id in ("online-platform", "online-platform-2", "credit-card"):
        assert f"--debt {debt_id}" in after
    # the household question was asked in the first session, not again
    assert {"zh": "是否感到", "en": "Do you feel physically unsafe"}[lang] not in out
