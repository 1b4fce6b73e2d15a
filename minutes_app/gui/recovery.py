"""A damaged database on open: offer the newest sound backup; and restoring a backup from the open window.

Nothing here writes to a damaged file: it is renamed aside (its bytes untouched, its -wal and -shm with it)
and the backup is copied in under the database's name. A restore in the window first copies the current
data into backups/, so that restoring that copy undoes the restore.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from minutes_app.messages import UserError, text
from minutes_app.storage import CorruptError, Store, migrations, open_store, verification
from minutes_app.storage import backup as backup_files
from minutes_app.storage.errors import backups_folder, translated
from minutes_app.storage.lock import WriterLock

_COMPANIONS = ("-wal", "-shm")


def problems(path: Path) -> list[str]:
    """What stops a copy from replacing the archive (damage SQLite sees, rows whose checksums fail, a
    foreign or newer file); [] when it is sound and of a schema we can write."""
    return verification.copy_problems(Path(path))


def newest_sound_backup(database: Path) -> Path | None:
    return next((copy for copy in backup_files.backups(database) if not problems(copy)), None)


def made_at(path: Path) -> str:
    return dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%H:%M %d/%m/%Y")


def aside_path(database: Path) -> Path:
    """``minutes.sqlite3.damaged-20240105-093000``: beside the database, never an existing name."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate, counter = database.with_name(f"{database.name}.damaged-{stamp}"), 2
    while any(candidate.with_name(candidate.name + s).exists() for s in ("", *_COMPANIONS)):
        candidate, counter = database.with_name(f"{database.name}.damaged-{stamp}-{counter}"), counter + 1
    return candidate


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
            source = sqlite3.connect("file:" + quote(str(copy.resolve())) + "?mode=ro", uri=True)
            try:
                backup_files.copy_database(source, database)
            finally:
                source.close()
        return aside
    finally:
        lock.release()


def _offer(parent: QWidget | None, database: Path, problem: UserError) -> Store | None:
    """Ask to open the newest sound backup; the store on it when the user agreed and it worked."""
    copy = newest_sound_backup(database)
    if copy is None:
        return None
    title = text("recovery.title")
    question = text(
        "recovery.offer",
        problem=str(problem),
        backup=copy,
        when=made_at(copy),
        aside=aside_path(database).name,
    )
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    if QMessageBox.question(parent, title, question, buttons) != QMessageBox.StandardButton.Yes:
        return None
    try:
        aside = put_backup_in_place(database, copy)
        store = open_store(database)
    except UserError as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    QMessageBox.information(parent, title, text("recovery.opened", backup=copy, aside=aside))
    return store


def open_or_recover(database: Path, opener: Callable[[], Store], parent: QWidget | None = None) -> Store:
    """``opener()``, unless the file is damaged and the user takes the newest sound backup instead.

    A file that cannot be read at all raises its CorruptError when no backup is taken; a damaged file
    that can still be read stays open read-only (the window's banner explains it).
    """
    database = Path(database).expanduser().absolute()
    try:
        store = opener()
    except CorruptError as error:
        recovered = _offer(parent, database, error)
        if recovered is None:
            raise
        return recovered
    if store.read_only and isinstance(store.read_only_reason, CorruptError):
        reason = store.read_only_reason
        store.close()
        recovered = _offer(parent, database, reason)
        return recovered if recovered is not None else opener()
    return store


def restore_into(store: Store, copy: Path) -> Path:
    """Replace the open archive's content by ``copy`` in one transaction; the copy of what was there."""
    found = problems(copy)
    if found:
        raise UserError("restore.unsound", backup=copy, detail="; ".join(found[:3]))
    if store.read_only:
        raise UserError("db.read_only_session")
    db = store._db  # the Store's own connection: the live file is replaced page by page, atomically
    with translated(store.path):
        kept = backup_files.backup_into_folder(db.connection(), store.path, label="-before-restore")
        source = sqlite3.connect("file:" + quote(str(copy.resolve())) + "?mode=ro", uri=True)
        try:
            source.backup(db.connection())
        finally:
            source.close()
        migrations.migrate(db)
    return kept


class RestoreBackup(QObject):
    """File › Khôi phục từ bản sao lưu…: pick a copy, confirm, restore, reopen the meeting."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(text("restore.action"), window)  # the catalogue's words, in either language
        self.action.setObjectName("actionRestoreBackup")
        window.ui.menuFile.insertAction(window.ui.actionQuit, self.action)
        # A server's archive is restored with the server's own tools (pg_restore), not from here.
        self.action.setEnabled(not window.store.read_only and not getattr(window.store, "remote", False))
        self.action.triggered.connect(self.choose)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.window, text("recovery.title"), message)

    @Slot()
    def choose(self) -> None:
        window = self.window
        window.editor.flush()
        if window.editor.autosave.pending:
            self._warn(text("restore.unsaved"))
            return
        copies = window.store.backups()
        if not copies:
            self._warn(text("restore.none", backups=backups_folder(window.store.path)))
            return
        labels = [f"{copy.name} — {made_at(copy)}" for copy in copies]
        label, ok = QInputDialog.getItem(
            window, text("recovery.title"), text("restore.choose"), labels, 0, False
        )
        if ok and label in labels:
            self.restore(copies[labels.index(label)])

    def restore(self, copy: Path) -> Path | None:
        """Restore ``copy`` after asking; the copy of the earlier data, or None when nothing changed."""
        window = self.window
        question = text("restore.confirm", backup=copy.name, when=made_at(copy))
        if QMessageBox.question(window, text("recovery.title"), question) != QMessageBox.StandardButton.Yes:
            return None
        current = window.editor.meeting.id if window.editor.meeting is not None else None
        try:
            kept = restore_into(window.store, copy)
        except UserError as error:
            self._warn(str(error))
            return None
        window.archive.refresh_all()
        ids = [summary.id for summary in window.store.list_meetings()]
        window.open_meeting(current if current in ids else (ids[0] if ids else None))
        window.show_message(text("restore.done", backup=copy.name, kept=kept.name))
        return kept


def install(window) -> RestoreBackup:
    window.restore_backup = RestoreBackup(window)
    return window.restore_backup
