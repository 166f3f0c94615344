"""The project documents its own interface, and the documents stay true.

- docs/answers-file.md lists every question of the pack with its type, limits and choice ids
  (and no question the pack does not ask); its example runs.
- docs/case-file.md's examples run.
- docs/json.md documents every key real `--json` output has, and every output validates
  against its JSON Schema in debtguide/schemas/, which in turn names every key the output has.
- The exit codes documented are those of debtguide/errors.py.
- Every relative link in README.md, docs/*.md and content/README.md resolves; nothing shipped
  points at the design folder next to the repository.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from debtguide import contract, errors
from debtguide.case import HOUSEHOLD, ONE_DEBT_ONLY
from tests.conftest import REPO

DOCS = REPO / "docs"
SCHEMAS = REPO / "debtguide" / "schemas"
TODAY = ["--today", "2026-12-07"]


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def section(doc: str, heading: str) -> str:
    """The text under the heading line that starts with `heading`, up to the next heading
    of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    lines = doc.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    end = len(lines)
    for i in range(start + 1, len(lines)):
        match = re.match(r"^(#+) ", lines[i])
        if match and len(match[1]) <= level:
            end = i
            break
    return "\n".join(lines[start + 1 : end])


def table_rows(part: str) -> list[list[str]]:
    """The cells of every table row of `part`, header and rule rows left out."""
    rows = []
    lines = part.splitlines()
    rule = re.compile(r"^\|[\s:|-]+\|$")
    for i, line in enumerate(lines):
        header = i + 1 < len(lines) and rule.match(lines[i + 1])
        if not line.startswith("|") or rule.match(line) or header:
            continue
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        rows.append(cells)
    return rows


def ticked(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def yaml_blocks(part: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", part, flags=re.S)


# ---- the answers file ----------------------------------------------------------------------

ANSWERS = DOCS / "answers-file.md"


def question_rows() -> dict[str, list[str]]:
    rows = {}
    for cells in table_rows(section(text(ANSWERS), "## The questions")):
        names = ticked(cells[0])
        if len(cells) == 4 and len(names) == 1 and cells[0] == f"`{names[0]}`":
            assert names[0] not in rows, f"{names[0]} is documented twice"
            rows[names[0]] = cells
    return rows


def test_every_question_is_documented_with_its_type_limits_and_choices(pack) -> None:
    rows = question_rows()
    asked = [q.id for q in pack.questions]
    assert sorted(rows) == sorted(asked), "docs/answers-file.md and questions.yaml differ"
    for question in pack.questions:
        _, kind, values, meaning = rows[question.id]
        assert kind == question.type, question.id
        documented = set(ticked(values))
        if question.type in ("choice", "multi"):
            assert documented == {c.id for c in question.choices}, question.id
        else:
            assert not documented, f"{question.id}: {question.type} has no choices"
        for limit in (question.min, question.max):
            if limit is not None:
                assert f"{int(limit):,}" in values, f"{question.id}: limit {limit} not given"
        if question.exclusive:
            assert f"`{question.exclusive}` alone" in values, question.id
        if question.type == "date":
            assert ("may lie ahead" in values) == bool(question.ahead), question.id
        household = question.id in HOUSEHOLD or question.id in ONE_DEBT_ONLY
        assert ("household" in meaning) == household, question.id


def test_the_answers_file_example_runs(cli, tmp_path: Path) -> None:
    blocks = yaml_blocks(section(text(ANSWERS), "## A complete example"))
    assert len(blocks) == 1
    path = tmp_path / "answers.yaml"
    path.write_text(blocks[0], encoding="utf-8")
    result = cli("assess", "--answers", str(path), *TODAY, "--json", "--lang", "en")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "debtguide.assessment/1"
    assert data["stage"]["id"] == "lawsuit"  # what the text under the example says
    defence = data["deadlines"][0]
    assert (defence["kind"], defence["start"], defence["date"]) == (
        "defense",
        "2026-12-01",
        "2026-12-16",
    )
    assert "third-party-contact" in [f["id"] for f in data["flags"]]
    assert data["money"]["apr"] > 0 and [t for t in data["money"]["thresholds"] if t["exceeded"]]
    assert data["money"]["affordable_monthly"] > 0


def test_the_answers_file_error_example_is_what_the_program_says(cli, tmp_path: Path) -> None:
    part = section(text(ANSWERS), "## When something is wrong")
    (bad,) = yaml_blocks(part)
    path = tmp_path / "bad.yaml"
    path.write_text(bad, encoding="utf-8")
    result = cli("assess", "--answers", str(path), *TODAY, "--lang", "en")
    assert result.exit_code == errors.EXIT_USAGE
    shown = re.search(r"```text\n(.*?)```", part, flags=re.S)
    assert shown is not None
    said = [line.strip() for line in result.stderr.splitlines() if line.strip()]
    assert [line.strip() for line in shown[1].splitlines() if line.strip()] == said


def test_every_case_file_example_runs(cli, tmp_path: Path) -> None:
    doc = "case-file.md"
    blocks = [b for b in yaml_blocks(text(DOCS / doc)) if "debts:" in b]
    assert blocks, doc
    for i, block in enumerate(blocks):
        path = tmp_path / f"case-{i}.yaml"
        path.write_text(block, encoding="utf-8")
        result = cli("assess", "--answers", str(path), *TODAY, "--json", "--lang", "en")
        assert result.exit_code == 0, f"{doc} example {i + 1}: {result.output}"
        assert json.loads(result.stdout)["schema"] == "debtguide.case/1"


def test_the_case_file_table_names_the_household_profile_and_letter_fields() -> None:
    from debtguide.case import DEBT_FIELDS, PROFILE_FIELDS

    rows = {cells[0]: ticked(cells[1]) for cells in table_rows(text(DOCS / "case-file.md"))}
    household = next(v for k, v in rows.items() if k.startswith("top level"))
    assert set(household) == {*HOUSEHOLD, *ONE_DEBT_ONLY}
    assert rows["`profile:`"] == list(PROFILE_FIELDS)
    each = rows["each item of `debts:`"]
    assert each[0] == "id" and set(each[1:]) == set(DEBT_FIELDS)


# ---- JSON output ---------------------------------------------------------------------------

JSON_DOC = DOCS / "json.md"
MESSAGES = [
    "【法院】你涉嫌恶意欠款已被立案，今天下午5点前转账到个人账户 http://fy-notice.cn/a",
    "【某某银行】您的信用卡已逾期3天，请尽快还款，如已还款请忽略。",
    "再不还钱就把你的事发到你通讯录里每一个人，明天上门找你家人，你等着",
    "【北京市朝阳区人民法院】您有一份（2026）京0105民初123号案件文书，请登录 zxfw.court.gov.cn 查看，验证码123456。",
]


def _json(cli: Any, *args: str, input: str | None = None) -> Any:
    result = cli(*args, "--lang", "en", input=input)
    assert result.exit_code == 0, f"{args}: {result.output}"
    return json.loads(result.stdout)


def _log(cli: Any, tmp_path: Path) -> None:
    shot = tmp_path / "call.png"
    shot.write_bytes(b"\x89PNG screenshot")
    for when, channel, extra in (
        ("2026-11-20 22:30", "call", ["--behaviour", "calls_at_night", "--attach", str(shot)]),
        ("2026-11-20 22:40", "call", ["--behaviour", "contacted_relatives_friends"]),
        ("2026-11-20 22:50", "call", []),
        ("2026-11-20 23:00", "call", ["--behaviour", "threats_violence"]),
        ("2026-11-21 21:30", "sms", []),
        ("2026-11-22", "letter", []),
    ):
        args = ["--when", when, "--channel", channel, "--creditor", "花花借", "--who", "138"]
        result = cli("log", "add", *args, "--note", "说要去我单位", *extra, "--lang", "en")
        assert result.exit_code == 0, result.output


SUED = "1\n花花借\n95\n3,14\n2026-11-30\n\n\n\n\n\nn\n13\n5\nn\nn\nn\n"


@pytest.fixture
def outputs(cli, tmp_path: Path) -> dict[str, list[Any]]:
    """Real output of every command that prints JSON, by schema id, each in several shapes."""
    answers = sorted((REPO / "tests" / "answers").glob("*.yaml"))
    three = str(REPO / "tests" / "cases" / "three-debts.yaml")
    data = REPO / "tests" / "data"
    out: dict[str, list[Any]] = {}
    for path in answers:
        one = _json(cli, "assess", "--answers", str(path), *TODAY, "--json", "--no-log")
        out.setdefault(one["schema"], []).append(one)
    message = tmp_path / "sms.txt"
    message.write_text(MESSAGES[0], encoding="utf-8")
    lawsuit = str(REPO / "tests" / "answers" / "lawsuit.yaml")
    out["debtguide.assessment/1"].append(
        _json(cli, "assess", "--answers", lawsuit, "--message", str(message), *TODAY, "--json")
    )
    out["debtguide.case/1"] = [_json(cli, "assess", "--answers", three, *TODAY, "--json")]
    out["debtguide.message/1"] = [_json(cli, "check-message", m, "--json") for m in MESSAGES]
    brief = ["--received", "10000", "--installment", "1000", "--count", "12"]
    out["debtguide.apr/1"] = [
        _json(cli, "apr", *brief, "--json"),
        _json(cli, "apr", *brief, "--fee", "500", "--loan-type", "private_lender", "--json"),
        _json(cli, "apr", "--schedule", str(data / "debts-schedule.yaml"), "--json"),
    ]
    out["debtguide.budget/1"] = [
        _json(
            cli, "budget", "--debts", str(data / "debts-three.yaml"), "--monthly", "900", "--json"
        ),
        _json(
            cli,
            "budget",
            *("--debts", str(data / "debts-three.yaml"), "--income", "6000"),
            *("--expenses", "4000", "--json"),
        ),
    ]
    out["debtguide.laws/1"] = [_json(cli, "law", "--json")]
    out["debtguide.stages/1"] = [_json(cli, "stages", "--json")]
    out["debtguide.stage/1"] = [_json(cli, "explain", s, "--json") for s in contract.STAGE_IDS]
    _log(cli, tmp_path)
    out["debtguide.log/1"] = [_json(cli, "log", "list", "--json")]
    out["debtguide.log-report/1"] = [_json(cli, "log", "report", "--json")]
    interview = cli("assess", *TODAY, "--lang", "en", input=SUED)
    assert interview.exit_code == 0, interview.output
    out["debtguide.review/1"] = [_json(cli, "review", *TODAY, "--json")]
    return out


SCHEMA_FILES = {
    "debtguide.assessment/1": "assessment-1.schema.json",
    "debtguide.case/1": "case-1.schema.json",
    "debtguide.message/1": "message-1.schema.json",
    "debtguide.apr/1": "apr-1.schema.json",
    "debtguide.budget/1": "budget-1.schema.json",
    "debtguide.laws/1": "laws-1.schema.json",
    "debtguide.stages/1": "stages-1.schema.json",
    "debtguide.stage/1": "stage-1.schema.json",
    "debtguide.log/1": "log-1.schema.json",
    "debtguide.log-report/1": "log-report-1.schema.json",
    "debtguide.review/1": "review-1.schema.json",
}


def schema(schema_id: str) -> dict[str, Any]:
    return json.loads(text(SCHEMAS / SCHEMA_FILES[schema_id]))


def test_the_schemas_shipped_are_the_ones_documented() -> None:
    assert sorted(p.name for p in SCHEMAS.glob("*.json")) == sorted(SCHEMA_FILES.values())
    for schema_id in SCHEMA_FILES:
        loaded = schema(schema_id)
        jsonschema.Draft202012Validator.check_schema(loaded)
        assert loaded["$id"] == schema_id
        assert loaded["properties"]["schema"] == {"const": schema_id} or schema_id.endswith(
            "laws/1"
        )


class Walk:
    """Every key of a JSON value, checked against the `properties` of its schema."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.undescribed: list[str] = []
        self.keys: set[tuple[str, str]] = set()  # (path of the object, key)

    def expand(self, schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
        while "$ref" in schema:
            assert schema["$ref"].startswith("#/$defs/"), schema["$ref"]
            target = self.root["$defs"][schema["$ref"].removeprefix("#/$defs/")]
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        yield schema
        for key in ("allOf", "anyOf", "oneOf"):
            for branch in schema.get(key, []):
                yield from self.expand(branch)

    def __call__(self, value: Any, schemas: list[dict[str, Any]], path: str = "") -> None:
        flat = [s for schema in schemas for s in self.expand(schema)]
        if isinstance(value, dict):
            maps = [s["additionalProperties"] for s in flat if "propertyNames" in s]
            if maps:  # a map: its keys are data (channels, entry numbers), not names
                for item in value.values():
                    self(item, maps, f"{path}{{}}")
                return
            known: dict[str, list[dict[str, Any]]] = {}
            for s in flat:
                for name, sub in s.get("properties", {}).items():
                    known.setdefault(name, []).append(sub)
            for key, item in value.items():
                if key not in known:
                    self.undescribed.append(f"{path}{key}")
                    continue
                self.keys.add((path, key))
                self(item, known[key], f"{path}{key}.")
        elif isinstance(value, list):
            items = [s["items"] for s in flat if isinstance(s.get("items"), dict)]
            for item in value:
                self(item, items, f"{path.rstrip('.')}[].")


def test_every_json_output_validates_against_its_schema_which_names_every_key(outputs) -> None:
    assert sorted(outputs) == sorted(SCHEMA_FILES)
    for schema_id, values in outputs.items():
        loaded = schema(schema_id)
        walk = Walk(loaded)
        for value in values:
            jsonschema.validate(value, loaded, cls=jsonschema.Draft202012Validator)
            walk(value, [loaded])
        assert not walk.undescribed, f"{schema_id}: keys the schema does not name"


def test_one_law_is_an_excerpt_of_the_laws_schema(cli) -> None:
    loaded = schema("debtguide.laws/1")
    one = _json(cli, "law", "civil-code-188", "--json")
    excerpt = {"$defs": loaded["$defs"], "$ref": "#/$defs/excerpt"}
    jsonschema.validate(one, excerpt, cls=jsonschema.Draft202012Validator)
    walk = Walk(loaded)
    walk(one, [excerpt])
    assert not walk.undescribed


def documented_keys(schema_id: str) -> set[str]:
    """The key names docs/json.md lists (first column of its tables) under this output."""
    part = section(text(JSON_DOC), f"## `{schema_id}`")
    return {name for cells in table_rows(part) for name in ticked(cells[0])}


def test_docs_json_documents_every_key_of_every_output(outputs) -> None:
    for schema_id, values in outputs.items():
        documented = documented_keys(schema_id)
        if schema_id == "debtguide.case/1":  # each debt carries the assessment's keys
            documented |= documented_keys("debtguide.assessment/1")
        walk = Walk(schema(schema_id))
        for value in values:
            walk(value, [schema(schema_id)])
        top = {key for path, key in walk.keys if not path}
        assert top <= documented, f"{schema_id}: top-level keys not in docs/json.md"
        nested = {f"{path}{key}" for path, key in walk.keys if key not in documented}
        assert not nested, f"{schema_id}: keys not in docs/json.md"


def test_docs_json_links_each_schema_and_the_folder_mode_error_is_as_documented(
    cli, tmp_path: Path
) -> None:
    doc = text(JSON_DOC)
    for schema_id, name in SCHEMA_FILES.items():
        assert f"## `{schema_id}`" in doc
        assert f"(../debtguide/schemas/{name})" in section(doc, f"## `{schema_id}`"), schema_id
    (tmp_path / "a.yaml").write_text("days_overdue: many\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("days_overdue: 30\n", encoding="utf-8")
    result = cli("assess", "--answers", str(tmp_path), *TODAY, "--json", "--lang", "en")
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert set(first) == {"file", "error"} and second["file"] == "b.yaml"
    folder = section(doc, "## Many files at once")
    keys = {name for cells in table_rows(folder) for name in ticked(cells[0])}
    assert {"file", "error", *first["error"]} <= keys


def test_the_schemas_use_the_contract_ids() -> None:
    defs = schema("debtguide.assessment/1")["$defs"]
    assert defs["stage_id"]["enum"] == list(contract.STAGE_IDS)
    assert defs["flag_id"]["enum"] == list(contract.FLAG_IDS)
    assert defs["letter_id"]["enum"] == list(contract.LETTER_IDS)
    assert defs["kind"]["enum"] == list(contract.DEADLINE_KINDS)
    assert schema("debtguide.case/1")["$defs"]["kind"]["enum"] == list(contract.DEADLINE_KINDS)
    assert schema("debtguide.message/1")["$defs"]["stage_id"]["enum"] == list(contract.STAGE_IDS)
    report = schema("debtguide.log-report/1")["$defs"]["channel"]["enum"]
    entry = schema("debtguide.log/1")["properties"]["entries"]["items"]["properties"]
    assert report == entry["channel"]["enum"] == list(contract.LOG_CHANNELS)


# ---- exit codes ----------------------------------------------------------------------------


def test_the_exit_codes_documented_are_the_programs() -> None:
    rows = table_rows(section(text(DOCS / "exit-codes.md"), "## The codes"))
    codes = [int(ticked(cells[0])[0]) for cells in rows]
    assert codes == sorted(
        {errors.EXIT_OK, errors.EXIT_CONTENT, errors.EXIT_USAGE, errors.EXIT_INTERRUPTED}
    )
    assert errors.ContentError.exit_code == errors.EXIT_CONTENT == 1
    assert errors.UsageError.exit_code == errors.EXIT_USAGE == 2


def exit_examples() -> list[tuple[str, int]]:
    rows = table_rows(section(text(DOCS / "exit-codes.md"), "## Examples"))
    return [(ticked(cells[0])[0], int(ticked(cells[1])[0])) for cells in rows]


def test_there_is_an_exit_code_example_for_each_code_a_script_can_see() -> None:
    codes = {code for _, code in exit_examples()}
    assert codes == {errors.EXIT_OK, errors.EXIT_CONTENT, errors.EXIT_USAGE}


@pytest.mark.parametrize(("command", "code"), exit_examples())
def test_the_exit_code_examples_hold(cli, monkeypatch, command: str, code: int) -> None:
    import shlex

    monkeypatch.chdir(REPO)
    words = shlex.split(command)
    assert words[0] == "debtguide"
    result = cli(*words[1:])
    assert result.exit_code == code, result.output


# ---- links and self-containment ------------------------------------------------------------

LINKED = [REPO / "README.md", REPO / "content" / "README.md", *sorted(DOCS.glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)|\bsrc=\"([^\"]+)\"")


def anchors(path: Path) -> set[str]:
    """GitHub's ids for the headings of a Markdown file."""
    found = set()
    for line in text(path).splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            found.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return found


@pytest.mark.parametrize("doc", LINKED, ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_resolves(doc: Path) -> None:
    links = [a or b for a, b in LINK.findall(text(doc))]
    for link in links:
        if re.match(r"^[a-z]+:", link):
            continue
        target, _, anchor = link.partition("#")
        path = (doc.parent / target).resolve() if target else doc
        assert path.is_file(), f"{doc.name}: {link} does not resolve"
        assert REPO in path.parents, f"{doc.name}: {link} leaves the repository"
        if anchor and path.suffix == ".md":
            assert anchor in anchors(path), f"{doc.name}: {link}: no such heading"


def shipped() -> Iterator[Path]:
    for folder in ("debtguide", "docs", "content"):
        for path in sorted((REPO / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                yield path
    yield REPO / "README.md"
    yield REPO / "pyproject.toml"


def test_nothing_shipped_points_at_the_shared_folder() -> None:
    for path in shipped():
        if path.suffix in (".png", ".pyc", ".docx"):
            continue
        body = path.read_bytes().decode("utf-8", errors="replace")
        for needle in ("../shared", "/work/shared"):
            assert needle not in body, f"{path.relative_to(REPO)} mentions {needle}"
