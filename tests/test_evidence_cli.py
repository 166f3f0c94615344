"""`debtguide log …` and `debtguide forget` through Typer's runner."""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from debtguide.evidence.store import DB_NAME, read_entries
from debtguide.strings import catalogue

UI = catalogue()


@pytest.fixture
def home() -> Path:
    return Path(os.environ["DEBTGUIDE_HOME"])


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend someone is at the keyboard."""
    monkeypatch.setattr("debtguide.cli.io.is_terminal", lambda: True)


@pytest.fixture
def shot(tmp_path: Path) -> Path:
    path = tmp_path / "shot.png"
    path.write_bytes(b"\x89PNG screenshot")
    return path


def add(cli, when: str, channel: str, *more: str):
    return cli("log", "add", "--when", when, "--channel", channel, *more)


def seed(cli, shot: Path) -> None:
    """Seven contacts: one at night with a threat, one with a relative, five calls on one day."""
    assert (
        add(
            cli,
            "2026-03-01 22:30",
            "call",
            "--creditor",
            "某某贷",
            "--who",
            "138xxxx1234",
            "--note",
            "今天不还就去你单位",
            "--behaviour",
            "threats_violence",
            "--attach",
            str(shot),
        ).exit_code
        == 0
    )
    assert (
        add(
            cli,
            "2026-03-02 10:00",
            "third-party",
            "--creditor",
            "某某贷",
            "--contacted",
            "my mother",
            "--behaviour",
            "contacted_relatives_friends,insults",
        ).exit_code
        == 0
    )
    for hour in range(11, 16):
        assert add(cli, f"2026-03-03 {hour}:00", "call", "--creditor", "某某贷").exit_code == 0


# ---- log add ---------------------------------------------------------------------------------


def test_add_with_options(cli, home: Path, shot: Path) -> None:
    result = add(
        cli, "2026-03-01 22:30", "电话", "--behaviour", "calls_at_night", "--attach", str(shot)
    )
    assert result.exit_code == 0, result.output
    assert "#1" in result.stderr and result.stdout == ""
    assert "110" not in result.stderr  # no threat logged: no call to the police suggested
    (entry,) = read_entries()
    assert entry.channel == "call" and entry.behaviours == ("calls_at_night",)
    assert entry.attachments[0].sha256 == hashlib.sha256(shot.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "args, words",
    [
        (["--when", "2026-02-30 10:00", "--channel", "call"], "no such date"),
        (["--when", "2026-03-01 25:00", "--channel", "call"], "no such time"),
        (["--when", "next tuesday", "--channel", "call"], "YYYY-MM-DD HH:MM"),
        (["--when", "2999-01-01 10:00", "--channel", "call"], "in the future"),
        (["--when", "2026-03-01", "--channel", "fax"], "not a channel"),
        (
            ["--when", "2026-03-01", "--channel", "call", "--behaviour", "threat"],
            "threats_violence",
        ),
        (
            ["--when", "2026-03-01", "--channel", "call", "--attach", "/no/such/file.png"],
            "Nothing was saved",
        ),
        (["--channel", "call"], "Missing --when"),
        ([], "Missing --when, --channel"),
    ],
)
def test_add_bad_input_exits_2_and_writes_nothing(cli, home: Path, args, words: str) -> None:
    result = cli("log", "add", *args, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert words in result.stderr
    assert "Traceback" not in result.output
    assert read_entries() == []


def test_add_errors_in_chinese(cli) -> None:
    result = cli("log", "add", "--when", "2026-02-30", "--channel", "call", "--lang", "zh")
    assert result.exit_code == 2
    assert "错误" in result.stderr and "没有“2026-02-30”这一天" in result.stderr


class Keyboard:
    """Types answers into prompts; at the end of the list, presses Ctrl-C."""

    def __init__(self, answers: list[str]) -> None:
        self.answers: Iterator[str] = iter(answers)

    def __call__(self, prompt: str = "") -> str:
        try:
            return next(self.answers)
        except StopIteration:
            raise KeyboardInterrupt from None


def test_interactive_add_reasks_and_ctrl_c_keeps_what_was_saved(
    cli, terminal, monkeypatch: pytest.MonkeyPatch, home: Path, shot: Path
) -> None:
    answers = [
        # first contact
        "2026-13-01 10:00",  # no such date: asked again
        "?",  # help
        "2026-03-01 25:10",  # no such time: asked again
        "2026年3月1日 22点30分",
        "9",  # no channel 9
        "1",  # call
        "某某贷",
        "138xxxx1234",
        "1 99",  # no behaviour 99
        "1 6",  # calls_at_night, threats_violence
        "今天不还就去你单位",
        "/no/such/recording.m4a",  # missing file: asked again
        f'"{shot}"',  # quoted, as a drag and drop may paste it
        "",  # no more files
        "y",  # another one
        # second contact
        "2026-03-02 10:00",
        "6",  # third-party
        "",  # same creditor as before
        "",  # who: skipped
        "3",  # contacted_relatives_friends
        "my mother",  # whom they contacted
        "打给我妈妈说我欠钱",
        "",  # no files
        "y",
        # third contact: Ctrl-C in the middle
        "2026-03-03 09:00",
    ]
    monkeypatch.setattr(builtins, "input", Keyboard(answers))
    result = cli("log", "add", "--lang", "en")
    assert result.exit_code == 130, result.output
    out = result.stdout
    assert "there is no such date" in out and "there is no such time" in out
    assert UI["log_help_when"]["en"][:30] in out
    assert "There is no number 9;" in out
    assert "There is no number 99" in out
    assert "Cannot read the file /no/such/recording.m4a" in out
    assert UI["log_iv_stopped"]["en"].format(count=2) in out
    assert out.count("call the police on 110") == 1  # after the threat, once
    first, second = read_entries()
    assert (first.day, first.time, first.channel) == (dt.date(2026, 3, 1), dt.time(22, 30), "call")
    assert first.behaviours == ("calls_at_night", "threats_violence")
    assert first.creditor == "某某贷" and first.who == "138xxxx1234"
    assert first.attachments[0].path == str(shot.resolve())
    assert second.channel == "third-party" and second.creditor == "某某贷"
    assert second.contacted == "my mother" and second.who == ""
    assert second.behaviours == ("contacted_relatives_friends",)


def test_interactive_add_in_chinese_with_options_and_end_of_input(
    cli, terminal, home: Path
) -> None:
    # --channel and --creditor are given; end of input at the "another?" question stops it.
    typed = "\n".join(["2026-03-05 07:15", "", "", "骂人很难听", "", ""]) + "\n"
    result = cli(
        "log", "add", "--channel", "sms", "--creditor", "某银行", "--lang", "zh", input=typed
    )
    assert result.exit_code == 0, result.output
    assert "已保存为第 1 条" in result.stdout
    assert UI["log_q_when"]["zh"].split("？")[0] in result.stdout
    (entry,) = read_entries()
    assert entry.channel == "sms" and entry.creditor == "某银行" and entry.note == "骂人很难听"
    assert entry.time == dt.time(7, 15)


def test_interactive_enter_means_now(cli, terminal, home: Path) -> None:
    before = dt.datetime.now().replace(second=0, microsecond=0)
    result = cli("log", "add", "--lang", "en", input="\n4\n\n\n\n\n\nn\n")
    assert result.exit_code == 0, result.output
    (entry,) = read_entries()
    assert entry.channel == "visit"
    logged = dt.datetime.combine(entry.day, entry.time)
    assert before <= logged <= dt.datetime.now()


# ---- list, report, export --------------------------------------------------------------------


def test_list_table_and_json(cli, shot: Path) -> None:
    seed(cli, shot)
    table = cli("log", "list", "--lang", "en")
    assert table.exit_code == 0
    assert "2026-03-01 22:30" in table.stdout and "Entries: 7." in table.stdout
    data = json.loads(cli("log", "list", "--json", "--channel", "third-party").stdout)
    assert data["schema"] == "debtguide.log/1"
    (item,) = data["entries"]
    assert item["number"] == 2 and item["contacted"] == "my mother"
    assert item["behaviours"] == ["contacted_relatives_friends", "insults"]
    since = json.loads(cli("log", "list", "--json", "--since", "2026-03-03").stdout)
    assert [e["number"] for e in since["entries"]] == [3, 4, 5, 6, 7]


def test_list_marks_changed_and_missing_files(cli, shot: Path) -> None:
    seed(cli, shot)
    shot.write_bytes(b"edited")
    result = cli("log", "list", "--lang", "zh")
    assert "（文件已被改动）" in result.stdout
    assert UI["log_files_warning"]["zh"][:10] in result.stdout
    shot.unlink()
    data = json.loads(cli("log", "list", "--json").stdout)
    assert data["entries"][0]["attachments"][0]["state"] == "missing"


def test_list_empty_and_bad_filters(cli, home: Path) -> None:
    result = cli("log", "list", "--lang", "en")
    assert result.exit_code == 0 and "nothing is logged yet" in result.stdout
    assert not home.exists()  # looking creates nothing
    assert cli("log", "list", "--since", "March").exit_code == 2
    bad = cli("log", "list", "--since", "2026-03-05", "--until", "2026-03-01", "--lang", "en")
    assert bad.exit_code == 2 and "no entry can match" in bad.stderr


def test_report_json(cli, shot: Path) -> None:
    seed(cli, shot)
    result = cli("log", "report", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "debtguide.log-report/1" and data["entries"] == 7
    assert data["flags"] == [
        {"id": "night-contact", "count": 1, "entries": [1]},
        {"id": "excessive-frequency", "count": 5, "entries": [3, 4, 5, 6, 7]},
        {"id": "third-party-contact", "count": 1, "entries": [2]},
        {"id": "threats", "count": 1, "entries": [1]},
        {"id": "insults", "count": 1, "entries": [2]},
    ]
    assert data["outside_hours"] == [1] and data["third_party"] == [2] and data["threats"] == [1]
    assert data["by_channel"] == {"call": 6, "third-party": 1}
    assert data["by_day"][2] == {"date": "2026-03-03", "count": 5, "by_channel": {"call": 5}}
    other = json.loads(cli("log", "report", "--json", "--creditor", "别的").stdout)
    assert other["entries"] == 0 and other["flags"] == []


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "zh",
            ["证据记录说明了什么", "深夜或清晨催收", "不是法律规定", "《民法典》第一千零三十三条"],
        ),
        (
            "en",
            ["What your evidence log shows", "night-contact", "not a legal limit", "Civil Code"],
        ),
    ],
)
def test_report_in_both_languages(cli, shot: Path, lang: str, words: list[str]) -> None:
    seed(cli, shot)
    result = cli("log", "report", "--lang", lang)
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    for word in words:
        assert word in text, word
    assert "#3, #4, #5, #6, #7" in text


def test_export_markdown_and_csv(cli, shot: Path, tmp_path: Path) -> None:
    seed(cli, shot)
    md = tmp_path / "evidence.md"
    result = cli("log", "export", "--out", str(md), "--lang", "zh")
    assert result.exit_code == 0, result.output
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# 催收联系证据表")
    assert "| 1 | 2026-03-01 22:30 | 电话 | 某某贷 | 138xxxx1234 |" in text
    assert hashlib.sha256(shot.read_bytes()).hexdigest() in text
    assert stat.S_IMODE(md.stat().st_mode) == 0o600

    csv_path = tmp_path / "evidence.csv"
    assert cli("log", "export", "--out", str(csv_path), "--lang", "en").exit_code == 0
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNo.,Date and time,Channel")
    assert raw.count(b"\r\n") == 8

    printed = cli("log", "export", "--format", "csv", "--since", "2026-03-03")
    assert printed.exit_code == 0 and len(printed.stdout.strip().splitlines()) == 6


def test_export_never_overwrites_without_force(cli, shot: Path, tmp_path: Path) -> None:
    seed(cli, shot)
    out = tmp_path / "evidence.md"
    out.write_text("my own notes", encoding="utf-8")
    kept = cli("log", "export", "--out", str(out), "--lang", "en")
    assert kept.exit_code == 2 and "--force" in kept.stderr
    assert out.read_text(encoding="utf-8") == "my own notes"
    replaced = cli("log", "export", "--out", str(out), "--force")
    assert replaced.exit_code == 0
    assert "138xxxx1234" in out.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_refusals(cli, shot: Path, tmp_path: Path) -> None:
    empty = cli("log", "export", "--lang", "en")
    assert empty.exit_code == 2 and "Nothing to export" in empty.stderr
    seed(cli, shot)
    assert cli("log", "export", "--format", "pdf").exit_code == 2
    assert cli("log", "export", "--out", str(tmp_path), "--force").exit_code == 2


# ---- forget ----------------------------------------------------------------------------------


def test_forget_without_a_terminal_needs_yes(cli, home: Path, shot: Path) -> None:
    seed(cli, shot)
    result = cli("forget", "--lang", "en")
    assert result.exit_code == 2 and "--yes" in result.stderr
    assert len(read_entries()) == 7


def test_forget_yes_removes_only_debtguides_own_files(cli, home: Path, shot: Path) -> None:
    seed(cli, shot)
    (home / "interview.json").write_text("{}", encoding="utf-8")
    (home / ".interview.json.4242-0a1b.debtguide-tmp").write_text("half", encoding="utf-8")
    (home / "letters").mkdir()
    (home / "letters" / "draft.txt").write_text("x", encoding="utf-8")
    (home / "photo.jpg").write_bytes(b"jpeg")
    outside = home.parent / "outside.txt"
    outside.write_text("keep", encoding="utf-8")
    (home / "link").symlink_to(outside)
    result = cli("forget", "--yes", "--lang", "en")
    assert result.exit_code == 0, result.output
    deleted = result.stdout.split("Deleted", 1)[1]
    for name in (DB_NAME, "interview.json", ".interview.json.4242-0a1b.debtguide-tmp"):
        assert f"• {name}" in deleted
        assert not (home / name).exists()
    assert "evidence log (entries: 7)" in result.stdout
    assert "saved interview answers" in result.stdout
    left = result.stdout.split("left as they are", 1)[1].split("Not deleted")[0]
    for name in ("letters/", "link", "photo.jpg"):
        assert f"• {name}" in left and name not in deleted
    assert (home / "letters" / "draft.txt").read_text(encoding="utf-8") == "x"
    assert (home / "photo.jpg").read_bytes() == b"jpeg"
    assert (home / "link").is_symlink()
    assert outside.read_text(encoding="utf-8") == "keep"
    assert shot.exists()  # attachments are the user's own files
    assert "still holds files that are not debtguide's" in " ".join(result.stdout.split())
    assert sorted(p.name for p in home.iterdir()) == ["letters", "link", "photo.jpg"]
    again = cli("forget", "--yes", "--lang", "en")
    assert again.exit_code == 0 and "no debtguide data" in again.stdout


def test_forget_removes_the_folder_once_it_is_empty(cli, home: Path, shot: Path) -> None:
    seed(cli, shot)
    result = cli("forget", "--yes", "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert "已经空了，也一并删除" in "".join(result.stdout.split())
    assert not home.exists()
    again = cli("forget", "--yes", "--lang", "zh").stdout
    assert "没有debtguide保存的数据" in "".join(again.split())  # a long folder name wraps


def test_forget_asks_and_respects_the_answer(cli, terminal, home: Path, shot: Path) -> None:
    seed(cli, shot)
    declined = cli("forget", "--lang", "zh", input="no\n")
    assert declined.exit_code == 0 and "什么都没有删除" in declined.stdout
    assert "证据记录（7 条）" in declined.stdout
    assert len(read_entries()) == 7
    interrupted = cli("forget", input="")
    assert interrupted.exit_code == 130 and len(read_entries()) == 7
    confirmed = cli("forget", "--lang", "zh", input="yes\n")
    assert confirmed.exit_code == 0 and "已删除" in confirmed.stdout
    assert not home.exists()


def test_forget_refuses_the_home_folder(
    cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_home = tmp_path / "me"
    fake_home.mkdir()
    (fake_home / "precious.txt").write_text("x", encoding="utf-8")
    monkeypatch.setenv("HOME", str(fake_home))
    monkeypatch.setenv("DEBTGUIDE_HOME", str(fake_home))
    result = cli("forget", "--yes", "--lang", "en")
    assert result.exit_code == 2 and "home folder" in result.stderr
    assert (fake_home / "precious.txt").exists()


def test_every_log_command_has_help(cli) -> None:
    for command in (
        ["log", "add"],
        ["log", "list"],
        ["log", "report"],
        ["log", "export"],
        ["forget"],
    ):
        result = cli(*command, "--help")
        assert result.exit_code == 0, command
        assert "Example:" in result.stdout, command


def test_forget_names_a_file_it_could_not_delete(cli, home: Path, shot: Path, monkeypatch) -> None:
    import errno

    seed(cli, shot)
    real = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name == DB_NAME:
            raise OSError(errno.EROFS, "Read-only file system")
        real(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    result = cli("forget", "--yes", "--lang", "en")
    assert result.exit_code == 1, result.output
    assert "could not be deleted" in result.stderr and DB_NAME in result.stderr
    assert "Traceback" not in result.output
    assert (home / DB_NAME).exists()
