"""The wheel ships the content and runs from a plain (not editable) install."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CONTENT, REPO

pytestmark = pytest.mark.slow  # subprocesses: skip with -m 'not slow' in the inner loop


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
        "debtguide/packs/" + p.relative_to(CONTENT).as_posix()
        for p in CONTENT.rglob("*")
        if p.is_file()
    }
    assert shipped <= names
    assert not [n for n in names if n.startswith(("tests/", "tools/", ".ci/"))]


def test_wheel_holds_the_page_templates_and_styles(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    web = REPO / "debtguide" / "web"
    files = [p for p in web.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert any(p.suffix == ".html" for p in files) and any(p.suffix == ".css" for p in files)
    missing = [p for p in files if p.relative_to(REPO).as_posix() not in names]
    assert not missing


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
    code = "import debtguide.content.load as l; print(l.content_root())"
    root = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert root.stdout.strip() == str(target / "debtguide" / "packs")
    run = subprocess.run(
        [sys.executable, "-m", "debtguide", "stages"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "Lawsuit" in run.stdout


def test_the_wheel_works_in_a_fresh_virtual_environment(wheel: Path, tmp_path: Path) -> None:
    """A new venv with only the wheel installed: `debtguide stages` and `assess --answers` run.

    The dependencies come from this environment through a .pth line (no download); the
    debtguide package, its console script and its content come from the wheel alone.
    """
    import sysconfig

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    subprocess.run([*pip, "--no-deps", str(wheel)], check=True, capture_output=True)
    # only now, so that pip cannot take this environment's own debtguide for the wheel's
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DEBTGUIDE_CONTENT")}
    env.update(DEBTGUIDE_LANG="en", DEBTGUIDE_HOME=str(tmp_path / "home"))
    script = venv / "bin" / "debtguide"
    where = subprocess.run(
        [str(python), "-c", "import debtguide.content.locate as p; print(p.content_root())"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().startswith(site)
    stages = subprocess.run(
        [str(script), "stages"], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert stages.returncode == 0, stages.stderr
    assert "Lawsuit" in stages.stdout
    answers = REPO / "tests" / "answers" / "lawsuit.yaml"
    plan = subprocess.run(
        [str(script), "assess", "--answers", str(answers), "--json", "--today", "2026-11-28"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert plan.returncode == 0, plan.stderr
    assert '"id": "lawsuit"' in plan.stdout


def test_wheel_holds_the_json_schemas(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    schemas = sorted((REPO / "debtguide" / "schemas").glob("*.schema.json"))
    assert len(schemas) > 1
    assert not [p for p in schemas if p.relative_to(REPO).as_posix() not in names]
