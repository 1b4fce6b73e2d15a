"""Disk full and read-only while the window is open: a red message at once and until it passes, the typed
text kept, retries, and everything saved once space or permission is back."""

from __future__ import annotations

import errno
import os
import subprocess
import time
import uuid

import pytest
from PySide6.QtGui import QTextCursor

from minutes_app.first_start import open_default_store
from minutes_app.storage import open_store
from tests.gui.gui_keys import type_text

from .helpers import alert_text, cli, integrity, open_window, status_texts

RESULTS: dict = {}


def _mount_tmpfs(folder, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


class FullDisk:
    """A small tmpfs filled to the last byte; without mount rights, the store's page count is capped."""

    def __init__(self, tmp_path) -> None:
        self.folder = tmp_path / "disk"
        self.mounted = _mount_tmpfs(self.folder, "3m")
        self.db_path = self.folder / "minutes.sqlite3"
        self.filler = self.folder / f"filler-{uuid.uuid4().hex}"
        self.store = None

    def fill(self) -> None:
        if not self.mounted:
            db = self.store._db
            pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
            db.execute_sql(f"PRAGMA max_page_count = {pages}")
            return
        descriptor = os.open(self.filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for size in (65536, 4096, 512, 1):
                try:
                    while True:
                        os.write(descriptor, b"\0" * size)
                except OSError as error:
                    assert error.errno == errno.ENOSPC
        finally:
            os.close(descriptor)

    def free(self) -> None:
        if not self.mounted:
            self.store._db.execute_sql("PRAGMA max_page_count = 1073741823")
            return
        self.filler.unlink()

    def close(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], capture_output=True)


@pytest.fixture
def disk(tmp_path):
    full = FullDisk(tmp_path)
    open_default_store(full.db_path, seed=True).close()
    yield full
    full.close()


def _agenda_edit(window):
    return window.ui.tabWidget.widget(0).ui.agendaEdit


def _failure_and_recovery(qtbot, window, break_it, mend_it, words: str, text: str) -> dict:
    """Type while writes fail; the red message must come at once and stay; mend; all must be saved."""
    edit = _agenda_edit(window)
    window.ui.tabWidget.setCurrentIndex(0)
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    break_it()
    type_text(edit, text)
    typed_at = time.monotonic()
    qtbot.waitUntil(lambda: words in alert_text(window), timeout=3000)
    shown_after = time.monotonic() - typed_at
    assert shown_after < 1.5  # at the first write after the typing pause, not later
    # It stays while the failure lasts, through retries, and more typing is still kept.
    qtbot.wait(4500)
    assert words in alert_text(window), status_texts(window)
    type_text(edit, " thêm")
    qtbot.wait(300)
    assert edit.toPlainText().endswith(text + " thêm")
    assert window.editor.meeting.agenda == edit.toPlainText()
    assert window.editor.autosave.pending
    mend_it()
    mended_at = time.monotonic()
    qtbot.waitUntil(lambda: not alert_text(window), timeout=5000)
    qtbot.waitUntil(lambda: any(t.startswith("Đã lưu lúc") for t in status_texts(window)), timeout=3000)
    return {
        "alert_after_s": round(shown_after, 2),
        "saved_after_mend_s": round(time.monotonic() - mended_at, 2),
    }


def test_disk_full_while_typing(qtbot, disk, boxes):
    """A full disk: red 'disk full' at once and persistently, text kept, all saved when space is back."""
    disk.store = store = open_store(disk.db_path)
    text = "Nội dung nhập khi ổ đĩa đầy: " + "Đảng bộ tỉnh lãnh đạo toàn diện. " * 40
    try:
        window = open_window(qtbot, store)
        meeting_id = window.editor.meeting.id
        timing = _failure_and_recovery(qtbot, window, disk.fill, disk.free, "Ổ đĩa đã đầy", text)
        expected = window.editor.meeting.agenda
        window.close()
    finally:
        store.close()
    assert integrity(disk.db_path) == []
    with open_store(disk.db_path, read_only=True) as reopened:
        assert reopened.load(meeting_id).agenda == expected
    RESULTS["disk_full"] = timing | {"tmpfs": disk.mounted}
    print("disk-full:", RESULTS["disk_full"])


def test_database_made_read_only_while_typing(qtbot, seeded_db, boxes):
    """The file refuses writes (SQLite reports read-only): red message at once and persistently, then saved."""
    store = open_store(seeded_db)
    db = store._db
    text = "Biên bản tiếp tục khi tệp chỉ đọc; " * 5
    try:
        window = open_window(qtbot, store)
        meeting_id = window.editor.meeting.id
        timing = _failure_and_recovery(
            qtbot,
            window,
            lambda: db.execute_sql("PRAGMA query_only = 1"),
            lambda: db.execute_sql("PRAGMA query_only = 0"),
            "chỉ cho phép đọc",
            text,
        )
        expected = window.editor.meeting.agenda
        window.close()
    finally:
        store.close()
    with open_store(seeded_db, read_only=True) as reopened:
        assert reopened.load(meeting_id).agenda == expected
    RESULTS["read_only"] = timing
    print("read-only:", timing)


def test_cli_import_on_a_full_disk_changes_nothing(disk, tmp_path):
    """The command line on a full disk: exit 1, a message saying the disk is full, the archive unchanged."""
    from minutes_app import paths

    disk.store = open_store(disk.db_path)
    before = [m.id for m in disk.store.list_meetings()]
    disk.fill()
    if not disk.mounted:
        disk.store.close()
        pytest.fail("tmpfs needed for the command line's full disk")
    disk.store.close()
    done = cli("--db", disk.db_path, "import", paths.SAMPLE_MEETING)
    disk.free()
    assert done.returncode == 1, done
    assert "đầy" in done.stderr and "Traceback" not in done.stderr
    with open_store(disk.db_path, read_only=True) as reopened:
        assert [m.id for m in reopened.list_meetings()] == before
