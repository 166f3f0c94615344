"""Golden plans (issue 13): the whole `debtguide assess` output, in both languages, for the
situations the legal review found hardest. Rewrite with DEBTGUIDE_UPDATE_GOLDEN=1 and read the
diff before committing.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.test_letters_golden import _compare

ANSWERS = REPO / "tests" / "answers" / "plans"
GOLDEN = REPO / "tests" / "golden" / "plans"

CASES = {  # answers file: the day the plan is read
    "weekend-payment-order": "2026-12-07",
    "holiday-appeal": "2026-10-05",
    "old-debt-lawsuit": "2026-12-07",
    "arbitration-award-2026": "2026-12-07",
    "mediation-document": "2026-12-07",
    "small-claims-hearing": "2026-12-07",
    "enforcement-frozen": "2026-12-07",
}


def test_every_plan_answers_file_has_a_golden() -> None:
    assert {p.stem for p in ANSWERS.glob("*.yaml")} == set(CASES)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_plan_golden(cli, monkeypatch, name: str, lang: str) -> None:
    monkeypatch.chdir(REPO)  # the plan repeats the answers path in its letter commands
    monkeypatch.setenv("DEBTGUIDE_PLAIN", "0")  # the plan as a terminal shows it, boxes and all
    answers = f"tests/answers/plans/{name}.yaml"
    result = cli("assess", "--answers", answers, "--today", CASES[name], "--lang", lang)
    assert result.exit_code == 0, result.output
    _compare(GOLDEN / f"{name}.{lang}.txt", result.stdout)
