"""A cache of validated packs, so that commands skip parsing and validating the YAML each run.

The cache holds the loaded Pack section by section (each section pickled on its own, and
unpickled only when a command first reads it), keyed by the pack's files and by the package's
own code (name, size, time of every file: a changed model, loader or check is a miss). Anything
unexpected about a cache file means a miss: the pack is then loaded and validated from its YAML
as usual.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from debtguide import __version__

if TYPE_CHECKING:
    from debtguide.content.models import Pack


def cache_dir() -> Path:
    """Where cached packs live: $DEBTGUIDE_CACHE, or the platform's user cache folder."""
    override = os.environ.get("DEBTGUIDE_CACHE")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("debtguide", appauthor=False))


def fingerprint(root: Path) -> str:
    """A digest of everything a loaded pack depends on."""
    digest = hashlib.sha256(f"{__version__} {sys.version}".encode())
    package = Path(__file__).resolve().parent.parent  # debtguide/
    files = sorted(package.rglob("*.py"))  # any code may shape a pack or check one
    files += sorted(p for p in root.rglob("*") if p.is_file())
    for path in files:
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


def load(root: Path) -> Pack:
    """Return the pack in `root`, from the cache when it is current, else loaded and cached.

    A hit imports neither the loader nor YAML: unpickling imports just the models, and each
    section is unpickled when it is first read.
    """
    import pickle

    from debtguide.content.models import Pack

    root = root.resolve()
    if not root.is_dir():
        return _load_and_validate(root)  # raises the usual content error
    folder = cache_dir()
    path = folder / f"pack-{root.name}-{fingerprint(root)}.pickle"
    try:
        with path.open("rb") as handle:
            check, sections = pickle.load(handle)
        if sections.keys() == Pack.__record_fields__.keys() and check == _check(sections):
            return Pack.from_sections(sections)
    except Exception:
        pass
    pack = _load_and_validate(root)
    try:
        from debtguide.datadir import write_private
        from debtguide.files import make_private_dirs

        make_private_dirs(folder)
        for old in folder.glob(f"pack-{root.name}-*.pickle"):
            old.unlink(missing_ok=True)
        sections = pack.sections()
        entry = (_check(sections), sections)
        write_private(path, pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # a read-only or full disk only costs speed
    return pack


def _check(sections: dict[str, bytes]) -> int:
    """A checksum of the pickled sections: a damaged one is a miss now, not an error later."""
    import zlib

    check = 0
    for name, data in sections.items():
        check = zlib.crc32(data, zlib.crc32(name.encode(), check))
    return check


def _load_and_validate(root: Path) -> Pack:
    """Parse and check the YAML files: only a miss pays for importing the loader and YAML."""
    from debtguide.content.load import load_pack

    return load_pack(root)
