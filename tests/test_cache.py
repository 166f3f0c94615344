"""The cache of validated packs: a hit equals a fresh load; any change or damage is a miss."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from debtguide.content import cache
from debtguide.errors import ContentError
from tests.conftest import CONTENT


@pytest.fixture
def own_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DEBTGUIDE_CACHE", str(folder))
    return folder


def test_hit_equals_a_fresh_load(own_cache: Path, pack) -> None:
    first = cache.load(CONTENT / "cn")
    assert first == pack
    files = list(own_cache.glob("pack-cn-*.pickle"))
    assert len(files) == 1
    assert cache.load(CONTENT / "cn") == pack


def test_an_edited_pack_is_loaded_again(own_cache: Path, tmp_path: Path) -> None:
    root = tmp_path / "cn"
    shutil.copytree(CONTENT / "cn", root)
    before = cache.load(root)
    pack_file = root / "pack.yaml"
    pack_file.write_text(
        pack_file.read_text(encoding="utf-8").replace("中国大陆", "中国内地"), encoding="utf-8"
    )
    after = cache.load(root)
    assert before.info.name.zh == "中国大陆" and after.info.name.zh == "中国内地"
    assert len(list(own_cache.glob("pack-cn-*.pickle"))) == 1  # the stale entry was removed


def test_a_damaged_cache_file_is_a_miss(own_cache: Path, pack) -> None:
    cache.load(CONTENT / "cn")
    damaged = next(own_cache.glob("pack-cn-*.pickle"))
    damaged.write_bytes(b"not a pickle")
    assert cache.load(CONTENT / "cn") == pack


def test_a_broken_pack_is_never_cached(own_cache: Path, tmp_path: Path) -> None:
    root = tmp_path / "cn"
    shutil.copytree(CONTENT / "cn", root)
    (root / "flags.yaml").write_text("- id: [broken\n", encoding="utf-8")
    with pytest.raises(ContentError):
        cache.load(root)
    assert not own_cache.exists() or not list(own_cache.glob("*.pickle"))


def test_a_change_in_the_package_code_is_a_miss(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code = tmp_path / "debtguide"
    shutil.copytree(Path(cache.__file__).parent.parent, code)
    monkeypatch.setattr(cache, "__file__", str(code / "content" / "cache.py"))
    before = cache.fingerprint(CONTENT / "cn")
    assert cache.fingerprint(CONTENT / "cn") == before
    # Not only the models: a check or a renderer elsewhere in the package counts as well.
    for name in ("content/models.py", "message.py"):
        module = code / name
        module.write_text(module.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
        after = cache.fingerprint(CONTENT / "cn")
        assert after != before
        before = after


def test_a_damaged_section_is_a_miss(own_cache: Path, pack) -> None:
    import pickle

    cache.load(CONTENT / "cn")
    entry = next(own_cache.glob("pack-cn-*.pickle"))
    check, sections = pickle.loads(entry.read_bytes())
    sections["stages"] = sections["stages"][:-10] + b"0123456789"
    entry.write_bytes(pickle.dumps((check, sections)))
    assert cache.load(CONTENT / "cn") == pack


def test_a_hit_unpickles_only_the_sections_it_reads(own_cache: Path) -> None:
    cache.load(CONTENT / "cn")
    hit = cache.load(CONTENT / "cn")
    assert "stages" not in hit.__dict__
    assert hit.stages and "stages" in hit.__dict__
    assert "cues" not in hit.__dict__
