"""The archive is private to its owner whatever the umask: folders 0700, files 0600, wider ones narrowed.

Minutes may be classified (Mật); a umask of 022 would leave the database, its -wal and -shm, the lock,
the backups and their folder readable by every account on the machine. The data folder and backups/ are
made 0700 and every archive file 0600; files and folders found wider (made by an earlier version, or
copied in) are narrowed when the archive is opened, and the caller is told once (the next open finds
them narrow). Where the file system has no Unix modes (Windows), chmod only sets the read-only flag, and
nothing is changed.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from minutes_app.storage.errors import backups_folder

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_POSIX = os.name == "posix"


def _narrow(path: Path, mode: int) -> bool:
    """Take group and other permissions away (never adds any); True when something was taken."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode) or not info.st_mode & 0o077 or info.st_uid != os.geteuid():
        return False
    try:
        os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
    except OSError:
        return False
    return True


def archive_files(database: Path) -> list[Path]:
    """The database and every file beside it whose name continues it (-wal, -shm, -journal, .lock, its
    holder record, the verdict, a damaged copy kept aside), and every file in backups/."""
    found = [database]
    with contextlib.suppress(OSError):
        found += [p for p in database.parent.iterdir() if p.name.startswith(database.name) and p != database]
    with contextlib.suppress(OSError):
        found += [p for p in backups_folder(database).iterdir() if p.is_file()]
    return found


def narrow(database: Path, *, folder: bool = False) -> list[Path]:
    """Narrow the archive's files and backups/ (and its folder when it is the program's own); the paths
    that were wider."""
    if not _POSIX:
        return []
    changed = [p for p in archive_files(database) if _narrow(p, FILE_MODE)]
    folders = [backups_folder(database)] + ([database.parent] if folder else [])
    changed += [f for f in folders if _narrow(f, FOLDER_MODE)]
    return changed


def make_folder(folder: Path) -> None:
    """Create a folder (and its parents) for an archive; the last one is the owner's alone."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)


def create_file(path: Path) -> None:
    """An empty database file, 0600 from its first moment (SQLite gives its -wal and -shm the same mode)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
