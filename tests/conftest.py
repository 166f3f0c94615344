"""Shared fixtures: a pinned terminal, a private data folder, and the real pack."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"
SHARED = REPO.parent / "shared"
# Copies of the shared legal references, so that a clean clone tests against them too;
# test_content checks the copies still match ../shared whenever it is there.
REFERENCE = REPO / "tests" / "data" / "reference"


@pytest.fixture(scope="session")
def pack_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache of validated packs for the whole run (a fresh folder, never the user's)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def pinned_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pack_cache: Path) -> None:
    """Keep every test away from the real terminal, locale and data folder."""
    for var in ("DEBTGUIDE_LANG", "DEBTGUIDE_CONTENT", "LC_ALL", "LC_MESSAGES", "FORCE_COLOR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("DEBTGUIDE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DEBTGUIDE_CACHE", str(pack_cache))


@pytest.fixture(scope="session")
def pack():
    """The shipped China pack, loaded once."""
    from debtguide.loader import load_pack

    return load_pack(CONTENT / "cn")


@pytest.fixture
def cli():
    """Run the command line in-process; returns the Typer result."""
    from typer.testing import CliRunner

    from debtguide.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run
