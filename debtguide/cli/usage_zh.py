"""Usage errors and the command list in Chinese, for a borrower whose language is Chinese.

Typer (through the Click it ships) writes its own messages, in English only: "No such
option", "requires an argument", "Usage:", "Options", "Commands", and the first English
sentence of each command's help. When the language is Chinese, `speak_chinese()` has them
written in Chinese instead: the known messages are translated (the option and command names
in them stay as typed), and the command list shows the Chinese half of each bilingual help.
A message not in the table stays in English, so nothing is hidden. Imported only then.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# Click's messages (typer/_click and typer/core.py), as patterns, and their Chinese.
MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^No such option: (?P<a>.+?)(?: Did you mean (?P<b>.+)\?)?$"), "没有 {a} 这个选项。"),
    (re.compile(r"^Option (?P<a>'.+') requires an argument\.$"), "选项 {a} 后面要写一个值。"),
    (re.compile(r"^Option (?P<a>'.+') requires (?P<b>\d+) arguments\.$"), "选项 {a} 后面要写 {b} 个值。"),
    (re.compile(r"^Option (?P<a>'.+') does not take a value\.$"), "选项 {a} 后面不能跟值。"),
    (re.compile(r"^Missing argument (?P<a>.+)\.$"), "缺少参数 {a}。"),
    (re.compile(r"^Missing option (?P<a>.+)\.$"), "缺少选项 {a}。"),
    (re.compile(r"^Missing parameter: (?P<a>.+)$"), "缺少参数 {a}。"),
    (re.compile(r"^Missing command\.$"), "缺少命令。"),
    (re.compile(r"^No such command (?P<a>'.+')\.(?: Did you mean (?P<b>.+)\?)?$"), "没有 {a} 这个命令。"),
    (re.compile(r"^Got unexpected extra argument(?:\(s\)|s)? \((?P<a>.*)\)$"), "多出了参数：{a}。"),
    (re.compile(r"^Invalid value for (?P<a>.+?): (?P<b>.+)$"), "{a} 的值不对：{b}"),
]  # fmt: skip
SUGGEST = re.compile(r" \(Possible options: (?P<a>.+)\)$")

# Texts of the help pages that are not ours.
HELP_TEXTS = {
    "Show this message and exit.": "显示这份帮助，然后退出。",
    "Install completion for the current shell.": "为当前的 shell 安装命令补全。",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "显示当前 shell 的命令补全脚本，可以复制或自行安装。"
    ),
}
HEADINGS = {"Options": "选项", "Commands": "命令", "Arguments": "参数"}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def message(english: str) -> str:
    """Click's error message in Chinese, if it is one we know; else as it was."""
    suggest = SUGGEST.search(english)
    text = english[: suggest.start()] if suggest else english
    for pattern, chinese in MESSAGES:
        found = pattern.match(text)
        if found:
            result = chinese.format(**found.groupdict())
            if found.groupdict().get("b") and "Did you mean" in text:
                result += f"你是不是要用 {found['b']}？"
            if suggest:
                result += f"（可以用的选项：{suggest['a']}）"
            return result
    return english


def chinese_half(help_text: str) -> str | None:
    """The Chinese sentence of a bilingual help text ("List … order. 按升级顺序列出…。")."""
    paragraph = help_text.strip().split("\n\n")[0]
    first = CJK.search(paragraph)
    if first is None:
        return None
    start = first.start()
    while start > 0 and paragraph[start - 1] in "“《（":
        start -= 1
    text = " ".join(paragraph[start:].split())
    end = text.find("。")
    return text[: end + 1] if end >= 0 else text


def _usage_error_show(self: Any, file: Any = None) -> None:
    from typer._click._compat import get_text_stderr
    from typer._click.utils import echo

    file = file or get_text_stderr()
    color = None
    if self.ctx is not None:
        color = self.ctx.color
        hint = ""
        if self.ctx.command.get_help_option(self.ctx) is not None:
            hint = f"运行 '{self.ctx.command_path} {self.ctx.help_option_names[0]}' 查看帮助。\n"
        echo(f"{self.ctx.get_usage()}\n{hint}", file=file, color=color)
    echo(f"错误: {message(self.format_message())}", file=file, color=color)


def _wrap_write_usage(original: Callable[..., None]) -> Callable[..., None]:
    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original(self, prog, args, "用法：" if prefix is None else prefix)

    return write_usage


def _wrap_write_dl(original: Callable[..., None]) -> Callable[..., None]:
    def write_dl(self: Any, rows: Any, *args: Any, **kwargs: Any) -> None:
        rows = [(term, _help_text(text)) for term, text in rows]
        original(self, rows, *args, **kwargs)

    return write_dl


def _help_text(text: str) -> str:
    for english, chinese in HELP_TEXTS.items():
        text = text.replace(english, chinese)
    text = re.sub(r"\[default: (.*?)\]", r"[默认：\1]", text)
    return text.replace("[required]", "[必填]")


def _wrap_short_help(original: Callable[..., str]) -> Callable[..., str]:
    def get_short_help_str(self: Any, limit: int = 45) -> str:
        chinese = chinese_half(self.help or "") if not self.short_help else None
        return chinese or original(self, limit)

    return get_short_help_str


def _heading(text: str) -> str:
    return HEADINGS.get(text, text)


def speak_chinese() -> None:
    """Have Typer write its usage errors, headings and command list in Chinese."""
    import typer.core
    from typer._click import core, exceptions, formatting

    exceptions.UsageError.show = _usage_error_show  # type: ignore[method-assign]
    formatting.HelpFormatter.write_usage = _wrap_write_usage(  # type: ignore[method-assign]
        formatting.HelpFormatter.write_usage
    )
    formatting.HelpFormatter.write_dl = _wrap_write_dl(  # type: ignore[method-assign]
        formatting.HelpFormatter.write_dl
    )
    core.Command.get_short_help_str = _wrap_short_help(  # type: ignore[method-assign]
        core.Command.get_short_help_str
    )
    english = typer.core._

    def translate(text: str) -> str:
        return _heading(english(text))

    typer.core._ = translate  # type: ignore[attr-defined,assignment]
