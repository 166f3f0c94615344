"""Any input, however odd, gets a result or a named problem: never a traceback, and never an
exit code that CONTRACT.md §6 does not name (0 ok, 1 content problem, 2 bad usage or input).

The hypothesis tests drive the real command line through the runner with
`catch_exceptions=False`, so an uncaught exception fails the test with the input that caused
it. They complement, not repeat, the fixed cases in test_assess, test_letters_cli and
test_message_cli.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from debtguide.contract import STAGE_IDS
from tests.conftest import CONTENT, REPO

ANSWERS = REPO / "tests" / "answers"
TODAY = "2026-11-28"
VERDICTS = {"ordinary", "unlawful", "scam", "fake-notice"}
LANGS = ["zh", "en"]

# Each example runs a whole command in-process (about 40-120 ms); keep the counts modest.
FAST = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@cache
def _pack() -> Any:
    from debtguide.content.load import load_pack

    return load_pack(CONTENT / "cn")


def _printable(text: str) -> bool:
    return all(unicodedata.category(c)[0] != "C" for c in text)


# ---- answers files -------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=30)
_ODD = st.sampled_from(
    [
        "中文", "😀🙏", "\x00", "\x1b[31mred\x1b[0m", "\u202eevil", "\u200b", " ", "",
        "2026-13-01", "2026-02-30", "2026-11-28", "0000-01-01", "9999-12-31", "11-28",
        "2026年11月20日", "2026/11/20", "1.2万", "12,000", "-5", "1e400", "-1e400", "nan",
        "inf", "0x10", "1_000", "yes", "否", "none", "unknown", "{{ 7*7 }}", "[bold]x[/]",
        "~", "null",
    ]
)  # fmt: skip
_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(),
    st.dates(),
    st.dates().map(str),
    _TEXT,
    _ODD,
)
_ANY = st.recursive(
    _SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=2),
    max_leaves=6,
)
_UNKNOWN_KEY = st.text(
    alphabet=st.characters(categories=("L", "N"), include_characters="_-"), min_size=1, max_size=12
)


@cache
def _valid(question_id: str) -> st.SearchStrategy[Any]:
    """Answers that fit the question (CONTRACT.md §1), extremes included: a plan must follow."""
    question = _pack().question(question_id)
    ids = [c.id for c in question.choices]
    labels = [c.label.zh for c in question.choices] + [c.label.en for c in question.choices]
    low = int(question.min) if question.min is not None else 0
    kind = question.type
    if kind == "choice":
        return st.sampled_from(ids + labels)
    if kind == "multi":
        plain = [c for c in question.choices if c.id != question.exclusive]
        names = [c.id for c in plain] + [c.label.zh for c in plain] + [c.label.en for c in plain]
        joined = st.lists(st.sampled_from([c.id for c in plain]), max_size=4).map("，".join)
        picks = st.lists(st.sampled_from(names), max_size=4)
        return picks | joined | st.just([question.exclusive or ids[0]])
    if kind == "int":
        high = int(question.max) if question.max is not None else None
        return st.integers(min_value=low, max_value=400) | st.integers(
            min_value=low, max_value=high
        )
    if kind == "money":
        amounts = st.integers(min_value=low, max_value=10**7) | st.floats(
            min_value=low, max_value=1e12, allow_nan=False, allow_infinity=False
        )
        return amounts | st.sampled_from(["12,000", "1.2万", "0", "0.01"])
    if kind == "date":
        today = dt.date.fromisoformat(TODAY)  # a date that has happened: not after today
        near = st.dates(min_value=dt.date(2000, 1, 1), max_value=today)
        ends = st.sampled_from([dt.date(1900, 1, 1), today])  # the extremes
        return near | near.map(str) | ends | st.sampled_from(["2026年11月20日", "11-20"])
    if kind == "bool":
        return st.booleans() | st.sampled_from(["是", "no", "1", "否"])
    return _TEXT | _ODD


@st.composite
def answers_mappings(draw: st.DrawFn, valid: bool) -> dict[Any, Any]:
    ids = [q.id for q in _pack().questions]
    chosen = draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)))
    if valid:
        return {qid: draw(_valid(qid)) for qid in chosen}
    mapping = {qid: draw(_valid(qid) | _ANY) for qid in chosen}
    for key in draw(st.lists(_UNKNOWN_KEY, max_size=2)):  # keys that are no question id
        if _pack().question(key) is None:
            mapping[key] = draw(_ANY)
    return mapping


def _dump(mapping: dict[Any, Any], as_json: bool) -> str:
    if as_json:
        return json.dumps(mapping, ensure_ascii=False, default=str)
    import yaml

    return yaml.safe_dump(mapping, allow_unicode=True, sort_keys=False)


def _check_assess(cli, path: Path, named: list[str], lang: str) -> Any:
    result = cli("assess", "--answers", str(path), "--json", "--today", TODAY, "--lang", lang)
    event(f"exit code {result.exit_code}")
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        data = json.loads(result.stdout)
        assert data["schema"] == "debtguide.assessment/1"
        assert data["lang"] == lang and data["today"] == TODAY
        assert data["stage"]["id"] in STAGE_IDS
        assert all(a["when"] in ("now", "this_week", "ongoing") for a in data["actions"])
        return data
    assert result.stdout == ""
    assert result.stderr.startswith(("Error: ", "错误: ")), result.stderr
    assert any(name in result.stderr for name in named), (named, result.stderr)
    return None


@FAST
@given(mapping=answers_mappings(valid=True), lang=st.sampled_from(LANGS))
def test_any_valid_answers_give_a_plan(
    cli, tmp_path: Path, mapping: dict[str, Any], lang: str
) -> None:
    """Every key is optional and every value here fits: the engine must make its best plan."""
    path = tmp_path / "answers.yaml"
    path.write_text(_dump(mapping, as_json=False), encoding="utf-8")
    assert _check_assess(cli, path, [], lang) is not None


@pytest.mark.parametrize(
    "text",
    [
        '{"amount_claimed": 1e5}',
        '{"lender_name": "\\ud83d\\ude00 loans"}',  # what json.dumps writes for an emoji
        '{"lender_name": "a\x7fb"}',  # JSON allows U+007F unescaped
    ],
)
def test_any_valid_json_answers_file_is_read_as_json(cli, tmp_path: Path, text: str) -> None:
    json.loads(text)  # valid JSON
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")
    result = cli("assess", "--answers", str(path), "--json", "--today", TODAY, "--lang", "en")
    assert result.exit_code == 0, result.stderr


@FAST
@given(mapping=answers_mappings(valid=False), as_json=st.booleans(), lang=st.sampled_from(LANGS))
def test_any_answers_file_gives_a_plan_or_names_the_problem(
    cli, tmp_path: Path, mapping: dict[Any, Any], as_json: bool, lang: str
) -> None:
    path = tmp_path / ("answers.json" if as_json else "answers.yaml")
    path.write_text(_dump(mapping, as_json), encoding="utf-8")
    named = [str(k) for k in mapping if str(k).strip() and _printable(str(k))] + [path.name]
    _check_assess(cli, path, named, lang)


_YAML_TOKENS = st.sampled_from(
    [
        "2026-13-01", "2026-02-30", "2026-11-28", "2026-11-28T25:61:00", "2026-11-28 10:00:00",
        ".inf", "-.inf", ".nan", "~", "yes", "off", "0x1F", "0o17", "1e400", "1_000", "12,000",
        "!!binary aGVsbG8=", "[1, [2, {a: b}]]", "{}", "[]", "&a x", "*a", "!!python/object:os.system",
        "'unclosed", "|\n  block\n  text", ">-\n  folded", "{{ 7*7 }}", "[none, insults]",
        "[court_summons, court_summons]", "- a\n- b",
    ]
)  # fmt: skip


_KEYS = st.sampled_from(
    ["loan_type", "days_overdue", "contact_kinds", "summons_received_date",
     "judgment_received_date", "amount_claimed", "feels_unsafe", "wants"]
)  # fmt: skip


@settings(FAST, max_examples=30)
@given(lines=st.lists(st.tuples(_KEYS, _YAML_TOKENS), min_size=1, max_size=4))
def test_hand_written_yaml_oddities_are_reported_not_raised(
    cli, tmp_path: Path, lines: list[tuple[str, str]]
) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("".join(f"{key}: {token}\n" for key, token in lines), encoding="utf-8")
    _check_assess(cli, path, [key for key, _ in lines] + [path.name], "en")


@pytest.mark.parametrize(
    "content",
    ["- a list\n", "just text\n", "42\n", "\x00\x01", "{a: 1\n", "? [a, b]\n: c\n", "\ufeff{}\n"],
)
def test_answers_files_that_are_not_mappings(cli, tmp_path: Path, content: str) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text(content, encoding="utf-8")
    result = cli("assess", "--answers", str(path), "--json", "--today", TODAY, "--lang", "en")
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert "odd.yaml" in result.stderr


@pytest.mark.parametrize(
    "line, words",
    [
        ("amount_claimed: -5", "amount_claimed: '-5' is negative"),
        ("amount_claimed: 20000亿", "amount_claimed: '20000亿' is too large"),
        ("principal_received: 10000000000000", "principal_received: '10000000000000' is too large"),
        # a deadline counted from the last days of year 9999 used to overflow (a traceback)
        ("summons_received_date: 9999-12-25", "summons_received_date: '9999-12-25' has the wrong year"),
        ("credit_objection_date: 9999-12-31", "credit_objection_date: '9999-12-31' has the wrong"),
        ("contract_date: 0001-01-01", "contract_date: '0001-01-01' has the wrong year"),
    ],
)  # fmt: skip
def test_an_answer_out_of_range_says_why(cli, tmp_path: Path, line: str, words: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(f"contact_kinds: [court_summons]\ncredit_report_error: true\n{line}\n", "utf-8")
    result = cli("assess", "--answers", str(path), "--json", "--today", TODAY, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert words in result.stderr


def test_answers_file_in_utf16_or_a_folder_is_refused(cli, tmp_path: Path) -> None:
    # GB18030 is read since issue 11 (tests/test_reading_input.py); UTF-16 is not
    utf16 = tmp_path / "utf16.yaml"
    utf16.write_bytes("lender_name: 某某贷\n".encode("utf-16"))
    result = cli("assess", "--answers", str(utf16), "--json", "--lang", "en")
    assert result.exit_code == 2, result.output
    assert str(utf16) in result.stderr and "Traceback" not in result.output
    # a folder is assessed file by file with --json (issue 15), the bad file as an error object
    result = cli("assess", "--answers", str(tmp_path), "--json", "--lang", "en")
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert line["file"] == "utf16.yaml" and line["error"]["exit_code"] == 2
    assert "1 of 1 files had problems" in result.stderr
    # without --json a folder is refused, naming it
    result = cli("assess", "--answers", str(tmp_path), "--lang", "en")
    assert result.exit_code == 2 and str(tmp_path) in result.stderr


# ---- letter fields -------------------------------------------------------------------------

_VISIBLE = st.characters(exclude_categories=("Cc", "Cs"))
_JINJA = st.sampled_from(
    [
        "{{ 7*7 }}", "{{", "}}", "{%", "%}", "{% for x in y %}", "{% endfor %}", "{#", "#}",
        "{% raw %}", "{% endraw %}", "{{ self.__init__.__globals__ }}", "{{ lipsum }}",
        "{% include 'x' %}", "\\", "\\n", "\\\\", "${name}", "{name}", "{0}", "%s", "[bold]",
        "[/]", "<b>", "&amp;", "|", "`", "*", "_", "#", "【请填写：姓名】", "[fill in: name]",
        "张三", "O'Brien", '"quoted"', "  ",
    ]
)  # fmt: skip
_FIELD_TEXT = st.lists(_JINJA | st.text(alphabet=_VISIBLE, max_size=12), min_size=1, max_size=6)
LETTER = ["letter", "negotiation", "--answers", str(ANSWERS / "letters-online-loan.yaml")]


@settings(FAST, max_examples=30)
@given(parts=_FIELD_TEXT, lang=st.sampled_from(["zh", "en"]))
@example(parts=["\ue000"], lang="zh")  # private use: GB18030 puts some rare name characters there
@example(parts=["\ue0000\ue001"], lang="en")  # what letters once used to mark a held value
def test_a_letter_field_is_printed_as_typed_never_evaluated(
    cli, parts: list[str], lang: str
) -> None:
    text = "".join(parts)
    shown = " ".join(text.split())  # runs of spaces become one, as in a form
    assume(shown and len(shown) <= 200)
    result = cli(*LETTER, "--set", f"name={text}", "--today", TODAY, "--lang", lang)
    assert result.exit_code == 0, result.output
    assert shown in result.stdout


@settings(FAST, max_examples=15)
@given(
    before=st.text(alphabet=_VISIBLE, min_size=1, max_size=8),
    breaks=st.sampled_from(["\n", "\r\n", "\t", "\n\n  ", "\u2028", "\x0b", "\x1c"]),
    after=st.text(alphabet=_VISIBLE, min_size=1, max_size=8),
)
def test_line_breaks_in_a_letter_field_become_spaces(
    cli, before: str, breaks: str, after: str
) -> None:
    shown = " ".join(f"{before}{breaks}{after}".split())
    assume(shown and len(shown.split()) >= 2)
    result = cli(*LETTER, "--set", f"name={before}{breaks}{after}", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert shown in result.stdout


@settings(FAST, max_examples=15)
@given(
    text=st.text(alphabet=_VISIBLE, max_size=8),
    control=st.sampled_from(
        ["\x00", "\x07", "\x08", "\x1b", "\x1b[2J", "\x7f\x1b]0;x\x07", "\x7f", "\x9b2J"]
    ),
)
def test_control_characters_in_a_letter_field_are_refused(cli, text: str, control: str) -> None:
    result = cli(*LETTER, "--set", f"address={text}{control}", "--today", TODAY, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "address: contains control characters" in result.stderr
    assert result.stdout == "" and "\x1b" not in result.stderr


@settings(FAST, max_examples=25)
@given(item=st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20))
def test_a_set_without_a_known_field_is_a_usage_error(cli, item: str) -> None:
    name, sep, _ = item.partition("=")
    assume(name.strip() not in _pack().letter_fields)
    result = cli(*LETTER, "--set", item, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert result.stdout == "" and "Traceback" not in result.output
    if not sep or not name.strip():
        assert "write it as FIELD=VALUE" in result.stderr
    else:
        assert "--set: there is no field called" in result.stderr
        assert "Fields: name, " in result.stderr


# ---- message text --------------------------------------------------------------------------

_MESSAGE = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300) | st.lists(
    st.sampled_from(
        ["你已被起诉", "征信修复", "立即转账", "逮捕", "法院", "http://x.cn/a", "【某某贷】",
         "坐牢", "律师函", "😀", "\u200b", " ", "\n", "\x1b[31m", "{{ 7*7 }}", "[/]"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


def _check_message(result: Any, text: str) -> None:
    assert "Traceback" not in result.output
    visible = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    event(f"exit code {result.exit_code}")
    if not visible.strip():
        assert result.exit_code == 2, result.output
        assert "The message is empty" in result.stderr
        return
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "debtguide.message/1"
    assert data["verdict"] in VERDICTS
    assert data["stage_hint"] is None or data["stage_hint"] in STAGE_IDS


@settings(FAST, max_examples=20)
@given(text=_MESSAGE)
def test_any_message_as_an_argument_gets_a_verdict(cli, text: str) -> None:
    _check_message(cli("check-message", "--json", "--lang", "en", "--", text), text)


@settings(FAST, max_examples=20)
@given(text=_MESSAGE)
def test_any_message_on_standard_input_gets_a_verdict(cli, text: str) -> None:
    _check_message(cli("check-message", "--json", "--lang", "en", input=text), text)


# ---- exit codes (CONTRACT.md §6) -----------------------------------------------------------


@settings(FAST, max_examples=20)
@given(
    name=st.text(max_size=25)
    | st.builds(
        lambda names, pad, upper: pad + (names.upper() if upper else names) + pad,
        st.deferred(lambda: st.sampled_from([n for s in _pack().stages for n in s.names()])),
        st.sampled_from(["", " ", "\t", "\u3000"]),
        st.booleans(),
    )
)
def test_any_stage_name_explains_or_is_a_usage_error(cli, name: str) -> None:
    result = cli("explain", "--json", "--lang", "en", "--", name)
    event(f"exit code {result.exit_code}")
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 0:
        assert json.loads(result.stdout)["stage"]["id"] in STAGE_IDS
    else:
        assert result.stdout == "" and "Traceback" not in result.output


@settings(FAST, max_examples=20)
@given(
    law_id=st.text(max_size=25)
    | st.builds(
        str.__add__,
        st.deferred(lambda: st.sampled_from(list(_pack().laws))),
        st.sampled_from(["", " ", "x", "-1", "\n"]),
    )
)
def test_any_law_id_prints_it_or_is_a_usage_error(cli, law_id: str) -> None:
    result = cli("law", "--json", "--", law_id)
    event(f"exit code {result.exit_code}")
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 0:
        assert json.loads(result.stdout)["id"] == law_id.strip()
    else:
        assert result.stdout == "" and "Traceback" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["explain", "no-such-stage", "--json"],
        ["explain", "不存在的阶段", "--lang", "zh"],
        ["law", "no-such-law", "--json"],
        ["law", "civil-code-99999", "--lang", "zh"],
    ],
)
def test_unknown_ids_exit_2_and_keep_stdout_empty(cli, args: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert args[1] in result.stderr


COMMANDS = [
    ["stages"],
    ["explain", "lawsuit"],
    ["law"],
    ["law", "civil-code-188"],
    ["assess", "--answers", str(ANSWERS / "lawsuit.yaml")],
    ["letter"],
    ["letter", "negotiation"],
    ["check-message", "你已被起诉"],
    ["apr", "--received", "1000", "--installment", "100", "--count", "12"],
    ["log", "list"],
    ["log", "report"],
    ["log", "export"],
    ["forget", "--yes"],
    ["content", "check"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_bad_language_is_a_usage_error_in_every_command(cli, args: list[str]) -> None:
    result = cli(*args, "--lang", "fr")
    assert result.exit_code == 2, result.output
    assert "--lang: 'fr' is not a language; use zh or en." in result.stderr
    assert result.stdout == ""


def test_a_bad_language_in_the_environment_is_a_usage_error(cli, monkeypatch) -> None:
    monkeypatch.setenv("DEBTGUIDE_LANG", "klingon")
    result = cli("explain", "lawsuit")
    assert result.exit_code == 2
    assert "DEBTGUIDE_LANG: 'klingon' is not a language" in result.stderr


@pytest.mark.parametrize(
    "args", [["no-such-command"], ["stages", "--no-such-option"], ["explain"], ["apr", "--count"]]
)
def test_command_line_mistakes_exit_2(cli, args: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stdout == "" and "Traceback" not in result.output


@pytest.fixture(scope="module")
def broken_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the pack with a YAML syntax error, a wrong type and a dangling citation."""
    root = tmp_path_factory.mktemp("content")
    broken = root / "cn"
    shutil.copytree(CONTENT / "cn", broken)
    lawsuit = broken / "stages" / "lawsuit.yaml"
    lawsuit.write_text(lawsuit.read_text(encoding="utf-8") + "\nwho: [unclosed\n", "utf-8")
    pack = broken / "pack.yaml"
    pack.write_text(pack.read_text(encoding="utf-8").replace("id: cn", "id: [cn]", 1), "utf-8")
    return broken


def test_content_check_on_a_broken_pack_lists_each_problem_and_exits_1(
    cli, broken_pack: Path
) -> None:
    result = cli("content", "check", str(broken_pack), "--lang", "en")
    assert result.exit_code == 1, result.output
    assert "problem(s)" in result.stderr
    assert "stages/lawsuit.yaml:" in result.stderr and "pack.yaml:" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.output


def test_content_check_on_a_missing_folder_exits_1(cli, tmp_path: Path) -> None:
    result = cli("content", "check", str(tmp_path / "nowhere"), "--lang", "en")
    assert result.exit_code == 1
    assert "Content pack folder not found" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["stages"],
        ["explain", "lawsuit", "--json"],
        ["assess", "--answers", str(ANSWERS / "lawsuit.yaml"), "--json"],
        ["check-message", "你已被起诉"],
    ],
)
def test_every_command_reports_a_broken_pack_with_exit_1(
    cli, monkeypatch, broken_pack: Path, args: list[str]
) -> None:
    monkeypatch.setenv("DEBTGUIDE_CONTENT", str(broken_pack.parent))
    result = cli(*args, "--lang", "en")
    assert result.exit_code == 1, result.output
    assert "stages/lawsuit.yaml:" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.output
