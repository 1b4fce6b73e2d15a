"""Storage failures as UserError subclasses, and the translation of sqlite3/peewee/OS errors into them."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import peewee

from minutes_app.messages import UserError


class StorageError(UserError):
    """Base of every failure the storage room reports; the window shows ``str()`` as it is."""


class DiskFullError(StorageError):
    pass


class ReadOnlyError(StorageError):
    pass


class BusyError(StorageError):
    pass


class LockedError(StorageError):
    pass


class CorruptError(StorageError):
    pass


class DamagedError(CorruptError):
    """Rows whose checksums fail (damage SQLite cannot see): ``params["damaged"]`` lists the meetings."""


class ForeignError(CorruptError):
    """A file that is not a minutes archive (another program's database, an empty SQLite file)."""


class TooNewError(StorageError):
    pass


class WriteFailedError(StorageError):
    pass


class UnreachableError(StorageError):
    """The archive's server cannot be reached (network, server stopped): a write is kept and retried."""


class LeasedError(StorageError):
    """Someone else is editing this meeting of a shared archive."""


def backups_folder(path: Path) -> Path:
    return path.parent / "backups"


def read_only_error(path: Path) -> ReadOnlyError:
    return ReadOnlyError("db.read_only_folder", path=str(path))


def corrupt_error(path: Path, detail: str) -> CorruptError:
    """SQLite's findings span lines ("*** in database main ***"); the message stays one line."""
    detail = " ".join(detail.replace("*** in database main ***", "").split())
    return CorruptError("db.corrupt", path=str(path), detail=detail, backups=str(backups_folder(path)))


def _sqlite_error(exc: BaseException) -> BaseException:
    """peewee wraps the driver's exception: peewee 4 keeps it as ``orig``, earlier ones as the first argument."""
    if isinstance(exc, peewee.PeeweeException):
        if isinstance(getattr(exc, "orig", None), BaseException):
            return exc.orig
        if exc.args and isinstance(exc.args[0], BaseException):
            return exc.args[0]
    return exc


_DRIVER_TRANSLATORS: dict[str, Callable[[BaseException, str], StorageError]] = {}


def register_driver(module: str, translator: Callable[[BaseException, str], StorageError]) -> None:
    """An engine whose driver is not sqlite3 tells how to read that driver's exceptions."""
    _DRIVER_TRANSLATORS[module] = translator


def unwrapped(exc: BaseException) -> BaseException:
    """The driver's own exception inside peewee's."""
    return _sqlite_error(exc)


def _cause(exc: BaseException) -> BaseException:
    """SQLite rolls back by itself on a full disk or I/O error; the failing ROLLBACK that follows hides
    the real failure, which is the exception it happened in."""
    while "no transaction is active" in str(exc) and exc.__context__ is not None:
        exc = exc.__context__
    return _sqlite_error(exc)


def translate(exc: BaseException, path: Path) -> StorageError:
    """The UserError that says what a database failure means for the person typing."""
    original = _cause(_sqlite_error(exc))
    driver = _DRIVER_TRANSLATORS.get(type(original).__module__.partition(".")[0])
    if driver is not None:  # a server engine's driver: the engine says what its failures mean
        return driver(original, str(path))
    name = getattr(original, "sqlite_errorname", "") or ""
    text = str(original)
    lowered = text.lower()
    if name == "SQLITE_FULL" or "database or disk is full" in lowered:
        return DiskFullError("db.disk_full", path=str(path))
    if name.startswith("SQLITE_READONLY") or "readonly database" in lowered:
        return read_only_error(path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in lowered:
        return BusyError("db.busy", path=str(path))
    if name == "SQLITE_NOTADB" or "file is not a database" in lowered:
        return CorruptError("db.not_sqlite", path=str(path))
    if name.startswith("SQLITE_CORRUPT") or "malformed" in lowered:
        return corrupt_error(path, text)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in lowered:
        return StorageError("db.cannot_open", path=str(path), detail=text)
    if isinstance(original, OSError):
        return translate_os_error(original, path)
    return WriteFailedError("db.write_failed", path=str(path), detail=text)


def translate_os_error(exc: OSError, path: Path) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return DiskFullError("db.disk_full", path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return read_only_error(path)
    return WriteFailedError("db.write_failed", path=str(path), detail=exc.strerror or str(exc))


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    """Let UserErrors through and turn every database or file failure into one, so no raw text leaks."""
    try:
        yield
    except UserError:
        raise
    except (sqlite3.Error, peewee.PeeweeException, OSError) as exc:
        raise translate(exc, path) from exc


@contextlib.contextmanager
def translated_copy(dest: Path) -> Iterator[None]:
    """Failures while writing a copy name the copy, not the database it was made from."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        error = translate(exc, dest)
        if isinstance(error, (DiskFullError, ReadOnlyError)):
            raise error from exc
        raise StorageError("file.cannot_write", path=str(dest), detail=str(exc)) from exc
