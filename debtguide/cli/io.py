"""What every command reads and writes: the pack, today's date, answers and data files, a
message, new files, and whether someone is at the keyboard."""

from __future__ import annotations

import datetime as dt
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debtguide.errors import UsageError
from debtguide.i18n import t
from debtguide.inputs import full_date

if TYPE_CHECKING:
    from debtguide.content.models import Pack


def one_of(ids: tuple[str, ...]) -> str:
    """A help text's list of the accepted values: "a, b or c" (ids from debtguide.contract)."""
    return ", ".join(ids[:-1]) + " or " + ids[-1] if len(ids) > 1 else "".join(ids)


def load_pack(content_dir: Path | None = None) -> Pack:
    """The content pack (from the cache when it is fresh)."""
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir

    return cache.load(content_dir or pack_dir())


# The dates --today accepts: the years the pack's law and calendars are meant for, with room on
# both sides. Outside them a plan means nothing, and date arithmetic (next month, a deadline 15
# days on) would leave the calendar at year 9999.
TODAY_RANGE = (dt.date(2000, 1, 1), dt.date(2099, 12, 31))


def parse_today(value: str | None) -> dt.date:
    """The date to plan for: --today (between TODAY_RANGE's ends), or the real date."""
    if value is None:
        return dt.date.today()
    try:
        day = full_date(value)
    except ValueError:
        raise UsageError("bad_today", value=value) from None
    first, last = TODAY_RANGE
    if not first <= day <= last:
        raise UsageError("today_out_of_range", value=value, first=first, last=last)
    return day


def read_answers_file(path: Path) -> dict[str, Any]:
    """Read an answers file (YAML or JSON) into a raw mapping; bad files are usage errors."""
    from debtguide.userfile import read_mapping

    return read_mapping(path)


def log_findings(pack: Pack, lang: str = "en") -> tuple[dict[str, list[Any]], list[Any]]:
    """The red flags the evidence log supports, and its entries; nothing (and no SQLite)
    when there is no log yet.

    A damaged log never blocks a plan or a letter: rows that cannot be read are skipped and
    named, and a log that cannot be read at all is left out, saying why (on stderr).
    """
    from debtguide.datadir import evidence_log_file

    path = evidence_log_file()
    if path is None:
        return {}, []
    from debtguide import findings
    from debtguide.evidence.report import report_for
    from debtguide.evidence.store import LogError, read_log
    from debtguide.render.console import console

    try:
        read = read_log(path)
    except LogError as exc:
        console(stderr=True).print(
            t("log_not_used", lang, reason=exc.message(lang)), soft_wrap=True
        )
        return {}, []
    if read.unreadable:
        numbers = ", ".join(map(str, read.unreadable))
        text = t("log_rows_skipped", lang, count=len(read.unreadable), numbers=numbers)
        console(stderr=True).print(text, soft_wrap=True)
    if pack.evidence is None:  # a pack without evidence rules raises no flags from the log
        return {}, read.entries
    return findings.from_log(pack, report_for(read.entries, pack.evidence)), read.entries


def write_new_file(path: Path, data: bytes, force: bool) -> None:
    """Write `data` to `path` atomically; an existing file is kept unless `force`."""
    from debtguide.files import write_user_file

    write_user_file(path, data, force)


def dump_answers(path: Path, answers: dict[str, Any]) -> bytes:
    """Answers in the answers-file format: JSON for .json, YAML otherwise."""
    from debtguide.answers import to_file

    data = to_file(answers)
    if path.suffix.lower() == ".json":
        import json

        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def is_terminal() -> bool:
    """Whether someone is at the keyboard to choose (standard input is a terminal)."""
    import sys

    return sys.stdin is not None and sys.stdin.isatty()


MAX_BYTES = 8 * 1024 * 1024  # a file or piped input larger than this is not one message


def decode(data: bytes, source: str) -> str:
    """Decode a message: UTF-8 (with or without BOM), else GB18030, the usual Chinese encodings."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UsageError("msg_not_text", source=source)


def _read_limited(stream: Any, source: str) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise UsageError("msg_too_long", source=source, limit=MAX_BYTES // (1024 * 1024))
    return data


def read_message(text: str | None, file: Path | None) -> str:
    """Return the message from the argument, a file, or standard input."""
    if text is not None and file is not None:
        raise UsageError("msg_two_sources")
    if text is not None:
        message = text
    elif file is not None and str(file) != "-":
        try:
            with file.open("rb") as handle:
                message = decode(_read_limited(handle, str(file)), str(file))
        except IsADirectoryError:
            raise UsageError("msg_cannot_read", path=file, reason="is a folder") from None
        except OSError as exc:
            raise UsageError("msg_cannot_read", path=file, reason=exc.strerror or exc) from None
    else:
        import typer

        if file is None and sys.stdin is not None and sys.stdin.isatty():
            raise UsageError("msg_none")
        stream = typer.get_binary_stream("stdin")
        message = decode(_read_limited(stream, "stdin"), "stdin")
    visible = "".join(c for c in message if unicodedata.category(c)[0] != "C")
    if not visible.strip():
        raise UsageError("msg_empty")
    return message


def read_data(path: Path) -> Any:
    """Parse a YAML or JSON file given on the command line; bad files are usage errors."""
    from debtguide.userfile import NotParsed, load_data, read_text, reason_with_line

    try:
        text = read_text(path)
    except FileNotFoundError:
        raise UsageError("money_file_missing", path=path) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UsageError("money_file_unreadable", path=path, reason=reason) from None
    except NotParsed as exc:
        raise UsageError("money_file_unreadable", path=path, reason=exc.reason) from None
    try:
        return load_data(text, path.suffix)
    except NotParsed as exc:
        if exc.line is None or not isinstance(exc.reason, str):  # beyond bounds, not bad syntax
            raise UsageError(
                "money_file_unreadable", path=path, reason=reason_with_line(exc)
            ) from None
        line = exc.line
        raise UsageError("money_file_not_yaml", path=path, line=line, reason=exc.reason) from None
