"""Opening an archive file: decide what it is without writing, then lock, verify, upgrade and set pragmas.

Nothing is written before the file is known to be a sound minutes archive of a known schema whose
writer lock we hold: another program's database, an empty SQLite file, a damaged file or one from a
newer program stay byte-identical (refused, or opened read-only with the reason). A new archive is
created in one transaction, private to its owner, and switched to WAL only once it is complete.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from minutes_app import outputs
from minutes_app.messages import UserError
from minutes_app.storage import migrations, privacy, verification
from minutes_app.storage.engines import (
    sqlite_backup,
    sqlite_check,
    sqlite_file,
    sqlite_restore,
    sqlite_upgrade,
    sqlite_verdicts,
)
from minutes_app.storage.engines.sqlite_checkpoint import Checkpointer
from minutes_app.storage.engines.sqlite_lock import WriterLock
from minutes_app.storage.errors import (
    BusyError,
    CorruptError,
    DiskFullError,
    ForeignError,
    ReadOnlyError,
    StorageError,
    TooNewError,
    corrupt_error,
    translate,
    translate_os_error,
    translated,
    translated_copy,
)
from minutes_app.storage.store import Store, _bind, _reading

BUSY_TIMEOUT_MS = sqlite_file.BUSY_TIMEOUT_MS
_WRITE_PRAGMAS = [
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", BUSY_TIMEOUT_MS),
    ("wal_autocheckpoint", 0),  # done by the Checkpointer thread, off the autosave path
    ("journal_size_limit", 64 * 2**20),
]
_READ_PRAGMAS = [("foreign_keys", 1), ("busy_timeout", BUSY_TIMEOUT_MS), ("query_only", 1)]
_ORPHANS = ("-wal", "-journal")


class FileStore(Store):
    """A Store on an archive file: the writer lock, the WAL's checkpoints off the typing path, a private
    copy for reading in a folder that cannot be written, backups beside the file, and the verdict on the
    file kept when it is closed sound."""

    def __init__(
        self,
        path: Path,
        db,
        *,
        read_only: bool,
        read_only_reason: UserError | None = None,
        lock: WriterLock | None = None,
        checkpointer: Checkpointer | None = None,
        private_copy: Path | None = None,
    ) -> None:
        super().__init__(path, db, read_only=read_only, read_only_reason=read_only_reason)
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
                    sqlite_verdicts.remember_sound(self.path)
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            if self._private_copy is not None:
                sqlite_file.remove_private_copy(self._private_copy)
                self._private_copy = None

    @_reading
    def verify(self) -> verification.Report:
        """The full verdict (``minutes-app check``): integrity_check, the search index's check, every
        row's checksum, with the damaged meetings named; the same verdict that opening for writing uses."""
        return sqlite_check.verify(self._db, self.path, index_file=self._private_copy)

    @_reading
    def backup_to(self, dest: str | Path) -> Path:
        """A consistent copy at ``dest`` (a file name, or a folder to put a timestamped copy in)."""
        dest = Path(dest)
        if dest.is_dir():
            dest = sqlite_backup.stamped_path(self.path, dest)
        outputs.check_output(dest)
        source = self._db.connection()
        with translated_copy(dest):
            return sqlite_backup.copy_database(source, dest)

    @_reading
    def backup_now(self) -> Path:
        return sqlite_backup.backup_into_folder(self._db.connection(), self.path)

    def backups(self) -> list[Path]:
        """Copies in backups/, newest first (the rotating ones and those made before an upgrade)."""
        with translated(self.path):
            return sqlite_backup.backups(self.path)

    def restore(self, copy: Path) -> Path:
        """Replace the archive's content by the backup ``copy``; the copy of what was there before."""
        if self.read_only:
            raise UserError("db.read_only_session")
        _bind(self._db)
        return sqlite_restore.restore_into(self._db, self.path, Path(copy))


def _examine(path: Path, *, quick_check: bool) -> sqlite_file.Probe:
    """What the file is, without writing it; raises when it is no archive this program may read.

    ``quick_check`` is skipped for a writable open of a file whose sound verdict is kept for its state.
    """
    try:
        header = sqlite_file.header_of(path)
    except OSError as exc:
        raise StorageError("file.cannot_read", path=str(path), detail=exc.strerror or str(exc)) from exc
    if header and header != sqlite_file.HEADER:
        raise CorruptError("db.not_sqlite", path=str(path))
    try:
        found = sqlite_file.probe(path, quick_check=quick_check)
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    except Exception as exc:
        raise translate(exc, path) from exc
    if found.size == 0:
        return found
    reason = sqlite_file.foreign_reason(found, migrations.schema_version())
    if reason is not None:
        raise ForeignError("db.foreign", path=str(path), reason=reason)
    return found


def _problem(path: Path, found: sqlite_file.Probe) -> StorageError | None:
    if found.findings not in ((), ("ok",)):
        return corrupt_error(path, "; ".join(found.findings[:3]))
    if found.version > migrations.schema_version():
        return TooNewError(
            "db.too_new", path=str(path), found=found.version, supported=migrations.schema_version()
        )
    return None


def _open_read_only(path: Path, reason: UserError | None) -> FileStore:
    """A store that never writes; in a folder that cannot be written, on a private copy when SQLite could
    not otherwise see the newest commits (the -wal without its -shm, or a journal to roll back)."""
    copy = sqlite_file.private_copy(path) if sqlite_file.needs_private_copy(path) else None
    try:
        if copy is not None:
            db = sqlite_file.connect(copy, pragmas=_READ_PRAGMAS)
        else:
            db = sqlite_file.connect(sqlite_file.read_only_uri(path), uri=True, pragmas=_READ_PRAGMAS)
    except Exception as exc:
        if copy is not None:
            sqlite_file.remove_private_copy(copy)
        raise translate(exc, path) from exc
    store = FileStore(path, db, read_only=True, read_only_reason=reason, private_copy=copy)
    return store


def _create(db, path: Path) -> None:
    """Build the schema of a new (empty) file in one transaction, still in rollback-journal mode: a kill
    leaves the empty file it was, never a file at version 0 that would look like another program's."""
    try:
        migrations.migrate(db)
    except UserError:
        raise
    except Exception as exc:
        error = translate(exc, path)
        if isinstance(error, (DiskFullError, ReadOnlyError, BusyError)):
            raise error from exc
        raise StorageError("db.create_failed", path=str(path), detail=str(exc)) from exc


def _open_for_writing(path: Path, version: int) -> FileStore:
    """Lock, verify (or trust the verdict kept for this very state), upgrade, then the writing pragmas."""
    lock = WriterLock(path)
    lock.acquire()
    privacy.narrow(path)  # the lock files just made: the program's own, narrowed without a word
    db = None
    try:
        try:
            db = sqlite_file.connect(path, pragmas=[("busy_timeout", BUSY_TIMEOUT_MS)])
        except Exception as exc:
            raise translate(exc, path) from exc
        if version > 0:
            report = sqlite_check.verify_unless_known(db, path)
            if not report.sound:
                db.close()
                lock.release()
                return _open_read_only(path, report.error())
        changed = version < migrations.schema_version()
        if version == 0:
            _create(db, path)
        elif changed:
            sqlite_upgrade.upgrade(db, path, version)
        for name, value in _WRITE_PRAGMAS:
            db.execute_sql(f"PRAGMA {name} = {value}")
        if changed:
            sqlite_verdicts.remember_sound(path)  # built or upgraded by this program, sound as it is now
    except BaseException:
        if db is not None:
            db.close()
        lock.release()
        raise
    store = FileStore(path, db, read_only=False, lock=lock, checkpointer=Checkpointer(path, BUSY_TIMEOUT_MS))
    try:
        if store.list_meetings() and sqlite_backup.due_on_open(path):
            store.backup_now()
    except UserError:
        pass  # a missing hourly copy must not keep the secretary from working
    except BaseException:
        store.close()
        raise
    return store


def _new_file(path: Path) -> None:
    """A new archive's folder (0700) and empty file (0600); a -wal or journal without its database may be
    all that is left of an archive, and is never taken over by a new one."""
    for suffix in _ORPHANS:
        orphan = sqlite_file.companion(path, suffix)
        if orphan.exists():
            raise StorageError("db.orphan", path=str(path), orphan=str(orphan))
    try:
        privacy.make_folder(path.parent)
        privacy.create_file(path)
    except FileExistsError:
        pass  # made meanwhile by another start: examined like any existing file
    except OSError as exc:
        raise translate_os_error(exc, path) from exc


def open_store(path: str | os.PathLike, *, read_only: bool = False, own_folder: bool = False) -> FileStore:
    """Open (creating when missing, unless ``read_only``) the archive at ``path``; see docs/API.md.

    ``own_folder``: the folder is the program's data folder, narrowed to its owner like backups/.
    """
    path = Path(path).expanduser().absolute()
    outputs.protect(path)
    if not path.exists():
        if read_only:
            raise StorageError("db.no_archive", path=str(path))
        _new_file(Path(os.path.realpath(path)))  # through a symlink to a file not made yet: the file
    elif not stat.S_ISREG(os.stat(path).st_mode):
        raise StorageError("db.not_regular", path=str(path), kind=outputs.file_kind(path, follow=True))
    # A writable open verifies the whole file (integrity_check and more) unless its verdict is kept; a
    # read-only one runs quick_check, unless the file is known sound.
    found = _examine(path, quick_check=read_only and not sqlite_verdicts.known_sound(path))
    if found.size == 0 and read_only:
        raise StorageError("db.empty", path=str(path))
    problem = _problem(path, found)
    notices = _narrowed(path, own_folder) if not read_only and problem is None else []
    if problem is not None or read_only:
        return _open_read_only(path, problem)
    try:
        store = _open_for_writing(path, found.version)
    except StorageError as error:
        if error.key in ("db.locked", "db.read_only_folder"):
            return _open_read_only(path, error)
        raise
    store.notices.extend(notices)
    return store


def _narrowed(path: Path, own_folder: bool) -> list[str]:
    from minutes_app.messages import text

    changed = privacy.narrow(path, folder=own_folder)
    return [text("db.narrowed", folder=str(path.parent), count=len(changed))] if changed else []
