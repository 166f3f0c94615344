"""Find content packs and load them into models, reporting every fault at once."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from debtguide.content import checks, schema
from debtguide.content.locate import DEFAULT_PACK, content_root, pack_dir  # noqa: F401 (moved there)
from debtguide.content.models import (
    Action,
    AssessmentRules,
    Channel,
    ClaimBook,
    CueBook,
    EvidenceRules,
    Excerpt,
    Flag,
    Letter,
    LetterField,
    LetterRoutes,
    Pack,
    PackInfo,
    Question,
    Rates,
    Stage,
    Statute,
)
from debtguide.content.record import replace
from debtguide.errors import ContentError

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]


class _Reader:
    """Reads a pack's files, collecting each problem as `file:line: DGxxx place: what`.

    The codes are listed in content/README.md; a problem given no line gets the line of its
    place in the file's YAML (line 1 for a whole file, or a file that is missing)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[str] = []
        self.codes: list[str] = []
        self.texts: dict[Path, str] = {}

    def name(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def problem(
        self, path: Path, message: str, line: int | None = None, place: str = "", code: str = ""
    ) -> None:
        if not code:
            raise ValueError(f"a content problem needs its rule code: {message}")
        if line is None:
            text = self.texts.get(path)
            found = _line_of(text, _loc(place)) if text is not None else None
            line = found or 1
        where = f"{self.name(path)}:{line}: {code}"
        self.codes.append(code)
        self.problems.append(f"{where} {place + ': ' if place else ''}{message}")

    def read(self, path: Path) -> tuple[Any, str] | None:
        """Parse one YAML file; on failure record where and why."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.problem(path, "file is missing", code="DG001")
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self.problem(path, f"cannot be read ({exc})", code="DG001")
            return None
        self.texts[path] = text
        try:
            return yaml.load(text, Loader=SafeLoader), text
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else None
            reason = getattr(exc, "problem", None) or str(exc)
            self.problem(path, f"not valid YAML: {reason}", line or 1, code="DG002")
            return None

    def validate(self, path: Path, kind: Any, loaded: tuple[Any, str] | None) -> Any:
        """Validate parsed data as a record class or a list or mapping of them; record each
        error with its line.

        None (a file that could not be read, already recorded as a problem) gives None."""
        if loaded is None:
            return None
        data, text = loaded
        try:
            return schema.validate(kind, data)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                loc = error["loc"]
                code = SCHEMA_CODES.get(error["type"], "DG005")
                line = _line_of(text, loc) or 1
                self.problem(path, _describe(dict(error)), line, _place(loc), code=code)
            return None


# A schema error's code: a missing field, an unknown field, anything else the models refuse.
SCHEMA_CODES = {"missing": "DG003", "extra_forbidden": "DG004"}


def _describe(error: dict[str, Any]) -> str:
    kind = error["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling against content/README.md)"
    return str(error["msg"])


def _place(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _loc(place: str) -> tuple[Any, ...]:
    """The path of keys and indexes a place such as `steps[3].cites[0]` names."""
    loc: list[Any] = []
    for part in re.findall(r"\[(\d+)\]|([^.\[\]]+)", place):
        loc.append(int(part[0]) if part[0] else part[1])
    return tuple(loc)


@functools.lru_cache(maxsize=4)
def _compose(text: str) -> Any:
    """The YAML node tree of a file's text (None when it does not parse), kept for the next
    problem in the same file."""
    try:
        return yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return None


def _line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """Return the 1-based line of the deepest node of `loc` that exists in the YAML text."""
    node = _compose(text)
    line = node.start_mark.line + 1 if node else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == part), None)
            key = next((k for k, _ in node.value if k.value == part), None)
            if match is None or key is None:
                break
            line = key.start_mark.line + 1
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _unique(reader: _Reader, path: Path, items: list[Any], kind: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for i, item in enumerate(items):
        place = f"[{i}].id"
        if item.id in out:
            reader.problem(
                path, f"{kind} id '{item.id}' appears more than once", place=place, code="DG103"
            )
        out[item.id] = item
    return out


def load_pack(root: Path) -> Pack:
    """Load and cross-check the pack in folder `root`; raise ContentError listing every fault."""
    reader = _Reader(root)
    if not root.is_dir():
        raise ContentError("content_missing", path=root)

    def load(name: str, kind: Any) -> Any:
        path = root / name
        loaded = reader.read(path)
        return None if loaded is None else reader.validate(path, kind, loaded)

    info = load("pack.yaml", PackInfo)
    statutes = load("statutes.yaml", list[Statute]) or []
    laws = load("laws.yaml", list[Excerpt]) or []
    channels = load("channels.yaml", list[Channel]) or []
    flags = load("flags.yaml", list[Flag]) or []
    questions = load("questions.yaml", list[Question]) or []
    rules = load("assessment.yaml", AssessmentRules)
    action_items: list[tuple[Path, int, Action]] = []
    for path in sorted((root / "actions").glob("*.yaml")):
        loaded = load(f"actions/{path.name}", list[Action]) or []
        action_items += [(path, i, action) for i, action in enumerate(loaded)]
    stages: list[Stage] = [s for _, s in _one_per_file(reader, load, root / "stages", Stage)]

    laws_by_id = _unique(reader, root / "laws.yaml", laws, "law")
    statutes_by_law = {s.law: s for s in statutes}
    for i, excerpt in enumerate(laws):
        statute = statutes_by_law.get(excerpt.law)
        if statute is None:
            reader.problem(
                root / "laws.yaml",
                f"law '{excerpt.law}' is not in statutes.yaml",
                place=f"[{i}].law",
                code="DG109",
            )
        elif not excerpt.id.startswith(statute.prefix + "-"):
            reader.problem(
                root / "laws.yaml",
                f"id '{excerpt.id}' does not start with '{statute.prefix}-'",
                place=f"[{i}].id",
                code="DG110",
            )
    channels_by_id = _unique(reader, root / "channels.yaml", channels, "channel")
    checks.check_stages(reader, root, stages)
    flags_by_id = _unique(reader, root / "flags.yaml", flags, "flag")
    checks.check_flags(reader, root / "flags.yaml", flags)
    known_laws = laws_by_id if laws else None  # no laws.yaml: reported once, not per citation
    known_channels = channels_by_id if channels else None
    cues = _load_cues(reader, root / "cues.yaml", flags_by_id, known_laws)
    checks.check_interview(reader, root, questions, rules, action_items)
    letters = _load_letters(reader, root, load, questions)
    rates = load("rates.yaml", Rates)
    if rates is not None:
        checks.check_rates(reader, root / "rates.yaml", rates)
    evidence = load("evidence.yaml", EvidenceRules)
    if evidence is not None:
        checks.check_evidence(reader, root / "evidence.yaml", evidence)

    # One walk over every loaded file for its citations and channel ids (DG101, DG102).
    walked: list[tuple[Path, Any, str]] = [
        (root / "flags.yaml", flags, ""),
        (root / "questions.yaml", questions, ""),
        (root / "assessment.yaml", rules, ""),
        (root / "rates.yaml", rates, ""),
        (root / "evidence.yaml", evidence, ""),
        (root / "letters" / "routes.yaml", letters["letter_routes"], ""),
    ]
    walked += [(root / "stages" / f"{s.id}.yaml", s, "") for s in stages]
    walked += [(root / "letters" / f"{x.id}.yaml", x, "") for x in letters["letters"].values()]
    walked += [(path, action, f"[{i}]") for path, i, action in action_items]
    for path, obj, place in walked:
        checks.check_references(reader.problem, path, obj, known_laws, known_channels, place)
    if info is not None:
        missing = [lang for lang in ("zh", "en") if lang not in info.languages]
        if missing:
            reader.problem(
                root / "pack.yaml",
                f"languages must include {missing}",
                place="languages",
                code="DG201",
            )

    if reader.problems or info is None or rules is None:
        count = len(reader.problems) or 1
        raise ContentError("content_broken", reader.problems, path=root, count=count)
    stages.sort(key=lambda s: s.order)
    return Pack(
        info=info,
        statutes=statutes_by_law,
        laws=laws_by_id,
        channels=channels_by_id,
        stages=stages,
        flags=flags_by_id,
        questions=questions,
        rules=rules,
        actions=[action for _, _, action in action_items],
        rates=rates,
        evidence=evidence,
        cues=cues if cues is not None else CueBook(),
        **letters,
    )


LETTER_SHARED_FILES = ("fields.yaml", "routes.yaml")


def _one_per_file(
    reader: _Reader, load: Any, folder: Path, kind: Any, shared: tuple[str, ...] = ()
) -> Iterator[tuple[Path, Any]]:
    """Each `*.yaml` of `folder` (but the `shared` files) loaded as one `kind`, whose id must be
    the file's name (DG108); a file that does not load is reported by `load` and skipped."""
    for path in sorted(p for p in folder.glob("*.yaml") if p.name not in shared):
        item = load(f"{folder.name}/{path.name}", kind)
        if item is None:
            continue
        if item.id != path.stem:
            reader.problem(
                path, f"id '{item.id}' does not match the file name", place="id", code="DG108"
            )
        yield path, item


def _load_letters(
    reader: _Reader, root: Path, load: Any, questions: list[Question]
) -> dict[str, Any]:
    """Load letters/: fields, routes, one metadata file and two templates per letter."""
    from debtguide.content.templates import template_cites, template_problems
    from debtguide.contract import LETTER_IDS

    folder = root / "letters"
    questions_by_id = {q.id: q for q in questions}
    fields_path = folder / "fields.yaml"
    field_list = load("letters/fields.yaml", list[LetterField]) or []
    fields = _unique(reader, fields_path, field_list, "field")
    checks.check_fields(reader, fields_path, field_list, questions_by_id)
    routes = load("letters/routes.yaml", LetterRoutes)
    if routes is not None:
        checks.check_routes(reader, folder / "routes.yaml", routes, questions_by_id)

    letters: dict[str, Letter] = {}
    templates: dict[str, str] = {}
    for path, letter in _one_per_file(reader, load, folder, Letter, LETTER_SHARED_FILES):
        letters[letter.id] = letter
        for i, name in enumerate(letter.fields):
            if fields and name not in fields:
                reader.problem(
                    path,
                    f"'{name}' is not in letters/fields.yaml",
                    place=f"fields[{i}]",
                    code="DG404",
                )
        for question_id, choice in letter.implies.items():
            question = questions_by_id.get(question_id)
            if question is None or question.type != "multi" or question.choice(choice) is None:
                reader.problem(
                    path,
                    f"'{question_id}: {choice}' is not a multi-choice answer",
                    place=f"implies.{question_id}",
                    code="DG405",
                )
        for lang in ("zh", "en"):
            template = folder / f"{letter.id}.{lang}.j2"
            try:
                source = template.read_text(encoding="utf-8")
            except FileNotFoundError:
                reader.problem(template, "template is missing", code="DG401")
                continue
            except (OSError, UnicodeDecodeError) as exc:
                reader.problem(template, f"cannot be read ({exc})", code="DG401")
                continue
            templates[f"{letter.id}.{lang}"] = source
            for line, message in template_problems(source):
                reader.problem(template, message, line or 1, code="DG402")
            for cite in template_cites(source):
                if cite not in letter.cites:
                    line = source[: source.find(cite)].count("\n") + 1
                    reader.problem(
                        template,
                        f"cites '{cite}', which {path.name} does not list under cites",
                        line,
                        code="DG403",
                    )
    for letter_id in LETTER_IDS:
        if letter_id not in letters:
            reader.problem(
                folder / f"{letter_id}.yaml",
                f"letter '{letter_id}' of the contract has no file ({letter_id}.yaml)",
                code="DG107",
            )
    return {
        "letters": letters,
        "letter_fields": fields,
        "letter_routes": routes,
        "letter_templates": templates,
    }


def _load_claims(
    reader: _Reader,
    path: Path,
    book: CueBook,
    flags: dict[str, Flag],
    laws: dict[str, Excerpt] | None,
) -> ClaimBook | None:
    """Load claims.yaml (optional) and cross-check its ids, rules and citations."""
    if not path.exists():
        return None
    loaded = reader.read(path)
    if loaded is None:
        return None
    claims = reader.validate(path, ClaimBook, loaded)
    if claims is None:
        return None
    text = loaded[1]

    def problem(loc: tuple[Any, ...], message: str, code: str) -> None:
        reader.problem(path, message, _line_of(text, loc) or 1, _place(loc), code=code)

    checks.check_claims(problem, claims, book, flags)
    checks.check_references(reader.problem, path, claims, laws, None)
    return claims


def load_cue_book(root: Path) -> CueBook:
    """cues.yaml and claims.yaml of a pack on their own, checked, with the converter's table.

    For tools and tests that measure the message check without loading the whole pack.
    """
    reader = _Reader(root)
    flags = reader.validate(root / "flags.yaml", list[Flag], reader.read(root / "flags.yaml"))
    laws = reader.validate(root / "laws.yaml", list[Excerpt], reader.read(root / "laws.yaml"))
    book = _load_cues(
        reader,
        root / "cues.yaml",
        {f.id: f for f in flags or []},
        {x.id: x for x in laws} if laws is not None else None,
    )
    if reader.problems or book is None:
        count = len(reader.problems) or 1
        raise ContentError("content_broken", reader.problems, path=root, count=count)
    return book


def _load_cues(
    reader: _Reader,
    path: Path,
    flags: dict[str, Flag],
    laws: dict[str, Excerpt] | None = None,
) -> CueBook | None:
    """Load cues.yaml and claims.yaml, cross-check their ids and compile every cue, recording
    each fault; the converter's character table is filled in here, once."""
    from debtguide.content.cues import CueProblem, compile_book, converter_table

    loaded = reader.read(path)
    if loaded is None:
        return None
    book = reader.validate(path, CueBook, loaded)
    if book is None:
        return None
    text = loaded[1]
    claims = _load_claims(reader, path.parent / "claims.yaml", book, flags, laws)
    update: dict[str, Any] = {"claims": claims}
    if book.fold.converter:
        table = converter_table(book.fold.converter)
        update["fold"] = replace(book.fold, table=table)
    book = replace(book, **update)

    def problem(loc: tuple[Any, ...], message: str, code: str) -> None:
        reader.problem(path, message, _line_of(text, loc) or 1, _place(loc), code=code)

    checks.check_cues(problem, book, flags, claims)

    try:
        compile_book(book)
    except CueProblem as exc:
        for loc, message in exc.problems:
            if loc and loc[0] == "claims":
                reader.problem(path.parent / "claims.yaml", message, None, _place(loc), "DG509")
            else:
                problem(loc, message, "DG509")
        return None
    return book
