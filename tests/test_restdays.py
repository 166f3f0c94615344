"""Rest days (issue 13 item 1, review finding 1): a deadline whose counted last day is a rest
day is never shown as passed, nor its steps dropped, before the law's last day has gone by."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from debtguide import restdays
from debtguide.engine import assess

D = dt.date


def _assess_json(cli, tmp_path, answers: str, today: str, lang: str = "en") -> dict:
    path = tmp_path / "answers.yaml"
    path.write_text(answers, encoding="utf-8")
    result = cli("assess", "--answers", str(path), "--today", today, "--json", "--lang", lang)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _plan(cli, tmp_path, answers: str, today: str, lang: str = "en") -> str:
    path = tmp_path / "answers.yaml"
    path.write_text(answers, encoding="utf-8")
    result = cli("assess", "--answers", str(path), "--today", today, "--lang", lang)
    assert result.exit_code == 0, result.output
    return result.stdout


PAYMENT_ORDER = """\
loan_type: online_platform
days_overdue: 120
contact_kinds: [phone_calls, payment_order]
payment_order_received_date: {start}
"""
JUDGMENT = """\
loan_type: online_platform
days_overdue: 300
contact_kinds: [court_summons, judgment]
judgment_received_date: {start}
"""


def test_the_calendar_knows_weekends_holidays_and_swapped_working_days() -> None:
    assert restdays.is_rest_day(D(2026, 12, 5))  # a Saturday
    assert not restdays.is_rest_day(D(2026, 12, 7))  # a Monday
    assert restdays.is_rest_day(D(2026, 10, 6))  # National Day, a Tuesday
    assert not restdays.is_rest_day(D(2026, 10, 10))  # 调休: a Saturday worked
    assert not restdays.is_rest_day(D(2026, 9, 20))  # 调休: a Sunday worked
    assert restdays.legal_last_day(D(2026, 10, 1)).day == D(2026, 10, 8)
    assert restdays.legal_last_day(D(2026, 12, 5)).day == D(2026, 12, 7)
    assert restdays.legal_last_day(D(2026, 12, 8)).moved is False


def test_a_year_the_calendar_does_not_know_counts_only_weekends() -> None:
    year = 2099
    assert not restdays.known_year(year)
    assert restdays.is_rest_day(D(year, 1, 3))  # a Saturday
    assert not restdays.is_rest_day(D(year, 1, 1))  # a Thursday: New Year unknown, not assumed
    found = restdays.legal_last_day(D(year, 1, 3))
    assert found.day == D(year, 1, 5)
    assert found.unknown_years == (year,)


def test_date_arithmetic_stops_at_the_end_of_the_calendar(pack) -> None:
    assert restdays.add_days(D.max, 15) == D.max
    assert restdays.add_days(D.min, -1) == D.min
    assert restdays.legal_last_day(D.max).day == D.max  # 9999-12-31 is a Friday anyway
    answers = {"contact_kinds": ["payment_order"], "payment_order_received_date": D(9999, 12, 30)}
    result = assess(pack, answers, D.max)
    (deadline,) = result.deadlines
    assert deadline.date == D.max and deadline.status == "open"


def test_today_at_the_end_of_the_calendar_does_not_crash(cli, tmp_path) -> None:
    data = _assess_json(cli, tmp_path, PAYMENT_ORDER.format(start="2026-11-20"), "2099-12-31")
    assert data["deadlines"][0]["status"] == "passed"
    path = tmp_path / "far.yaml"
    path.write_text(PAYMENT_ORDER.format(start="2026-11-20"), encoding="utf-8")
    far = cli("assess", "--answers", str(path), "--today", "9999-12-31", "--json")
    assert far.exit_code == 2 and "2099-12-31" in far.output  # refused, named, no traceback


def test_last_day_on_a_saturday_may_still_be_open_on_monday(cli, tmp_path) -> None:
    answers = PAYMENT_ORDER.format(start="2026-11-20")  # day 15: Saturday 2026-12-05
    data = _assess_json(cli, tmp_path, answers, "2026-12-07")
    (deadline,) = data["deadlines"]
    assert deadline["date"] == "2026-12-05"
    assert deadline["legal_last_day"] == "2026-12-07"
    assert deadline["status"] == "may-be-open"
    assert deadline["passed"] is False and "after" not in deadline
    assert "file today" in deadline["may_be_open"]
    ids = [a["id"] for a in data["actions"]]
    assert {"deadline-may-be-open", "payment-order-decide", "payment-order-proof"} <= set(ids)
    later = _assess_json(cli, tmp_path, answers, "2026-12-08")["deadlines"][0]
    assert later["status"] == "passed" and "after" in later
    before = _assess_json(cli, tmp_path, answers, "2026-12-05")["deadlines"][0]
    assert before["status"] == "open" and before["days_left"] == 0


def test_last_day_inside_national_day_is_moved_past_the_holiday(cli, tmp_path) -> None:
    answers = JUDGMENT.format(start="2026-09-16")  # day 15: 2026-10-01
    data = _assess_json(cli, tmp_path, answers, "2026-10-05")
    (deadline,) = data["deadlines"]
    assert (deadline["date"], deadline["legal_last_day"]) == ("2026-10-01", "2026-10-08")
    assert deadline["status"] == "may-be-open"
    assert "judgment-appeal-decide" in [a["id"] for a in data["actions"]]
    plan = _plan(cli, tmp_path, answers, "2026-10-05", "zh")
    assert "可能仍未过期" in plan and "今天就提交" in plan
    assert "判决生效" not in plan.split("期限")[1].split("现在就做")[0]
    assert _assess_json(cli, tmp_path, answers, "2026-10-09")["deadlines"][0]["status"] == "passed"


def test_a_swapped_working_saturday_is_not_moved(cli, tmp_path) -> None:
    answers = PAYMENT_ORDER.format(start="2026-09-25")  # day 15: Saturday 2026-10-10, worked
    data = _assess_json(cli, tmp_path, answers, "2026-10-12")
    (deadline,) = data["deadlines"]
    assert deadline["date"] == deadline["legal_last_day"] == "2026-10-10"
    assert deadline["status"] == "passed"


def test_a_year_without_holiday_data_is_said_plainly(cli, tmp_path) -> None:
    answers = PAYMENT_ORDER.format(start="2026-12-18")  # day 15: Saturday 2027-01-02
    data = _assess_json(cli, tmp_path, answers, "2026-12-20")
    (deadline,) = data["deadlines"]
    assert deadline["legal_last_day"] == "2027-01-04"
    assert deadline["holidays_unknown_years"] == [2027]
    assert _assess_json(cli, tmp_path, answers, "2027-01-04")["deadlines"][0]["status"] == (
        "may-be-open"
    )
    for lang, words in (("en", "does not cover 2027"), ("zh", "不包含 2027 年")):
        assert words in " ".join(_plan(cli, tmp_path, answers, "2026-12-20", lang).split())


@pytest.mark.parametrize(("today", "events"), [("2026-12-07", 1), ("2026-12-08", 0)])
def test_the_calendar_file_keeps_the_event_until_the_legal_last_day(
    cli, tmp_path, today: str, events: int
) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(PAYMENT_ORDER.format(start="2026-11-20"), encoding="utf-8")
    ics = tmp_path / "d.ics"
    result = cli("assess", "--answers", str(path), "--today", today, "--ics", str(ics))
    assert result.exit_code == 0, result.output
    if not events:  # nothing left to remind of: no file at all
        assert not ics.exists()
        return
    text = ics.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == events
    assert "DTSTART;VALUE=DATE:20261207" in text


def test_the_letter_notes_say_the_period_may_be_open(cli, tmp_path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(PAYMENT_ORDER.format(start="2026-11-20"), encoding="utf-8")
    result = cli(
        "letter", "payment-order-objection", "--answers", str(path), "--today", "2026-12-07"
    )
    assert result.exit_code == 0, result.output
    assert "may still be open" in " ".join(result.stderr.split())
