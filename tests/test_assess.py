"""`debtguide assess --answers`: realistic situations checked for stage, exact deadline dates,
red flags and letters, in both languages, plus the JSON contract and bad answers files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from debtguide.contract import FLAG_IDS, STAGE_IDS

ANSWERS = Path(__file__).parent / "answers"
TODAY = "2026-11-28"

# situation: (stage, {deadline kind: (date, days left)}, flags, letters)
CASES = {
    # with no answers the plan assumes a missed payment, and its first steps offer a plan
    "empty": ("reminder", {}, set(), {"negotiation"}),
    "pre-overdue": ("pre-overdue", {}, set(), {"negotiation", "statement-request"}),
    "reminder-credit-card": ("reminder", {}, set(), {"negotiation"}),
    "credit-objection": (
        "reminder",
        {"credit-objection-reply": ("2026-11-30", 2)},
        set(),
        {"negotiation", "credit-objection"},
    ),
    # the written-collection and legal-letter steps ask for the breakdown: statement-request
    "written-collection": ("written-collection", {}, set(), {"negotiation", "statement-request"}),
    "night-calls": (
        "phone-collection",
        {},
        {"night-contact", "excessive-frequency"},
        {"negotiation", "cease-third-party", "complaint"},
    ),
    "address-book": (
        "phone-collection",
        {},
        {"third-party-contact", "insults", "public-shaming"},
        {"negotiation", "statement-request", "cease-third-party", "complaint"},
    ),
    "threats-unsafe": (
        "phone-collection",
        {},
        {"night-contact", "threats", "home-intimidation"},
        {"negotiation", "statement-request", "cease-third-party", "complaint"},
    ),
    "phone-lease": (
        "phone-collection",
        {},
        {"excessive-frequency", "disguised-loan", "excessive-interest"},
        {"negotiation", "statement-request", "cease-third-party", "complaint"},
    ),
    "legal-letter-fake": (
        "legal-letter",
        {},
        {"impersonation", "fake-legal-document"},
        {"negotiation", "statement-request", "complaint"},
    ),
    "scams": (
        "legal-letter",
        {},
        {
            "personal-account-payment",
            "credit-repair-scam",
            "debt-agency-scam",
            "loan-to-repay-trap",
            "cancel-account-scam",
        },
        {"negotiation", "statement-request", "complaint"},
    ),
    "debt-assigned": (
        "phone-collection",
        {},
        {"third-party-contact"},
        # 1,200 days overdue: no offer to pay before the limitation check (issue 13 item 2)
        {"statement-request", "cease-third-party", "complaint"},
    ),
    "mediation": ("pre-suit-mediation", {}, set(), {"negotiation"}),
    "arbitration": (
        "arbitration",
        {},
        {"excessive-interest"},
        {"negotiation", "statement-request", "complaint"},
    ),
    "payment-order": (
        "payment-order",
        {"payment-order-objection": ("2026-12-05", 7)},
        set(),
        {"payment-order-objection", "negotiation", "statement-request"},
    ),
    "lawsuit": (
        "lawsuit",
        {"defense": ("2026-12-10", 12)},
        {"third-party-contact", "excessive-interest"},
        {"defense", "negotiation", "statement-request", "cease-third-party", "complaint"},
    ),
    "lawsuit-no-date": ("lawsuit", {}, set(), {"defense", "negotiation"}),
    # once judgment is given a defence is too late: no `defense` letter after the lawsuit stage
    "judgment-small-claims": ("judgment", {}, set(), {"negotiation"}),
    "judgment-passed": ("judgment", {"appeal": ("2026-10-16", -43)}, set(), {"negotiation"}),
    "enforcement": ("enforcement", {}, set(), {"negotiation", "living-expenses"}),
}


def assess_json(cli, name: str, lang: str = "en", *extra: str) -> dict:
    result = cli(
        "assess",
        "--answers",
        str(ANSWERS / f"{name}.yaml"),
        "--today",
        TODAY,
        "--json",
        "--lang",
        lang,
        *extra,
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_situation_file_is_covered() -> None:
    situations = {p.stem for p in ANSWERS.glob("*.yaml") if not p.stem.startswith("letters-")}
    assert situations == set(CASES)


def test_the_situations_cover_every_stage_and_answer_flag() -> None:
    stages = {case[0] for case in CASES.values()}
    assert stages == set(STAGE_IDS) - {"credit-record"}
    flags = set().union(*(case[2] for case in CASES.values()))
    # the two remaining flags come from a message, not from the answers (tests/test_assess_message.py)
    assert flags == set(FLAG_IDS) - {"false-criminal-threat", "phishing-link"}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_situation(cli, name: str, lang: str) -> None:
    stage, deadlines, flags, letters = CASES[name]
    data = assess_json(cli, name, lang)
    assert data["schema"] == "debtguide.assessment/1"
    assert data["today"] == TODAY and data["lang"] == lang and data["pack"] == "cn"
    assert data["stage"]["id"] == stage
    assert data["stage"]["why"] and data["stage"]["title"]
    got = {d["kind"]: (d["date"], d["days_left"]) for d in data["deadlines"]}
    assert got == deadlines
    assert {f["id"] for f in data["flags"]} == flags
    assert set(data["letters"]) == letters
    for flag in data["flags"]:
        assert flag["title"] and flag["why"] and flag["report_to"]
    for action in data["actions"]:
        assert action["when"] in ("now", "this_week", "ongoing")
    assert data["credit_record"] is (stage != "pre-overdue")


def test_json_is_the_only_thing_on_stdout(cli) -> None:
    data = assess_json(cli, "lawsuit")
    assert set(data) >= {
        "schema",
        "pack",
        "lang",
        "today",
        "stage",
        "deadlines",
        "actions",
        "flags",
        "letters",
        "money",
        "unknown",
        "disclaimer",
    }
    deadline = data["deadlines"][0]
    assert set(deadline) >= {"kind", "date", "days_left", "title", "cites"}
    assert "civil-procedure-law-128" in deadline["cites"]


def test_money_section(cli) -> None:
    money = assess_json(cli, "lawsuit")["money"]
    assert money["apr"] == pytest.approx(0.3507, abs=1e-4)
    assert money["affordable_monthly"] > 0
    assert {t["applies"] for t in money["thresholds"]} == {"maybe"}
    assert all(t["exceeded"] for t in money["thresholds"])
    assert "apr" not in assess_json(cli, "night-calls")["money"]


def test_missing_date_goes_to_unknown_with_what_to_check(cli) -> None:
    data = assess_json(cli, "lawsuit-no-date")
    assert "summons_received_date" in data["unknown"]
    assert data["missing_deadlines"][0]["kind"] == "defense"
    assert "courier" in data["missing_deadlines"][0]["check"]


def test_passed_deadline_says_what_can_still_be_done(cli) -> None:
    data = assess_json(cli, "judgment-passed")
    appeal = data["deadlines"][0]
    assert appeal["passed"] is True and "retrial" in appeal["after"]


def test_safety_comes_first(cli) -> None:
    data = assess_json(cli, "threats-unsafe")
    assert data["safety_first"] is True
    assert data["actions"][0]["safety"] is True


def test_terminal_plan_in_both_languages(cli) -> None:
    en = cli("assess", "--answers", str(ANSWERS / "lawsuit.yaml"), "--today", TODAY, "--lang", "en")
    assert en.exit_code == 0
    assert "Where you are now: " in en.stdout and "2026-12-10" in en.stdout
    assert "debtguide letter defense --answers" in en.stdout
    zh = cli("assess", "--answers", str(ANSWERS / "lawsuit.yaml"), "--today", TODAY, "--lang", "zh")
    assert "你现在处在：" in zh.stdout and "2026-12-10" in zh.stdout


def test_bad_answers_file_lists_every_problem(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "loan_type: bank\ndays_overdue: -4\ncontact_kinds: [court_summons, letter]\n"
        "summons_received_date: 2026-13-01\nmood: calm\ncollector_behaviour: [none, insults]\n",
        encoding="utf-8",
    )
    result = cli("assess", "--answers", str(bad), "--lang", "en")
    assert result.exit_code == 2
    err = result.stderr
    assert "6 problem(s)" in err
    for expected in (
        "loan_type: 'bank'",
        "days_overdue: -4",
        "contact_kinds: 'letter'",
        "summons_received_date",
        "mood: not a question id",
        "cannot be combined",
    ):
        assert expected in err, expected
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "content, message",
    [("- just\n- a list\n", "must be a mapping"), ("a: [unclosed\n", "Cannot read")],
)
def test_unreadable_answers(cli, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(content, encoding="utf-8")
    result = cli("assess", "--answers", str(path), "--lang", "en")
    assert result.exit_code == 2 and message in result.stderr


def test_missing_answers_file_and_bad_today(cli, tmp_path: Path) -> None:
    assert cli("assess", "--answers", str(tmp_path / "none.yaml")).exit_code == 2
    result = cli(
        "assess", "--answers", str(ANSWERS / "empty.yaml"), "--today", "28/11/2026", "--lang", "en"
    )
    assert result.exit_code == 2 and "--today" in result.stderr


def test_ics_export_and_refusal_to_overwrite(cli, tmp_path: Path) -> None:
    ics = tmp_path / "deadlines.ics"
    args = (
        "assess",
        "--answers",
        str(ANSWERS / "lawsuit.yaml"),
        "--today",
        TODAY,
        "--lang",
        "zh",
        "--ics",
        str(ics),
    )
    assert cli(*args).exit_code == 0
    text = ics.read_bytes().decode("utf-8")
    assert "DTSTART;VALUE=DATE:20261210" in text and "TRIGGER:-P3D" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    ics.write_text("mine", encoding="utf-8")
    again = cli(*args)
    assert again.exit_code == 2 and ics.read_text(encoding="utf-8") == "mine"
    assert cli(*args, "--force").exit_code == 0


def test_save_writes_a_replayable_answers_file(cli, tmp_path: Path) -> None:
    saved = tmp_path / "replay.json"
    first = cli(
        "assess",
        "--answers",
        str(ANSWERS / "lawsuit.yaml"),
        "--today",
        TODAY,
        "--json",
        "--save",
        str(saved),
    )
    assert first.exit_code == 0
    again = cli("assess", "--answers", str(saved), "--today", TODAY, "--json")
    assert json.loads(again.stdout) == json.loads(first.stdout)
