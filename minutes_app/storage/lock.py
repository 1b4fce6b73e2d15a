"""The single-writer lock: a file beside the database, flock'ed for the Store's life, naming its holder.

flock belongs to the open file, so the kernel drops it when the holder exits or is killed: a lock left
by a crashed program is simply taken by the next one. The JSON inside only serves to tell the person
who holds the file ("pid 1234 on host X, since 09:41").
"""

from __future__ import annotations

import datetime as dt
import fcntl
import getpass
import json
import os
import socket
import sys
import time
from pathlib import Path

from minutes_app import messages
from minutes_app.storage.errors import LockedError, translate_os_error


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())


def _program() -> str:
    """The command people would recognise: minutes-app, or the package when run with -m or -c."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return "minutes_app" if name in ("", "-c", "-m", "__main__.py") else name


def _holder_info() -> dict:
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": _user(),
        "program": _program(),
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
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


def _read_holder(handle) -> dict:
    """The holder's JSON; a few short retries cover the moment between its flock and its write."""
    for _ in range(5):
        try:
            handle.seek(0)
            content = handle.read()
            if content.strip():
                return json.loads(content)
        except (OSError, ValueError):
            pass
        time.sleep(0.02)
    return {}


class WriterLock:
    """Held from acquire() to release(); a second acquirer gets LockedError naming the first."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._handle = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the Store's life
        except OSError as exc:
            raise translate_os_error(exc, self.database) from exc
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = describe_holder(_read_holder(handle))
            handle.close()
            raise LockedError("db.locked", path=str(self.database), holder=holder) from None
        except OSError as exc:
            handle.close()
            raise translate_os_error(exc, self.database) from exc
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(_holder_info(), ensure_ascii=False))
            handle.flush()
        except OSError as exc:
            handle.close()
            raise translate_os_error(exc, self.database) from exc
        self._handle = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate()
        except OSError:
            pass
        finally:
            handle.close()  # closing the descriptor drops the flock
