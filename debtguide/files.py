"""Write files without surprises: atomically, owner-only, and only where the user asked.

Every file debtguide writes goes through `write_atomic`: the bytes go to a hidden temporary
file beside the target, are synced, then renamed over it, so a crash leaves the old file or
the new one, never half of one. A write killed before its rename leaves the temporary file;
the next write into the same folder removes such leftovers (by their name, only when the
process that made them is gone).

A file the user names (`letter --out`, `assess --save/--ics`, `log export --out`) goes through
`write_user_file`, which first checks the target with `check_target`: its folder must exist
(nothing is created), and only a regular file is ever replaced, and only with --force; never a
folder, a link, a device or a pipe.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path

from debtguide.errors import DebtguideError, UsageError

TMP_TAG = "debtguide-tmp"
NAME_MAX = 255  # bytes in one file name on the usual file systems
_LEFTOVER = re.compile(r"^\..*\.(\d+)-[0-9a-f]+\." + re.escape(TMP_TAG) + r"$")

# errno → the reason, in plain words (interface string keys).
_REASONS = {
    errno.EACCES: "write_reason_permission",
    errno.EPERM: "write_reason_permission",
    errno.EROFS: "write_reason_read_only",
    errno.ENOSPC: "write_reason_full",
    errno.EDQUOT: "write_reason_full",
    errno.ENAMETOOLONG: "write_reason_name_too_long",
    errno.EISDIR: "write_reason_is_dir",
    errno.ENOENT: "write_reason_no_folder",
    errno.ENOTDIR: "write_reason_no_folder",
}
# A failure of the machine rather than of the path the user chose: exit code 1, not 2.
_NOT_USAGE = {errno.ENOSPC, errno.EDQUOT, errno.EIO}


class WriteFailed(DebtguideError):
    """A file could not be written (disk full, I/O error): exit code 1."""


def write_error(path: Path, exc: OSError) -> DebtguideError:
    """The error to report for an OSError met while writing `path`, with the reason in words."""
    from debtguide.i18n import t

    key = _REASONS.get(exc.errno or 0)
    if exc.errno == errno.ENOENT and path.parent.is_dir():
        key = "write_reason_cannot_create"  # /proc and the like: the folder takes no new files
    reason: object
    if key is not None:
        reason = {"zh": t(key, "zh"), "en": t(key, "en")}
    else:
        reason = exc.strerror or exc.__class__.__name__
    cls = WriteFailed if exc.errno in _NOT_USAGE else UsageError
    return cls("write_failed", path=path, reason=reason).hint("write_nothing_changed")


def make_private_dirs(folder: Path) -> None:
    """Create `folder` and any missing parents, each 0700 whatever the umask.

    Only the folders created here are chmodded: an existing folder (the home folder, a folder
    the user made) keeps its permissions.
    """
    missing: list[Path] = []
    current = folder
    while not os.path.lexists(current):
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue  # made by another process meanwhile: not ours to chmod
        os.chmod(path, 0o700, follow_symlinks=False)


def check_target(path: Path, force: bool) -> None:
    """Refuse, with a clear message, a target `write_user_file` must not write.

    The folder must exist; an existing target must be a regular file (not a link, folder,
    device or pipe) and is replaced only with `force`; the name must fit the file system.
    """
    if len(os.fsencode(path.name)) > NAME_MAX:
        raise UsageError("out_name_too_long", path=_short(path), limit=NAME_MAX)
    parent = path.parent
    if not parent.is_dir():
        raise UsageError("out_no_folder", path=path, folder=parent)
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise write_error(path, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError("out_is_dir", path=path)
    if not stat.S_ISREG(info.st_mode):
        key = "out_not_regular_link" if stat.S_ISLNK(info.st_mode) else "out_not_regular_special"
        raise UsageError(key, path=path)
    if not force:
        raise UsageError("file_exists", path=path)


def _short(path: Path) -> str:
    """A path short enough to show in a message."""
    text = str(path)
    return text if len(text) <= 80 else text[:60] + "…" + text[-16:]


def write_user_file(path: Path, data: bytes, force: bool) -> None:
    """Write a file the user named: checked (see `check_target`), atomic, owner-only.

    Any failure is a DebtguideError naming the file and the reason; an existing file is left
    as it was.
    """
    check_target(path, force)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise write_error(path, exc) from None


def _temporary_name(path: Path) -> Path:
    """The hidden temporary file beside `path`, its name cut to fit the file system."""
    tail = f".{os.getpid()}-{os.urandom(4).hex()}.{TMP_TAG}"
    name = path.name
    while len(os.fsencode(f".{name}{tail}")) > NAME_MAX:
        name = name[: max(len(name) - 8, 0)]
    return path.with_name(f".{name}{tail}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but is someone else's
    return True


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files that killed debtguide writes left in `folder`.

    Only regular files of this user, with debtguide's temporary name, whose process is gone.
    Returns what was removed; a folder that cannot be read is left alone.
    """
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    uid = os.getuid() if hasattr(os, "getuid") else None
    for name in names:
        match = _LEFTOVER.match(name)
        if not match or _alive(int(match.group(1))):
            continue
        path = folder / name
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode) or (uid is not None and info.st_uid != uid):
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a hidden temporary file, synced, then renamed; 0600.

    Raises OSError; the temporary file is removed on any failure, and the target is unchanged.
    """
    clean_leftovers(path.parent)
    tmp = _temporary_name(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
