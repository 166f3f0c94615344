"""Pure evidence-log logic: entries, parsing what the user types, the report, the evidence table.

No I/O, no clock, no printing: the storage (debtguide.evidence.store) and the command line
(debtguide.cli.log) do that. Bad input raises UsageError naming what was wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from debtguide.contract import BEHAVIOUR_FLAGS, COLLECTOR_BEHAVIOURS, FLAG_IDS, LOG_CHANNELS
from debtguide.errors import UsageError
from debtguide.evidence.model import Attachment, Entry
from debtguide.i18n import t
from debtguide.suggest import suggest

if TYPE_CHECKING:
    from debtguide.content.models import EvidenceRules, Pack


# CONTRACT.md v1.1 §1 defines `calls_at_night` as between 22:00 and 08:00 (the published
# standards' window); the pack's evidence.yaml restates it so that the report can explain it.
DEFAULT_DAYTIME = (dt.time(8, 0), dt.time(22, 0))

# A letter has no time of day worth judging; every other channel can reach you at night.
TIMELESS_CHANNELS = frozenset({"letter"})

# Behaviours that mean someone other than the borrower was contacted.
THIRD_PARTY_BEHAVIOURS = frozenset(
    b for b, f in BEHAVIOUR_FLAGS.items() if f == "third-party-contact"
)

# ---- parsing what the user types ------------------------------------------------------------

_DATE = r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
_TIME = r"(?P<hh>\d{1,2})\s*(?:[:点時时]\s*(?P<mm>\d{1,2})?\s*分?(?::\d{1,2})?)"
_WHEN = re.compile(rf"^{_DATE}(?:\s*[Tt]?\s*{_TIME})?$")


def parse_when(text: str, now: dt.datetime) -> tuple[dt.date, dt.time | None]:
    """Read `YYYY-MM-DD HH:MM` (or a date alone when the time is unknown); never in the future.

    Full-width digits and Chinese forms such as 2026年11月20日 22点30分 are accepted.
    """
    raw = text
    text = unicodedata.normalize("NFKC", text).strip()
    match = _WHEN.match(text)
    if not match:
        raise UsageError("log_when_format", value=raw.strip(), example=_example(now))
    try:
        day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise UsageError("log_when_no_date", value=raw.strip()) from None
    at: dt.time | None = None
    if match["hh"] is not None:
        try:
            at = dt.time(int(match["hh"]), int(match["mm"] or 0))
        except ValueError:
            raise UsageError("log_when_no_time", value=raw.strip()) from None
    moment = dt.datetime.combine(day, at) if at else None
    if day > now.date() or (moment and moment > now.replace(second=59, microsecond=999999)):
        raise UsageError("log_when_future", value=raw.strip())
    return day, at


def _example(now: dt.datetime) -> str:
    return now.strftime("%Y-%m-%d %H:%M")


_CHANNEL_ALIASES = {
    "phone": "call",
    "电话": "call",
    "来电": "call",
    "text": "sms",
    "短信": "sms",
    "微信": "wechat",
    "chat": "wechat",
    "上门": "visit",
    "信": "letter",
    "信件": "letter",
    "thirdparty": "third-party",
    "third_party": "third-party",
    "第三方": "third-party",
}


def parse_channel(text: str) -> str:
    """Return the channel id named by `text` (an id, or a common zh/en name)."""
    key = unicodedata.normalize("NFKC", text).strip().casefold()
    if key in LOG_CHANNELS:
        return key
    if key in _CHANNEL_ALIASES:
        return _CHANNEL_ALIASES[key]
    raise UsageError("log_bad_channel", value=text.strip(), allowed=", ".join(LOG_CHANNELS))


def parse_behaviours(values: Iterable[str]) -> tuple[str, ...]:
    """Return the behaviour ids in `values` (repeatable, or comma/space separated), in contract order.

    `none` alone means no behaviour. An unknown id is a UsageError with the closest ids.
    """
    wanted: list[str] = []
    for value in values:
        for part in re.split(r"[\s,，、;；]+", unicodedata.normalize("NFKC", value)):
            key = part.strip().casefold().replace("-", "_")
            if not key or key == "none":
                continue
            if key not in COLLECTOR_BEHAVIOURS:
                error = UsageError(
                    "log_bad_behaviour", value=part.strip(), allowed=", ".join(COLLECTOR_BEHAVIOURS)
                )
                close = suggest(key, COLLECTOR_BEHAVIOURS, n=2)
                close += [b for b in COLLECTOR_BEHAVIOURS if key in b and b not in close]
                if close:
                    error.hint("did_you_mean", options=", ".join(close))
                raise error
            wanted.append(key)
    return tuple(b for b in COLLECTOR_BEHAVIOURS if b in wanted)


# ---- the report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FlagSupport:
    """A red flag and the entries that support it (ticked behaviours or the data itself)."""

    id: str
    entries: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.entries)


@dataclass(frozen=True)
class BusyDay:
    """A day on which one creditor (or the unnamed ones) made `count` contacts."""

    day: dt.date
    creditor: str
    entries: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.entries)


@dataclass(frozen=True)
class Breach:
    """What one creditor did on one day against the published industry standards."""

    day: dt.date
    creditor: str
    night: tuple[int, ...] = ()  # contacts in the night window
    calls: tuple[int, ...] = ()  # every call that day, when more than the effective-call line
    over_attempts: bool = False  # more calls than even the unanswered-attempt line allows
    third_party: tuple[int, ...] = ()  # contacts with other people
    visits: tuple[int, ...] = ()  # visits: the standards require at least two collectors

    @property
    def count(self) -> int:
        """How many of the standards' lines this creditor crossed that day."""
        return (
            len(self.night)
            + (1 if self.calls else 0)
            + (1 if self.over_attempts else 0)
            + len(self.third_party)
        )


@dataclass(frozen=True)
class DayCount:
    """The contacts on one day, in all and by channel."""

    day: dt.date
    by_channel: dict[str, int]

    @property
    def count(self) -> int:
        return sum(self.by_channel.values())


@dataclass(frozen=True)
class Report:
    """What an evidence log shows: figures, and the red flags it supports."""

    entries: int
    first: dt.date | None
    last: dt.date | None
    by_channel: dict[str, int]
    by_day: tuple[DayCount, ...]
    outside_hours: tuple[int, ...]
    no_time: tuple[int, ...]
    busy_days: tuple[BusyDay, ...]
    third_party: tuple[int, ...]
    threats: tuple[int, ...]
    flags: tuple[FlagSupport, ...]
    attachments_changed: tuple[int, ...]
    attachments_missing: tuple[int, ...]
    day_limit: int
    counted: tuple[str, ...]
    daytime: tuple[dt.time, dt.time] = field(default=DEFAULT_DAYTIME)
    late: tuple[int, ...] = ()  # just before the night window: worth logging, no breach
    breaches: tuple[Breach, ...] = ()  # per creditor and day, against the industry standards
    calls_per_day: int | None = None
    attempts_per_day: int | None = None

    def flag(self, flag_id: str) -> FlagSupport | None:
        """The support for one red flag, or None when the log does not support it."""
        return next((f for f in self.flags if f.id == flag_id), None)


def is_night(at: dt.time, daytime: tuple[dt.time, dt.time] = DEFAULT_DAYTIME) -> bool:
    """Whether a time is before the start of the daytime window, or at or after its end."""
    start, end = daytime
    return at < start or at >= end


def report(
    entries: Iterable[Entry],
    day_limit: int,
    *,
    counted: Collection[str] = ("call",),
    daytime: tuple[dt.time, dt.time] = DEFAULT_DAYTIME,
    late_from: dt.time | None = None,
    calls_per_day: int | None = None,
    attempts_per_day: int | None = None,
) -> Report:
    """Sum up `entries` and list the red flags they support, with their entry numbers.

    `day_limit` contacts over `counted` channels from one creditor on one day make a busy day
    (a practical yardstick from the pack, not a legal limit); `daytime` is the window outside
    which a contact counts as at night.
    """
    if day_limit < 1:
        raise ValueError("day_limit must be at least 1")
    items = sorted(entries, key=Entry.sort_key)
    support: dict[str, set[int]] = defaultdict(set)
    by_channel: Counter[str] = Counter()
    days: dict[dt.date, Counter[str]] = defaultdict(Counter)
    per_creditor_day: dict[tuple[dt.date, str], list[int]] = defaultdict(list)
    outside, no_time, third, threats, changed, missing = [], [], [], [], [], []
    late: list[int] = []
    by_key: dict[tuple[dt.date, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))

    for entry in items:
        n = entry.number
        by_channel[entry.channel] += 1
        days[entry.day][entry.channel] += 1
        for behaviour in entry.behaviours:
            support[BEHAVIOUR_FLAGS[behaviour]].add(n)
        if entry.channel not in TIMELESS_CHANNELS:
            if entry.time is None:
                no_time.append(n)
            elif is_night(entry.time, daytime):
                outside.append(n)
                support["night-contact"].add(n)
                by_key[(entry.day, entry.creditor.casefold())]["night"].append(n)
            elif late_from is not None and entry.time >= late_from:
                late.append(n)
        key = (entry.day, entry.creditor.casefold())
        if entry.channel == "call":
            by_key[key]["calls"].append(n)
        if entry.channel == "visit":
            by_key[key]["visits"].append(n)
        if entry.channel in counted:
            per_creditor_day[(entry.day, entry.creditor.casefold())].append(n)
        if entry.channel == "third-party" or THIRD_PARTY_BEHAVIOURS & set(entry.behaviours):
            third.append(n)
            support["third-party-contact"].add(n)
            by_key[key]["third_party"].append(n)
        if "threats_violence" in entry.behaviours:
            threats.append(n)
        states = {a.state for a in entry.attachments}
        if "changed" in states:
            changed.append(n)
        if "missing" in states:
            missing.append(n)

    creditor_names = {(e.day, e.creditor.casefold()): e.creditor for e in items}
    busy = []
    for key, numbers in sorted(per_creditor_day.items()):
        if len(numbers) >= day_limit:
            busy.append(BusyDay(key[0], creditor_names[key], tuple(numbers)))
            support["excessive-frequency"].update(numbers)

    breaches = []
    if calls_per_day is not None:
        for key, found in sorted(by_key.items()):
            calls = found.get("calls", [])
            breach = Breach(
                key[0],
                creditor_names[key],
                night=tuple(found.get("night", [])),
                calls=tuple(calls) if len(calls) > calls_per_day else (),
                over_attempts=attempts_per_day is not None and len(calls) > attempts_per_day,
                third_party=tuple(found.get("third_party", [])),
                visits=tuple(found.get("visits", [])),
            )
            if breach.count or breach.visits:
                breaches.append(breach)

    flags = tuple(
        FlagSupport(flag_id, tuple(sorted(support[flag_id])))
        for flag_id in FLAG_IDS
        if support.get(flag_id)
    )
    return Report(
        entries=len(items),
        first=items[0].day if items else None,
        last=items[-1].day if items else None,
        by_channel={c: by_channel[c] for c in LOG_CHANNELS if by_channel[c]},
        by_day=tuple(
            DayCount(day, {c: days[day][c] for c in LOG_CHANNELS if days[day][c]})
            for day in sorted(days)
        ),
        outside_hours=tuple(outside),
        no_time=tuple(no_time),
        busy_days=tuple(busy),
        third_party=tuple(third),
        threats=tuple(threats),
        flags=flags,
        attachments_changed=tuple(changed),
        attachments_missing=tuple(missing),
        day_limit=day_limit,
        counted=tuple(c for c in LOG_CHANNELS if c in counted),
        daytime=daytime,
        late=tuple(late),
        breaches=tuple(breaches),
        calls_per_day=calls_per_day,
        attempts_per_day=attempts_per_day,
    )


def report_for(entries: Iterable[Entry], rules: EvidenceRules) -> Report:
    """Report with a pack's yardsticks: `report_for(entries, pack.evidence)`."""
    return report(
        entries,
        rules.busy_day.contacts,
        counted=rules.busy_day.channels,
        daytime=rules.daytime.window(),
        late_from=rules.daytime.late(),
        calls_per_day=rules.standards.calls_per_day if rules.standards else None,
        attempts_per_day=rules.standards.attempts_per_day if rules.standards else None,
    )


# ---- the evidence table (export, letters) ---------------------------------------------------

# The columns of the evidence table: the catalogue keys of their headers.
TABLE_COLUMNS = (
    "log_col_no",
    "log_col_when",
    "log_col_channel",
    "log_col_creditor",
    "log_col_who",
    "log_col_contacted",
    "log_col_note",
    "log_col_behaviours",
    "log_col_attachments",
)

# Each channel of LOG_CHANNELS -> the catalogue key of its name.
CHANNEL_KEYS = {
    "call": "log_channel_call",
    "sms": "log_channel_sms",
    "wechat": "log_channel_wechat",
    "visit": "log_channel_visit",
    "letter": "log_channel_letter",
    "third-party": "log_channel_third-party",
}

# An attachment's state, when it is worth a warning -> the catalogue key of the warning.
FILE_STATE_KEYS = {"changed": "log_file_changed", "missing": "log_file_missing"}


@dataclass(frozen=True)
class EvidenceTable:
    """Headers and rows of plain text, in one language, ready for a file or a letter."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def channel_label(channel: str, lang: str) -> str:
    return t(CHANNEL_KEYS[channel], lang)


def behaviour_label(pack: Pack, behaviour: str, lang: str) -> str:
    """The pack's label of a `collector_behaviour` choice: the log ticks what the interview asks."""
    return pack.label("collector_behaviour", behaviour, lang)


def file_label(state: str, lang: str) -> str:
    """The warning for an attachment that changed or is missing."""
    return t(FILE_STATE_KEYS[state], lang)


def attachment_text(attachment: Attachment, lang: str) -> str:
    """`name (SHA-256: …)`, with a warning when the file changed or is gone.

    Only the file's name: the folders of the user's computer are nobody else's business,
    and the files go with a complaint under their own names.
    """
    text = f"{attachment.name} (SHA-256: {attachment.sha256})"
    if attachment.state in FILE_STATE_KEYS:
        text += " " + file_label(attachment.state, lang)
    return text


def evidence_table(entries: Sequence[Entry], pack: Pack, lang: str) -> EvidenceTable:
    """The evidence table of a complaint: one row per contact, in date order."""
    sep = "；" if lang == "zh" else "; "
    rows = []
    for entry in sorted(entries, key=Entry.sort_key):
        rows.append(
            (
                str(entry.number),
                entry.when_text(),
                channel_label(entry.channel, lang),
                entry.creditor,
                entry.who,
                entry.contacted,
                entry.note,
                sep.join(behaviour_label(pack, b, lang) for b in entry.behaviours),
                sep.join(attachment_text(a, lang) for a in entry.attachments),
            )
        )
    headers = tuple(t(key, lang) for key in TABLE_COLUMNS)
    return EvidenceTable(headers, tuple(rows))


def letter_rows(entries: Sequence[Entry], pack: Pack, lang: str) -> tuple[tuple[str, ...], ...]:
    """Rows for a letter's evidence table: (when, channel, who, what, files, entry number).

    `who` names the caller and, when they reached someone else, that person; `what` is the
    note followed by the conduct ticked.
    """
    sep = "；" if lang == "zh" else "; "
    rows = []
    for entry in sorted(entries, key=Entry.sort_key):
        who = entry.who
        if entry.contacted:
            reached = t("log_letter_reached", lang, person=entry.contacted)
            who = (who + reached if lang == "zh" else f"{who} {reached}").strip()
        what = sep.join(
            part
            for part in (entry.note, *(behaviour_label(pack, b, lang) for b in entry.behaviours))
            if part
        )
        files = sep.join(attachment_text(a, lang) for a in entry.attachments)
        channel = channel_label(entry.channel, lang)
        rows.append((entry.when_text(), channel, who, what, files, str(entry.number)))
    return tuple(rows)
