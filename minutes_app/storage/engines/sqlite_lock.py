"""The single-writer lock of a database file: an OS lock that every name of the file shares, naming its holder.

The OS lock is filelock's (flock on POSIX, LockFileEx on Windows): the kernel drops it when the holder
exits or is killed, so a lock left by a crashed program is simply taken by the next one. It belongs to the
file, not to the name it was opened by: one lock sits beside the file's real path (a symlink, a relative
name or ``..`` all resolve to it; other users and machines on a shared folder see it there), and one per
user is keyed by the file's device and inode (a hard link in another folder reaches the same one).

Each lock has a JSON record beside it that names the holder ("pid 1234 on host X, since 09:41"): a
Windows lock file cannot be read while it is locked, and filelock empties its file on every attempt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import stat
import sys
import time
from pathlib import Path

from filelock import FileLock, Timeout

from minutes_app import messages, paths
from minutes_app.storage.errors import LockedError, translate_os_error


def resolved(database: Path) -> Path:
    """The file's own path: symlinks (of the file or of a folder above it), ``..`` and ``.`` resolved."""
    return Path(os.path.realpath(os.path.abspath(database)))


def lock_path(database: Path) -> Path:
    """The OS lock beside the real file: ``minutes.sqlite3.lock``."""
    real = resolved(database)
    return real.with_name(real.name + ".lock")


def record_path(lock: Path) -> Path:
    """The holder's JSON beside a lock: ``minutes.sqlite3.lock.json``."""
    return lock.with_name(lock.name + ".json")


def holder_path(database: Path) -> Path:
    return record_path(lock_path(database))


def lock_files(database: Path) -> tuple[Path, Path]:
    """The files beside the database that belong to its lock (never an output, never a backup)."""
    return lock_path(database), holder_path(database)


def identity_lock_path(database: Path) -> Path | None:
    """The per-user lock keyed by device and inode; None where the file system gives no inode (FAT)."""
    info = os.stat(resolved(database))
    if not info.st_ino:
        return None
    return paths.lock_folder() / f"{info.st_dev:x}-{info.st_ino:x}.lock"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no pwd entry, no USERNAME: still name the rest
        return "?"


def _program() -> str:
    """The command people would recognise: minutes-app, or the package when run with -m or -c."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return "minutes_app" if name in ("", "-c", "-m", "__main__.py") else name


def _holder_info(database: Path) -> dict:
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": _user(),
        "program": _program(),
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "database": str(resolved(database)),
    }


def describe_holder(info: dict) -> str:
    """ "pid 1234 of user on host X, since 09:41" (with the date when it is not today)."""
    try:
        started = dt.datetime.fromisoformat(info["started"])
        local = started.astimezone()
        same_day = local.date() == dt.datetime.now().astimezone().date()
        since = local.strftime("%H:%M") if same_day else local.strftime("%d/%m/%Y %H:%M")
        return messages.text(
            "db.lock_holder",
            pid=info["pid"],
            host=info["host"],
            user=info.get("user", "?"),
            program=info.get("program", "?"),
            since=since,
        )
    except (KeyError, TypeError, ValueError):
        return messages.text("db.lock_holder_unknown")


def read_holder(record: Path) -> dict:
    """The holder's JSON; a few short retries cover the moment between its lock and its write."""
    for _ in range(5):
        try:
            content = record.read_text(encoding="utf-8")
            if content.strip():
                return json.loads(content)
        except (OSError, ValueError):
            pass
        time.sleep(0.02)
    return {}


class _OsLock:
    """One filelock lock file and the holder record beside it."""

    def __init__(self, path: Path, *, private: bool = False) -> None:
        """``private``: a file of this user's own folder, which names the databases the user opened and
        is made 0600 (the lock beside a database is narrowed with the database, see privacy.py)."""
        self.path = path
        self.record = record_path(path)
        self.private = private
        self._lock = FileLock(str(path), timeout=0, thread_local=False, mode=0o600 if private else -1)

    def take(self, info: dict) -> bool:
        """False when another holder has it; OSError when the lock file cannot be made."""
        try:
            self._lock.acquire()
        except Timeout:
            return False
        try:
            # Written in place, not renamed: a reader on Windows would block a rename over its open file.
            mode = 0o600 if self.private else 0o666
            descriptor = os.open(self.record, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
            with open(descriptor, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(info, ensure_ascii=False))
        except OSError:
            self._lock.release()
            raise
        return True

    def holder(self) -> str:
        return describe_holder(read_holder(self.record))

    def drop(self) -> None:
        with contextlib.suppress(OSError):
            self.record.unlink()
        self._lock.release()


def _ensure_exists(path: Path) -> None:
    """A new database is created empty (SQLite reads that as an empty database) so that it has an inode."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o666))


def _private_folder(folder: Path) -> None:
    """The per-user lock folder, 0700: its names and records say which archives this user opens."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) != 0o700:
        os.chmod(folder, 0o700)  # made by an earlier version with the umask's mode


class WriterLock:
    """Held from acquire() to release(); a second acquirer by any name of the file gets LockedError naming the first."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self.path = lock_path(self.database)
        self._held: list[_OsLock] = []

    def acquire(self) -> None:
        info = _holder_info(self.database)
        beside = _OsLock(self.path)
        try:
            taken = beside.take(info)
        except OSError as exc:
            raise translate_os_error(exc, self.database) from exc
        if not taken:
            raise LockedError("db.locked", path=str(self.database), holder=beside.holder())
        self._held.append(beside)
        try:
            self._take_identity(info)
        except BaseException:
            self.release()
            raise

    def _take_identity(self, info: dict) -> None:
        try:
            _ensure_exists(resolved(self.database))
            path = identity_lock_path(self.database)
        except OSError as exc:
            raise translate_os_error(exc, self.database) from exc
        if path is None:
            return
        lock = _OsLock(path, private=True)
        try:
            _private_folder(path.parent)
            taken = lock.take(info)
        except OSError:
            return  # no per-user folder to write (another user's HOME): the lock beside the file still holds
        if not taken:
            raise LockedError("db.locked", path=str(self.database), holder=lock.holder())
        self._held.append(lock)

    def release(self) -> None:
        while self._held:
            self._held.pop().drop()
