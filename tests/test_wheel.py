"""The wheel ships the content and runs from a plain (not editable) install."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CONTENT, REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("debtguide-*.whl"))


def test_wheel_holds_every_content_file_and_nothing_else(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "debtguide/content/" + p.relative_to(CONTENT).as_posix()
        for p in CONTENT.rglob("*")
        if p.is_file()
    }
    assert shipped <= names
    assert not [n for n in names if n.startswith(("tests/", "tools/", ".ci/"))]


def test_installed_wheel_runs_from_its_own_content(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "DEBTGUIDE_LANG": "en"}
    env.pop("DEBTGUIDE_CONTENT", None)
    code = "import debtguide.loader as l; print(l.content_root())"
    root = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert root.stdout.strip() == str(target / "debtguide" / "content")
    run = subprocess.run(
        [sys.executable, "-m", "debtguide", "stages"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "Lawsuit" in run.stdout
