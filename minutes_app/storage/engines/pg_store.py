"""Opening a shared archive on a PostgreSQL server, and the Store over it.

The Store's reading and writing are the engine-neutral ones; what a server changes is said here: every
write of a meeting's content needs that meeting's lease (the window holds it while the meeting is open;
a command takes it for the length of its write), a role that may only read gets a read-only store with
the reason, and backups are the server's job.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from minutes_app.domain.model import ItemKind, Meeting
from minutes_app.messages import UserError
from minutes_app.storage import checksums, damage, migrations, verification
from minutes_app.storage.engines import pg_schema, pg_search, postgresql
from minutes_app.storage.engines.pg_leases import Leases
from minutes_app.storage.engines.pg_url import redact, user_of
from minutes_app.storage.errors import (
    LeasedError,
    ReadOnlyError,
    StorageError,
    TooNewError,
    UnreachableError,
    translated,
)
from minutes_app.storage.store import Store, _bind

_MIGRATION_LOCK = (0x6D696E75, 0)


def normalized(url: str) -> str:
    """libpq takes both schemes; peewee passes only ``postgresql://`` through as a URL."""
    return "postgresql://" + url.split("://", 1)[1] if url.lower().startswith("postgres://") else url


class ServerStore(Store):
    """A Store on a server archive: ``path`` is the URL without its password."""

    remote = True

    def __init__(self, url: str, db, *, read_only: bool, read_only_reason: UserError | None = None) -> None:
        super().__init__(redact(url), db, read_only=read_only, read_only_reason=read_only_reason)  # type: ignore[arg-type]
        self._leases = Leases(url)
        self._sound: set[int] = set()  # meetings read whole, or checked, before this store first wrote them
        db.on_lost = self._leases.mark_lost

    def close(self) -> None:
        try:
            self._leases.close()
        finally:
            super().close()

    # One editor per meeting -----------------------------------------------------------------------------
    def lease(self, meeting_id: int) -> str | None:
        """Hold the meeting for editing until ``release``; None when ours, else who is editing it."""
        if self.read_only:
            return None
        with translated(self.path):
            return self._leases.take(meeting_id)

    def release(self, meeting_id: int) -> None:
        self._leases.release(meeting_id)

    @contextlib.contextmanager
    def _editing(self, meeting_id: int | None, *, whole: bool = False) -> Iterator[None]:
        """The lease for one write: the window's, or one taken just for this command's write. A write
        of part of a meeting first checks its rows (``_check_before_writing``); one that replaces or
        deletes the whole (``whole``) does not need to."""
        if meeting_id is None or self.read_only:
            yield
            return
        with translated(self.path):
            held = self._leases.holds(meeting_id)
            self._leases.guard(meeting_id)
        try:
            if not whole:
                self._check_before_writing(meeting_id)
            yield
        finally:
            if not held:
                self._leases.release(meeting_id)

    def load(self, meeting_id: int) -> Meeting:
        """A meeting read whole has had every row it is written through checked (see
        ``_check_before_writing``): the window, which reads a meeting before anyone types in it, does not
        check it again at the first keystroke."""
        meeting = super().load(meeting_id)
        self._sound.add(meeting_id)
        return meeting

    def replace(self, meeting: Meeting) -> None:
        with self._editing(meeting.id, whole=True):
            super().replace(meeting)

    def delete(self, meeting_id: int) -> None:
        with self._editing(meeting_id, whole=True):
            super().delete(meeting_id)

    def update_meeting_field(self, meeting_id: int, field: str, value: Any) -> None:
        with self._editing(meeting_id):
            super().update_meeting_field(meeting_id, field, value)

    def update_item_field(
        self, meeting_id: int, kind: ItemKind, item_id: str, field: str, value: Any
    ) -> None:
        with self._editing(meeting_id):
            super().update_item_field(meeting_id, kind, item_id, field, value)

    def insert_item(self, meeting_id: int, kind: ItemKind, item: Any, index: int) -> None:
        with self._editing(meeting_id):
            super().insert_item(meeting_id, kind, item, index)

    def remove_item(self, meeting_id: int, kind: ItemKind, item_id: str) -> None:
        with self._editing(meeting_id):
            super().remove_item(meeting_id, kind, item_id)

    def move_items(self, meeting_id: int, kind: ItemKind, ordered_ids: list[str]) -> None:
        with self._editing(meeting_id):
            super().move_items(meeting_id, kind, ordered_ids)

    def finalize(self, meeting_id: int) -> str:
        with self._editing(meeting_id):
            return super().finalize(meeting_id)

    def reopen(self, meeting_id: int) -> bool:
        with self._editing(meeting_id):
            return super().reopen(meeting_id)

    def _check_before_writing(self, meeting_id: int) -> None:
        """A file is verified whole when it is opened; a server is shared, and any of its clients may
        change a row behind the program. A write seals the rows it touches again, which would hide such a
        change, so a meeting's rows are checked before this store first writes to it; a damaged meeting
        is named, as reading it would, and is not written to."""
        if meeting_id in self._sound:
            return
        with translated(self.path):
            _bind(self._db)
            # A store that writes is at the newest schema, where every sealed table has its checksums
            # (asking the server's catalogue which do would cost more than the check itself).
            bad = [
                row
                for table in checksums.SEALED
                for row in checksums.damaged_rows_of(self._db, table, meeting_id)
            ]
            if bad:
                raise damage.error(self._db, self.path, bad)  # type: ignore[arg-type]
        self._sound.add(meeting_id)

    # What the server does instead -----------------------------------------------------------------------
    def verify(self) -> verification.Report:
        """The server's verdict: the search index's own check and every row's checksum (the server
        looks after its pages itself)."""
        with translated(self.path):
            _bind(self._db)
            report = verification.Report(self.path, index=pg_search.check(self._db))  # type: ignore[arg-type]
            bad = checksums.damaged_rows(self._db)
            if bad:
                report.damaged = damage.describe(self._db, self.path, bad)  # type: ignore[arg-type]
            return report

    def backup_to(self, dest: str | Path) -> Path:
        raise StorageError("db.server_backup", path=self.path)

    def backup_now(self) -> Path:
        raise StorageError("db.server_backup", path=self.path)

    def backups(self) -> list[Path]:
        return []


def _may_write(db) -> bool:
    return bool(db.execute_sql("SELECT has_table_privilege('meeting', 'INSERT')").fetchone()[0])


def _may_create(db) -> bool:
    return bool(db.execute_sql("SELECT has_schema_privilege(current_schema(), 'CREATE')").fetchone()[0])


def open_server(url: str, *, read_only: bool = False) -> ServerStore:
    """Open (creating in an empty database, when writing) the archive at ``url``."""
    url = normalized(url)
    postgresql.driver()
    where = redact(url)
    db = postgresql.ServerDatabase(url)
    try:
        with translated(where):
            db.connect()
            present = pg_schema.tables(db)
            if present and not pg_schema.is_ours(present):
                raise StorageError("db.not_our_archive", path=where)
            version = pg_schema.version(db)
            if version == 0 and (read_only or not _may_create(db)):
                raise StorageError("db.server_empty", path=where)
            reason: UserError | None = None
            if version > migrations.schema_version():
                reason = TooNewError(
                    "db.too_new", path=where, found=version, supported=migrations.schema_version()
                )
            elif version and not _may_write(db):
                reason = ReadOnlyError("db.reader_role", user=user_of(url), path=where)
            if reason is None and not read_only and version < migrations.schema_version():
                _migrate(db)
    except UnreachableError as error:
        db.close()
        raise StorageError(
            "db.server_unreachable", path=where, detail=error.params.get("detail", "")
        ) from None
    except BaseException:
        db.close()
        raise
    return ServerStore(url, db, read_only=read_only or reason is not None, read_only_reason=reason)


def _migrate(db) -> None:
    """One program at a time brings the archive forward; the others wait, then find it done."""
    db.execute_sql("SELECT pg_advisory_lock(?, ?)", _MIGRATION_LOCK)
    try:
        pg_schema.migrate(db, migrations.MIGRATIONS, after=migrations.reseal)
    except UserError:
        raise
    except Exception as exc:
        raise StorageError(
            "db.migration_failed", path=redact(db.url), version=migrations.schema_version(), detail=str(exc),
            backups="pg_dump",
        ) from exc  # fmt: skip
    finally:
        with contextlib.suppress(Exception):
            db.execute_sql("SELECT pg_advisory_unlock(?, ?)", _MIGRATION_LOCK)


__all__ = ["LeasedError", "ServerStore", "open_server"]
