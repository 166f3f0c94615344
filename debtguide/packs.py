"""Where content packs live. Kept apart from the loader so that finding a pack imports nothing."""

from __future__ import annotations

import os
from pathlib import Path

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
