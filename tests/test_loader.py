"""The pack loader: a good pack loads; a broken one reports every problem with its place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from debtguide.content.load import load_pack
from debtguide.errors import ContentError
from tests.conftest import CONTENT


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped pack."""
    target = tmp_path / "cn"
    shutil.copytree(CONTENT / "cn", target)
    return target


def problems_of(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_pack(root)
    return caught.value.problems


def test_shipped_pack_loads(pack) -> None:
    assert [s.order for s in pack.stages] == list(range(1, 13))
    assert pack.info.id == "cn"
    assert len(pack.laws) == 196


def test_bad_yaml_names_file_and_line(pack_copy: Path) -> None:
    path = pack_copy / "stages" / "lawsuit.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "broken: [unclosed")
    path.write_text("\n".join(lines), encoding="utf-8")
    problems = problems_of(pack_copy)
    assert any(p.startswith("stages/lawsuit.yaml:") and "not valid YAML" in p for p in problems)
    line = next(p for p in problems if p.startswith("stages/lawsuit.yaml:"))
    assert int(line.split(":")[1]) >= 4


def test_missing_language_is_reported_with_its_place(pack_copy: Path) -> None:
    path = pack_copy / "stages" / "judgment.yaml"
    text = path.read_text(encoding="utf-8")
    import yaml

    data = yaml.safe_load(text)
    del data["summary"]["en"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problems = problems_of(pack_copy)
    assert any(
        p.startswith("stages/judgment.yaml:") and "summary.en: required field is missing" in p
        for p in problems
    ), problems


def test_dangling_citation_and_unknown_field_are_both_reported(pack_copy: Path) -> None:
    import yaml

    path = pack_copy / "stages" / "lawsuit.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rights"][0]["cites"] = ["civil-code-9999"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    other = pack_copy / "stages" / "judgment.yaml"
    data = yaml.safe_load(other.read_text(encoding="utf-8"))
    data["summery"] = {"zh": "错", "en": "typo"}
    other.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problems = problems_of(pack_copy)
    assert any("rights[0].cites" in p and "civil-code-9999" in p for p in problems), problems
    assert any("judgment.yaml" in p and "summery: unknown field" in p for p in problems), problems


def test_condition_naming_a_missing_choice_is_a_content_error(pack_copy: Path) -> None:
    path = pack_copy / "assessment.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("has: court_summons}", "has: court_sumons}", 1), encoding="utf-8")
    problems = problems_of(pack_copy)
    assert any("assessment.yaml" in p and "'court_sumons' is not a choice" in p for p in problems)


def test_comparing_a_date_with_a_number_is_a_content_error(pack_copy: Path) -> None:
    path = pack_copy / "assessment.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("if: {q: days_overdue, lte: 0}", "if: {q: summons_received_date, lte: 0}")
    path.write_text(text, encoding="utf-8")
    problems = problems_of(pack_copy)
    assert any("summons_received_date" in p and "compares numbers" in p for p in problems), problems


def test_missing_stage_file_and_duplicate_ids(pack_copy: Path) -> None:
    (pack_copy / "stages" / "arbitration.yaml").unlink()
    laws = pack_copy / "laws.yaml"
    text = laws.read_text(encoding="utf-8")
    first = text.index("- id: civil-code-109")
    second = text.index("- id: civil-code-111")
    laws.write_text(text + text[first:second], encoding="utf-8")
    problems = problems_of(pack_copy)
    assert any("stage 'arbitration' has no file" in p for p in problems)
    assert any("'civil-code-109' appears more than once" in p for p in problems)


def test_missing_pack_folder(tmp_path: Path) -> None:
    with pytest.raises(ContentError):
        load_pack(tmp_path / "nowhere")
