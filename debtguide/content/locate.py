"""Where content packs live. Kept apart from the loader so that finding a pack imports nothing."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_PACK = "cn"


def content_root() -> Path:
    """Return the folder that holds the packs: $DEBTGUIDE_CONTENT, the wheel's, or the repo's.

    The wheel ships the repo's top-level `content/` folder as `debtguide/packs/` (beside this
    package, which holds the code); an editable install reads the repo's `content/`.
    """
    override = os.environ.get("DEBTGUIDE_CONTENT")
    if override:
        return Path(override)
    package = Path(__file__).resolve().parent.parent  # debtguide/
    shipped = package / "packs"
    return shipped if shipped.is_dir() else package.parent / "content"


def pack_dir(pack_id: str = DEFAULT_PACK) -> Path:
    """Return the folder of the pack `pack_id`."""
    return content_root() / pack_id
