"""Line breaking that suits Chinese, for Rich.

Rich breaks lines only at spaces, so a Chinese sentence (no spaces) is one long "word": after
a short Latin word such as "12368" it jumps whole to the next line and leaves a half-empty
line behind. Here each Chinese character may end a line, as Chinese typesetting allows, while
closing punctuation stays with the character before it and opening punctuation with the one
after, and Latin words and numbers are still never split.
"""

from __future__ import annotations

import re

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CLOSE = "，。、；：？！）》」』】〕”’…%\uff0c\uff1a\uff1b\uff1f\uff01\uff09"
_OPEN = "（《「『【〔“‘\uff08"
# One breakable unit, with the spaces around it: a citation 〔…〕 or a short aside （…）
# kept whole, an ideograph, or a run of other non-space characters, each with the punctuation
# that must not be separated from it. The last alternative takes any character left, so the
# whole text is always covered.
WORD = re.compile(
    rf"\s*(?:〔[^〕\n]{{1,40}}〕[{_CLOSE}]*|（[^）\n]{{1,10}}）[{_CLOSE}]*"
    rf"|[{_OPEN}]*(?:[{_CJK}]|[^\s{_CJK}{_OPEN}{_CLOSE}]+)[{_CLOSE}]*"
    rf"|[{_OPEN}{_CLOSE}]+|\S)\s*"
)

_installed = False


def install() -> None:
    """Make Rich break lines between Chinese characters (idempotent)."""
    global _installed
    if _installed:
        return
    from rich import _wrap

    _wrap.re_word = WORD  # rich._wrap.words() splits text into breakable units with it
    _installed = True
