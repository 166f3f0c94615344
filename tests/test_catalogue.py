"""The interface catalogue (debtguide.strings): each key defined once, used, and written out.

Keys are found in the source: a key given literally to a lookup (t, an error, a hint…) or
written in a mapping from ids to keys must exist; every key of the catalogue must be used
somewhere; no key may be built by string formatting, so that both checks see every key.
"""

from __future__ import annotations

import ast
import re
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from debtguide.strings import PARTS, CatalogueError, catalogue, part, part_of
from debtguide.web.strings import WEB

SOURCE = Path(__file__).resolve().parent.parent / "debtguide"
CATALOGUE = SOURCE / "strings"
UI = catalogue()

# Functions and classes that take a catalogue key, and the position of the key.
LOOKUPS = {
    "t": 0,
    "_t": 0,
    "_ui": 0,
    "_both": 0,
    "_say": 0,
    "_yes_no": 0,
    "_ask_yes_no": 2,
    "_refusal": 1,
    "hint": 0,
    "DebtguideError": 0,
    "UsageError": 0,
    "ContentError": 0,
    "BadAnswer": 0,
    "LogError": 0,
}
KEY_LIKE = re.compile(r"[a-z][a-z0-9]*_[a-z0-9_-]+")


def _code() -> Iterator[tuple[Path, ast.AST]]:
    """The modules of debtguide other than the catalogues, parsed."""
    for path in sorted(SOURCE.rglob("*.py")):
        if CATALOGUE in path.parents or path == SOURCE / "web" / "strings.py":
            continue
        yield path, ast.parse(path.read_text("utf-8"), str(path))


CODE = list(_code())


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _literals(node: ast.AST | None) -> list[str]:
    """A key argument's possible literal values: a string, or either branch of `a if c else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def _key_arg(call: ast.Call) -> ast.AST | None:
    at = LOOKUPS.get(_name(call))
    if at is None or len(call.args) <= at:
        return None
    return call.args[at]


def _looked_up() -> list[tuple[str, str]]:
    """(place, key) for every key given literally to a lookup."""
    found = []
    for path, tree in CODE:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for key in _literals(_key_arg(node)):
                    found.append((f"{path.name}:{node.lineno}", key))
    return found


def _mapped() -> list[tuple[str, str]]:
    """(place, key) for the values of mappings, tuples and choices that hold keys.

    A dict's values, a tuple's or list's items, or the branches of `a if c else b` that are
    all key-like strings with the same first word, one of them a key of the catalogue, are
    all meant as keys.
    """
    keys = set(UI) | set(WEB)
    found = []
    for path, tree in CODE:
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                items = node.values
            elif isinstance(node, ast.Tuple | ast.List):
                items = node.elts
            elif isinstance(node, ast.IfExp):
                items = [node.body, node.orelse]
            else:
                continue
            values = [i.value for i in items if isinstance(i, ast.Constant)]
            if len(values) != len(items) or not all(isinstance(v, str) for v in values):
                continue
            if not all(KEY_LIKE.fullmatch(v) for v in values) or not keys & set(values):
                continue
            if len({v.partition("_")[0] for v in values}) == 1:
                found += [(f"{path.name}:{node.lineno}", v) for v in values]
    return found


def test_each_part_is_one_literal_without_a_repeated_key() -> None:
    for name in PARTS:
        tree = ast.parse((CATALOGUE / f"{name}.py").read_text("utf-8"))
        tables = [n for n in tree.body if isinstance(n, ast.AnnAssign | ast.Assign)]
        assert len(tables) == 1, f"{name}: the catalogue part is one literal"
        literal = tables[0].value
        assert isinstance(literal, ast.Dict), name
        written = [k.value for k in literal.keys if isinstance(k, ast.Constant)]
        assert len(written) == len(literal.keys), f"{name}: every key is written out"
        twice = sorted({k for k in written if written.count(k) > 1})
        assert not twice, f"{name}: defined twice: {twice}"


def test_each_key_is_in_the_part_it_routes_to_and_in_no_other() -> None:
    total = 0
    for name in PARTS:
        table = part(name)
        assert table, name
        assert all(part_of(key) == name for key in table), name
        total += len(table)
    assert len(UI) == total  # no key in two parts


def test_a_key_in_the_wrong_part_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    stray = types.ModuleType("debtguide.strings.stray")
    stray.UI = {"money_apr": {"zh": "年化", "en": "APR"}}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "debtguide.strings.stray", stray)
    with pytest.raises(CatalogueError, match="money_apr"):
        part("stray")


def test_every_key_looked_up_or_mapped_exists_in_both_languages() -> None:
    used = _looked_up() + _mapped()
    assert len({key for _, key in used}) > 400  # the scan sees the code
    missing = [
        (place, key)
        for place, key in used
        if key not in WEB and not (key in UI and UI[key]["zh"] and UI[key]["en"])
    ]
    assert not missing


def test_every_key_of_the_catalogue_is_used() -> None:
    written = {
        node.value
        for _, tree in CODE
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert not sorted(set(UI) - written)


def test_no_key_is_built_by_string_formatting() -> None:
    prefixes = {key[: i + 1] for key in UI for i, c in enumerate(key) if c == "_"}
    built = []
    for path, tree in CODE:
        for node in ast.walk(tree):
            head = None
            if isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                head = first.value if isinstance(first, ast.Constant) else None
            elif isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant):
                head = node.left.value
            if isinstance(head, str) and head in prefixes:
                built.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
            if isinstance(node, ast.Call) and _name(node) != "_say":  # log.py's says text
                arg = _key_arg(node)
                if isinstance(arg, ast.JoinedStr | ast.BinOp) or (
                    isinstance(arg, ast.Call) and _name(arg) == "format"
                ):
                    built.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
        text = path.read_text("utf-8")
        built += [f"{path.name}: {m}" for m in re.findall(r"\bt\(f[\"'].*", text)]
        built += [f"{path.name}: {m}" for m in re.findall(r"_key = f[\"'].*", text)]
    assert not built


def test_the_catalogue_quotes_no_question_or_choice_of_the_pack(pack) -> None:
    """Words of the interview are the pack's: a string that quotes them takes them from it."""
    quoted = re.compile(r"[“\"]([^”\"{}]+)[”\"]")
    labels = {}
    for question in pack.questions:
        for lang in ("zh", "en"):
            labels[question.label(lang).casefold()] = question.id
            for choice in question.choices:
                labels[choice.label(lang).casefold()] = f"{question.id}: {choice.id}"
    copies = [
        (key, lang, words)
        for key, entry in UI.items()
        for lang, text in entry.items()
        for words in quoted.findall(text)
        if words.casefold() in labels
    ]
    assert not copies


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_budget_names_the_amount_questions_by_their_labels(
    cli, pack, tmp_path: Path, lang: str
) -> None:
    case = tmp_path / "case.yaml"
    case.write_text("debts:\n  - id: a\n    days_overdue: 10\n", "utf-8")
    result = cli("budget", "--answers", str(case), "--lang", lang)
    assert result.exit_code == 2
    for qid in ("amount_claimed", "principal_received"):
        assert pack.label(qid, None, lang) in result.output
