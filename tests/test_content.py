"""Content rules: both languages everywhere, laws verbatim, interface strings complete."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from debtguide.content.models import Text
from debtguide.content.record import Record
from debtguide.strings import catalogue
from tests.conftest import REFERENCE, SHARED

UI = catalogue()
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")


def texts(node: Any, place: str = "") -> Iterator[tuple[str, Text]]:
    """Every localized text in a model tree, with where it is."""
    if isinstance(node, Text):
        yield place, node
    elif isinstance(node, Record):
        for name in type(node).__record_fields__:
            yield from texts(getattr(node, name), f"{place}.{name}")
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from texts(value, f"{place}[{key}]")
    elif isinstance(node, list | tuple):
        for i, value in enumerate(node):
            yield from texts(value, f"{place}[{i}]")


def test_every_text_is_really_in_both_languages(pack) -> None:
    found = list(texts(pack))
    assert len(found) > 500
    for place, text in found:
        assert CJK.search(text.zh), f"{place}: zh has no Chinese: {text.zh!r}"
        assert LATIN.search(text.en), f"{place}: en has no English: {text.en!r}"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(UI))
def test_interface_strings_have_both_languages_and_the_same_fields(key: str) -> None:
    entry = UI[key]
    assert set(entry) == {"zh", "en"}, key
    assert entry["zh"].strip() and entry["en"].strip(), key
    assert _fields(entry["zh"]) == _fields(entry["en"]), key


@pytest.mark.parametrize("name", ["excerpts.yaml", "NOTES.md"])
def test_the_reference_copies_match_the_shared_references(name: str) -> None:
    shared = SHARED / "reference" / "cn-law" / name
    if not shared.exists():
        pytest.skip("../shared is not next to this clone")
    assert (REFERENCE / name).read_bytes() == shared.read_bytes()


def test_every_excerpt_matches_the_reference_verbatim(pack) -> None:
    reference = REFERENCE / "excerpts.yaml"
    source = {x["id"]: x for x in yaml.safe_load(reference.read_text(encoding="utf-8"))}
    assert set(pack.laws) <= set(source)
    for excerpt_id, excerpt in pack.laws.items():
        ref = source[excerpt_id]
        for name in ("law", "version", "article", "article_no", "text", "topic"):
            assert getattr(excerpt, name) == ref[name], f"{excerpt_id}.{name}"
        assert excerpt.plain.zh == ref["plain_zh"] and excerpt.plain.en == ref["plain_en"]
        assert (excerpt.caution is not None) == ("caution" in ref), f"{excerpt_id}: caution"


def test_every_stage_has_all_sections(pack) -> None:
    for stage in pack.stages:
        assert len(stage.what_happens) >= 2, stage.id
        assert len(stage.truths) >= 3, stage.id
        assert len(stage.steps) >= 4, stage.id
        assert len(stage.rights) >= 3, stage.id
        assert len(stage.avoid) >= 3, stage.id
        assert stage.keep, stage.id
        assert stage.help, stage.id
        assert all(r.cites for r in stage.rights), stage.id


def test_citation_labels_read_naturally(pack) -> None:
    assert pack.cite_label("civil-procedure-law-128", "zh") == "《民事诉讼法》第一百二十八条"
    assert pack.cite_label("civil-procedure-law-128", "en") == "Civil Procedure Law, art. 128"
    assert pack.cite_label("criminal-law-293-1", "en") == "Criminal Law, art. 293-1"
