"""Reading what the borrower gives (issue 11, part A): dates without a year, a saved interview
never overwritten unasked, letters from the saved interview, and standard input kept for the
interview.

The choice offered for a saved interview needs a terminal, so those tests run the program in a
pseudo-terminal.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from debtguide.answers import BadAnswer, parse_date
from debtguide.casefile import progress_path
from debtguide.errors import UsageError
from tests.conftest import REPO

LAWSUIT = str(REPO / "tests" / "answers" / "lawsuit.yaml")


# ---- 1. dates without a year, and dates in the future ---------------------------------------


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        ("12-28", "2027-01-05", "2026-12-28"),  # the case: last December, not next
        ("1-5", "2027-01-05", "2027-01-05"),  # today itself
        ("01-06", "2027-01-05", "2026-01-06"),  # tomorrow's month-day: a year ago
        ("11月20日", "2026-11-28", "2026-11-20"),
        ("2-29", "2027-03-01", "2024-02-29"),  # the last leap day
        ("2026年12月28日", "2027-01-05", "2026-12-28"),
    ],
)
def test_a_date_without_a_year_is_its_most_recent_past_day(typed, today, expected) -> None:
    assert parse_date(typed, dt.date.fromisoformat(today)) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize("typed", ["2027-01-06", "2030-1-1", dt.date(2027, 2, 1)])
def test_a_future_date_is_refused(typed) -> None:
    with pytest.raises(BadAnswer) as caught:
        parse_date(typed, dt.date(2027, 1, 5))
    assert caught.value.key == "answer_date_future"
    assert "after today (2027-01-05)" in caught.value.message("en")
    assert "今天（2027-01-05）之后" in caught.value.message("zh")


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        ("12-15", "2026-12-07", "2026-12-15"),  # a hearing next week
        ("1-10", "2026-12-28", "2027-01-10"),  # across the new year: next January
        ("12-07", "2026-12-07", "2026-12-07"),  # today itself
        ("2026-12-01", "2026-12-07", "2026-12-01"),  # a full date may lie behind
        ("2027-03-01", "2026-12-07", "2027-03-01"),  # or ahead
    ],
)
def test_a_court_set_date_may_lie_ahead(typed, today, expected) -> None:
    day = parse_date(typed, dt.date.fromisoformat(today), ahead=True)
    assert day == dt.date.fromisoformat(expected)


def test_the_hearing_date_in_an_answers_file_may_lie_ahead(pack) -> None:
    from debtguide.answers import validate

    raw = {"contact_kinds": ["court_summons"], "summons_received_date": "2026-12-01",
           "hearing_date": "12-15", "evidence_deadline_date": "2026-12-08"}  # fmt: skip
    answers = validate(pack, raw, dt.date(2026, 12, 7), "en")
    assert answers["hearing_date"] == dt.date(2026, 12, 15)
    assert answers["evidence_deadline_date"] == dt.date(2026, 12, 8)
    with pytest.raises(UsageError):  # the papers themselves cannot arrive tomorrow
        validate(pack, {**raw, "summons_received_date": "2026-12-08"}, dt.date(2026, 12, 7), "en")


def test_impossible_month_days_are_still_not_dates() -> None:
    with pytest.raises(BadAnswer) as caught:
        parse_date("2-30", dt.date(2027, 1, 5))
    assert caught.value.key == "answer_not_date"


def test_interview_reads_december_in_january_as_last_december(cli) -> None:
    typed = "1\n\n30\n14\n12-28\n"  # online platform, no name, 30 days, court summons, 12-28
    result = cli("assess", "--today", "2027-01-05", "--lang", "en", input=typed)
    assert result.exit_code == 130  # input ended before the last question
    saved = json.loads(progress_path().read_text(encoding="utf-8"))
    assert saved["answers"]["summons_received_date"] == "2026-12-28"


def test_interview_refuses_a_future_date_and_asks_again(cli) -> None:
    typed = "1\n\n30\n14\n2027-03-01\n2027-01-02\n"
    result = cli("assess", "--today", "2027-01-05", "--lang", "en", input=typed)
    assert "'2027-03-01' is after today (2027-01-05)" in " ".join(result.output.split())
    saved = json.loads(progress_path().read_text(encoding="utf-8"))
    assert saved["answers"]["summons_received_date"] == "2027-01-02"


def test_answers_file_year_less_date_gives_the_near_deadline(cli, tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("contact_kinds: [court_summons]\nsummons_received_date: 12-28\n")
    result = cli("assess", "--answers", str(answers), "--today", "2027-01-05", "--json")
    assert result.exit_code == 0, result.output
    (deadline,) = json.loads(result.stdout)["deadlines"]
    assert (deadline["kind"], deadline["date"], deadline["days_left"]) == (
        "defense",
        "2027-01-12",
        7,
    )


@pytest.mark.parametrize(
    "question", ["summons_received_date", "judgment_received_date", "contract_date"]
)
def test_answers_file_future_date_is_refused(cli, tmp_path: Path, question: str) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text(f"{question}: 2027-01-06\n")
    result = cli("assess", "--answers", str(answers), "--today", "2027-01-05", "--lang", "en")
    assert result.exit_code == 2
    assert f"{question}: '2027-01-06' is after today (2027-01-05)" in result.stderr


def test_letter_field_future_date_is_refused(cli) -> None:
    result = cli("letter", "defense", "--set", "summons_date=2027-02-01", "--today", "2027-01-05")
    assert result.exit_code == 2
    assert "2027-02-01" in result.stderr and "after today" in result.stderr


# ---- 2. a saved interview is never overwritten unasked --------------------------------------


def _start_interview(cli) -> bytes:
    """Leave a saved interview with three answers; return its bytes."""
    result = cli("assess", "--today", "2026-11-28", "--lang", "en", input="6\n\n400\n")
    assert result.exit_code == 130
    return progress_path().read_bytes()


def _backups() -> list[Path]:
    return sorted(progress_path().parent.glob("interview-*.json"))


def test_without_a_terminal_a_saved_interview_is_kept_and_the_options_named(cli) -> None:
    before = _start_interview(cli)
    result = cli("assess", "--today", "2026-11-28", "--lang", "en", input="1\n")
    assert result.exit_code == 2
    flowing = " ".join(result.stderr.split())
    assert "There is a saved interview" in flowing and "2 answered" in flowing
    assert "--resume" in flowing and "--fresh" in flowing
    assert progress_path().read_bytes() == before
    assert _backups() == []


def test_fresh_keeps_the_saved_interview_as_a_backup(cli) -> None:
    before = _start_interview(cli)
    result = cli("assess", "--fresh", "--today", "2026-11-28", "--lang", "en", input="2\n")
    assert result.exit_code == 130
    (backup,) = _backups()
    assert backup.read_bytes() == before
    assert backup.name in "".join(result.output.split())  # the backup is named
    assert json.loads(progress_path().read_text())["answers"] == {"loan_type": "bank_consumer_loan"}


def test_fresh_and_resume_together_are_refused(cli) -> None:
    result = cli("assess", "--fresh", "--resume", "--lang", "en")
    assert result.exit_code == 2
    assert "either --resume (continue) or --fresh" in result.stderr


def test_damaged_saved_interview_is_set_aside_not_overwritten(cli) -> None:
    path = progress_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"answers": {"loan_type": "credit_ca')  # cut off mid-write
    result = cli("assess", "--today", "2026-11-28", "--lang", "en", input="3\n")
    assert result.exit_code == 130
    (backup,) = _backups()
    assert backup.read_bytes() == b'{"answers": {"loan_type": "credit_ca'
    assert "could not be read" in result.output


class Terminal:
    """debtguide in a pseudo-terminal: type lines, wait for text."""

    def __init__(self, *args: str) -> None:
        import pty

        self.primary, secondary = pty.openpty()
        environ = dict(os.environ, COLUMNS="100", TERM="dumb", NO_COLOR="1")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "debtguide", *args],
            stdin=secondary,
            stdout=secondary,
            stderr=secondary,
            env=environ,
            close_fds=True,
        )
        os.close(secondary)
        self.seen = b""

    def expect(self, text: str, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        wanted = text.encode("utf-8")
        while wanted not in self.seen.replace(b"\r\n", b"\n"):
            left = end - time.monotonic()
            assert left > 0, f"{text!r} not shown; got:\n{self.output}"
            ready, _, _ = select.select([self.primary], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.primary, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    assert wanted in self.seen, f"{text!r} not shown; got:\n{self.output}"
                self.seen += chunk

    def send(self, line: str) -> None:
        os.write(self.primary, line.encode("utf-8") + b"\n")

    def finish(self, timeout: float = 30) -> int:
        end = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < end:
            ready, _, _ = select.select([self.primary], [], [], 0.2)
            if ready:
                try:
                    self.seen += os.read(self.primary, 65536)
                except OSError:
                    break
        code = self.process.wait(timeout=max(end - time.monotonic(), 1))
        os.close(self.primary)
        return code

    @property
    def output(self) -> str:
        return self.seen.decode("utf-8", "replace").replace("\r\n", "\n")


@pytest.mark.parametrize("choice", ["1", "2", "3"])
def test_on_a_terminal_the_borrower_chooses(cli, choice: str) -> None:
    before = _start_interview(cli)
    term = Terminal("assess", "--today", "2026-11-28", "--lang", "en")
    term.expect("You have a saved interview (2 answered)")
    term.expect("Choose 1–3")
    term.send(choice)
    if choice == "1":
        term.expect("Continuing where you left off (2 answered)")
        term.send("\x04")  # end of input at the next question: progress kept, exit 130
        assert term.finish() == 130
        assert _backups() == []
    elif choice == "2":
        term.expect("kept as a backup")
        term.expect("First the questions that matter most")
        term.send("\x04")
        assert term.finish() == 130
        (backup,) = _backups()
        assert backup.read_bytes() == before
    else:
        assert term.finish() == 0, term.output
        assert "Where you are now" in term.output
        assert progress_path().read_bytes() == before
        assert _backups() == []
    assert "Traceback" not in term.output


def test_ctrl_c_at_the_choice_changes_nothing(cli) -> None:
    before = _start_interview(cli)
    term = Terminal("assess", "--today", "2026-11-28", "--lang", "zh")
    term.expect("你有一份保存的问答")
    term.expect("请选 1–3")
    # What Ctrl-C sends. A signal that lands after Python's last check but before input()
    # starts reading is only acted on at the next one (a CPython race a person never wins:
    # they press Ctrl-C while the program waits), so a slow machine gets a second press.
    time.sleep(0.3)
    term.process.send_signal(signal.SIGINT)
    try:
        term.process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        term.process.send_signal(signal.SIGINT)
    assert term.finish() == 130
    assert progress_path().read_bytes() == before
    assert "Traceback" not in term.output


# ---- 16. letters use the saved interview by default ------------------------------------------


def test_letter_without_resume_uses_the_saved_interview_and_says_so(cli) -> None:
    typed = "6\n张某\n400\n"  # private lender, named 张某, 400 days overdue
    assert cli("assess", "--today", "2026-11-28", "--lang", "zh", input=typed).exit_code == 130
    result = cli("letter", "negotiation", "--today", "2026-11-28", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "张某" in result.stdout
    assert "This letter uses your saved interview" in " ".join(result.stderr.split())


def test_letter_without_a_saved_interview_creates_no_data_folder(cli) -> None:
    result = cli("letter", "negotiation", "--today", "2026-11-28", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "saved interview" not in result.stderr
    assert not progress_path(create=False).parent.exists()


# ---- 17. --message - cannot share standard input with the interview --------------------------


def test_message_from_stdin_with_the_interview_is_refused(cli) -> None:
    result = cli("assess", "--message", "-", "--lang", "en", input="你已被起诉\n")
    assert result.exit_code == 2
    flowing = " ".join(result.stderr.split())
    assert "Save the message to a text file first" in flowing
    assert not progress_path(create=False).exists()


def test_message_from_stdin_with_an_answers_file_still_works(cli) -> None:
    result = cli("assess", "--answers", LAWSUIT, "--message", "-", "--json", input="你好\n")
    assert result.exit_code == 0, result.output
    assert "message" in json.loads(result.stdout)


# ---- 4. answers and debts files in other encodings --------------------------------------------

DEBTS_ZH = (
    "- creditor: 某某贷\n  amount_claimed: 12000\n- creditor: 另一家\n  amount_claimed: 3000\n"
)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig"])
def test_answers_and_debts_files_in_gbk_or_with_a_bom_are_read(cli, tmp_path, encoding) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_bytes("lender_name: 某某贷\nloan_type: online_platform\n".encode(encoding))
    saved = tmp_path / "saved.json"
    result = cli("assess", "--answers", str(answers), "--save", str(saved), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(saved.read_text(encoding="utf-8"))["lender_name"] == "某某贷"
    debts = tmp_path / "debts.yaml"
    debts.write_bytes(DEBTS_ZH.encode(encoding))
    result = cli("budget", "--debts", str(debts), "--monthly", "1000", "--json")
    assert result.exit_code == 0, result.output
    creditors = [d["creditor"] for d in json.loads(result.stdout)["debts"]]
    assert creditors == ["某某贷", "另一家"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("lender_name: 某某贷\n".encode("utf-16"), "in UTF-16; save it as UTF-8"),
        ("lender_name: 某某贷\n".encode("utf-16-le"), "in UTF-16"),  # no BOM
        ("lender_name: 某某贷".encode()[:-1], "ends in the middle of a character"),
        ("lender_name: 某某贷".encode("gb18030")[:-1], "ends in the middle of a character"),
        (b"lender_name: \xff\xff\xff\n", "not text in UTF-8 or GB18030"),
        (b"lender_name: a\x00b\n", "control characters are not allowed"),  # YAML's, not UTF-16
    ],
)
def test_unreadable_encodings_are_named(cli, tmp_path: Path, data: bytes, words: str) -> None:
    for command in (["assess", "--answers"], ["budget", "--monthly", "100", "--debts"]):
        path = tmp_path / "file.yaml"
        path.write_bytes(data)
        result = cli(*command, str(path), "--lang", "en")
        assert result.exit_code == 2, result.output
        assert words in " ".join(result.stderr.split()), result.stderr
        result = cli(*command, str(path), "--lang", "zh")
        assert result.exit_code == 2 and "错误" in result.stderr


# ---- 10. huge and odd numbers ---------------------------------------------------------------

APR = ["apr", "--received", "1000", "--installment", "100", "--lang", "en"]


@pytest.mark.parametrize(
    ("count", "words"),
    [
        ("²", "'²' is not a number of payments"),
        ("1" * 4301, "(4301)' payments are too many; at most 3660"),
        ("3661", "'3661' payments are too many"),
        ("0", "'0' is not a number of payments"),
    ],
)
def test_odd_counts_are_refused(cli, count: str, words: str) -> None:
    result = cli(*APR, "--count", count)
    assert result.exit_code == 2
    assert words in " ".join(result.stderr.split())
    assert len(result.stderr) < 600  # a 4,301-digit value is not echoed whole


def test_full_width_count_is_read(cli) -> None:
    result = cli(*APR, "--count", "１２", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["payments"] == 12


@pytest.mark.parametrize(
    ("text", "suffix", "words"),
    [
        ("days_overdue: 1" + "0" * 5000, ".yaml", "line 1: a number has 5001 digits"),
        ('{"days_overdue": 1' + "0" * 5000 + "}", ".json", "a number has 5001 digits"),
        ('{"installments_total": 1' + "0" * 4299 + "}", ".json", "a number has 4300 digits"),
        ('{"days_overdue": 1e400}', ".json", "days_overdue: 'inf' is not a whole number"),
        ("days_overdue: 999999999", ".yaml", "largest allowed is 18250"),
        ("days_overdue: '1" + "0" * 5000 + "'", ".yaml", "has too many digits; at most 15"),
        ("installments_total: 3661", ".yaml", "largest allowed is 3660"),
        ("amount_claimed: 1" + "0" * 40, ".yaml", "a number has 41 digits"),
        ("amount_claimed: '1" + "0" * 4400 + "'", ".yaml", "(4401)' is too large"),
    ],
)
def test_huge_numbers_in_an_answers_file(cli, tmp_path, text: str, suffix: str, words) -> None:
    path = tmp_path / f"answers{suffix}"
    path.write_text(text + "\n", encoding="utf-8")
    result = cli("assess", "--answers", str(path), "--lang", "en", "--json")
    assert result.exit_code == 2, result.output
    assert words in " ".join(result.stderr.split()), result.stderr
    assert len(result.stderr) < 800


def test_the_limits_agree(pack) -> None:
    from debtguide.money.rate import MAX_PAYMENTS

    assert pack.question("installments_total").max == MAX_PAYMENTS
    assert pack.question("days_overdue").max == 50 * 365


def test_a_typed_huge_number_is_asked_again(cli) -> None:
    typed = "1\n\n" + "9" * 5000 + "\n²\n30\n"
    result = cli("assess", "--today", "2026-11-28", "--lang", "en", input=typed)
    assert result.exit_code == 130
    assert "has too many digits" in result.output and "'²' is not a whole number" in result.output
    assert json.loads(progress_path().read_text())["answers"]["days_overdue"] == 30


# ---- 11 and 12: deep nesting and YAML alias bombs -----------------------------------------

DEEP_JSON = "[" * 1000 + "]" * 1000
DEEP_YAML = "a: " + "[" * 1000 + "]" * 1000
NESTED_25 = '{"lender_name": ' + "[" * 25 + "]" * 25 + "}"


def _bomb(levels: int = 9) -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    names = "abcdefghijklmnop"
    for i in range(1, levels):
        lines.append(f"{names[i]}: &{names[i]} [" + ", ".join([f"*{names[i - 1]}"] * 9) + "]")
    lines.append(f"contact_kinds: *{names[levels - 1]}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "suffix", "words"),
    [
        (DEEP_JSON, ".json", "nests more than 20 levels deep"),
        (DEEP_YAML, ".yaml", "nests more than 20 levels deep"),
        (NESTED_25, ".json", "nests more than 20 levels deep"),
        (_bomb(), ".yaml", "holds more than 100000 values"),
        ("a: &a [*a]\n", ".yaml", "nests more than 20 levels deep"),  # refers to itself
        ("x: " + "y" * (1024 * 1024), ".yaml", "larger than 1024 KB"),
    ],
    ids=["deep-json", "deep-yaml", "25-deep", "alias-bomb", "self-alias", "too-big"],
)
def test_deep_big_and_bombed_files_are_refused_quickly(cli, tmp_path, text, suffix, words) -> None:
    path = tmp_path / f"file{suffix}"
    path.write_text(text, encoding="utf-8")
    commands = [
        ["assess", "--answers"],
        ["budget", "--monthly", "100", "--debts"],
        ["apr", "--schedule"],
        ["letter", "negotiation", "--answers"],
    ]
    for command in commands:
        started = time.monotonic()
        result = cli(*command, str(path), "--lang", "en")
        assert time.monotonic() - started < 5
        assert result.exit_code == 2, (command, result.output)
        assert words in " ".join(result.stderr.split()), (command, result.stderr)


def test_a_few_aliases_are_still_fine(cli, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        "contact_kinds: &k [phone_calls, court_summons]\ncollector_behaviour: [insults]\n"
    )
    result = cli("assess", "--answers", str(path), "--today", "2026-11-28", "--json")
    assert result.exit_code == 0, result.output


# ---- 4. command-line text from a terminal that sends GBK --------------------------------------


def _log_add(*extra: bytes) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable.encode(), b"-m", b"debtguide", b"log", b"add", b"--lang", b"en"]
    command += [b"--when", b"2026-11-20 22:30", b"--channel", b"call", *extra]
    return subprocess.run(command, capture_output=True, env=dict(os.environ), timeout=60)


def test_gbk_bytes_in_who_and_note_are_decoded(cli) -> None:
    who, note = "某某贷催收".encode("gbk"), "说要去我单位，还骂人".encode("gbk")
    result = _log_add(b"--who", who, b"--note", note)
    assert result.returncode == 0, result.stderr.decode()
    (entry,) = json.loads(cli("log", "list", "--json").stdout)["entries"]
    assert (entry["who"], entry["note"]) == ("某某贷催收", "说要去我单位，还骂人")


def test_bytes_that_are_no_text_are_refused_and_nothing_saved(cli) -> None:
    result = _log_add(b"--who", b"\x81\x30", b"--note", b"ok")  # a cut-off GB18030 sequence
    assert result.returncode == 2
    assert b"The text of --who is neither UTF-8 nor GB18030" in result.stderr
    assert b"Traceback" not in result.stderr
    assert json.loads(cli("log", "list", "--json").stdout)["entries"] == []


# ---- 22. the names and numbers the tool itself prints ----------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "《民法典》第一千零三十三条",  # as the plan cites it
        "〔《民法典》第一千零三十三条〕",  # copied with the plan's brackets
        "Civil Code, art. 1033",  # as the English plan cites it
        "《中华人民共和国民法典》第一千零三十三条",  # the law's full name
        "民法典 第一千零三十三条",
        "civil-code-1033",
    ],
)
def test_law_accepts_the_names_the_plan_prints(cli, name: str) -> None:
    result = cli("law", name, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "civil-code-1033"


def test_every_cited_label_finds_its_excerpt(cli, pack) -> None:
    from debtguide.cli.reference import find_law

    for excerpt_id in pack.laws:
        for lang in ("zh", "en"):
            assert find_law(pack, pack.cite_label(excerpt_id, lang)).id == excerpt_id


def test_unknown_law_names_are_still_refused(cli) -> None:
    result = cli("law", "《民法典》第九千九百条", "--lang", "en")
    assert result.exit_code == 2
    assert "No law excerpt" in result.stderr


def test_explain_accepts_the_number_stages_prints(cli) -> None:
    result = cli("explain", "10", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stage"]["id"] == "lawsuit"
    assert cli("explain", "13", "--lang", "en").exit_code == 2
    assert cli("explain", "1" * 5000, "--lang", "en").exit_code == 2


@pytest.mark.parametrize(
    ("name", "letter"),
    [("协商", "协商还款申请书"), ("答辩", "民事答辩状"), ("defence", "民事答辩状")],
)
def test_letter_accepts_a_word_of_its_title(cli, name: str, letter: str) -> None:
    result = cli("letter", name, "--today", "2026-11-28", "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().startswith(letter)


def test_a_word_of_several_titles_lists_them(cli) -> None:
    result = cli("letter", "申请", "--lang", "en")
    assert result.exit_code == 2
    assert "negotiation" in result.stderr and "statement-request" in result.stderr


# ---- 21. usage errors and the command list in the borrower's language ------------------------


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ, **env)
    script = Path(sys.executable).with_name("debtguide")  # the installed command, as users run it
    return subprocess.run(
        [str(script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ["assess", "--foo"],
            "错误: 没有 --foo 这个选项。（可以用的选项：--force, --no-log, --out）",
        ),
        (["apr", "--count"], "错误: 选项 '--count' 后面要写一个值。"),
        (["budget", "extra"], "错误: 多出了参数：extra。"),
        (["asess"], "错误: 没有 'asess' 这个命令。你是不是要用 'assess'？"),
        (["explain", "a", "b"], "错误: 多出了参数：b。"),
    ],
)
def test_usage_errors_under_a_chinese_locale_are_in_chinese(args, words) -> None:
    result = _run(*args, LANG="zh_CN.UTF-8")
    assert result.returncode == 2
    assert words in result.stderr
    if args != ["apr", "--count"]:  # Click names no command for a missing value
        assert "用法：debtguide" in result.stderr and "查看帮助" in result.stderr
    assert "Error" not in result.stderr and "Usage" not in result.stderr


def test_lang_option_decides_the_language_of_usage_errors() -> None:
    chinese = _run("apr", "--lang", "zh", "--count")
    assert "错误: 选项 '--count' 后面要写一个值。" in chinese.stderr
    english = _run("assess", "--lang", "en", "--foo", LANG="zh_CN.UTF-8")
    assert "Error: No such option: --foo" in english.stderr


def test_the_command_list_under_a_chinese_locale_is_in_chinese() -> None:
    result = _run("--help", LANG="zh_CN.UTF-8")
    assert result.returncode == 0
    assert "用法：debtguide" in result.stdout and "命令:" in result.stdout
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line[:2] == "  "}
    assert "按升级顺序列出各个催收阶段。" in lines["stages"]
    assert "回答几个问题，判断你所处的阶段" in lines["assess"]
    assert "记录每一次催收联系，留作证据。" in lines["log"]
    assert "显示这份帮助，然后退出。" in lines["--help"]
    english = _run("--help", LANG="C.UTF-8")
    assert "List the collection stages in escalation order." in english.stdout


def test_every_command_has_a_chinese_half_for_the_list() -> None:
    from debtguide.cli import app
    from debtguide.cli.usage_zh import chinese_half

    helps = [c.callback.__doc__ for c in app.registered_commands]
    helps += [g.typer_instance.info.help for g in app.registered_groups]
    assert all(chinese_half(text or "") for text in helps)


def test_interview_reads_gbk_typed_answers_and_asks_again_for_garbage() -> None:
    typed = b"6\n" + "张某".encode("gbk") + b"\n\xff\xfe\n30\n"  # \xff\xfe: no text at all
    result = subprocess.run(
        [sys.executable, "-m", "debtguide", "assess", "--today", "2026-11-28", "--lang", "en"],
        input=typed,
        capture_output=True,
        env=dict(os.environ, LANG="C.UTF-8"),
        timeout=60,
    )
    output = result.stdout.decode("utf-8", "replace")
    assert result.returncode == 130, output
    answers = json.loads(progress_path().read_text(encoding="utf-8"))["answers"]
    assert answers["lender_name"] == "张某"
    assert answers["days_overdue"] == 30
    assert "could not be read as text" in " ".join(output.split())


def test_in_process_input_that_is_not_utf8_is_asked_again(cli) -> None:
    typed = b"6\n\xff\xfe\n"  # the runner's strict UTF-8 input raises on the second line
    result = cli("assess", "--today", "2026-11-28", "--lang", "en", input=typed)
    assert result.exit_code == 130
    assert "could not be read as text" in " ".join(result.output.split())
    # (a strict stream drops what it had buffered; the program itself reads escapes instead)


def test_letter_set_value_from_a_gbk_terminal_is_decoded(cli) -> None:
    name = "张三".encode("gbk").decode("utf-8", "surrogateescape")  # as Python hands it over
    result = cli("letter", "negotiation", "--set", f"name={name}", "--today", "2026-11-28")
    assert result.exit_code == 0, result.output
    assert "张三" in result.stdout


def test_apr_contract_date_in_the_future_is_refused(cli) -> None:
    future = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    result = cli("apr", *APR[1:], "--count", "12", "--contract-date", future)
    assert result.exit_code == 2
    assert f"--contract-date: '{future}' is after today" in " ".join(result.stderr.split())


def test_log_interview_reads_gbk_typed_text_and_asks_again_for_garbage(cli) -> None:
    term = Terminal(
        "log", "add", "--channel", "call", "--creditor", "某贷", "--behaviour", "insults"
    )
    term.expect("When did it happen?")
    term.send("2026-11-20 22:30")
    term.expect("Who contacted you?")
    os.write(term.primary, b"\xff\xfe\n")  # neither UTF-8 nor GB18030
    term.expect("could not be read as text")
    os.write(term.primary, "催收员小王".encode("gbk") + b"\n")
    term.expect("What did they say or do?")
    os.write(term.primary, "说要去我单位".encode("gbk") + b"\n")
    term.expect("Any screenshot")
    term.send("")
    term.expect("Log another contact?")
    term.send("n")
    assert term.finish() == 0, term.output
    (entry,) = json.loads(cli("log", "list", "--json").stdout)["entries"]
    assert (entry["who"], entry["note"]) == ("催收员小王", "说要去我单位")


@pytest.mark.parametrize(
    ("lang", "past", "ahead"), [("en", "most recent", "next"), ("zh", "最近过去", "接下来")]
)
def test_the_interview_says_how_a_year_less_date_is_read(pack, lang, past, ahead) -> None:
    from debtguide.cli.interview import Interview

    interview = Interview(pack, lang, dt.date(2026, 12, 7), None, lambda *_: None)
    assert past in interview._hint(pack.question("summons_received_date"))
    assert ahead in interview._hint(pack.question("hearing_date"))
