"""Golden letters: every letter type, in both languages, from realistic answers files.

Each case runs `debtguide letter` and compares stdout (the letter) and stderr (the notes: blanks,
deadline, how to send it) with tests/golden/letters/. When a change is intended, rewrite them
with DEBTGUIDE_UPDATE_GOLDEN=1 and read the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from debtguide.contract import LETTER_IDS
from tests.conftest import REPO

ANSWERS = REPO / "tests" / "answers"
GOLDEN = REPO / "tests" / "golden" / "letters"
TODAY = "2026-11-28"
UPDATE = os.environ.get("DEBTGUIDE_UPDATE_GOLDEN") == "1"

# The borrower's own details, as `--set` gives them; some cases leave fields blank on purpose.
LI_MING = [
    "name=李明",
    "id_last4=123X",
    "phone_last4=5678",
    "address=某省某市某区某路 8 号 3 单元 502 室",
]
COURT_PARTY = [
    "gender=男",
    "birth_date=1990-05-01",
    "ethnicity=汉族",
    "occupation=无业",
    "phone=13800005678",
]

CASES: dict[str, tuple[str, str, list[str]]] = {
    # name: (answers file, letter, --set values)
    "online-loan-negotiation": (
        "letters-online-loan",
        "negotiation",
        [*LI_MING, "contract_no=JK20250618-0042"],
    ),
    "pause-negotiation": ("letters-pause", "negotiation", [*LI_MING, "contract_no=尾号 6612"]),
    "old-debt-negotiation": ("letters-old-debt", "negotiation", LI_MING),
    "small-loan-statement-request": (
        "letters-small-loan",
        "statement-request",
        [*LI_MING, "contract_no=XD-2025-05-10-771"],
    ),
    "payment-order-statement-request": ("letters-payment-order", "statement-request", []),
    "online-loan-cease-third-party": (
        "letters-online-loan",
        "cease-third-party",
        [*LI_MING, "contract_no=JK20250618-0042"],
    ),
    "small-loan-complaint": (
        "letters-small-loan",
        "complaint",
        [*LI_MING, "phone=13800005678", "contract_no=XD-2025-05-10-771"],
    ),
    "online-loan-complaint": ("letters-online-loan", "complaint", LI_MING),
    "credit-objection": (
        "letters-credit",
        "credit-objection",
        [
            *LI_MING,
            "phone=13800005678",
            "bureau=中国人民银行征信中心",
            "record=某某消费金融有限公司 2025年3月发放的贷款账户，2025年9月显示逾期 1 期",
            "record_correct=2025年9月的还款已于 9月12日按时还清，有银行流水为证",
        ],
    ),
    "private-lawsuit-defense": (
        "letters-private-lawsuit",
        "defense",
        [*LI_MING, *COURT_PARTY, "court=某市某区人民法院", "case_no=（2026）某0102民初1234号"],
    ),
    "old-debt-defense": ("letters-old-debt", "defense", [*LI_MING, "court=某市某区人民法院"]),
    "enforcement-living-expenses": (
        "plans/enforcement-frozen",
        "living-expenses",
        [*LI_MING, "court=某市某区人民法院", "case_no=（2026）某0102执1234号"],
    ),
    "payment-order-objection": (
        "letters-payment-order",
        "payment-order-objection",
        [*LI_MING, *COURT_PARTY, "court=某市某区人民法院", "case_no=（2026）某0102民督56号"],
    ),
}


def _run(cli, name: str, lang: str):
    answers, letter, sets = CASES[name]
    args = ["letter", letter, "--answers", str(ANSWERS / f"{answers}.yaml"), "--today", TODAY]
    for item in sets:
        args += ["--set", item]
    return cli(*args, "--lang", lang)


def _compare(path: Path, actual: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path.name} is missing; run with DEBTGUIDE_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8"), f"{path.name} differs"


def test_every_letter_type_has_golden_cases() -> None:
    assert {letter for _, letter, _ in CASES.values()} == set(LETTER_IDS)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_letter_golden(cli, name: str, lang: str) -> None:
    result = _run(cli, name, lang)
    assert result.exit_code == 0, result.output
    _compare(GOLDEN / f"{name}.{lang}.txt", result.stdout)
    _compare(GOLDEN / f"{name}.{lang}.notes.txt", result.stderr)
