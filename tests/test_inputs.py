"""One date reader (answers files, --today, --since, --contract-date) and one yes/no vocabulary."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from debtguide.inputs import NO, YES, full_date, yes_no
from tests.conftest import REPO

LAWSUIT = REPO / "tests" / "answers" / "lawsuit.yaml"


@pytest.mark.parametrize(
    "typed", ["2026-11-28", "2026/11/28", "2026.11.28", "2026年11月28日", " 2026 年 11 月 28 日 "]
)
def test_the_written_forms_of_one_day(typed: str) -> None:
    assert full_date(typed) == dt.date(2026, 11, 28)


@pytest.mark.parametrize("typed", ["28/11/2026", "11-28", "2026-02-30", "", "tomorrow"])
def test_what_is_not_a_full_date(typed: str) -> None:
    with pytest.raises(ValueError):
        full_date(typed)


def test_today_in_chinese_gives_the_same_plan(cli) -> None:
    args = ("assess", "--answers", str(LAWSUIT), "--json", "--lang", "en")
    iso = cli(*args, "--today", "2026-11-28")
    chinese = cli(*args, "--today", "2026年11月28日")
    assert iso.exit_code == chinese.exit_code == 0
    assert json.loads(chinese.stdout) == json.loads(iso.stdout)


def test_contract_date_in_chinese_is_read(cli) -> None:
    args = ("apr", "--received", "10000", "--installment", "1000", "--count", "12", "--lang", "en")
    iso = cli(*args, "--contract-date", "2021-03-01")
    chinese = cli(*args, "--contract-date", "2021年3月1日")
    assert iso.exit_code == 0, iso.output
    assert chinese.stdout == iso.stdout


def test_since_in_chinese_is_read(cli) -> None:
    iso = cli("log", "list", "--since", "2026-11-01", "--json", "--lang", "en")
    chinese = cli("log", "list", "--since", "2026年11月1日", "--json", "--lang", "en")
    assert iso.exit_code == chinese.exit_code == 0, chinese.output
    assert chinese.stdout == iso.stdout
    assert cli("log", "list", "--since", "1 Nov", "--lang", "en").exit_code == 2


def test_one_yes_no_vocabulary() -> None:
    assert not YES & NO
    assert all(yes_no(f" {w.upper()} ") is True for w in YES)
    assert all(yes_no(w) is False for w in NO)
    assert yes_no("maybe") is None and yes_no("") is None


def test_an_answers_file_reads_the_same_words() -> None:
    from debtguide.answers import _bool

    assert _bool("好") is True and _bool("不用") is False
