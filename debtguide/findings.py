"""What a message and the evidence log add to a plan: red flags with their reasons, and a stage.

Pure: takes what `message.check` and `evidence.report.report_for` returned, gives what
`engine.assess` takes as `extra_flags` and `stage_hint`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from debtguide.content.models import Pack, Text
from debtguide.i18n import t

if TYPE_CHECKING:
    from debtguide.evidence.report import Report
    from debtguide.message import MessageResult

# A message that is a scam or a fake notice says nothing true about the stage.
TRUSTED_VERDICTS = ("ordinary", "unlawful")
_QUOTE_MAX = 60


def _both(key: str, **values: object) -> Text:
    return Text(zh=t(key, "zh", **values), en=t(key, "en", **values))


def _quote(words: str) -> str:
    words = " ".join(words.split())
    return words if len(words) <= _QUOTE_MAX else words[: _QUOTE_MAX - 1] + "…"


def from_message(pack: Pack, result: MessageResult) -> tuple[dict[str, list[Text]], str | None]:
    """The flags a message shows (with the words that show them) and the stage it points to.

    The stage counts only when the message looks genuine: a fake court notice does not
    mean the borrower has been sued.
    """
    flags: dict[str, list[Text]] = {}
    for finding in result.flags:
        if finding.id in pack.flags:
            flags.setdefault(finding.id, []).append(
                _both("finding_message", words=_quote(finding.evidence))
            )
    hint = result.stage_hint if result.verdict in TRUSTED_VERDICTS else None
    return flags, hint


def from_log(pack: Pack, report: Report) -> dict[str, list[Text]]:
    """The flags the evidence log supports, each with the entry numbers behind it."""
    flags: dict[str, list[Text]] = {}
    for support in report.flags:
        if support.id in pack.flags and support.entries:
            count = support.count
            flags.setdefault(support.id, []).append(
                Text(
                    zh=t("finding_log", "zh", entries=_numbers(support.entries, "、"), count=count),
                    en=t("finding_log", "en", entries=_numbers(support.entries, ", "), count=count),
                )
            )
    return flags


def merge(*sources: dict[str, list[Text]]) -> dict[str, list[Text]]:
    """One mapping of flag → reasons from several sources, in the order given."""
    out: dict[str, list[Text]] = {}
    for source in sources:
        for flag_id, because in source.items():
            out.setdefault(flag_id, []).extend(because)
    return out


def _numbers(entries: Iterable[int], sep: str) -> str:
    shown = [str(n) for n in entries]
    if len(shown) > 8:
        shown = [*shown[:8], "…"]
    return sep.join(shown)
