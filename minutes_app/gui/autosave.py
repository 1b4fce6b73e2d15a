"""Writes the secretary's edits to the database in order, soon after typing, and retries until it can."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTime, QTimer, Signal, Slot

from minutes_app.messages import UserError

log = logging.getLogger(__name__)

TYPING_DELAY_MS = 700
RETRY_MS = 2000
# Failures that pass when the disk, the file or the other writer lets go: keep the write and try again.
TRANSIENT_KEYS = frozenset(
    {"db.disk_full", "db.read_only_folder", "db.busy", "db.locked", "db.write_failed", "db.cannot_open"}
)

Write = Callable[[], None]


class Autosave(QObject):
    """An ordered queue of pending writes, coalesced per target (the newest value of a field wins).

    The text always stays in the domain object; a failed write stays queued and is retried every two
    seconds, so nothing typed is lost while the disk is full or another program holds the file.
    """

    saved = Signal(QTime)
    failed = Signal(str)
    recovered = Signal()
    rejected = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[tuple[object, Write]] = []
        self.failing = False
        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(TYPING_DELAY_MS)
        self._typing_timer.timeout.connect(self.flush)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_now)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def enqueue(self, key: object, write: Write, *, typing: bool = False) -> None:
        """Queue ``write``; a typed change waits for the typing timer, anything else is written at once.

        The timer is not restarted by later keystrokes, so continuous typing is still on disk within a
        second of each keystroke.
        """
        if key is not None:
            self._pending = [entry for entry in self._pending if entry[0] != key]
        self._pending.append((key, write))
        if self.failing:
            return
        if typing:
            if not self._typing_timer.isActive():
                self._typing_timer.start()
        else:
            self.flush()

    @Slot()
    def flush(self) -> None:
        """Write what is queued, unless writes are failing: then only the retry timer tries again.

        An attempt can block for the database's busy timeout; trying again on every focus change while
        another program holds the file would freeze the window instead of once per retry.
        """
        if not self.failing:
            self.retry_now()

    @Slot()
    def retry_now(self) -> None:
        """Write what is queued now, failing or not (before leaving a meeting, before closing)."""
        self._typing_timer.stop()
        if not self._pending:
            return
        while self._pending:
            key, write = self._pending[0]
            try:
                write()
            except UserError as error:
                if error.key not in TRANSIENT_KEYS:
                    log.warning("write refused: %s", error.key)
                    self._pending.pop(0)
                    self.rejected.emit(str(error))
                    continue
                self._fail(str(error))
                return
            except Exception as error:  # a bug must not lose the text: keep it and keep trying
                log.exception("unexpected failure while saving")
                self._fail(str(UserError("db.write_failed", path="", detail=error)))
                return
            self._pending.pop(0)
        was_failing, self.failing = self.failing, False
        self._retry_timer.stop()
        if was_failing:
            self.recovered.emit()
        self.saved.emit(QTime.currentTime())

    def _fail(self, message: str) -> None:
        self.failing = True
        self.failed.emit(message)
        self._retry_timer.start()

    def discard(self) -> None:
        """Forget pending writes: only after the user chose to close without them."""
        self._pending.clear()
        self._typing_timer.stop()
        self._retry_timer.stop()
        self.failing = False


class PeriodicBackup(QObject):
    """A copy into backups/ every few minutes while the secretary edits, so a damaged file costs minutes."""

    failed = Signal(str)

    def __init__(self, store, interval_ms: int = 10 * 60 * 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._edited = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.backup_if_edited)
        if not store.read_only:
            self._timer.start()

    @Slot()
    def note_edit(self) -> None:
        self._edited = True

    @Slot()
    def backup_if_edited(self) -> None:
        if not self._edited or self.store.read_only:
            return
        try:
            self.store.backup_now()
        except UserError as error:
            self.failed.emit(str(error))
            return
        self._edited = False
