"""One prompt loop for every question asked at a terminal: read a line, re-ask what cannot be used.

The interview, the case interview, the letter fields and the evidence log all ask through
`ask`, so each handles the same inputs the same way: a line that is not text (bytes neither
UTF-8 nor GBK) is asked again, `?` shows the help, a value the parser refuses is asked again
with its reason. What differs between them is a parameter: whether Enter skips, whether "don't
know" skips and "back" goes back (the case interview), which line leads the reason. Ctrl-C and
end of input propagate: each caller decides what is kept and how it stops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from debtguide.errors import DebtguideError
from debtguide.i18n import t

BACK = frozenset({"back", "b", "<", "返回", "上一题", "后退"})
DONT_KNOW = frozenset(
    {"不知道", "不清楚", "不确定", "dk", "idk", "don't know", "dont know", "don’t know", "unknown"}
)
HELP = ("?", "？")


class Back(Exception):
    """The borrower typed "back" (返回): go to the previous question."""


class _Skipped:
    def __repr__(self) -> str:
        return "SKIP"


SKIP: Any = _Skipped()  # what `ask` returns when the question is skipped


def ask(
    console: Any,
    lang: str,
    parse: Callable[[str], Any],
    *,
    on_help: Callable[[], None] | None = None,
    again: str | None = "iv_try_again",
    blank_skips: bool = True,
    back: bool = False,
    dont_know: bool = False,
    soft_wrap: bool | None = None,
    prompt: str = "> ",
) -> Any:
    """Read lines at `console` until `parse` accepts one; return its value, or SKIP.

    - a line that is no text: say so (`iv_not_text`) and ask again;
    - `?` or `？`: call `on_help` and ask again (without `on_help`, `?` goes to `parse`);
    - with `back`, "back" (返回 …) raises Back;
    - Enter skips when `blank_skips` (else the empty line goes to `parse`), and so does
      "don't know" (不知道 …) with `dont_know`;
    - `parse` raising DebtguideError: say `again` with the reason (or, when `again` is None,
      the reason alone) and ask again. A choice between a few answers (yes/no, a number in a
      list) is a `parse` that raises the "which one" message.

    Only the case interview goes back and takes "don't know": it keeps a history of answers,
    and its hint names both. The other askers leave those words to `parse` as before.
    """
    from rich.text import Text

    from debtguide.userfile import read_typed

    def say(text: str) -> None:
        console.print(Text(text, style="yellow"), soft_wrap=soft_wrap)

    while True:
        raw = read_typed(console, prompt)
        if raw is None:
            say(t("iv_not_text", lang))
            continue
        if on_help is not None and raw in HELP:
            on_help()
            continue
        folded = raw.casefold()
        if back and folded in BACK:
            raise Back
        if (blank_skips and not raw) or (dont_know and folded in DONT_KNOW):
            return SKIP
        try:
            return parse(raw)
        except DebtguideError as exc:
            reason = exc.message(lang)
            say(t(again, lang, reason=reason) if again is not None else reason)
