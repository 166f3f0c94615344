"""The pack loader: a good pack loads; a missing folder is a content error.

Each rule a broken pack breaks has its own failing fixture: tests/test_content_rules.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from debtguide.content.load import load_pack
from debtguide.errors import ContentError


def test_shipped_pack_loads(pack) -> None:
    assert [s.order for s in pack.stages] == list(range(1, 13))
    assert pack.info.id == "cn"
    assert len(pack.laws) == 196


def test_missing_pack_folder(tmp_path: Path) -> None:
    with pytest.raises(ContentError):
        load_pack(tmp_path / "nowhere")
