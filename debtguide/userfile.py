"""Read and parse files that a user wrote (answers files, debts lists, schedules) without
surprises.

PyYAML turns anything shaped like a date into a `datetime.date` and raises a bare
`ValueError` when the shape is right but the date is not (`2026-13-01`). A user's
typo must reach the checks that name the field, so such a value stays text here.

Such files may come from someone else (a hotline volunteer, a forum), so what is read is
bounded: the file's size, how deeply it nests, how many values it holds once YAML aliases are
expanded (an "alias bomb" of a few hundred bytes stands for billions), and how many digits a
number has. The text may be UTF-8 (with or without a BOM) or GB18030/GBK, as for
`check-message`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 1024 * 1024  # an answers, debts or schedule file is a few kilobytes
MAX_DEPTH = 20  # the deepest real file (a case with debts and their lists) nests 4 deep
MAX_VALUES = 100_000  # values in the file, counting every expansion of a YAML alias
MAX_DIGITS = 30  # digits in one number; more is no amount or count anyone owes

# Reasons a file cannot be read, in both languages (they fill in `{reason}` of the callers).
TOO_BIG = {
    "zh": f"文件超过 {MAX_FILE_BYTES // 1024} KB，不像是答案或债务清单",
    "en": f"the file is larger than {MAX_FILE_BYTES // 1024} KB, too large for answers or debts",
}
UTF16 = {
    "zh": "文件是 UTF-16 编码；请另存为 UTF-8（记事本“另存为”里选 UTF-8）",
    "en": "the file is in UTF-16; save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)",
}
CUT_OFF = {
    "zh": "文件在一个字的中间结束，可能没有保存完整或被截断了；请检查文件末尾",
    "en": "the file ends in the middle of a character, as if it were cut off; check its end",
}
NOT_TEXT = {
    "zh": "文件不是 UTF-8 或 GB18030（GBK）编码的文本",
    "en": "the file is not text in UTF-8 or GB18030 (GBK)",
}
TOO_DEEP = {
    "zh": f"内容嵌套超过 {MAX_DEPTH} 层",
    "en": f"it nests more than {MAX_DEPTH} levels deep",
}
TOO_MANY = {
    "zh": f"内容（算上 YAML 别名展开后）超过 {MAX_VALUES} 个值",
    "en": f"it holds more than {MAX_VALUES} values (counting what YAML aliases repeat)",
}


def _too_long(digits: int) -> dict[str, str]:
    return {
        "zh": f"有一个数字长达 {digits} 位（最多 {MAX_DIGITS} 位）",
        "en": f"a number has {digits} digits (at most {MAX_DIGITS} are read)",
    }


def load_yaml(text: str) -> Any:
    """Parse YAML safely; impossible dates are kept as the text the user wrote."""
    import yaml

    try:
        from yaml import CSafeLoader as Base
    except ImportError:  # pragma: no cover - PyYAML built without libyaml
        from yaml import SafeLoader as Base  # type: ignore[assignment]

    class _Loader(Base):  # type: ignore[valid-type, misc]
        pass

    def timestamp(loader: Any, node: Any) -> Any:
        try:
            return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
        except ValueError:
            return loader.construct_scalar(node)

    def integer(loader: Any, node: Any) -> Any:
        digits = sum(c.isdigit() for c in node.value)
        if digits > MAX_DIGITS:  # int() of 4,301 digits raises; 4,300 are slow and absurd
            raise NotParsed(node.start_mark.line + 1, _too_long(digits))
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)

    _Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    _Loader.add_constructor("tag:yaml.org,2002:int", integer)
    return yaml.load(text, Loader=_Loader)


class NotParsed(ValueError):
    """The text is not valid YAML or JSON, or not within bounds; `line` (1-based, if known)
    and `reason` (text, or {"zh": …, "en": …}) say where and why."""

    def __init__(self, line: int | None, reason: str | dict[str, str]) -> None:
        super().__init__(reason if isinstance(reason, str) else reason["en"])
        self.line = line
        self.reason = reason


def typed_text(value: str | None, option: str) -> str | None:
    """An option's text as the user typed it, also from a terminal that sends GBK/GB18030.

    Python hands over command-line bytes that are not UTF-8 as surrogate escapes
    (\\udcXX), which would be stored as nothing. Such an argument is decoded as GB18030, the
    usual encoding of Chinese terminals that are not UTF-8; if that fails too, it is refused
    (UsageError), never saved as less than was typed.
    """
    if value is None:
        return value
    decoded = escaped_text(value)
    if decoded is None:
        from debtguide.errors import UsageError

        raise UsageError("arg_not_text", option=option)
    return decoded


def escaped_text(value: str) -> str | None:
    """`value` with surrogate escapes (bytes that were not UTF-8) decoded as GB18030; None if
    they are not GB18030 either."""
    if not any("\udc80" <= c <= "\udcff" for c in value):
        return value
    try:
        return value.encode("utf-8", "surrogateescape").decode("gb18030")
    except UnicodeError:
        return None


def read_typed(console: Any, prompt: str = "> ") -> str | None:
    """One line typed at `console` (a Rich console), stripped, from a GBK terminal too;
    None when it is no text at all, for the caller to ask again."""
    try:
        raw = console.input(prompt)
    except UnicodeDecodeError:  # standard input that refuses bytes that are not UTF-8
        return None
    decoded = escaped_text(raw)
    return decoded.strip() if decoded is not None else None


def reason_with_line(exc: NotParsed) -> str | dict[str, str]:
    """The reason of `exc`, led by its line when known, in both languages where it has them."""
    if not exc.line:
        return exc.reason
    if isinstance(exc.reason, str):
        return f"line {exc.line}: {exc.reason}"
    return {
        "zh": f"第 {exc.line} 行：{exc.reason['zh']}",
        "en": f"line {exc.line}: {exc.reason['en']}",
    }


def decode(data: bytes) -> str:
    """The text of a user's file: UTF-8 (a BOM is dropped), else GB18030; NotParsed otherwise."""
    import codecs

    head = data[:4096]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or head.count(0) * 4 > len(head):
        raise NotParsed(None, UTF16)  # also UTF-32, and UTF-16 without a BOM (NUL-rich bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and not data[: exc.start].isascii():
            raise NotParsed(None, CUT_OFF) from None  # UTF-8 until a character cut short
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        if exc.end >= len(data) and "incomplete" in exc.reason:
            raise NotParsed(None, CUT_OFF) from None
        raise NotParsed(None, NOT_TEXT) from None


def read_text(path: Path) -> str:
    """Read a user's file (at most MAX_FILE_BYTES) and decode it; OSError if it cannot be read."""
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise NotParsed(None, TOO_BIG)
    return decode(data)


def read_mapping(path: Path) -> dict[str, Any]:
    """An answers or case file (YAML or JSON) as a raw mapping; bad files are usage errors."""
    from debtguide.errors import UsageError

    try:
        text = read_text(path)
        data = load_data(text, path.suffix) if text.strip() else {}
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise UsageError("answers_unreadable", path=path, reason=reason) from None
    except NotParsed as exc:
        parsed = reason_with_line(exc)
        raise UsageError("answers_unreadable", path=path, reason=parsed) from None
    if not isinstance(data, dict):
        raise UsageError("answers_not_mapping", path=path)
    return data


def _check_bounds(data: Any) -> None:
    """Refuse data nested deeper than MAX_DEPTH or holding more than MAX_VALUES values.

    The walk uses its own stack and stops at the first excess, so a file whose aliases
    stand for billions of values (or refer to themselves) costs no more than MAX_VALUES steps.
    """
    stack = [(data, 1)]
    seen = 0
    while stack:
        item, depth = stack.pop()
        seen += 1
        if seen > MAX_VALUES:
            raise NotParsed(None, TOO_MANY)
        if isinstance(item, dict | list):
            if depth >= MAX_DEPTH and item:
                raise NotParsed(None, TOO_DEEP)
            children = item.items() if isinstance(item, dict) else enumerate(item)
            stack.extend((value, depth + 1) for _, value in children)


def load_data(text: str, suffix: str) -> Any:
    """Parse a user's file: JSON for `.json` (every valid JSON document), YAML otherwise.

    NotParsed if it is neither, or exceeds the bounds above.
    """
    data = _parse(text, suffix)
    _check_bounds(data)
    return data


def _json_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise NotParsed(None, _too_long(digits))
    return int(text)


def _parse(text: str, suffix: str) -> Any:
    if suffix.lower() == ".json":
        import json

        try:
            return json.loads(text, parse_int=_json_int)
        except json.JSONDecodeError as exc:
            raise NotParsed(exc.lineno, exc.msg) from None
        except RecursionError:
            raise NotParsed(None, TOO_DEEP) from None
    import yaml

    try:
        return load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        if "nesting depth" in reason:
            reason = TOO_DEEP  # type: ignore[assignment]
        raise NotParsed(mark.line + 1 if mark else None, reason) from None
    except RecursionError:
        raise NotParsed(None, TOO_DEEP) from None
