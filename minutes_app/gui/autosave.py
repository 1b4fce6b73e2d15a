"""Writes the secretary's edits to the archive in order, soon after typing, and retries until it can.

On a file (SQLite) the write happens on the window's thread, as it always has: a commit there takes a few
milliseconds and a failure (full disk, another writer) is better met at once. On a server the network
may be slow or gone, so writes run on a writer thread; while the server cannot be reached the queue is
kept on this computer in a journal (storage/journal.py), written to the server in order when it is
back, and replayed at the next start after a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTime, QTimer, Signal, Slot

from minutes_app.messages import UserError
from minutes_app.storage import journal
from minutes_app.storage.journal import Journal, Operation

log = logging.getLogger(__name__)

TYPING_DELAY_MS = 700
RETRY_MS = 2000
POLL_MS = 15
WAIT_SECONDS = 15.0  # how long leaving a meeting or closing waits for a write already on its way
# Failures that pass when the disk, the file, the other writer or the server lets go: keep and retry.
TRANSIENT_KEYS = journal.TRANSIENT_KEYS

Write = Callable[[], None]


@dataclass
class _Entry:
    key: object
    write: Write
    operation: Operation | None = None


@dataclass
class _Outcome:
    """What a batch did: how many entries were written, the refused ones, and the failure that stopped it."""

    done: int
    rejected: list[tuple[int, UserError]]
    failure: str | None = None


def _write_batch(entries: list[_Entry]) -> _Outcome:
    """Write in order; a refusal (the meeting was finalized meanwhile) drops that write, a failure stops."""
    rejected: list[tuple[int, UserError]] = []
    for index, entry in enumerate(entries):
        try:
            entry.write()
        except UserError as error:
            if error.key not in TRANSIENT_KEYS:
                log.warning("write refused: %s", error.key)
                rejected.append((index, error))
                continue
            return _Outcome(index, rejected, str(error))
        except Exception as error:  # a bug must not lose the text: keep it and keep trying
            log.exception("unexpected failure while saving")
            return _Outcome(index, rejected, str(UserError("db.write_failed", path="", detail=error)))
    return _Outcome(len(entries), rejected)


class Autosave(QObject):
    """An ordered queue of pending writes, coalesced per target (the newest value of a field wins).

    The text always stays in the domain object; a failed write stays queued and is retried every two
    seconds, so nothing typed is lost while the disk is full, another program holds the file or the
    server is away.
    """

    saved = Signal(QTime)
    failed = Signal(str)
    recovered = Signal()
    rejected = Signal(str)
    keptLocally = Signal(QTime)

    def __init__(self, parent: QObject | None = None, store=None) -> None:
        super().__init__(parent)
        self.store = store
        self._pending: list[_Entry] = []
        self.failing = False
        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(TYPING_DELAY_MS)
        self._typing_timer.timeout.connect(self.flush)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_now)
        # A server: a writer thread, and the journal that keeps the queue while the server is away.
        self.remote = bool(getattr(store, "remote", False))
        self.journal = Journal(str(store.path)) if self.remote else None
        self.kept_on_disk = False
        self._executor: ThreadPoolExecutor | None = None
        self._in_flight: list[_Entry] = []
        self._future: Future | None = None
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        if self.remote:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="minutes-writer")
            self._take_over_journal()

    @property
    def pending(self) -> int:
        return len(self._pending) + len(self._in_flight)

    def submit(self, operation: Operation, *, typing: bool = False) -> None:
        """Queue one of the Store's fine-grained writes, described as data (it can be journaled)."""
        store = self.store
        self.enqueue(operation.key, lambda: operation.apply(store), typing=typing, operation=operation)

    def enqueue(
        self, key: object, write: Write, *, typing: bool = False, operation: Operation | None = None
    ) -> None:
        """Queue ``write``; a typed change waits for the typing timer, anything else is written at once.

        The timer is not restarted by later keystrokes, so continuous typing is still on disk within a
        second of each keystroke.
        """
        if key is not None:
            self._pending = [entry for entry in self._pending if entry.key != key]
        self._pending.append(_Entry(key, write, operation))
        if self.failing:
            self._keep_locally()
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
        if self.failing:
            return
        if self.remote:
            self._typing_timer.stop()
            self._start_batch()
        else:
            self.retry_now()

    @Slot()
    def retry_now(self) -> None:
        """Write what is queued now, failing or not (before leaving a meeting, before closing)."""
        self._typing_timer.stop()
        if self.remote:
            self._write_remote_and_wait()
            return
        if not self._pending:
            return
        batch = self._pending
        outcome = _write_batch(batch)
        self._pending = batch[outcome.done :] if outcome.failure else []
        self._settle(batch, outcome)

    def _settle(self, batch: list[_Entry], outcome: _Outcome) -> None:
        """Report a batch's refusals, then its failure or its success."""
        for _index, error in outcome.rejected:
            self.rejected.emit(str(error))
        if outcome.failure is not None:
            self._fail(outcome.failure)
            return
        was_failing, self.failing = self.failing, False
        self._retry_timer.stop()
        if was_failing:
            self.recovered.emit()
        if not self._pending or not self.remote:
            self.saved.emit(QTime.currentTime())

    def _fail(self, message: str) -> None:
        self.failing = True
        self.failed.emit(message)
        self._retry_timer.start()
        self._keep_locally()

    def discard(self) -> None:
        """Forget pending writes: only after the user chose to close without them."""
        self._pending.clear()
        self._in_flight = []
        self._future = None
        self._poll_timer.stop()
        self._typing_timer.stop()
        self._retry_timer.stop()
        self.failing = False
        if self.journal is not None:
            self.journal.clear()
            self.kept_on_disk = False

    def close(self) -> None:
        """Stop the writer thread once the write on its way is done (the window is closing)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    # A server: the writer thread and the journal ----------------------------------------------------------
    def _start_batch(self) -> None:
        if self._future is not None or not self._pending or self._executor is None:
            return
        self._in_flight, self._pending = self._pending, []
        self._future = self._executor.submit(_write_batch, list(self._in_flight))
        self._poll_timer.start()

    @Slot()
    def _poll(self) -> None:
        if self._future is None:
            self._poll_timer.stop()
        elif self._future.done():
            self._finish_batch()
            if not self.failing:
                self._start_batch()

    def _finish_batch(self) -> None:
        future, batch = self._future, self._in_flight
        self._future, self._in_flight = None, []
        self._poll_timer.stop()
        outcome = future.result()
        if outcome.failure is not None:
            refused = {index for index, _error in outcome.rejected}
            unwritten = [entry for i, entry in enumerate(batch) if i >= outcome.done and i not in refused]
            newer = {entry.key for entry in self._pending if entry.key is not None}
            # What was queued meanwhile comes after; a newer value of the same field replaces the older.
            self._pending = [e for e in unwritten if e.key is None or e.key not in newer] + self._pending
        self._settle(batch, outcome)
        if outcome.failure is None and not self._pending and self.journal is not None and self.kept_on_disk:
            self.journal.clear()
            self.kept_on_disk = False

    def _write_remote_and_wait(self) -> None:
        """Hand everything to the writer thread and wait for it, as leaving a meeting or closing needs."""
        while True:
            if self._future is None:
                self._start_batch()
                if self._future is None:  # nothing queued, or the writer thread has stopped
                    return
            try:
                self._future.result(timeout=WAIT_SECONDS)
            except FutureTimeout:
                return  # a very slow server: the write goes on, and pending stays non-zero meanwhile
            self._finish_batch()
            if self.failing:
                return

    def _keep_locally(self) -> None:
        """While the server is away, the journal holds the whole queue, in order, on this computer."""
        if self.journal is None:
            return
        entries = self._in_flight + self._pending
        try:
            self.journal.save(entry.operation for entry in entries if entry.operation is not None)
        except OSError as error:
            log.warning("cannot keep the queue on this computer: %s", error)
            self.kept_on_disk = False
            return
        self.kept_on_disk = all(entry.operation is not None for entry in entries)
        if self.kept_on_disk and entries:
            self.keptLocally.emit(QTime.currentTime())

    def _take_over_journal(self) -> None:
        """Edits kept on this computer by an earlier session (offline, then closed or killed) go first."""
        kept = self.journal.load()
        if not kept:
            return
        try:
            kept = journal.still_ours(self.store, kept, lambda error: self.rejected.emit(str(error)))
        except UserError as error:
            log.warning("cannot check the kept edits against the archive: %s", error.key)
        store = self.store
        self._pending = [_Entry(op.key, (lambda op=op: op.apply(store)), op) for op in kept] + self._pending
        self.kept_on_disk = True
        self.journal.save(kept)
        if self._pending:
            QTimer.singleShot(0, self, self.flush)


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
        # A server's archive is backed up by the server (pg_dump); only a file gets copies here.
        if not store.read_only and not getattr(store, "remote", False):
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
