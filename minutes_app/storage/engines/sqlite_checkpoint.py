"""Moving the WAL into the database file from a background thread, so that no autosave commit pays for it.

SQLite's automatic checkpoint runs inside whichever commit makes the WAL cross its threshold; that commit
then copies megabytes and fsyncs the database, which is what makes one keystroke save in thirty slow.
The writer connection turns automatic checkpoints off and this thread, on its own connection, runs a
PASSIVE checkpoint (never blocking the writer) whenever the WAL has grown.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

INTERVAL = 1.0


class Checkpointer:
    def __init__(self, database: Path, busy_timeout_ms: int) -> None:
        self._database = database
        self._busy_timeout_ms = busy_timeout_ms
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="minutes-checkpoint", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        """A PASSIVE checkpoint with nothing new to copy only reads the WAL index, so polling is cheap."""
        try:
            connection = sqlite3.connect(self._database, timeout=self._busy_timeout_ms / 1000)
        except sqlite3.Error:
            return
        try:
            connection.execute("PRAGMA synchronous = FULL")
            while not self._stop.wait(INTERVAL):
                with contextlib.suppress(sqlite3.Error):  # busy now: the next round will do it
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error:
            return
        finally:
            connection.close()
