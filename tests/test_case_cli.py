"""The whole case through the command line: a three-debt case (one sued, one at phone
collection, one credit card), adding a debt later, changing an answer, a skipped question
answered later, letters per debt with per-debt evidence, the plan file, the folder mode."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from debtguide.casefile import progress_path
from tests.conftest import REPO

THREE = REPO / "tests" / "cases" / "three-debts.yaml"
SCHEMA = REPO / "debtguide" / "schemas" / "case-1.schema.json"
TODAY = ["--today", "2026-12-07"]
FIRST_SCREEN = {"zh": "每笔欠款都要做的事", "en": "For all your debts"}


def saved() -> dict:
    return json.loads(progress_path().read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_first_screen_of_the_three_debt_plan_fits_40_lines(cli, lang: str) -> None:
    result = cli("assess", "--answers", str(THREE), *TODAY, "--lang", lang)
    assert result.exit_code == 0, result.output
    first = result.stdout.split(FIRST_SCREEN[lang])[0].rstrip("\n").splitlines()
    assert len(first) <= 40, "\n".join(first)  # COLUMNS=100 (tests/conftest.py)
    assert max(len(line) for line in first) <= 100
    text = "\n".join(first)
    for debt_id in ("huahua", "jisu", "zhaoshang-card"):
        assert debt_id in text
    assert "2026-12-15" in text and text.index("2026-12-15") < text.index("[huahua]")
    stage = {"zh": "诉讼（被起诉）", "en": "Lawsuit (being sued)"}[lang]
    assert stage in first[2]  # the sued debt comes first, its stage on its line


def test_the_three_debt_json_validates_against_the_shipped_schema(cli) -> None:
    result = cli("assess", "--answers", str(THREE), *TODAY, "--json", "--lang", "en")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    assert [d["stage"]["id"] for d in data["debts"]] == [
        "lawsuit",
        "phone-collection",
        "phone-collection",
    ]
    assert data["deadlines"][0]["debt"] == "huahua" and data["order"][0] == "huahua"


def test_a_one_debt_case_file_still_prints_the_assessment(cli, tmp_path: Path) -> None:
    one = tmp_path / "one.yaml"
    one.write_text(
        "monthly_income: 5000\ndebts:\n  - lender_name: 甲\n    days_overdue: 30\n",
        encoding="utf-8",
    )
    data = json.loads(cli("assess", "--answers", str(one), *TODAY, "--json").stdout)
    assert data["schema"] == "debtguide.assessment/1"


# ---- the interview and the saved case --------------------------------------------------------

SUED = "1\n花花借\n95\n3,14\n2026-11-30\n\n\n\n\n\nn\n13\n5\n"  # 13 questions, 5 dates skipped


def test_a_debt_is_added_later_without_repeating_the_others(cli) -> None:
    first = cli("assess", *TODAY, "--lang", "en", input=SUED + "n\nn\nn\n")
    assert first.exit_code == 0, first.output
    before = saved()["answers"]
    assert before["lender_name"] == "花花借"
    added = cli(
        "assess", "--add-debt", *TODAY, "--lang", "en", input="3\n招商银行信用卡\n20\n1,3\nn\n13\n5\nn\n"
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "What kind of loan" in added.output
    assert added.output.count("What kind of loan") == 1  # the first debt is not asked again
    assert "Do you feel physically unsafe" not in added.output  # household: asked once
    after = saved()["answers"]
    assert [d["lender_name"] for d in after["debts"]] == ["花花借", "招商银行信用卡"]
    assert after["debts"][0]["summons_received_date"] == "2026-11-30"
    assert after["debts"][1]["id"] == "credit-card"
    assert "Your 2 debts at a glance" in added.output


def test_changing_one_answer_reruns_the_plan(cli) -> None:
    cli("assess", *TODAY, "--lang", "en", input=SUED + "n\nn\nn\n")
    listed = cli("review", *TODAY, "--lang", "en")
    assert listed.exit_code == 0, listed.output
    line = next(x for x in listed.stdout.splitlines() if "Days overdue: 95" in x)
    number = line.split(".")[0]
    changed = cli("review", "--change", number, "--value", "120", *TODAY, "--lang", "en")
    assert changed.exit_code == 0, changed.output
    assert f"Changed: {number}. [online-platform] Days overdue: 120" in changed.stdout
    assert "Your debt at a glance" in changed.stdout  # the plan, run again
    assert saved()["answers"]["days_overdue"] == 120
    bad = cli("review", "--change", number, "--value", "lots", *TODAY, "--lang", "en")
    assert bad.exit_code == 2 and "was not changed" in bad.stderr
    assert saved()["answers"]["days_overdue"] == 120


def test_a_skipped_question_is_answered_later(cli) -> None:
    cli("assess", *TODAY, "--lang", "en", input=SUED + "n\nn\nn\n")
    listed = cli("review", *TODAY, "--lang", "en").stdout
    line = next(x for x in listed.splitlines() if "Case number" in x)
    assert "(skipped, not answered yet)" in line
    assert "case_number" in saved()["skipped"]
    number = line.split(".")[0]
    done = cli("review", "--change", number, "--value", "(2026)某0101民初1号", *TODAY)
    assert done.exit_code == 0, done.output
    assert saved()["answers"]["case_number"] == "(2026)某0101民初1号"
    assert "case_number" not in saved()["skipped"]


# ---- letters and the log, per debt -----------------------------------------------------------


def test_letters_per_debt_use_only_that_debts_evidence(cli, pack) -> None:
    import datetime as dt

    from debtguide.casefile import read_case_file, save_case

    # the three-debt case as the saved interview (with its profile kept beside it)
    save_case(pack, read_case_file(pack, THREE, dt.date(2026, 12, 7), "en"))
    log = ["log", "add", "--channel", "call", "--lang", "en"]
    assert cli(*log, "--when", "2026-12-01 23:10", "--who", "极速贷催收", "--debt", "jisu",
               "--behaviour", "calls_at_night").exit_code == 0  # fmt: skip
    assert cli(*log, "--when", "2026-12-02 10:00", "--who", "花花借法务", "--debt", "huahua",
               "--behaviour", "insults").exit_code == 0  # fmt: skip
    assert cli(*log, "--when", "2026-12-03 10:00", "--who", "unknown caller").exit_code == 0
    bad = cli(*log, "--when", "2026-12-03 11:00", "--debt", "nobody")
    assert bad.exit_code == 2 and "huahua, jisu, zhaoshang-card" in bad.stderr

    listing = json.loads(cli("log", "list", "--json").stdout)["entries"]
    assert [e["debt"] for e in listing] == ["jisu", "huahua", None]
    report = json.loads(cli("log", "report", "--json").stdout)
    assert report["debts"] == {"1": "jisu", "2": "huahua", "3": None}
    night = next(f for f in report["flags"] if f["id"] == "night-contact")
    assert [report["debts"][str(n)] for n in night["entries"]] == ["jisu"]

    jisu = cli("letter", "complaint", "--debt", "jisu", *TODAY, "--lang", "en")
    assert jisu.exit_code == 0, jisu.output
    assert "极速贷催收" in jisu.stdout
    assert "花花借法务" not in jisu.stdout and "unknown caller" not in jisu.stdout
    hua = cli("letter", "negotiation", "--debt", "huahua", *TODAY, "--lang", "en")
    assert hua.exit_code == 0, hua.output
    assert "张三" in hua.stdout and "HT2026001" in hua.stdout  # profile and the debt's field
    assert "1,800.00 yuan a month" in hua.stdout
    assert "Stop contacting my family" not in hua.stdout  # not reported for this lender
    which = cli("letter", "negotiation", *TODAY, "--lang", "en")
    assert which.exit_code == 2 and "--debt" in which.stderr

    # an untied entry is used once it is tied
    assert cli("log", "edit", "3", "--debt", "jisu").exit_code == 0
    again = cli("letter", "complaint", "--debt", "jisu", *TODAY, "--lang", "en")
    assert "unknown caller" in again.stdout
    kept = cli("log", "delete", "3", "--lang", "en")  # no terminal to ask: refused
    assert kept.exit_code == 2 and "--yes" in kept.stderr
    assert cli("log", "delete", "3", "--yes").exit_code == 0
    assert len(json.loads(cli("log", "list", "--json").stdout)["entries"]) == 2


# ---- the plan file and the folder mode -------------------------------------------------------


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_the_plan_file(cli, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"plan{suffix}"
    result = cli("assess", "--answers", str(THREE), *TODAY, "--out", str(target), "--lang", "zh")
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "花花借" in text and "2026-12-15" in text
    again = cli("assess", "--answers", str(THREE), *TODAY, "--out", str(target))
    assert again.exit_code == 2  # an existing file is kept without --force
    assert target.read_text(encoding="utf-8") == text
    wrong = cli("assess", "--answers", str(THREE), *TODAY, "--out", str(tmp_path / "p.pdf"))
    assert wrong.exit_code == 2 and ".md" in wrong.stderr


def test_the_folder_mode_gives_json_lines_and_an_error_object(cli, tmp_path: Path) -> None:
    shutil.copy(THREE, tmp_path / "b-three.yaml")
    shutil.copy(REPO / "tests" / "answers" / "lawsuit.yaml", tmp_path / "a-lawsuit.yaml")
    (tmp_path / "c-broken.yaml").write_text("debts: [{id: Bad ID}]\n", encoding="utf-8")
    result = cli("assess", "--answers", str(tmp_path), "--json", *TODAY, "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["file"] for x in lines] == ["a-lawsuit.yaml", "b-three.yaml", "c-broken.yaml"]
    assert lines[0]["schema"] == "debtguide.assessment/1"
    assert lines[1]["schema"] == "debtguide.case/1"
    assert "cannot be an id" in lines[2]["error"]["problems"][0]
    assert "1 of 3 files had problems" in result.stderr


# ---- budget from the case --------------------------------------------------------------------


def test_budget_works_from_the_case_without_another_file(cli) -> None:
    result = cli("budget", "--answers", str(THREE), "--json", "--lang", "en")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["priority"] == "court-first"  # court and enforcement debts first
    offers = {o["creditor"]: o["monthly"] for o in data["debts"]}
    assert offers == {
        "花花借 (huahua)": 1800,
        "极速贷 (jisu)": 0,
        "招商银行信用卡 (zhaoshang-card)": 0,
    }
    none = cli("budget", "--lang", "en")  # no file, no saved interview
    assert none.exit_code == 2 and "No debts to split" in none.stderr


def test_a_message_with_several_debts_is_refused_with_what_to_do(cli, tmp_path: Path) -> None:
    sms = tmp_path / "sms.txt"
    sms.write_text("今天不还款就上门", encoding="utf-8")
    result = cli("assess", "--answers", str(THREE), "--message", str(sms), *TODAY, "--lang", "en")
    assert result.exit_code == 2 and "check-message" in result.stderr


def test_the_profile_is_kept_used_by_every_letter_overridden_and_forgotten(cli) -> None:
    from debtguide.casefile import keep_profile, load_profile, profile_path

    keep_profile({"name": "李明", "phone_last4": "5678", "contract_no": "not a profile field"})
    assert load_profile() == {"name": "李明", "phone_last4": "5678"}
    assert (profile_path().stat().st_mode & 0o777) == 0o600
    answers = str(REPO / "tests" / "answers" / "letters-online-loan.yaml")
    first = cli("letter", "negotiation", "--answers", answers, *TODAY, "--lang", "zh")
    assert first.exit_code == 0 and "李明" in first.stdout and "5678" in first.stdout
    other = cli("letter", "statement-request", "--answers", answers, *TODAY, "--lang", "zh")
    assert "李明" in other.stdout
    once = cli("letter", "negotiation", "--answers", answers, "--set", "name=王五", *TODAY)
    assert "王五" in once.stdout and "李明" not in once.stdout
    assert load_profile()["name"] == "李明"  # --set is for one letter
    gone = cli("forget", "--yes", "--lang", "en")
    assert gone.exit_code == 0 and "profile.json" in gone.stdout
    assert not profile_path().exists()


def test_two_debts_sued_the_same_day_keep_two_calendar_events(cli, tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(
        "debts:\n"
        "  - {id: huahua, lender_name: 花花借, contact_kinds: [court_summons],"
        " summons_received_date: 2026-11-30}\n"
        "  - {id: jisu, lender_name: 极速贷, contact_kinds: [court_summons],"
        " summons_received_date: 2026-11-30}\n",
        encoding="utf-8",
    )
    ics = tmp_path / "d.ics"
    result = cli("assess", "--answers", str(case), "--today", "2026-12-07", "--ics", str(ics),
                 "--lang", "en")  # fmt: skip
    assert result.exit_code == 0, result.output
    text = ics.read_text(encoding="utf-8").replace("\r\n ", "")  # unfold long lines
    uids = [line for line in text.splitlines() if line.startswith("UID:")]
    assert len(uids) == 2 and len(set(uids)) == 2  # a calendar keeps both, not one
    summaries = [line for line in text.splitlines() if line.startswith("SUMMARY:")]
    assert any("花花借" in s for s in summaries) and any("极速贷" in s for s in summaries)


@pytest.mark.parametrize(
    ("lang", "rights", "pointer"),
    [
        ("zh", "你的权利", "与上面第 2 笔欠款相同"),
        ("en", "Your rights", "as given for debt 2 above"),
    ],
)
def test_two_debts_at_one_stage_are_not_told_their_rights_twice(
    cli, lang: str, rights: str, pointer: str
) -> None:
    result = cli("assess", "--answers", str(THREE), *TODAY, "--lang", lang)
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert lines.count(rights) == 2  # the lawsuit's, then phone collection's once for two debts
    assert pointer in " ".join(result.stdout.split())
