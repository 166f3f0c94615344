"""The pure evidence-log logic: parsing what the user types, the report, the evidence table."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys

import pytest

from debtguide.contract import BEHAVIOUR_FLAGS, COLLECTOR_BEHAVIOURS, FLAG_IDS, LOG_CHANNELS
from debtguide.errors import UsageError
from debtguide.evidence.report import (
    CHANNEL_KEYS,
    Attachment,
    Entry,
    behaviour_label,
    evidence_table,
    is_night,
    parse_behaviours,
    parse_channel,
    parse_when,
    report,
)
from debtguide.render.evidence_files import report_json, table_csv, table_markdown
from debtguide.strings import catalogue

UI = catalogue()

NOW = dt.datetime(2026, 11, 28, 12, 0)
D = dt.date


def entry(number: int, when: str, channel: str = "call", **fields: object) -> Entry:
    day, _, clock = when.partition(" ")
    at = dt.time.fromisoformat(clock) if clock else None
    return Entry(number, dt.date.fromisoformat(day), at, channel, **fields)  # type: ignore[arg-type]


# ---- parsing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day, at",
    [
        ("2026-11-20 22:30", D(2026, 11, 20), dt.time(22, 30)),
        ("2026-11-20T07:05", D(2026, 11, 20), dt.time(7, 5)),
        ("2026/11/20 9:05", D(2026, 11, 20), dt.time(9, 5)),
        ("２０２６-１１-２０ ２２：３０", D(2026, 11, 20), dt.time(22, 30)),
        ("2026年11月20日 22点30分", D(2026, 11, 20), dt.time(22, 30)),
        ("2026年11月20日22点", D(2026, 11, 20), dt.time(22, 0)),
        ("2026-11-20", D(2026, 11, 20), None),
        ("2026-11-28 12:00", D(2026, 11, 28), dt.time(12, 0)),
    ],
)
def test_parse_when_accepts(text: str, day: dt.date, at: dt.time | None) -> None:
    assert parse_when(text, NOW) == (day, at)


@pytest.mark.parametrize(
    "text, key",
    [
        ("yesterday", "log_when_format"),
        ("20/11/2026 22:30", "log_when_format"),
        ("2026-11-20 22", "log_when_format"),
        ("2026-02-30 10:00", "log_when_no_date"),
        ("2026-13-01", "log_when_no_date"),
        ("2026-11-20 24:00", "log_when_no_time"),
        ("2026-11-20 22:61", "log_when_no_time"),
        ("2026-11-28 12:01", "log_when_future"),
        ("2026-11-29", "log_when_future"),
    ],
)
def test_parse_when_rejects_with_the_reason(text: str, key: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_when(text, NOW)
    assert caught.value.key == key
    assert caught.value.exit_code == 2
    assert text in caught.value.message("en") and text in caught.value.message("zh")


def test_parse_channel_ids_and_names() -> None:
    for channel in LOG_CHANNELS:
        assert parse_channel(channel.upper()) == channel
    assert parse_channel("电话") == "call"
    assert parse_channel(" 微信 ") == "wechat"
    with pytest.raises(UsageError) as caught:
        parse_channel("fax")
    assert "third-party" in caught.value.message("en")


def test_parse_behaviours_order_separators_and_none() -> None:
    got = parse_behaviours(["insults,calls_at_night", "threats-violence", "none"])
    assert got == ("calls_at_night", "threats_violence", "insults")
    assert parse_behaviours(["none"]) == ()
    assert parse_behaviours(["insults insults"]) == ("insults",)


def test_parse_behaviours_suggests_close_ids() -> None:
    with pytest.raises(UsageError) as caught:
        parse_behaviours(["threat"])
    assert caught.value.key == "log_bad_behaviour"
    hints = dict(caught.value.hints)
    assert "threats_violence" in hints["did_you_mean"]["options"]


def test_behaviour_mapping_is_complete() -> None:
    assert set(BEHAVIOUR_FLAGS) == set(COLLECTOR_BEHAVIOURS)
    assert set(BEHAVIOUR_FLAGS.values()) <= set(FLAG_IDS)


# ---- the report ------------------------------------------------------------------------------


def built_log() -> list[Entry]:
    """A log with every kind of figure in it; the expected report is worked out by hand."""
    return [
        entry(1, "2026-11-01 07:59", creditor="A贷"),  # night by the clock
        entry(2, "2026-11-01 08:00", creditor="A贷"),  # day: the window includes 8:00
        entry(3, "2026-11-01 21:59", "sms", creditor="A贷"),  # day (late): up to 22:00
        entry(4, "2026-11-01 22:00", "wechat", creditor="A贷"),  # night: the window has 22:00
        entry(5, "2026-11-01 12:00", creditor="a贷"),  # same creditor, other case: 5th that day
        entry(6, "2026-11-01 13:00", creditor="B贷"),  # another creditor: not counted with A
        entry(7, "2026-11-02 23:30", "letter", creditor="A贷"),  # letters have no night
        entry(8, "2026-11-02", creditor="A贷"),  # no time: cannot be judged
        entry(
            9,
            "2026-11-03 10:00",
            "third-party",
            creditor="A贷",
            contacted="my sister",
            behaviours=("threats_violence",),
        ),
        entry(10, "2026-11-03 11:00", behaviours=("contacted_employer", "calls_at_night")),
        entry(
            11,
            "2026-11-04 10:00",
            "visit",
            attachments=(
                Attachment("/x/a.jpg", "0" * 64, 1, "changed"),
                Attachment("/x/b.jpg", "1" * 64, 1, "missing"),
            ),
        ),
    ]


def test_report_figures_on_a_built_log() -> None:
    result = report(reversed(built_log()), 5, counted=("call", "sms", "wechat"))
    assert result.entries == 11
    assert (result.first, result.last) == (D(2026, 11, 1), D(2026, 11, 4))
    assert result.by_channel == {
        "call": 6,
        "sms": 1,
        "wechat": 1,
        "visit": 1,
        "letter": 1,
        "third-party": 1,
    }
    assert [(d.day.day, d.count) for d in result.by_day] == [(1, 6), (2, 2), (3, 2), (4, 1)]
    assert result.by_day[0].by_channel == {"call": 4, "sms": 1, "wechat": 1}
    assert result.outside_hours == (1, 4)
    assert result.no_time == (8,)
    assert [(b.day, b.creditor, b.entries) for b in result.busy_days] == [
        (D(2026, 11, 1), "A贷", (1, 2, 5, 3, 4))
    ]
    assert result.third_party == (9, 10)
    assert result.threats == (9,)
    assert result.attachments_changed == (11,)
    assert result.attachments_missing == (11,)


def test_report_flags_from_ticks_and_from_the_data() -> None:
    result = report(built_log(), 5, counted=("call", "sms", "wechat"))
    flags = {f.id: f.entries for f in result.flags}
    assert flags == {
        "night-contact": (1, 4, 10),  # 1 and 4 by the clock, 10 ticked
        "excessive-frequency": (1, 2, 3, 4, 5),
        "third-party-contact": (9, 10),  # 9 by its channel, 10 ticked
        "threats": (9,),
    }
    assert [f.id for f in result.flags] == [i for i in FLAG_IDS if i in flags]


def test_report_yardsticks_change_the_result() -> None:
    log = built_log()
    assert report(log, 6, counted=("call", "sms", "wechat")).flag("excessive-frequency") is None
    calls_only = report(log, 3, counted=("call",))
    assert calls_only.busy_days[0].entries == (1, 2, 5)
    late = report(log, 5, daytime=(dt.time(7, 0), dt.time(23, 0)))
    assert late.outside_hours == ()
    assert late.flag("night-contact").entries == (10,)  # type: ignore[union-attr]


def test_every_behaviour_supports_its_flag() -> None:
    for i, behaviour in enumerate(COLLECTOR_BEHAVIOURS, 1):
        result = report([entry(i, "2026-11-05 12:00", behaviours=(behaviour,))], 5)
        assert result.flag(BEHAVIOUR_FLAGS[behaviour]).entries == (i,)  # type: ignore[union-attr]


def test_is_night_boundaries() -> None:
    """CONTRACT v1.1: the night window is 22:00-08:00 (the published standards)."""
    assert is_night(dt.time(7, 59)) and is_night(dt.time(22, 0)) and is_night(dt.time(0, 0))
    assert not is_night(dt.time(8, 0)) and not is_night(dt.time(21, 59))
    assert not is_night(dt.time(21, 0))  # 21:00-22:00 is late, not night


def test_empty_report_and_bad_limit() -> None:
    result = report([], 5)
    assert report_json(result)["entries"] == 0 and report_json(result)["flags"] == []
    assert result.first is None
    with pytest.raises(ValueError):
        report([], 0)


def test_report_json_matches_the_contract() -> None:
    data = report_json(report(built_log(), 5, counted=("call", "sms", "wechat")))
    assert data["schema"] == "debtguide.log-report/1"
    assert data["entries"] == 11
    assert data["flags"][0] == {"id": "night-contact", "count": 3, "entries": [1, 4, 10]}
    for flag in data["flags"]:
        assert set(flag) == {"id", "count", "entries"}
        assert flag["count"] == len(flag["entries"])
    assert data["busy_days"] == [
        {"date": "2026-11-01", "creditor": "A贷", "count": 5, "entries": [1, 2, 5, 3, 4]}
    ]
    assert data["yardsticks"] == {
        "daytime": ["08:00", "22:00"],
        "day_limit": 5,
        "counted_channels": ["call", "sms", "wechat"],
        "calls_per_day": None,
        "attempts_per_day": None,
    }


# ---- the evidence table ----------------------------------------------------------------------


def hostile_entry() -> Entry:
    return entry(
        3,
        "2026-11-20 22:30",
        creditor='=HYPERLINK("http://x")',
        who="a|b",
        note="line one\n**line** two <script>",
        behaviours=("insults", "threats_violence"),
        attachments=(Attachment("/p/rec.m4a", "ab" * 32, 10, "ok"),),
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_evidence_table_rows_in_both_languages(pack, lang: str) -> None:
    table = evidence_table([hostile_entry(), entry(1, "2026-11-19 10:00")], pack, lang)
    assert table.headers[0] == UI["log_col_no"][lang]
    assert [row[0] for row in table.rows] == ["1", "3"]  # date order
    row = table.rows[1]
    assert row[1] == "2026-11-20 22:30"
    assert row[2] == UI["log_channel_call"][lang]
    behaviours = pack.question("collector_behaviour")
    for behaviour in ("insults", "threats_violence"):  # the words of the interview's question
        assert behaviours.choice(behaviour).label(lang) in row[7]
    assert row[8] == "rec.m4a (SHA-256: " + "ab" * 32 + ")"  # the name, not the folders


def test_markdown_shows_text_as_typed_never_as_markup(pack) -> None:
    text = table_markdown(evidence_table([hostile_entry()], pack, "en"))
    lines = text.splitlines()
    assert len(lines) == 3  # header, rule, one row: the note's line break stayed in its cell
    assert lines[2].count(" | ") == 8
    assert r"a\|b" in text and "line one<br>\\*\\*line\\*\\* two \\<script\\>" in text


def test_csv_round_trips_and_defuses_formulas(pack) -> None:
    text = table_csv(evidence_table([hostile_entry()], pack, "zh"))
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 2
    assert rows[1][3] == '\'=HYPERLINK("http://x")'
    assert rows[1][6] == "line one\n**line** two <script>"


def test_changed_file_is_marked_in_the_table(pack) -> None:
    changed = entry(1, "2026-11-20", attachments=(Attachment("/a", "c" * 64, 1, "changed"),))
    assert UI["log_file_changed"]["zh"] in evidence_table([changed], pack, "zh").rows[0][8]


def test_every_log_string_exists_in_both_languages() -> None:
    keys = [k for k in UI if k.startswith(("log_", "forget_"))]
    assert len(keys) > 80
    for key in keys:
        assert UI[key]["zh"].strip() and UI[key]["en"].strip(), key
    assert set(CHANNEL_KEYS) == set(LOG_CHANNELS)


def test_every_behaviour_is_labelled_by_the_pack(pack) -> None:
    for behaviour in COLLECTOR_BEHAVIOURS:
        for lang in ("zh", "en"):
            assert behaviour_label(pack, behaviour, lang).strip(), behaviour


def test_the_pure_module_loads_nothing_heavy() -> None:
    code = (
        "import sys, debtguide.evidence.report\n"
        "print(','.join(m for m in ('sqlite3', 'rich', 'yaml', 'pydantic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# ---- the yardsticks in the pack --------------------------------------------------------------


def test_report_for_uses_the_pack_yardsticks(pack) -> None:
    from debtguide.evidence.report import report_for

    rules = pack.evidence
    assert rules.daytime.window() == (dt.time(8, 0), dt.time(22, 0))  # CONTRACT v1.1 §1
    assert rules.daytime.late() == dt.time(21, 0)
    # Each note says, in both languages, that its number is not a legal limit.
    assert "不是法律" in rules.daytime.note.zh and "not law" in rules.daytime.note.en
    assert "GB/T 45251—2025" in rules.daytime.note.en and "2026" in rules.daytime.note.zh
    assert rules.standards is not None
    assert (rules.standards.calls_per_day, rules.standards.attempts_per_day) == (3, 6)
    assert "不是法律" in rules.standards.note.zh and "not law" in rules.standards.note.en
    assert (
        "不是法律规定" in rules.busy_day.note.zh and "not a legal limit" in rules.busy_day.note.en
    )
    limit = rules.busy_day.contacts
    calls = [entry(i, f"2026-11-02 1{i}:00", creditor="X") for i in range(limit)]
    assert report_for(calls, rules).flag("excessive-frequency").count == limit  # type: ignore[union-attr]
    assert report_for(calls[:-1], rules).flag("excessive-frequency") is None


def test_a_broken_evidence_file_is_reported(tmp_path) -> None:
    import shutil

    from debtguide.content.load import load_pack
    from debtguide.errors import ContentError
    from tests.conftest import CONTENT

    root = tmp_path / "cn"
    shutil.copytree(CONTENT / "cn", root)
    path = root / "evidence.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('end: "22:00"', 'end: "07:00"').replace(
        "[call, sms, wechat]", "[call, fax]"
    )
    text = text.replace("cites: [civil-code-1033]", "cites: [civil-code-99999]", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_pack(root)
    problems = "\n".join(caught.value.problems)
    assert "DG604 daytime: start must be before end" in problems
    assert "'fax' is not a log channel" in problems
    assert "cites 'civil-code-99999'" in problems

    path.write_text(text.replace('"07:00"', "21:00"), encoding="utf-8")  # unquoted: a number
    with pytest.raises(ContentError) as caught:
        load_pack(root)
    assert any("evidence.yaml" in p and "daytime.end" in p for p in caught.value.problems)


def test_breaches_of_the_standards_per_creditor_and_day(pack) -> None:
    """Issue 13 item 10: night window, calls a day, third parties and visits, per creditor/day."""
    from debtguide.evidence.report import report_for

    log = [
        entry(1, "2026-11-01 21:30", creditor="A贷"),  # late: worth logging, no breach
        entry(2, "2026-11-01 22:10", creditor="A贷"),  # night
        *(entry(n, f"2026-11-01 1{n}:00", creditor="A贷") for n in range(3, 8)),  # 7 calls
        entry(8, "2026-11-01 10:30", "third-party", creditor="A贷", contacted="my boss"),
        entry(9, "2026-11-01 11:30", creditor="B贷"),  # B: one call, no breach
        entry(10, "2026-11-02 09:00", creditor="A贷"),
        entry(11, "2026-11-02 15:00", "visit", creditor="A贷"),
    ]
    result = report_for(log, pack.evidence)
    assert result.late == (1,)
    assert result.outside_hours == (2,)
    rows = {(b.day.day, b.creditor): b for b in result.breaches}
    assert set(rows) == {(1, "A贷"), (2, "A贷")}
    first = rows[(1, "A贷")]
    assert first.night == (2,) and len(first.calls) == 7 and first.over_attempts
    assert first.third_party == (8,) and first.count == 4
    assert rows[(2, "A贷")].visits == (11,) and rows[(2, "A贷")].count == 0
    data = report_json(result)
    assert data["late"] == [1]
    assert data["breaches"][0]["date"] == "2026-11-01" and data["breaches"][0]["count"] == 4
