"""Putting a backup of an archive file back: in place of a damaged file, or over the open archive.

Nothing here writes to a damaged file: it is renamed aside (its bytes untouched, its -wal and -shm with
it) and the backup is copied in under the database's name. A restore over the open archive first copies
the current data into backups/, so that restoring that copy undoes the restore.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from minutes_app.messages import UserError
from minutes_app.storage import migrations
from minutes_app.storage.engines import sqlite_backup, sqlite_check, sqlite_file
from minutes_app.storage.engines.sqlite_lock import WriterLock
from minutes_app.storage.errors import translated

_COMPANIONS = ("-wal", "-shm")


def newest_sound_backup(database: Path) -> Path | None:
    """The newest copy in backups/ that could replace the archive (sound, ours, of a schema we write)."""
    return next(
        (copy for copy in sqlite_backup.backups(database) if not sqlite_check.copy_problems(copy)), None
    )


def aside_path(database: Path) -> Path:
    """``minutes.sqlite3.damaged-20240105-093000``: beside the database, never an existing name."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate, counter = database.with_name(f"{database.name}.damaged-{stamp}"), 2
    while any(candidate.with_name(candidate.name + s).exists() for s in ("", *_COMPANIONS)):
        candidate, counter = database.with_name(f"{database.name}.damaged-{stamp}-{counter}"), counter + 1
    return candidate


def _read_only(copy: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_file.read_only_uri(copy.resolve()), uri=True)


def put_backup_in_place(database: Path, copy: Path) -> Path:
    """Rename the damaged file (and its -wal, -shm) aside, copy ``copy`` in under its name; the aside path."""
    lock = WriterLock(database)
    lock.acquire()  # another window on the file: LockedError names it, nothing is moved
    try:
        aside = aside_path(database)
        with translated(database):
            os.rename(database, aside)
            for suffix in _COMPANIONS:
                companion = database.with_name(database.name + suffix)
                if companion.exists():
                    os.rename(companion, aside.with_name(aside.name + suffix))
            source = _read_only(copy)
            try:
                sqlite_backup.copy_database(source, database)
            finally:
                source.close()
        return aside
    finally:
        lock.release()


def restore_into(db, path: Path, copy: Path) -> Path:
    """Replace the content of the archive open as ``db`` by ``copy`` in one transaction; the copy of
    what was there. The store's own connection is used: the live file is replaced page by page, atomically."""
    found = sqlite_check.copy_problems(copy)
    if found:
        raise UserError("restore.unsound", backup=copy, detail="; ".join(found[:3]))
    with translated(path):
        kept = sqlite_backup.backup_into_folder(db.connection(), path, label="-before-restore")
        source = _read_only(copy)
        try:
            source.backup(db.connection())
        finally:
            source.close()
        migrations.migrate(db)
    return kept
