"""The one gate of every file the program writes for the user: never onto an archive, never onto a device.

Exports (every format and document, from the command line and the window), ``backup`` and any later
output call ``check_output`` before they create anything. It refuses a target that is an archive this
process opened, one of that archive's companions (``-wal``, ``-shm``, ``-journal``, its lock files) or a
file in its ``backups/`` folder, whatever the name used: the same path, a symlink, a hard link, ``..``
or another mount of the folder. Names are compared after resolving them, and existing files by device
and inode, so no spelling of a path gets through. A target that exists and is not a regular file (a
character or block device, a FIFO, a socket, a folder) is refused too: writing it by renaming a
temporary file over it would replace the device itself. A symlink is allowed: the link is replaced and
the file it pointed to is left untouched.

The modes of new outputs are decided here as well: an export of a meeting that is classified or for
internal circulation only is private to its owner (0600), other exports follow the user's umask.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from minutes_app.messages import UserError, text

STDIO = "-"
"""The name that means standard input or standard output on the command line."""

COMPANIONS = ("-wal", "-shm", "-journal", ".lock", ".lock.json")
"""Files beside an archive that belong to it: SQLite's, and the writer lock with its holder's record."""

PRIVATE_MODE = 0o600

_archives: dict[str, Path] = {}


def protect(database: str | os.PathLike) -> None:
    """Remember an archive this process opened: no output may land on it, its companions or its backups."""
    real = Path(os.path.realpath(os.path.abspath(database)))
    _archives[str(real)] = real


def protected() -> list[Path]:
    """The archives remembered, those that still exist (a deleted one cannot be overwritten)."""
    return [path for path in list(_archives.values()) if path.exists()]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


_KINDS = (
    (stat.S_ISCHR, "kind.device"),
    (stat.S_ISBLK, "kind.device"),
    (stat.S_ISFIFO, "kind.fifo"),
    (stat.S_ISSOCK, "kind.socket"),
    (stat.S_ISDIR, "kind.folder"),
)


def file_kind(path: str | os.PathLike, *, follow: bool = False) -> str | None:
    """What ``path`` is, in the session's language, when it exists and is not a regular file (nor, unless
    ``follow``, a symlink); None otherwise."""
    try:
        mode = (os.stat if follow else os.lstat)(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
        return None
    return text(next((key for test, key in _KINDS if test(mode)), "kind.special"))


def _names(target: Path) -> set[Path]:
    """The target's name with its folder resolved, and the file it resolves to (through symlinks)."""
    absolute = Path(os.path.abspath(target))
    names = {Path(os.path.realpath(absolute.parent)) / absolute.name}
    with contextlib.suppress(OSError, ValueError):
        names.add(Path(os.path.realpath(absolute)))
    return names


def _archive_files(database: Path) -> list[Path]:
    return [database, *(database.with_name(database.name + suffix) for suffix in COMPANIONS)]


def _backup_files(folder: Path) -> list[Path]:
    try:
        return [entry for entry in folder.iterdir() if entry.is_file()]
    except OSError:
        return []


def archive_of(target: str | os.PathLike) -> Path | None:
    """The remembered archive that ``target`` would overwrite (itself, a companion or a backup), or None."""
    target = Path(target)
    names = _names(target)
    identity = _identity(target)
    folders = {_identity(name.parent) for name in names} - {None}
    for database in protected():
        backups = database.parent / "backups"
        own = _archive_files(database)
        if names & {*own, backups} or any(name.parent == backups for name in names):
            return database
        if _identity(backups) in folders:
            return database
        if identity is not None and identity in {_identity(p) for p in own + _backup_files(backups)}:
            return database
    return None


def check_output(target: str | os.PathLike) -> None:
    """Raise the UserError that refuses ``target`` as an output; return when it may be written."""
    target = Path(target)
    kind = file_kind(target)
    if kind is not None:
        raise UserError("output.not_regular", path=str(target), kind=kind)
    database = archive_of(target)
    if database is not None:
        raise UserError("output.archive", path=str(target), database=str(database))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def mode_for(target: str | os.PathLike, *, private: bool = False) -> int:
    """The mode of a new output: owner-only when ``private``; else an existing file's own mode, or what
    the umask gives a new file (the temporary file is created 0600, which would leak onto every export)."""
    if private:
        return PRIVATE_MODE
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def is_private(meeting) -> bool:
    """A meeting with a secrecy mark (Mật and above) or a restricted circulation (Lưu hành nội bộ, Xem
    xong trả lại, …) is exported for its owner's eyes only."""
    return bool(meeting.classification) or bool(meeting.circulation)
