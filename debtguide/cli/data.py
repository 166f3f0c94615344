"""`debtguide forget` and `content check`: the user's data folder and the content pack."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Annotated, Any

import typer

from debtguide.cli import LangOpt, app, content_app, io, reporting
from debtguide.errors import EXIT_INTERRUPTED, DebtguideError, UsageError
from debtguide.i18n import detect_lang, t
from debtguide.inputs import yes_no
from debtguide.render.console import console

# ---- forget: what is in the data folder, and deleting it -----------------------------------------------------------------------------------


# The files debtguide itself makes in the data folder, by name: the evidence log and SQLite's
# working files beside it, the saved interview (and its backups), and the hidden temporary
# files of a write that was killed before it finished.
_OWN_NAMES = re.compile(
    r"^(evidence\.sqlite3(-wal|-shm|-journal)?"
    r"|interview(\.json|[.-][\w.-]*\.json|\.json\.[\w.-]+)"
    r"|profile\.json"
    r"|\..+\.\d+-[0-9a-f]+\.debtguide-tmp"
    r"|\.(evidence\.sqlite3|interview\.json)\.\d+\.tmp)$"
)


def describe_data(folder: Path) -> tuple[list[tuple[str, int, str]], list[str]]:
    """The data folder's files: debtguide's own (name, size, what it is), and every other name.

    Besides the folder's own level, only `attachments/` is looked into: the files the page
    (`debtguide serve`) stored there under its own names are debtguide's.
    """
    from debtguide.datadir import ATTACHMENT_NAME, ATTACHMENTS
    from debtguide.evidence.store import DB_NAME

    own, others = [], []
    for name in sorted(os.listdir(folder)):
        path = folder / name
        try:
            info = path.lstat()
        except OSError:
            continue
        if name == ATTACHMENTS and stat.S_ISDIR(info.st_mode):
            for sub in sorted(os.listdir(path)):
                relative = f"{ATTACHMENTS}/{sub}"
                try:
                    sub_info = (path / sub).lstat()
                except OSError:
                    continue
                if re.match(ATTACHMENT_NAME, sub) and stat.S_ISREG(sub_info.st_mode):
                    own.append((relative, sub_info.st_size, "attachment"))
                else:
                    others.append(relative + ("/" if stat.S_ISDIR(sub_info.st_mode) else ""))
            continue
        if _OWN_NAMES.match(name) and (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
            own.append((name, info.st_size, _what_is(name, path, DB_NAME)))
        else:
            others.append(name + ("/" if stat.S_ISDIR(info.st_mode) else ""))
    return own, others


def _what_is(relative: str, path: Path, db_name: str) -> str:
    if relative == db_name:
        from debtguide.evidence.store import count_entries

        count = count_entries(path)  # a damaged log is deleted all the same
        return f"evidence:{'?' if count is None else count}"
    if relative in (f"{db_name}-wal", f"{db_name}-shm", f"{db_name}-journal"):
        return "evidence-work"
    if relative.startswith("interview"):
        return "interview"
    if relative == "profile.json":
        return "profile"
    return "temporary"


def _unsafe_folder(folder: Path) -> bool:
    """A folder `forget` must never empty: the root, the home folder or one that holds it."""
    home = Path.home().resolve()
    return folder == Path(folder.anchor) or folder == home or folder in home.parents


def run_forget(lang: str, yes: bool) -> None:
    """Delete the files debtguide made in the data folder, after saying what they are.

    Every other file stays; the folder goes only if it is then empty.
    """
    from rich.text import Text

    from debtguide.datadir import data_dir
    from debtguide.evidence.store import DB_NAME

    folder = data_dir(create=False).resolve()
    out = console()
    if not folder.is_dir():
        out.print(t("forget_nothing", lang, path=folder))
        return
    if _unsafe_folder(folder):
        raise UsageError("forget_unsafe", path=folder)
    found, others = describe_data(folder)
    if not found:
        _show_left(out, others, lang)
        if not others:
            _remove_folder(folder)
        out.print(t("forget_nothing", lang, path=folder))
        return
    if not yes and not io.is_terminal():
        raise UsageError("forget_needs_yes", path=folder, count=len(found))
    out.print(Text(t("forget_will_delete", lang, path=folder, count=len(found)), style="bold"))
    for name, size, what in found:
        out.print(Text(f"  • {name} ({_size(size)}) — {_what_text(what, lang)}"))
    _show_left(out, others, lang)
    out.print(Text(t("forget_kept", lang), style="dim"))
    if any(what.startswith("evidence:") for _, _, what in found):
        out.print(Text(t("forget_export_first", lang), style="dim"))
    if not yes:
        try:
            answer = out.input(t("forget_confirm", lang) + " ").strip().casefold()
        except (KeyboardInterrupt, EOFError):
            out.print()
            out.print(t("forget_cancelled", lang))
            raise typer.Exit(EXIT_INTERRUPTED) from None
        if yes_no(answer) is not True:
            out.print(t("forget_cancelled", lang))
            return
    deleted, failed = [], []
    # Reading the log's entry count can leave SQLite's working files behind: they go too.
    work = [f"{DB_NAME}{x}" for x in ("-wal", "-shm", "-journal")]
    names = [name for name, _, _ in found]
    names += [w for w in work if w not in names and os.path.lexists(folder / w)]
    for name in names:
        try:
            (folder / name).unlink()  # a link is removed, never followed
            deleted.append(name)
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append(f"{name}: {exc.strerror or exc}")
    if deleted:
        out.print(Text(t("forget_done", lang, count=len(deleted), path=folder), style="green"))
    for name in deleted:
        out.print(Text(f"  • {name}"))
    if failed:
        raise DebtguideError("forget_failed", failed, path=folder, count=len(failed))
    if _remove_folder(folder):
        out.print(t("forget_folder_removed", lang, path=folder), soft_wrap=True)
    else:
        out.print(t("forget_folder_kept", lang, path=folder), soft_wrap=True)


def _show_left(out: Any, others: list[str], lang: str) -> None:
    from rich.text import Text

    if others:
        out.print(Text(t("forget_left", lang, count=len(others)), style="bold"))
        for name in others:
            out.print(Text(f"  • {name}"))


def _remove_folder(folder: Path) -> bool:
    """Remove the data folder if it is empty (an empty attachments/ aside); whether it is gone."""
    from debtguide.datadir import ATTACHMENTS

    inner = folder / ATTACHMENTS
    if inner.is_dir() and not inner.is_symlink():
        import contextlib

        with contextlib.suppress(OSError):  # not empty: kept, and so is the folder
            inner.rmdir()
    try:
        folder.rmdir()
    except OSError:
        return False
    return True


# What each of debtguide's own files is (see _what_is) -> the catalogue key that says so.
_WHAT_KEYS = {
    "evidence-work": "forget_what_evidence_work",
    "interview": "forget_what_interview",
    "attachment": "forget_what_attachment",
    "temporary": "forget_what_temporary",
    "profile": "forget_what_profile",
}


def _what_text(what: str, lang: str) -> str:
    if what.startswith("evidence:"):
        count = what.split(":", 1)[1]
        return t("forget_what_evidence", lang, count=count)
    return t(_WHAT_KEYS[what], lang)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


# ---- the commands --------------------------------------------------------------------------


@app.command()
def forget(
    yes: Annotated[
        bool, typer.Option("--yes", help="Do not ask for confirmation. 不再确认。")
    ] = False,
    lang: LangOpt = None,
) -> None:
    """Delete all your personal data kept by debtguide, after saying what it is.
    删除 debtguide 保存的全部个人数据（会先列出要删除的内容）。

    Example: debtguide forget
    """
    with reporting(lang):
        lang = detect_lang(lang)
        run_forget(lang, yes)


@content_app.command("check")
def content_check(
    directory: Annotated[
        Path | None,
        typer.Argument(
            metavar="[DIR]", help="A pack folder (default: the built-in pack). 内容包文件夹。"
        ),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Validate a content pack and list every problem. 检查内容包，列出全部问题。

    Example: debtguide content check content/cn
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide.content.load import load_pack
        from debtguide.content.locate import pack_dir

        root = directory or pack_dir()
        pack = load_pack(root)
        typer.echo(
            t(
                "content_ok",
                lang,
                pack=pack.info.id,
                path=root,
                stages=len(pack.stages),
                laws=len(pack.laws),
                channels=len(pack.channels),
            )
        )
