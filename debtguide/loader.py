"""Find content packs and load them into models, reporting every fault at once."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from debtguide.contract import FLAG_IDS, STAGE_IDS
from debtguide.errors import ContentError
from debtguide.models import (
    Action,
    AssessmentRules,
    Channel,
    Excerpt,
    Flag,
    Pack,
    PackInfo,
    Question,
    Stage,
    Statute,
)

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

DEFAULT_PACK = "cn"


def content_root() -> Path:
    """Return the folder that holds the packs: $DEBTGUIDE_CONTENT, the wheel's, or the repo's."""
    override = os.environ.get("DEBTGUIDE_CONTENT")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    shipped = here / "content"
    return shipped if shipped.is_dir() else here.parent / "content"


def pack_dir(pack_id: str = DEFAULT_PACK) -> Path:
    """Return the folder of the pack `pack_id`."""
    return content_root() / pack_id


class _Reader:
    """Reads a pack's files, collecting each problem as `file:line: place: what`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[str] = []

    def name(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def problem(self, path: Path, message: str, line: int | None = None, place: str = "") -> None:
        where = self.name(path) + (f":{line}" if line else "")
        self.problems.append(f"{where}: {place + ': ' if place else ''}{message}")

    def read(self, path: Path) -> tuple[Any, str] | None:
        """Parse one YAML file; on failure record where and why."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.problem(path, "file is missing")
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self.problem(path, f"cannot be read ({exc})")
            return None
        try:
            return yaml.load(text, Loader=SafeLoader), text
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else None
            reason = getattr(exc, "problem", None) or str(exc)
            self.problem(path, f"not valid YAML: {reason}", line)
            return None

    def validate(self, path: Path, schema: Any, loaded: tuple[Any, str]) -> Any:
        """Validate parsed data against a model or type; record each error with its line."""
        data, text = loaded
        adapter = schema if isinstance(schema, TypeAdapter) else TypeAdapter(schema)
        try:
            return adapter.validate_python(data)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                loc = error["loc"]
                self.problem(path, _describe(error), _line_of(text, loc), _place(loc))
            return None


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


def _line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """Return the 1-based line of the deepest node of `loc` that exists in the YAML text."""
    try:
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == part), None)
            key = next((k for k, _ in node.value if k.value == part), None)
            if match is None:
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


def _unique(reader: _Reader, path: Path, items: list[BaseModel], kind: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        if item.id in out:
            reader.problem(path, f"{kind} id '{item.id}' appears more than once")
        out[item.id] = item
    return out


def load_pack(root: Path) -> Pack:
    """Load and cross-check the pack in folder `root`; raise ContentError listing every fault."""
    reader = _Reader(root)
    if not root.is_dir():
        raise ContentError("content_missing", path=root)

    def load(name: str, schema: Any) -> Any:
        path = root / name
        loaded = reader.read(path)
        return None if loaded is None else reader.validate(path, schema, loaded)

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
    stage_adapter = TypeAdapter(Stage)
    stages: list[Stage] = []
    stage_paths = sorted((root / "stages").glob("*.yaml"))
    for path in stage_paths:
        stage = load(f"stages/{path.name}", stage_adapter)
        if stage is None:
            continue
        if stage.id != path.stem:
            reader.problem(path, f"id '{stage.id}' does not match the file name", place="id")
        stages.append(stage)

    laws_by_id = _unique(reader, root / "laws.yaml", laws, "law")
    statutes_by_law = {s.law: s for s in statutes}
    for i, excerpt in enumerate(laws):
        statute = statutes_by_law.get(excerpt.law)
        if statute is None:
            reader.problem(
                root / "laws.yaml",
                f"law '{excerpt.law}' is not in statutes.yaml",
                place=f"[{i}].law",
            )
        elif not excerpt.id.startswith(statute.prefix + "-"):
            reader.problem(
                root / "laws.yaml",
                f"id '{excerpt.id}' does not start with '{statute.prefix}-'",
                place=f"[{i}].id",
            )
    channels_by_id = _unique(reader, root / "channels.yaml", channels, "channel")
    _check_stages(reader, root, stages, laws_by_id, channels_by_id)
    flags_by_id = _unique(reader, root / "flags.yaml", flags, "flag")
    _check_flags(reader, root / "flags.yaml", flags, laws_by_id, channels_by_id)
    _check_interview(reader, root, questions, rules, action_items, laws_by_id)
    if info is not None:
        missing = [lang for lang in ("zh", "en") if lang not in info.languages]
        if missing:
            reader.problem(
                root / "pack.yaml", f"languages must include {missing}", place="languages"
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
    )


def _check_stages(
    reader: _Reader,
    root: Path,
    stages: list[Stage],
    laws: dict[str, Excerpt],
    channels: dict[str, Channel],
) -> None:
    found = {s.id for s in stages}
    for missing in (s for s in STAGE_IDS if s not in found):
        reader.problem(root / "stages", f"stage '{missing}' has no file ({missing}.yaml)")
    orders: dict[int, str] = {}
    names: dict[str, str] = {}
    for stage in stages:
        path = root / "stages" / f"{stage.id}.yaml"
        if stage.id not in STAGE_IDS:
            reader.problem(path, f"'{stage.id}' is not a stage id of the contract", place="id")
        if stage.order in orders:
            reader.problem(path, f"order {stage.order} is also used by '{orders[stage.order]}'")
        orders[stage.order] = stage.id
        for name in stage.names():
            key = name.casefold()
            if key in names and names[key] != stage.id:
                reader.problem(
                    path, f"name '{name}' also names stage '{names[key]}'", place="aliases"
                )
            names[key] = stage.id
        for place, cites in _citations(stage):
            for cite in cites:
                if cite not in laws:
                    reader.problem(
                        path, f"cites '{cite}', which laws.yaml does not have", place=place
                    )
        for i, channel in enumerate(stage.help):
            if channel not in channels:
                reader.problem(path, f"'{channel}' is not in channels.yaml", place=f"help[{i}]")


def _check_refs(
    reader: _Reader,
    path: Path,
    place: str,
    cites: list[str],
    channels: list[str],
    laws: dict[str, Excerpt],
    known_channels: dict[str, Channel],
) -> None:
    """Record every citation and channel id in one item that the pack does not have."""
    for i, cite in enumerate(cites):
        if cite not in laws:
            reader.problem(
                path, f"cites '{cite}', which laws.yaml does not have", place=f"{place}cites[{i}]"
            )
    for i, channel in enumerate(channels):
        if channel not in known_channels:
            reader.problem(
                path, f"'{channel}' is not in channels.yaml", place=f"{place}report_to[{i}]"
            )


def _check_flags(
    reader: _Reader,
    path: Path,
    flags: list[Flag],
    laws: dict[str, Excerpt],
    channels: dict[str, Channel],
) -> None:
    found = {f.id for f in flags}
    for missing in (f for f in FLAG_IDS if f not in found):
        reader.problem(path, f"red flag '{missing}' of the contract is not described")
    for i, flag in enumerate(flags):
        if flag.id not in FLAG_IDS:
            reader.problem(
                path, f"'{flag.id}' is not a red-flag id of the contract", place=f"[{i}].id"
            )
        _check_refs(reader, path, f"[{i}].", flag.cites, flag.report_to, laws, channels)


def _check_interview(
    reader: _Reader,
    root: Path,
    questions: list[Question],
    rules: AssessmentRules | None,
    action_items: list[tuple[Path, int, Action]],
    laws: dict[str, Excerpt],
) -> None:
    """Check questions, assessment rules and actions against each other and the laws."""
    from debtguide import validate

    def cited(path: Path, place: str, cites: Iterable[str]) -> None:
        for cite in cites:
            if cite not in laws:
                reader.problem(path, f"cites '{cite}', which laws.yaml does not have", place=place)

    path = root / "questions.yaml"
    by_id = validate.check_questions(reader.problem, path, questions)
    for i, question in enumerate(questions):
        cited(path, f"[{i}].cites", question.cites)
    if rules is not None:
        validate.check_rules(reader.problem, root / "assessment.yaml", rules, by_id, cited)
    validate.check_actions(reader.problem, action_items, by_id, cited)


def _citations(stage: Stage) -> list[tuple[str, list[str]]]:
    out = []
    for field in ("truths", "steps", "rights", "avoid"):
        for i, item in enumerate(getattr(stage, field)):
            out.append((f"{field}[{i}].cites", item.cites))
    return out
