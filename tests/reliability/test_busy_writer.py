"""A writer holding the database busy for 10 s: the window never waits for it, and the edit is saved once
the file is free.

Waiting for the busy file would freeze the window for the database's busy timeout (5 s) at every
attempt; the longest gap of the event loop is recorded in RESULTS (its size on a quiet machine is a few
milliseconds), and the test fails on a freeze of a second or more, well above what a loaded machine
adds to a tick."""

from __future__ import annotations

import subprocess
import sys
import time

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QTextCursor

from minutes_app.storage import open_store
from tests.gui.gui_keys import type_text

from .helpers import alert_text, child_env, close_window, open_window

HOLD_SECONDS = 10
HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
print("released", flush=True)
"""
RESULTS: dict = {}


class StallMeter:
    """A 10 ms timer: the longest gap between two of its ticks is the longest freeze of the event loop."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.elapsed()
        self.worst = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last - 10)
        self.last = now


def test_busy_database_never_freezes_the_window(qtbot, seeded_db, boxes):
    """Typing while another process holds BEGIN IMMEDIATE for 10 s: no wait for the lock, saved after."""
    store = open_store(seeded_db)
    try:
        window = open_window(qtbot, store)
        meeting_id = window.editor.meeting.id
        window.ui.tabWidget.setCurrentIndex(0)
        edit = window.ui.tabWidget.widget(0).ui.agendaEdit
        edit.setFocus()
        edit.moveCursor(QTextCursor.MoveOperation.End)
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(seeded_db), str(HOLD_SECONDS)],
            stdout=subprocess.PIPE,
            env=child_env(),
            text=True,
        )
        assert holder.stdout.readline().strip() == "holding"
        held_at = time.monotonic()
        meter = StallMeter()
        text = "Ý kiến trong lúc tệp bận. " * 6
        typist = QTimer()
        position = [0]

        def keystroke() -> None:
            if position[0] < len(text):
                type_text(edit, text[position[0]])
                position[0] += 1

        typist.timeout.connect(keystroke)
        typist.start(90)  # about 11 characters a second
        busy_seen = []
        qtbot.waitUntil(
            lambda: busy_seen.append(alert_text(window)) or holder.poll() is not None,
            timeout=(HOLD_SECONDS + 20) * 1000,
        )
        released_at = time.monotonic()
        qtbot.waitUntil(lambda: position[0] >= len(text), timeout=20000)
        typist.stop()
        window.editor.flush()
        qtbot.waitUntil(lambda: not window.editor.autosave.pending and not alert_text(window), timeout=5000)
        meter.timer.stop()
        holder.stdout.close()
        expected = window.editor.meeting.agenda
        assert expected.endswith(text)
        assert any("bận" in shown for shown in busy_seen), "the window never said the file was busy"
        close_window(window)
    finally:
        store.close()
    with open_store(seeded_db, read_only=True) as reopened:
        assert reopened.load(meeting_id).agenda == expected
    RESULTS.update(worst_stall_ms=meter.worst, held_s=round(released_at - held_at, 1))
    print("busy-writer:", RESULTS)
    assert meter.worst < 1000, f"the event loop stalled {meter.worst} ms"
