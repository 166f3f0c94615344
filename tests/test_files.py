"""Writing the user's files (issue 11, part B): only where asked, only regular files, owner-only,
and every failure a clean message with the contract's exit code."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from tests.conftest import REPO

ANSWERS = REPO / "tests" / "answers" / "lawsuit.yaml"


def _no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# The three ways each command names a file to write.
def _letter(out: Path, *extra: str) -> list[str]:
    return ["letter", "negotiation", "--answers", str(ANSWERS), "--out", str(out), *extra]


def _save(out: Path, *extra: str) -> list[str]:
    return ["assess", "--answers", str(ANSWERS), "--save", str(out), *extra]


def _ics(out: Path, *extra: str) -> list[str]:
    return ["assess", "--answers", str(ANSWERS), "--today", "2026-11-28", "--ics", str(out), *extra]


def _export(out: Path, *extra: str) -> list[str]:
    return ["log", "export", "--out", str(out), *extra]


COMMANDS = {"letter": (_letter, ".txt"), "save": (_save, ".yaml"), "ics": (_ics, ".ics")}


@pytest.fixture
def logged(cli) -> None:
    result = cli("log", "add", "--when", "2026-11-20 22:30", "--channel", "call", "--lang", "en")
    assert result.exit_code == 0, result.output


# ---- item 8: a missing folder is refused, never created ---------------------------------------


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_a_missing_folder_is_refused_not_created(cli, tmp_path: Path, kind: str) -> None:
    build, suffix = COMMANDS[kind]
    target = tmp_path / "no" / "such" / f"file{suffix}"
    result = cli(*build(target), "--lang", "en")
    _no_traceback(result)
    assert result.exit_code == 2
    assert "does not exist" in result.output and str(target.parent) in result.output
    assert not (tmp_path / "no").exists()


def test_export_into_a_missing_folder_is_refused(cli, tmp_path: Path, logged: None) -> None:
    result = cli(*_export(tmp_path / "no" / "e.md"), "--lang", "zh")
    assert result.exit_code == 2
    assert "不存在" in result.output
    assert not (tmp_path / "no").exists()


def test_folders_debtguide_makes_are_private_whatever_the_umask(cli, tmp_path: Path, monkeypatch):
    home = tmp_path / "a" / "b" / "home"
    monkeypatch.setenv("DEBTGUIDE_HOME", str(home))
    old = os.umask(0)
    try:
        result = cli("log", "add", "--when", "2026-11-20 10:00", "--channel", "sms")
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    for folder in (tmp_path / "a", tmp_path / "a" / "b", home):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE((home / "evidence.sqlite3").stat().st_mode) == 0o600


def test_a_killed_write_leaves_a_temporary_file_that_the_next_run_removes(
    cli, tmp_path: Path
) -> None:
    import subprocess
    import sys

    # A process that has ended, so its pid names no running debtguide.
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(gone.stdout)
    leftover = tmp_path / f".letter.txt.{pid}-0a1b.debtguide-tmp"
    leftover.write_text("half a letter")
    mine = tmp_path / f".letter.txt.{os.getpid()}-77.debtguide-tmp"  # a write still running
    mine.write_text("in progress")
    other = tmp_path / ".notes.123.tmp"  # not debtguide's name
    other.write_text("keep")
    result = cli(*_letter(tmp_path / "letter.txt"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert not leftover.exists()
    assert mine.exists() and other.exists()
    assert (tmp_path / "letter.txt").read_text().strip()
    assert stat.S_IMODE((tmp_path / "letter.txt").stat().st_mode) == 0o600


# ---- item 7: --force replaces regular files only ---------------------------------------------


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_force_never_replaces_a_fifo(cli, tmp_path: Path, kind: str) -> None:
    build, suffix = COMMANDS[kind]
    target = tmp_path / f"pipe{suffix}"
    os.mkfifo(target)
    result = cli(*build(target, "--force"), "--lang", "en")
    _no_traceback(result)
    assert result.exit_code == 2
    assert "not a regular file" in result.output
    assert stat.S_ISFIFO(target.lstat().st_mode)


def test_force_never_replaces_a_device(cli, tmp_path: Path) -> None:
    result = cli(*_ics(Path("/dev/null"), "--force"), "--lang", "en")
    assert result.exit_code == 2
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_force_never_replaces_a_folder_or_a_link(cli, tmp_path: Path, kind: str) -> None:
    build, suffix = COMMANDS[kind]
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    (folder / "inside").write_text("keep")
    result = cli(*build(folder, "--force"), "--lang", "en")
    assert result.exit_code == 2 and "is a folder" in result.output
    assert (folder / "inside").read_text() == "keep"

    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("not debtguide's")
    link = tmp_path / f"link{suffix}"
    link.symlink_to(elsewhere)
    result = cli(*build(link, "--force"), "--lang", "en")
    assert result.exit_code == 2 and "is a link" in result.output
    assert link.is_symlink() and elsewhere.read_text() == "not debtguide's"

    dangling = tmp_path / f"dangling{suffix}"
    dangling.symlink_to(tmp_path / "nowhere")
    result = cli(*build(dangling), "--lang", "en")
    assert result.exit_code == 2
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_force_replaces_a_regular_file(cli, tmp_path: Path, kind: str) -> None:
    build, suffix = COMMANDS[kind]
    target = tmp_path / f"old{suffix}"
    target.write_text("old")
    kept = cli(*build(target), "--lang", "en")
    assert kept.exit_code == 2 and target.read_text() == "old"
    replaced = cli(*build(target, "--force"), "--lang", "en")
    assert replaced.exit_code == 0, replaced.output
    assert target.read_text() != "old"


# ---- item 9: a failed write is a clean message --------------------------------------------------


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_a_name_over_255_bytes_is_refused(cli, tmp_path: Path, kind: str) -> None:
    build, suffix = COMMANDS[kind]
    result = cli(*build(tmp_path / ("信" * 90 + suffix)), "--lang", "en")
    _no_traceback(result)
    assert result.exit_code == 2
    assert "too long" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_name_just_under_the_limit_is_written(cli, tmp_path: Path) -> None:
    target = tmp_path / ("a" * 251 + ".txt")
    result = cli(*_letter(target), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert target.exists()
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_writing_into_proc_is_a_clean_message(cli, kind: str) -> None:
    build, suffix = COMMANDS[kind]
    result = cli(*build(Path("/proc") / f"debtguide{suffix}"), "--lang", "en")
    _no_traceback(result)
    assert result.exit_code == 2
    assert "Could not write" in result.output


@pytest.mark.parametrize(
    ("code", "exit_code", "words"),
    [
        (errno.ENOSPC, 1, "the disk is full"),
        (errno.EACCES, 2, "permission"),
        (errno.EROFS, 2, "read-only"),
        (errno.EIO, 1, "Could not write"),
    ],
)
@pytest.mark.parametrize("kind", [*sorted(COMMANDS), "export"])
def test_a_failed_write_keeps_the_old_file_and_says_why(
    cli, tmp_path: Path, monkeypatch, code: int, exit_code: int, words: str, kind: str
) -> None:
    if kind == "export":
        assert cli("log", "add", "--when", "2026-11-20 22:30", "--channel", "call").exit_code == 0
        build, suffix = _export, ".md"
    else:
        build, suffix = COMMANDS[kind]
    target = tmp_path / f"old{suffix}"
    target.write_text("the borrower's earlier copy")
    real = os.fsync

    def failing(fd: int) -> None:
        real(fd)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", failing)
    result = cli(*build(target, "--force"), "--lang", "en")
    _no_traceback(result)
    assert result.exit_code == exit_code, result.output
    assert words in result.output
    assert "Nothing was written" in result.output
    assert target.read_text() == "the borrower's earlier copy"
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == [target.name]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder_is_a_clean_message(cli, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        result = cli(*_letter(folder / "l.txt"), "--lang", "en")
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 2
    assert "permission" in result.output


def test_a_failed_save_after_the_interview_says_the_answers_are_kept(
    cli, tmp_path: Path, monkeypatch
) -> None:
    import datetime as dt

    from debtguide.case import parse_case
    from debtguide.cli import caseflow as case_cli
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir

    typed = {"loan_type": "online_platform", "days_overdue": 40}
    case = parse_case(cache.load(pack_dir()), typed, dt.date(2026, 12, 7), "en")
    monkeypatch.setattr(case_cli, "gather_case", lambda *args: case)  # the interview's end

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = cli("assess", "--save", str(tmp_path / "a.yaml"), "--lang", "en")
    _no_traceback(result)
    assert result.exit_code == 1
    assert "the disk is full" in result.output
    assert "Your answers are not lost" in result.output and "--resume" in result.output
    assert not (tmp_path / "a.yaml").exists()
