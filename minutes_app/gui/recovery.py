"""A damaged database on open: offer the newest sound backup; and restoring a backup from the open window.

The questions are asked here; what is done to the files is storage's (engines/sqlite_restore.py): a
damaged file is renamed aside, never written to, and a restore first keeps the current data in backups/.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from minutes_app.messages import UserError, text
from minutes_app.storage import CorruptError, Store, open_store
from minutes_app.storage.engines.sqlite_restore import aside_path, newest_sound_backup, put_backup_in_place
from minutes_app.storage.errors import backups_folder


def made_at(path: Path) -> str:
    return dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%H:%M %d/%m/%Y")


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
            kept = window.store.restore(copy)
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
