"""Upgrading an archive of an earlier schema: tried on a copy first, the file itself written once, atomically.

The upgrade runs on a copy in backups/ first. When it fails there, the archive has not been touched and no
backup was made: the message says so. When it works, the copy of the old version is kept in backups/
(``…-before-schema-N``, reused when an identical one is there already, so retries do not pile up
copies), and the upgraded copy is written into the archive in one transaction of SQLite's backup API.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
from pathlib import Path

from peewee import SqliteDatabase

from minutes_app.storage import migrations
from minutes_app.storage.engines import sqlite_backup as backup
from minutes_app.storage.engines import sqlite_file
from minutes_app.storage.errors import DiskFullError, ReadOnlyError, StorageError, backups_folder, translate

LABEL = "-before-schema-{version}"


def _trial_path(path: Path) -> Path:
    """Hidden in backups/ under a name whose leftovers the next backup clears (see sqlite_backup.py)."""
    return backups_folder(path) / f".{path.stem}-upgrade-{os.getpid()}{path.suffix}.part"


def _kept_copy(db: SqliteDatabase, path: Path, label: str) -> Path:
    """The copy of the old version: a new one, or an identical one made by an earlier attempt."""
    earlier = [p for p in backup.backups(path) if label + path.suffix in p.name or f"{label}-" in p.name]
    made = backup.backup_into_folder(db.connection(), path, label=label)
    for copy in earlier:
        if copy != made and filecmp.cmp(copy, made, shallow=False):
            made.unlink()
            return copy
    return made


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.unlink(str(path) + suffix)


def write_into(db: SqliteDatabase, upgraded: Path) -> None:
    """Replace the archive's content with the upgraded copy's, in one transaction of the backup API."""
    source = sqlite_file.connect(upgraded)
    try:
        source.connection().backup(db.connection())
    finally:
        source.close()


def upgrade(db: SqliteDatabase, path: Path, version: int) -> Path:
    """Bring the archive open as ``db`` (writable, not yet in use) from ``version`` to this program's
    schema; the path of the copy of the old version."""
    target = migrations.schema_version()
    trial = _trial_path(path)
    kept = None
    try:
        backups_folder(path).mkdir(mode=0o700, exist_ok=True)
        os.close(os.open(trial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        upgraded = sqlite_file.connect(trial, pragmas=[("journal_mode", "off")])  # a throw-away copy
        try:
            db.connection().backup(upgraded.connection())
            migrations.migrate(upgraded)
        finally:
            upgraded.close()
    except BaseException as exc:
        _remove(trial)
        if isinstance(exc, Exception):
            error = translate(exc, path)
            if isinstance(error, (DiskFullError, ReadOnlyError)):
                raise error from exc
            raise StorageError(
                "db.upgrade_refused", path=str(path), found=version, version=target, detail=str(exc)
            ) from exc
        raise
    try:
        kept = _kept_copy(db, path, LABEL.format(version=target))
        write_into(db, trial)
    except Exception as exc:
        error = translate(exc, path)
        if isinstance(error, (DiskFullError, ReadOnlyError)):
            raise error from exc
        raise StorageError(
            "db.migration_failed",
            path=str(path),
            version=target,
            detail=str(exc),
            backup=str(kept or backups_folder(path)),
        ) from exc
    finally:
        _remove(trial)
    return kept
