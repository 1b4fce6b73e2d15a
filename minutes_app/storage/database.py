"""Opening a database file: probe it without writing, then take the writer lock, set pragmas and migrate.

A file that is damaged, not SQLite, or from a newer program is never written to: it is probed through
a read-only URI and either opened read-only with the reason, or refused with CorruptError when nothing
can be read. Only a sound file of a known schema, whose writer lock we hold, is opened for writing.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from peewee import SqliteDatabase

from minutes_app.messages import UserError
from minutes_app.storage import backup, migrations
from minutes_app.storage.checkpoint import Checkpointer
from minutes_app.storage.errors import (
    BusyError,
    CorruptError,
    DiskFullError,
    ReadOnlyError,
    StorageError,
    TooNewError,
    backups_folder,
    corrupt_error,
    translate,
    translate_os_error,
)
from minutes_app.storage.lock import WriterLock
from minutes_app.storage.store import Store

BUSY_TIMEOUT_MS = 5000
_HEADER = b"SQLite format 3\x00"
_WRITE_PRAGMAS = [
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", BUSY_TIMEOUT_MS),
    ("wal_autocheckpoint", 0),  # done by the Checkpointer thread, off the autosave path
    ("journal_size_limit", 64 * 2**20),
]
_READ_PRAGMAS = [("foreign_keys", 1), ("busy_timeout", BUSY_TIMEOUT_MS), ("query_only", 1)]


def _read_only_uri(path: Path) -> str:
    """mode=ro never writes the file; immutable also spares a folder we may not write (no -shm there)."""
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not os.access(path.parent, os.W_OK) and not shm.exists():
        uri += "&immutable=1"
    return uri


_NEEDS_RECOVERY = ("SQLITE_READONLY_ROLLBACK", "SQLITE_READONLY_RECOVERY")


def _read_probe(target: str, *, uri: bool) -> tuple[int, list[str]]:
    connection = sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        return version, [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    finally:
        connection.close()


def _probe(path: Path) -> tuple[int, StorageError | None]:
    """(user_version, problem) read without writing; raises CorruptError when nothing can be read."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as exc:
        raise StorageError("file.cannot_read", path=str(path), detail=exc.strerror or str(exc)) from exc
    if header and header != _HEADER:
        raise CorruptError("db.not_sqlite", path=str(path))
    try:
        version, findings = _read_probe(_read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") not in _NEEDS_RECOVERY:
            raise translate(exc, path) from exc
        # A write killed in rollback-journal mode (or switching to WAL) left a hot journal, which a
        # read-only connection may not roll back. SQLite's own recovery on a writable connection puts
        # the file back as it was before that write; a live writer's journal is never hot.
        try:
            version, findings = _read_probe(str(path), uri=False)
        except sqlite3.Error as again:
            raise translate(again, path) from again
    if findings != ["ok"]:
        return version, corrupt_error(path, "; ".join(findings[:3]))
    if version > migrations.schema_version():
        return version, TooNewError(
            "db.too_new", path=str(path), found=version, supported=migrations.schema_version()
        )
    return version, None


def _open_read_only(path: Path, reason: UserError | None) -> Store:
    db = SqliteDatabase(_read_only_uri(path), uri=True, pragmas=_READ_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        db.connect()
    except Exception as exc:
        raise translate(exc, path) from exc
    return Store(path, db, read_only=True, read_only_reason=reason)


def _backup_before_migrating(db: SqliteDatabase, path: Path, version: int) -> None:
    if version > 0:
        backup.backup_into_folder(
            db.connection(), path, label=f"-before-schema-{migrations.schema_version()}"
        )


def _open_for_writing(path: Path) -> Store:
    """Lock, connect with the writing pragmas, migrate, then make the hourly copy (best effort)."""
    lock = WriterLock(path)
    lock.acquire()
    db = SqliteDatabase(str(path), pragmas=_WRITE_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        try:
            db.connect()
        except Exception as exc:
            raise translate(exc, path) from exc
        try:
            migrations.migrate(db, lambda version: _backup_before_migrating(db, path, version))
        except UserError:
            raise
        except Exception as exc:
            error = translate(exc, path)
            if isinstance(error, (DiskFullError, ReadOnlyError, BusyError)):
                raise error from exc
            raise StorageError(
                "db.migration_failed",
                path=str(path),
                version=migrations.schema_version(),
                detail=str(exc),
                backups=str(backups_folder(path)),
            ) from exc
    except BaseException:
        db.close()
        lock.release()
        raise
    store = Store(path, db, read_only=False, lock=lock, checkpointer=Checkpointer(path, BUSY_TIMEOUT_MS))
    try:
        if store.list_meetings() and backup.due_on_open(path):
            store.backup_now()
    except UserError:
        pass  # a missing hourly copy must not keep the secretary from working
    except BaseException:
        store.close()
        raise
    return store


def open_store(path: str | os.PathLike, *, read_only: bool = False) -> Store:
    """Open (creating when missing) the archive at ``path``; see docs/API.md for the contract."""
    path = Path(path).expanduser().absolute()
    if not path.exists():
        if read_only:
            raise StorageError("file.not_found", path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise translate_os_error(exc, path) from exc
        return _open_for_writing(path)
    _, problem = _probe(path)
    if problem is not None or read_only:
        return _open_read_only(path, problem)
    try:
        return _open_for_writing(path)
    except StorageError as error:
        if error.key in ("db.locked", "db.read_only_folder"):
            return _open_read_only(path, error)
        raise
