"""The PostgreSQL engine: a shared office archive on a server, reached through psycopg 3.

What differs from a file: connecting (libpq's URL, ~/.pgpass, PGPASSWORD and sslmode as libpq reads
them; keepalives so that a lost network fails a write instead of hanging it), "is this our archive?"
(a table naming the application and the schema version), the privileges of the role (a role that may
only read opens everything read-only), one editor per meeting (storage/engines/pg_leases.py) instead of
one writer per file, the search index (pg_search.py), and backups, which are the server's job.

The engine-neutral code writes its few raw statements with ``?`` placeholders, as SQLite takes them;
``ServerDatabase`` turns those into psycopg's ``%s`` so that repository, finalizing and migrations run
unchanged on both.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable

from peewee import PostgresqlDatabase, __exception_wrapper__

from minutes_app.messages import UserError
from minutes_app.storage.engines.pg_url import place, redact, scrub, user_of
from minutes_app.storage.errors import (
    DiskFullError,
    ReadOnlyError,
    StorageError,
    UnreachableError,
    WriteFailedError,
    register_driver,
    unwrapped,
)

CONNECT_TIMEOUT_S = 5
_IDLE_CHECK_S = 2.0
# libpq keepalives: a server that vanished from the network fails the write within ~15 s.
_DEFAULT_OPTIONS = {
    "connect_timeout": str(CONNECT_TIMEOUT_S),
    "application_name": "minutes_app",
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "3",
    "tcp_user_timeout": "15000",
}


def driver():
    """psycopg, or a clear message when the optional extra is not installed."""
    try:
        import psycopg
    except ImportError:
        raise UserError("db.driver_missing") from None
    return psycopg


def connect_options(url: str) -> dict[str, str]:
    """The URL's own settings win; ours only fill what it leaves open."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = conninfo_to_dict(url)
    except Exception as exc:  # a malformed URL: say so without echoing a password
        raise UserError("db.cannot_open", path=redact(url), detail=scrub(str(exc), url)) from None
    return {key: value for key, value in _DEFAULT_OPTIONS.items() if key not in given}


def connect(url: str, **extra):
    """A plain psycopg connection (autocommit), as the leases and the probe use."""
    psycopg = driver()
    try:
        return psycopg.connect(url, autocommit=True, **{**connect_options(url), **extra})
    except psycopg.Error as exc:
        raise translate_error(exc, url) from None


def connection_lost(exc: BaseException) -> bool:
    psycopg = driver()
    if isinstance(exc, psycopg.errors.AdminShutdown | psycopg.errors.CannotConnectNow):
        return True
    sqlstate = getattr(exc, "sqlstate", None) or ""
    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError) and (
        not sqlstate or sqlstate.startswith(("08", "57P"))
    )


def translate_error(exc: BaseException, url: str) -> StorageError:
    """What a server failure means for the person typing; the password never appears in it."""
    psycopg = driver()
    original = unwrapped(exc)
    where = redact(url)
    detail = scrub(" ".join(str(original).split()), url)
    sqlstate = getattr(original, "sqlstate", None) or ""
    if sqlstate.startswith("28") or "authentication failed" in detail or "no password supplied" in detail:
        return StorageError("db.server_refused", path=where, detail=detail)
    if isinstance(original, psycopg.errors.InsufficientPrivilege):
        return ReadOnlyError("db.reader_role", user=user_of(url), path=where)
    if isinstance(original, psycopg.errors.DiskFull):
        return DiskFullError("db.disk_full", path=where)
    if connection_lost(original):
        return UnreachableError("db.unreachable", path=where, place=place(url), detail=detail)
    return WriteFailedError("db.write_failed", path=where, detail=detail)


class ServerDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database speaking the engine-neutral code's ``?`` placeholders, and
    dropping a connection that died with the server so that the next call connects again."""

    def __init__(self, url: str, **kwargs) -> None:
        from minutes_app.storage.engines import pg_search

        self.url = url
        self.search_index = pg_search
        self.on_lost: Callable[[], None] = lambda: None
        self._last_use = threading.local()
        super().__init__(url, prefer_psycopg3=True, **connect_options(url), **kwargs)

    def begin(self, *args, **kwargs):
        self.ensure_alive()
        return super().begin(*args, **kwargs)

    def execute_sql(self, sql, params=None):
        self.ensure_alive()
        if params is not None and "?" in sql and "%s" not in sql:
            sql = sql.replace("%", "%%").replace("?", "%s")
        try:
            cursor = super().execute_sql(sql, params)
        except Exception as exc:
            if connection_lost(unwrapped(exc)):
                self.drop_connection()
            raise
        self._last_use.moment = time.monotonic()
        return cursor

    def execute_many(self, sql: str, rows: list[tuple]) -> None:
        """Many rows of one ``?`` statement at once (psycopg pipelines them)."""
        self.ensure_alive()
        with __exception_wrapper__:
            self.cursor().executemany(sql.replace("%", "%%").replace("?", "%s"), rows)

    def after_copy(self) -> None:
        """Rows copied with their ids: new rows must be numbered past them."""
        from minutes_app.storage.engines import pg_schema

        pg_schema.reset_sequences(self)

    def drop_connection(self) -> None:
        """Forget this thread's connection (it is dead); peewee connects again on the next statement."""
        connection = None if self._state.closed else self._state.conn
        self._state.reset()
        self.on_lost()
        if connection is not None:
            with contextlib.suppress(Exception):  # it is already gone
                connection.close()

    def ensure_alive(self) -> None:
        """A connection idle for a while may have died with a restarted server; check it outside a
        transaction, where finding out costs nothing but one round trip."""
        if self.is_closed() or self.in_transaction():
            return
        last = getattr(self._last_use, "moment", None)
        if last is None or time.monotonic() - last < _IDLE_CHECK_S:
            return
        self._last_use.moment = time.monotonic()
        try:
            super().execute_sql("SELECT 1")
        except Exception:
            self.drop_connection()  # the statement that follows connects afresh


register_driver("psycopg", translate_error)
