"""The Store: the storage room's one public object, guarding every call (binding, read-only, errors)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from minutes_app import outputs
from minutes_app.domain.model import FollowUp, ItemKind, Meeting, MeetingSummary, SearchHit, Status
from minutes_app.domain.register import RegisterEntry, RegisterFilter, UnitTally
from minutes_app.messages import UserError
from minutes_app.storage import (
    backup,
    checksums,
    damage,
    finalizing,
    followups,
    register,
    register_query,
    repository,
    search,
    sqlite_file,
    verdicts,
    verification,
)
from minutes_app.storage.checkpoint import Checkpointer
from minutes_app.storage.errors import translated, translated_copy
from minutes_app.storage.lock import WriterLock
from minutes_app.storage.models import database


def _bind(db: SqliteDatabase) -> None:
    """Point this thread's rows at ``db`` (models.PerThreadDatabase): another thread's calls keep theirs."""
    if database.obj is not db:
        database.initialize(db)


def _reading(method: Callable) -> Callable:
    """Bind the rows to this store's database and turn database failures into UserErrors; rows whose
    checksums fail become the message naming their meeting and its newest sound backup."""

    @functools.wraps(method)
    def guarded(self: Store, *args: Any, **kwargs: Any) -> Any:
        with translated(self.path):
            _bind(self._db)
            try:
                return method(self, *args, **kwargs)
            except checksums.Damaged as damaged:
                raise damage.error(self._db, self.path, damaged.bad) from None

    return guarded


def _writing(method: Callable) -> Callable:
    """As _reading, after refusing writes on a store that was opened (or fell back to) read-only."""
    reading = _reading(method)

    @functools.wraps(method)
    def guarded(self: Store, *args: Any, **kwargs: Any) -> Any:
        if self.read_only:
            raise UserError("db.read_only_session")
        return reading(self, *args, **kwargs)

    return guarded


class Store:
    """An open archive. Each call points the rows at its own database first, so several stores may be
    open in one process, and one store may be used from several threads (a server's writer thread and
    the window's), each thread with its own connection and its own binding."""

    def __init__(
        self,
        path: Path,
        db: SqliteDatabase,
        *,
        read_only: bool,
        read_only_reason: UserError | None = None,
        lock: WriterLock | None = None,
        checkpointer: Checkpointer | None = None,
        private_copy: Path | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.notices: list[str] = []  # things worth telling once (permissions narrowed)
        self._db = db
        self._lock = lock
        self._checkpointer = checkpointer
        self._private_copy = private_copy  # read in a folder that cannot be written, see sqlite_file
        if checkpointer is not None:
            checkpointer.start()

    def close(self) -> None:
        """Stop the checkpointer, close (SQLite then moves the WAL into the file), keep the verdict that
        the file is sound (every change since it was verified was this store's), release the lock."""
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        try:
            if not self._db.is_closed():
                self._db.close()
                if self._lock is not None:
                    verdicts.remember_sound(self.path)
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            if self._private_copy is not None:
                sqlite_file.remove_private_copy(self._private_copy)
                self._private_copy = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Reading

    @_reading
    def list_meetings(self, *, year: int | None = None, status: Status | None = None) -> list[MeetingSummary]:
        return repository.list_meetings(year, status)

    @_reading
    def years(self) -> list[int]:
        return repository.years()

    @_reading
    def load(self, meeting_id: int) -> Meeting:
        return repository.load(meeting_id)

    @_reading
    def finalized_versions(self, meeting_id: int) -> list[tuple[str, str, Meeting]]:
        return finalizing.finalized_versions(meeting_id)

    @_reading
    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        return search.search(self._db, query, limit)

    @_reading
    def verify(self) -> verification.Report:
        """The full verdict (``minutes-app check``): integrity_check, the search index's check, every
        row's checksum, with the damaged meetings named; the same verdict that opening for writing uses."""
        return verification.verify(self._db, self.path, index_file=self._private_copy)

    def check(self) -> list[str]:
        """Every problem ``verify`` finds, one line each; [] when the file is sound."""
        return self.verify().problems()

    # Whole meetings

    @_writing
    def add(self, meeting: Meeting) -> int:
        return repository.add(self._db, meeting)

    @_writing
    def add_many(self, meetings: list[Meeting]) -> list[int]:
        """Several meetings in one transaction: imports and generated archives, one commit instead of N."""
        earlier_ids = [meeting.id for meeting in meetings]
        try:
            with self._db.atomic():
                return [repository.add(self._db, meeting) for meeting in meetings]
        except BaseException:
            for meeting, earlier in zip(meetings, earlier_ids, strict=True):
                meeting.id = earlier  # nothing was stored, so no meeting may look stored
            raise

    @_writing
    def replace(self, meeting: Meeting) -> None:
        repository.replace(self._db, meeting)

    @_writing
    def delete(self, meeting_id: int) -> None:
        repository.delete(self._db, meeting_id)

    # Fine-grained writes of autosave

    @_writing
    def update_meeting_field(self, meeting_id: int, field: str, value: Any) -> None:
        repository.update_meeting_field(self._db, meeting_id, field, value)

    @_writing
    def update_item_field(
        self, meeting_id: int, kind: ItemKind, item_id: str, field: str, value: Any
    ) -> None:
        repository.update_item_field(self._db, meeting_id, kind, item_id, field, value)

    @_writing
    def insert_item(self, meeting_id: int, kind: ItemKind, item: Any, index: int) -> None:
        repository.insert_item(self._db, meeting_id, kind, item, index)

    @_writing
    def remove_item(self, meeting_id: int, kind: ItemKind, item_id: str) -> None:
        repository.remove_item(self._db, meeting_id, kind, item_id)

    @_writing
    def move_items(self, meeting_id: int, kind: ItemKind, ordered_ids: list[str]) -> None:
        repository.move_items(self._db, meeting_id, kind, ordered_ids)

    # Finalizing

    @_writing
    def finalize(self, meeting_id: int) -> str:
        return finalizing.finalize(self._db, meeting_id)

    @_writing
    def reopen(self, meeting_id: int) -> bool:
        """False, and nothing written, when the meeting is a draft already."""
        return finalizing.reopen(self._db, meeting_id)

    # Follow-ups: allowed on finalized meetings, outside their content

    @_writing
    def add_followup(self, meeting_id: int, entry: FollowUp) -> int:
        return followups.add(self._db, meeting_id, entry)

    @_writing
    def remove_followup(self, meeting_id: int, followup_id: int) -> None:
        followups.remove(self._db, meeting_id, followup_id)

    # The directive register, across the archive (today decides what is overdue)

    @_reading
    def register(
        self,
        wanted: RegisterFilter | None = None,
        *,
        today: dt.date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[RegisterEntry]:
        """Directives that pass ``wanted``, meetings newest first, directives in their order."""
        wanted, today = wanted or RegisterFilter(), today or dt.date.today()
        return register_query.entries(self._db, wanted, today, limit=limit, offset=offset)

    @_reading
    def register_count(self, wanted: RegisterFilter | None = None, *, today: dt.date | None = None) -> int:
        return register_query.count(self._db, wanted or RegisterFilter(), today or dt.date.today())

    @_reading
    def register_tallies(
        self, wanted: RegisterFilter | None = None, *, today: dt.date | None = None
    ) -> list[UnitTally]:
        """Counts per unit (spellings merged by key and alias) and category of REGISTER.md."""
        return register_query.tallies(self._db, wanted or RegisterFilter(), today or dt.date.today())

    @_reading
    def unit_names(self) -> list[str]:
        """The units typed so far (and merged names), for completion."""
        return register_query.unit_names(self._db)

    @_reading
    def unit_aliases(self) -> dict[str, str]:
        """Unit key -> the name it is counted under (see domain.units.merged)."""
        return register_query.aliases(self._db)

    @_writing
    def set_unit_aliases(self, aliases: Mapping[str, str]) -> None:
        """Replace the aliases: a merge of spellings, or its undo. No meeting's content changes."""
        for name in aliases.values():
            repository.reject_nul("unit", name)
        with self._db.atomic():
            register.set_aliases(self._db, aliases)

    # Copies

    @_reading
    def backup_to(self, dest: str | Path) -> Path:
        """A consistent copy at ``dest`` (a file name, or a folder to put a timestamped copy in)."""
        dest = Path(dest)
        if dest.is_dir():
            dest = backup.stamped_path(self.path, dest)
        outputs.check_output(dest)
        source = self._db.connection()
        with translated_copy(dest):
            return backup.copy_database(source, dest)

    @_reading
    def backup_now(self) -> Path:
        return backup.backup_into_folder(self._db.connection(), self.path)

    def backups(self) -> list[Path]:
        """Copies in backups/, newest first (the rotating ones and those made before an upgrade)."""
        with translated(self.path):
            return backup.backups(self.path)
