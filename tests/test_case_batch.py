"""Hotline use: a folder of answers and case files, one JSON object per file."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from debtguide import answers as answers_mod
from debtguide import engine
from debtguide.case_batch import assess_folder
from debtguide.casefile import read_raw as read_answers_file
from debtguide.money.view import money_view
from debtguide.render.plan_json import plan_json

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 7)


def folder(tmp_path: Path) -> Path:
    shutil.copy(HERE / "cases" / "three-debts.yaml", tmp_path / "b-three.yaml")
    shutil.copy(HERE / "answers" / "lawsuit.yaml", tmp_path / "a-lawsuit.yaml")
    (tmp_path / "c-broken.yaml").write_text("days_overdue: [1,\n", encoding="utf-8")
    (tmp_path / "d-bad.json").write_text('{"days_overdue": -3, "colour": 1}', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a case", encoding="utf-8")
    (tmp_path / "sub.yaml").mkdir()
    return tmp_path


def test_every_file_gives_one_object_and_a_bad_file_an_error_object(pack, tmp_path):
    out = list(assess_folder(pack, folder(tmp_path), TODAY, "en"))
    assert [o["file"] for o in out] == [
        "a-lawsuit.yaml",
        "b-three.yaml",
        "c-broken.yaml",
        "d-bad.json",
    ]
    assert out[0]["schema"] == "debtguide.assessment/1"
    assert out[1]["schema"] == "debtguide.case/1" and len(out[1]["debts"]) == 3
    assert out[2]["error"]["exit_code"] == 2 and "c-broken.yaml" in out[2]["error"]["message"]
    assert out[3]["error"]["problems"] == [
        "days_overdue: -3 is too small; the smallest allowed is 0",
        "colour: not a question id",
    ]


def test_a_v1_file_in_a_folder_gives_the_same_assessment_with_its_name(pack, tmp_path):
    out = next(iter(assess_folder(pack, folder(tmp_path), TODAY, "zh")))
    raw = answers_mod.validate(
        pack, read_answers_file(HERE / "answers" / "lawsuit.yaml"), TODAY, "zh"
    )
    alone = plan_json(pack, engine.assess(pack, raw, TODAY, money=money_view(pack, raw)), "zh")
    assert out == {"file": "a-lawsuit.yaml", **alone}
