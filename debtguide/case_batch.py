"""Hotline use: assess every answers or case file in a folder, one JSON object per file.

`assess_folder(pack, folder, today, lang)` yields, for each *.yaml, *.yml and *.json file in
name order, the plan as `debtguide.assessment/1` (one debt) or `debtguide.case/1` (several),
led by `"file"`; a file that cannot be read or checked yields an error object instead:
`{"file": …, "error": {"exit_code": 2, "message": …, "problems": […]}}`. The evidence log
is the user's own and is not used here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from debtguide.content.models import Pack
from debtguide.errors import DebtguideError

SUFFIXES = (".yaml", ".yml", ".json")


def case_files(folder: Path) -> list[Path]:
    """The answers and case files of `folder`, in name order (not its subfolders)."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


def assess_file(pack: Pack, path: Path, today: dt.date, lang: str) -> dict[str, Any]:
    """One file's plan as JSON data led by its name, or its error object."""
    from debtguide.case import assess_case
    from debtguide.casefile import read_case_file
    from debtguide.render.plan_json import case_json, plan_json

    try:
        case = read_case_file(pack, path, today, lang)
        result = assess_case(pack, case, today)
    except DebtguideError as exc:
        return {
            "file": path.name,
            "error": {
                "exit_code": exc.exit_code,
                "message": exc.message(lang),
                "problems": list(exc.problems),
            },
        }
    if len(case.debts) == 1:
        return {"file": path.name, **plan_json(pack, result.results[case.debts[0].id], lang)}
    return {"file": path.name, **case_json(pack, result, lang)}


def assess_folder(pack: Pack, folder: Path, today: dt.date, lang: str) -> Iterator[dict[str, Any]]:
    """Every file's JSON data, one after another."""
    for path in case_files(folder):
        yield assess_file(pack, path, today, lang)
