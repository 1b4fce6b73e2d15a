"""One editor per meeting of a server archive: a lease held as a PostgreSQL advisory lock.

The lock belongs to a session of its own (one connection per open archive, used for nothing else), so
the server drops it when that program closes, crashes or loses its network: a laptop that died never
leaves a meeting locked. The row in ``meeting_lease`` only names the holder (user, machine, since when)
for the banner of whoever opens the meeting meanwhile; the lock, not the row, decides.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
import socket
import threading

from minutes_app import messages
from minutes_app.storage.engines import postgresql
from minutes_app.storage.errors import LeasedError, UnreachableError

_NAMESPACE = 0x6D696E75  # "minu": the first key of our two-key advisory locks


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def describe(row: tuple | None) -> str:
    """ "nguyen on LAPTOP-3, since 09:41" (with the date when it is not today)."""
    if row is None:
        return messages.text("db.lock_holder_unknown")
    user, host, since = row
    try:
        local = dt.datetime.fromisoformat(since).astimezone()
    except ValueError:
        return messages.text("db.lease_holder", user=user, host=host, since=since)
    same_day = local.date() == dt.datetime.now().astimezone().date()
    when = local.strftime("%H:%M") if same_day else local.strftime("%d/%m/%Y %H:%M")
    return messages.text("db.lease_holder", user=user, host=host, since=when)


class Leases:
    """The meetings this program edits; ``take`` and ``release`` from any thread."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._lock = threading.RLock()
        self._connection = None
        self._held: set[int] = set()
        self._lost = False
        self._since: dict[int, str] = {}

    def _session(self):
        """The lease connection; a new one (and every lease taken again) after the old one died."""
        if self._connection is not None and not self._connection.broken and not self._lost:
            return self._connection
        self._drop()
        self._connection = postgresql.connect(self._url, application_name="minutes_app leases")
        earlier, self._held = self._held, set()
        self._lost = False
        for meeting_id in sorted(earlier):
            holder = self._try(meeting_id)
            if holder is not None:
                raise LeasedError("db.meeting_leased", holder=holder)
        return self._connection

    def _drop(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):  # a dead connection may fail to close; it is gone anyway
                self._connection.close()
        self._connection = None

    def _try(self, meeting_id: int) -> str | None:
        """None when the lease is ours now; else who holds it."""
        connection = self._connection
        got = connection.execute("SELECT pg_try_advisory_lock(%s, %s)", (_NAMESPACE, meeting_id)).fetchone()[
            0
        ]
        if not got:
            row = connection.execute(
                "SELECT user_name, host, since FROM meeting_lease WHERE meeting_id = %s", (meeting_id,)
            ).fetchone()
            return describe(row)
        since = self._since.setdefault(
            meeting_id, dt.datetime.now().astimezone().isoformat(timespec="seconds")
        )
        connection.execute(
            "INSERT INTO meeting_lease (meeting_id, user_name, host, program, pid, since, backend_pid) "
            "VALUES (%s, %s, %s, 'minutes_app', %s, %s, pg_backend_pid()) ON CONFLICT (meeting_id) DO UPDATE "
            "SET user_name = EXCLUDED.user_name, host = EXCLUDED.host, pid = EXCLUDED.pid, "
            "since = EXCLUDED.since, backend_pid = EXCLUDED.backend_pid",
            (meeting_id, _user(), socket.gethostname(), os.getpid(), since),
        )
        self._held.add(meeting_id)
        return None

    def take(self, meeting_id: int) -> str | None:
        """Take the meeting's lease (kept until ``release``); None when ours, else who holds it.

        A lease session found dead (the server restarted since it was last used) is replaced once.
        """
        with self._lock:
            if meeting_id in self._held and not self._lost:
                return None
            for attempt in (1, 2):
                try:
                    self._session()
                    return None if meeting_id in self._held else self._try(meeting_id)
                except LeasedError as error:
                    return str(error.params.get("holder", ""))
                except UnreachableError:
                    raise
                except Exception as exc:
                    self._lost = True
                    if attempt == 2 or not postgresql.connection_lost(exc):
                        raise postgresql.translate_error(exc, self._url) from None
            return None

    def holds(self, meeting_id: int) -> bool:
        return meeting_id in self._held

    def guard(self, meeting_id: int) -> None:
        """Before a write: this program must hold the meeting (taken again after a lost connection)."""
        with self._lock:
            holder = self.take(meeting_id)
            if holder is not None:
                raise LeasedError("db.meeting_leased", holder=holder)

    def release(self, meeting_id: int) -> None:
        with self._lock:
            if meeting_id not in self._held:
                return
            self._held.discard(meeting_id)
            self._since.pop(meeting_id, None)
            if self._connection is None or self._connection.broken:
                return
            try:
                self._connection.execute(
                    "DELETE FROM meeting_lease WHERE meeting_id = %s AND backend_pid = pg_backend_pid()",
                    (meeting_id,),
                )
                self._connection.execute("SELECT pg_advisory_unlock(%s, %s)", (_NAMESPACE, meeting_id))
            except Exception:  # noqa: BLE001 - the server dropped the lock with the session
                self._lost = True

    def mark_lost(self) -> None:
        """The archive's connection died: the lease session probably did too; check before the next write."""
        with self._lock:
            self._lost = True

    def close(self) -> None:
        with self._lock:
            for meeting_id in list(self._held):
                self.release(meeting_id)
            self._drop()
