"""Meetings whose rows fail their checksums: named, with the newest backup that holds a sound copy.

A row's checksum tells which meeting it belongs to. The message names the meeting by its number, title
and date (from the backup when the meeting's own row is the damaged one) and points to the newest copy
in backups/ whose rows of that meeting verify, so the secretary knows exactly what to take back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from minutes_app.messages import text
from minutes_app.storage import checksums
from minutes_app.storage.codec import printable
from minutes_app.storage.engines import sqlite_backup as backup
from minutes_app.storage.errors import DamagedError, backups_folder


@dataclass(frozen=True)
class DamagedMeeting:
    meeting_id: object
    title: str
    date: str
    tables: tuple[str, ...]
    backup: Path | None

    def describe(self) -> str:
        """One line: which meeting, and where a sound copy of it is (or that none is)."""
        if self.title:
            name = text("damage.meeting", id=self.meeting_id, title=self.title, date=self.date)
        else:
            name = text("damage.rows", id=self.meeting_id, tables=", ".join(self.tables))
        if self.backup is not None:
            return name + " " + text("damage.backup", backup=self.backup)
        return name + " " + text("damage.no_backup")


def _meeting_row(db, meeting_id: object) -> dict | None:
    with contextlib.suppress(Exception):
        for row in checksums.rows(db, "meeting", "id = ?", (meeting_id,)):
            return row
    return None


def _when(value: object) -> str:
    try:
        return dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y")
    except ValueError:
        return "?"


def sound_copy(db, uid: str, meeting_id: object) -> dict | None:
    """The meeting row of a sound copy of the meeting (found by uid, else by id) in the archive ``db``:
    every row of it verifies. None when the copy is missing, damaged or has no checksums to prove it."""
    if "meeting" not in checksums.present(db):
        return None
    found = list(checksums.rows(db, "meeting", "uid = ? AND uid <> ''", (uid,))) if uid else []
    found = found or list(checksums.rows(db, "meeting", "id = ?", (meeting_id,)))
    if len(found) != 1 or not checksums.sound("meeting", found[0]):
        return None
    own = found[0]["id"]
    for table in checksums.present(db):
        if table != "meeting" and checksums.damaged_rows_of(db, table, own):
            return None
    return found[0]


def _backup_with_sound_copy(path: Path, uid: str, meeting_id: object) -> tuple[Path, dict] | None:
    """In backups/ beside a file; a server archive's backups are the server's (pg_dump), not looked in."""
    from minutes_app.storage.engines import sqlite_file

    if not isinstance(path, Path):
        return None
    for copy in backup.backups(path):
        try:
            db = sqlite_file.open_copy(copy)
        except Exception:  # a damaged or foreign copy is simply not the one
            continue
        try:
            row = sound_copy(db, uid, meeting_id)
        except Exception:
            row = None
        finally:
            db.close()
        if row is not None:
            return copy, row
    return None


def describe(db, path: Path, bad: Iterable[checksums.BadRow]) -> list[DamagedMeeting]:
    """The damaged meetings among ``bad`` rows, each with the newest backup holding a sound copy."""
    tables: dict[object, list[str]] = {}
    for row in bad:
        tables.setdefault(row.meeting_id, [])
        if row.table not in tables[row.meeting_id]:
            tables[row.meeting_id].append(row.table)
    found = []
    for meeting_id, names in tables.items():
        row = _meeting_row(db, meeting_id)
        own_sound = row is not None and "meeting" not in names
        uid = str(row.get("uid") or "") if row is not None else ""
        located = _backup_with_sound_copy(path, uid, meeting_id) if row is not None else None
        named = row if own_sound else (located[1] if located else row)
        title = ""
        if named is not None:
            title = printable(str(named.get("title") or "?"))
        found.append(
            DamagedMeeting(
                meeting_id,
                title,
                _when(named.get("date")) if named is not None else "?",
                tuple(names),
                located[0] if located else None,
            )
        )
    return found


def error_for(path: Path, meetings: list[DamagedMeeting]) -> DamagedError:
    """What a reader of damaged rows raises: the meetings named, nothing of their text shown."""
    return DamagedError(
        "db.damaged_meetings",
        path=str(path),
        meetings=" ".join(m.describe() for m in meetings),
        backups=str(backups_folder(path)) if isinstance(path, Path) else "pg_dump",
        damaged=meetings,
    )


def error(db, path: Path, bad: Iterable[checksums.BadRow]) -> DamagedError:
    return error_for(path, describe(db, path, bad))
