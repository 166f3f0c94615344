"""Pick the language of the output and look up interface strings."""

from __future__ import annotations

import os
import sys

from debtguide.errors import UsageError
from debtguide.strings import entry

LANGS = ("zh", "en")


def detect_lang(explicit: str | None, environ: dict[str, str] | None = None) -> str:
    """Return the output language: --lang, then DEBTGUIDE_LANG, then the locale.

    A Chinese locale gives English when standard output cannot encode Chinese.
    """
    env = os.environ if environ is None else environ
    for source, value in (("--lang", explicit), ("DEBTGUIDE_LANG", env.get("DEBTGUIDE_LANG"))):
        if value:
            lang = value.strip().lower()
            if lang not in LANGS:
                raise UsageError("bad_lang", source=source, value=value)
            return lang
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            chinese = value.lower().startswith("zh") and can_show_chinese(sys.stdout)
            return "zh" if chinese else "en"
    return "en"


def can_show_chinese(stream: object) -> bool:
    """Whether text written to `stream` may hold Chinese (its encoding is not ASCII or Latin-1)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        "中文".encode(encoding)
    except (UnicodeError, LookupError, TypeError):
        return False
    return True


def t(key: str, lang: str, **values: object) -> str:
    """Return interface string `key` in `lang`, with `values` filled in."""
    text = entry(key)[lang]
    return text.format(**values) if values else text
