"""The archive: a SQLite file or a PostgreSQL server through peewee, search, backups; never imports Qt."""

from minutes_app.storage.engines import open_store
from minutes_app.storage.errors import (
    BusyError,
    CorruptError,
    DiskFullError,
    LockedError,
    ReadOnlyError,
    StorageError,
    TooNewError,
)
from minutes_app.storage.store import Store

__all__ = [
    "BusyError",
    "CorruptError",
    "DiskFullError",
    "LockedError",
    "ReadOnlyError",
    "Store",
    "StorageError",
    "TooNewError",
    "open_store",
]
