"""Pack texts on the page: each `debtguide …` command they mention becomes what the page offers
for it, a link to the page's own route, with words that read naturally in a browser.

The pack texts themselves stay as they are (the CLI prints them); this is the one place the page
rewrites them. The text is data and is escaped; only the links this module builds are markup.
A command the page has no route for (`debtguide apr`, `debtguide budget`, an unknown letter or
stage) stays as the plain text it was.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from debtguide.content.models import Pack
from debtguide.web.strings import w

# "重新运行 debtguide assess", "运行一次 debtguide log report", "run `debtguide assess` again"
COMMAND = re.compile(
    r"(?:(?P<verb>重新运行|运行一次|运行|\b[Rr]un)[ \t]*)?"
    r"(?P<tick>`?)debtguide "
    r"(?:(?P<cmd>letter|log|explain|law) (?P<arg>[a-z0-9-]+)|(?P<bare>assess|check-message))"
    r"(?![A-Za-z0-9_-])(?P=tick)"
    r"(?P<again>[ \t]+again\b)?"
)
SENTENCE_END = re.compile(r"(^|[.!?][\"”’)]?)\s*$")


def _target(pack: Pack, cmd: str, arg: str, lang: str) -> tuple[str, str] | None:
    """(address, link text) for a command, or None if the page has nothing for it."""
    if cmd == "letter" and arg in pack.letters:
        return f"/letters/{arg}", w("link_letter", lang, title=pack.letters[arg].title(lang))
    if cmd == "log" and arg == "add":
        return "/log/add", w("link_log_add", lang)
    if cmd == "log" and arg == "report":
        return "/log#report", w("link_log_report", lang)
    if cmd == "explain":
        stage = next((s for s in pack.stages if s.id == arg), None)
        if stage is not None:
            return f"/stages/{arg}", w("link_stage", lang, title=stage.title(lang))
    if cmd == "law" and arg in pack.laws:
        return f"/laws/{arg}", pack.cite_label(arg, lang)
    if cmd == "assess":
        return "/interview", w("link_assess", lang)
    if cmd == "check-message":
        return "/message", w("link_message", lang)
    return None


def _wide(char: str) -> bool:
    """A character Chinese text sets without a space next to it (CJK, full-width punctuation)."""
    return bool(char) and (ord(char) > 0x2E7F or char in "“”‘’")


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def linked(text: object, pack: Pack, lang: str) -> Markup:
    """`text` escaped, each command it mentions a link to the page's route for it."""
    source = "" if text is None else str(text)
    out: list[str] = []
    pos = 0
    wide_before = False  # the last link ended in a Chinese character
    for found in COMMAND.finditer(source):
        cmd = found["bare"] or found["cmd"]
        target = _target(pack, cmd, found["arg"] or "", lang)
        if target is None:
            continue
        href, label = target
        verb, end = found["verb"] or "", found.end()
        # the words around it: a terminal's verb becomes the page's
        before = ""
        rerun = cmd == "assess" and (
            verb == "重新运行" or (verb.lower() == "run" and found["again"])
        )
        if found["again"] and not rerun:
            end = found.start("again")
        if cmd == "assess" and verb:
            label = w("link_assess_again" if rerun else "link_assess_run", lang)
            if verb[:1].isupper():
                label = _upper(label)
        elif verb:
            before = w("link_read" if cmd in ("explain", "law") else "link_open", lang)
            before += "一次" if verb == "运行一次" else ""
            if verb[:1].isupper():
                before = _upper(before)
        elif lang == "en" and SENTENCE_END.search(source[: found.start()]):
            label = _upper(label)
        plain = source[pos : found.start()]
        # Chinese sets no space between its words and a command written in Chinese
        if wide_before and plain[:1] in (" ", "\t") and _wide(plain[1:2]):
            plain = plain[1:]
        first = (before or label)[0]
        if _wide(first) and plain[-1:] in (" ", "\t") and _wide(plain[-2:-1]):
            plain = plain[:-1]
        out.append(str(escape(plain)))
        if before:
            out.append(str(escape(before)) + ("" if _wide(label[0]) else " "))
        out.append(f'<a href="{escape(href)}">{escape(label)}</a>')
        wide_before = _wide(label[-1])
        pos = end
    rest = source[pos:]
    if wide_before and rest[:1] in (" ", "\t") and _wide(rest[1:2]):
        rest = rest[1:]
    out.append(str(escape(rest)))
    return Markup("".join(out))
