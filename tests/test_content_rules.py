"""The content checks as coded rules, in the tldr-lint manner: every rule listed in
content/README.md has one failing fixture under tests/content/failing/<code>/ that fails with
exactly that code, every fixture's code is listed, and the shipped pack passes.

A fixture is one `edit.yaml` applied to a copy of the shipped pack (the passing pack): `file`
and one of `replace: [old, new]` (the first occurrence), `append`, `delete` or `rename`.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from debtguide.content.load import load_pack
from debtguide.errors import ContentError
from tests.conftest import CONTENT

ROOT = Path(__file__).resolve().parent.parent
FAILING = Path(__file__).resolve().parent / "content" / "failing"
README = ROOT / "content" / "README.md"
FIXTURES = sorted(p.name for p in FAILING.iterdir() if (p / "edit.yaml").is_file())
PROBLEM = re.compile(r"^(?P<file>[^:\s]+):(?P<line>[1-9][0-9]*): (?P<code>DG[0-9]{3}) \S")


def readme_codes() -> list[str]:
    """The codes in the rules table of content/README.md, in order."""
    return re.findall(r"^\| `(DG[0-9]{3})` \|", README.read_text(encoding="utf-8"), re.MULTILINE)


def code_codes() -> set[str]:
    """Every code the content package can report."""
    found: set[str] = set()
    for path in (ROOT / "debtguide" / "content").glob("*.py"):
        found |= set(re.findall(r"\"(DG[0-9]{3})\"", path.read_text(encoding="utf-8")))
    return found


def apply_edit(root: Path, spec: dict) -> None:
    path = root / spec["file"]
    if spec.get("delete"):
        path.unlink()
    elif "rename" in spec:
        path.rename(root / spec["rename"])
    elif "append" in spec:
        path.write_text(path.read_text(encoding="utf-8") + spec["append"], encoding="utf-8")
    else:
        old, new = spec["replace"]
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{spec['file']} no longer holds {old!r}: update the fixture"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_after(tmp_path: Path, code: str) -> list[str]:
    root = tmp_path / "cn"
    shutil.copytree(CONTENT / "cn", root)
    apply_edit(root, yaml.safe_load((FAILING / code / "edit.yaml").read_text(encoding="utf-8")))
    with pytest.raises(ContentError) as caught:
        load_pack(root)
    return caught.value.problems


@pytest.mark.parametrize("code", FIXTURES)
def test_each_failing_fixture_fails_with_exactly_its_code(tmp_path: Path, code: str) -> None:
    problems = problems_after(tmp_path, code)
    assert problems, "the fixture must fail"
    for problem in problems:
        assert PROBLEM.match(problem), f"not `file:line: DGxxx place: what`: {problem}"
    assert {PROBLEM.match(p)["code"] for p in problems} == {code}, problems  # type: ignore[index]


def test_every_rule_in_the_table_has_a_fixture_and_every_fixture_a_rule() -> None:
    listed = readme_codes()
    assert len(listed) == len(set(listed)), "a code is listed twice in content/README.md"
    assert sorted(listed) == FIXTURES


def test_every_code_the_checks_report_is_in_the_table() -> None:
    assert code_codes() == set(readme_codes())


def test_the_shipped_pack_passes(pack) -> None:
    assert pack.info.id == "cn"


def test_a_problem_names_the_line_of_its_place(tmp_path: Path) -> None:
    problems = problems_after(tmp_path, "DG101")
    (problem,) = problems
    match = PROBLEM.match(problem)
    assert match is not None
    lines = (tmp_path / "cn" / "questions.yaml").read_text(encoding="utf-8").splitlines()
    assert "civil-procedure-law-9999" in lines[int(match["line"]) - 1]
    assert problem.endswith(
        "cites[0]: cites 'civil-procedure-law-9999', which laws.yaml does not have"
    )


def test_the_walk_knows_every_field_that_holds_channel_ids(pack) -> None:
    """A channel id in any field the walk does not check as a channel would escape DG102."""
    from debtguide.content.checks import CHANNEL_FIELDS, references

    channels = set(pack.channels)
    walked = {place for kind, place, _ in references(_pack_parts(pack)) if kind == "channel"}
    assert walked, "the walk found no channel ids in the shipped pack"
    stray: list[str] = []

    def visit(obj: object, place: str) -> None:
        fields = getattr(type(obj), "__record_fields__", None)
        if fields is not None:
            for name in fields:
                if (type(obj).__name__, name) not in CHANNEL_FIELDS and name != "cites":
                    visit(getattr(obj, name), f"{place}.{name}")
        elif isinstance(obj, list | tuple):
            for i, item in enumerate(obj):
                visit(item, f"{place}[{i}]")
        elif isinstance(obj, dict):
            for key, item in obj.items():
                if key in channels:
                    stray.append(f"{place} key {key}")
                visit(item, f"{place}.{key}")
        elif isinstance(obj, str) and obj in channels:
            stray.append(place)

    visit(_pack_parts(pack), "pack")
    stray = [s for s in stray if not s.startswith("pack.channels")]
    assert stray == [], f"fields holding channel ids that CHANNEL_FIELDS does not list: {stray}"


def _pack_parts(pack) -> dict:
    return {name: getattr(pack, name) for name in type(pack).__record_fields__}
