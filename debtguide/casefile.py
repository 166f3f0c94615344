"""Reading and writing the case: a case file the borrower names, and the saved case and profile
in the private data folder. The I/O side of `case.py`.

- `read_case_file(pack, path, today, lang)`: a v1 answers file or a case file → `Case`.
- `dump_case(path, case)`: the bytes of a case file (JSON for .json, YAML otherwise).
- `saved_case(pack, today, lang)`: the case kept in the data folder (the saved interview,
  with its skipped questions), or None.
- `save_case(pack, case)`: keep the case in the data folder (atomically, owner-only).
- `progress_path()` / `set_aside(path)`: where the saved interview is kept, and setting it aside
  (renamed, never deleted) when the borrower starts afresh.
- `load_profile()` / `save_profile(profile)`: the borrower's letter details, kept apart from the
  interview so that starting afresh does not ask them again; `forget` removes both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from debtguide.case import Case, CaseDebt, parse_case
from debtguide.content.models import Pack

PROFILE_FILE = "profile.json"
PROGRESS_FILE = "interview.json"  # the saved interview: the case, and where it stands


def read_case_file(pack: Pack, path: Path, today: dt.date, lang: str) -> Case:
    """Read and check a case file (or a v1 answers file); bad files are usage errors."""
    return parse_case(pack, read_raw(path), today, lang)


def read_raw(path: Path) -> dict[str, Any]:
    """A case or answers file (YAML or JSON) as a raw mapping; bad files are usage errors."""
    from debtguide.userfile import read_mapping

    return read_mapping(path)


def progress_path(create: bool = True) -> Path:
    """Where the case and its unfinished interview are kept, in the private data folder."""
    from debtguide.datadir import data_dir

    return data_dir(create=create) / PROGRESS_FILE


def save_progress(path: Path, pack: Pack, answers: dict[str, Any], skipped: list[str]) -> None:
    """Write answers in the one-debt (v1) saved-interview format (atomically, owner-only)."""
    import json

    from debtguide.answers import to_file
    from debtguide.datadir import write_private

    data = {"pack": pack.info.id, "answers": to_file(answers), "skipped": skipped}
    write_private(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def load_progress(path: Path) -> tuple[dict[str, Any], list[str]] | None:
    """Read a one-debt (v1) saved interview: its raw answers and the questions skipped, or None."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        return None
    skipped = [s for s in data.get("skipped", []) if isinstance(s, str)]
    return data["answers"], skipped


def set_aside(path: Path) -> Path:
    """Keep a saved interview as interview-YYYYMMDD-HHMMSS.json beside it; return the new path.

    Renaming keeps the file's owner-only permissions and loses nothing, even when it cannot
    be read.
    """
    import os

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"interview-{stamp}.json")
    number = 2
    while backup.exists():
        backup = path.with_name(f"interview-{stamp}-{number}.json")
        number += 1
    os.replace(path, backup)
    return backup


def dump_case(path: Path, case: Case) -> bytes:
    """A case in the case-file format: JSON for .json, YAML otherwise."""
    from debtguide.case import case_to_file

    data = case_to_file(case)
    if path.suffix.lower() == ".json":
        import json

        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    import yaml  # noqa: TID251  (a case file is YAML, like the answers file)

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def progress_raw(case: Case) -> dict[str, Any]:
    """What the data folder keeps for a case: the case file's data and what was skipped."""
    from debtguide.case import case_to_file

    data = case_to_file(case)
    data.pop("profile", None)  # kept in profile.json
    if case.flat and len(case.debts) == 1:  # the v1 progress file: one list of skipped ids
        return {"answers": data, "skipped": [*case.debts[0].skipped, *case.skipped]}
    return {
        "answers": data,
        "skipped": list(case.skipped),
        "skipped_debts": {d.id: list(d.skipped) for d in case.debts if d.skipped},
    }


def case_from_progress(
    pack: Pack,
    raw: Mapping[str, Any],
    skipped: list[str],
    skipped_debts: Mapping[str, Any],
    today: dt.date,
    lang: str,
) -> Case:
    """The case of a saved interview, with its skipped questions and the saved profile."""
    case = parse_case(pack, raw, today, lang)
    if case.flat:  # one debt: the skipped list holds household and debt questions alike
        from debtguide.case import HOUSEHOLD, ONE_DEBT_ONLY

        own = tuple(q for q in skipped if q not in HOUSEHOLD + ONE_DEBT_ONLY)
        house = tuple(q for q in skipped if q in HOUSEHOLD + ONE_DEBT_ONLY)
        debts: tuple[CaseDebt, ...] = (replace(case.debts[0], skipped=own),)
    else:
        house = tuple(skipped)
        debts = tuple(
            replace(d, skipped=tuple(str(q) for q in skipped_debts.get(d.id, []) or []))
            for d in case.debts
        )
    profile = {**load_profile(), **case.profile}
    return replace(case, debts=debts, skipped=house, profile=profile)


def saved_case(pack: Pack, today: dt.date, lang: str) -> Case | None:
    """The case kept in the data folder, or None when there is none (or it cannot be read)."""
    saved = saved_interview(pack, today, lang)
    return saved[0] if saved is not None else None


def saved_interview(pack: Pack, today: dt.date, lang: str) -> tuple[Case, dict[str, Any]] | None:
    """The saved case and where its interview stands (an empty mapping for an interview
    saved before cases existed: it is continued from its open questions)."""
    import json

    path = progress_path(create=False)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        return None
    skipped = [s for s in data.get("skipped", []) if isinstance(s, str)]
    by_debt: dict[str, Any] = {}
    if isinstance(data.get("skipped_debts"), dict):
        by_debt = data["skipped_debts"]
    state: dict[str, Any] = {}
    if isinstance(data.get("interview"), dict):
        state = data["interview"]
    return case_from_progress(pack, data["answers"], skipped, by_debt, today, lang), state


def save_case(pack: Pack, case: Case, state: Mapping[str, Any] | None = None) -> Path:
    """Keep the case in the data folder (the saved interview), atomically and owner-only,
    with where its interview stands."""
    import json

    from debtguide.datadir import write_private

    path = progress_path()
    data = {"pack": pack.info.id, **progress_raw(case)}
    if state is not None:
        data["interview"] = dict(state)
    write_private(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    if case.profile:
        save_profile(case.profile)
    return path


def profile_path(create: bool = False) -> Path:
    from debtguide.datadir import data_dir

    return data_dir(create=create) / PROFILE_FILE


def load_profile() -> dict[str, Any]:
    """The borrower's saved letter details (name, last digits of ID and phone, address)."""
    import json

    from debtguide.case import PROFILE_FIELDS

    try:
        data = json.loads(profile_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: str(v) for k, v in data.items() if k in PROFILE_FIELDS and v}


def save_profile(profile: Mapping[str, Any]) -> Path:
    """Keep the borrower's letter details in the data folder (owner-only)."""
    import json

    from debtguide.case import PROFILE_FIELDS
    from debtguide.datadir import write_private

    path = profile_path(create=True)
    data = {k: str(v) for k, v in profile.items() if k in PROFILE_FIELDS}
    write_private(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    return path


def keep_profile(typed: Mapping[str, Any]) -> None:
    """Keep the profile fields typed for a letter, so that no later letter asks them again."""
    from debtguide.case import PROFILE_FIELDS

    fresh = {k: v for k, v in typed.items() if k in PROFILE_FIELDS and v is not None}
    if fresh:
        save_profile({**load_profile(), **fresh})
