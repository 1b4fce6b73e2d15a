"""Two instances: a second window or command-line writer is told who holds the file and gets read-only;
after the holder is killed, the next start takes the stale lock over."""

from __future__ import annotations

import signal
import subprocess

from PySide6.QtWidgets import QApplication

from minutes_app import paths
from minutes_app.gui import app as gui_app
from minutes_app.gui.main_window import MainWindow
from minutes_app.storage import open_store

from .helpers import cli, spawn


def _start_holder(db_path) -> tuple[subprocess.Popen, int]:
    holder = spawn("writer_child.py", "hold", db_path)
    assert holder.stdout.readline().decode().strip() == "ready"
    line = holder.stdout.readline().decode().split()
    assert line[0] == "holding", holder.stderr.read().decode()
    return holder, int(line[1])


def _window_state(monkeypatch, db_path) -> dict:
    seen: dict = {}

    def look(_app) -> int:
        window = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()][
            -1
        ]
        seen.update(
            read_only=window.store.read_only,
            editor_read_only=window.editor.read_only,
            banner=window.ui.bannerLabel.text() if window.ui.bannerFrame.isVisible() else "",
            meeting=window.editor.meeting.title if window.editor.meeting else None,
            can_import=window.ui.actionImportJson.isEnabled(),
        )
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", look)
    assert gui_app.run(db_path) == 0
    return seen


def test_second_instance_is_read_only_and_names_the_holder(seeded_db, monkeypatch, boxes):
    """While another process writes: the window and the CLI name it; after SIGKILL the lock is taken over."""
    holder, pid = _start_holder(seeded_db)
    try:
        seen = _window_state(monkeypatch, seeded_db)
        assert seen["read_only"] and seen["editor_read_only"] and not seen["can_import"]
        assert seen["meeting"], "the second window still shows the meeting"
        assert f"tiến trình {pid}" in seen["banner"] and "chỉ có thể xem" in seen["banner"]
        done = cli("--db", seeded_db, "import", paths.SAMPLE_MEETING)
        assert done.returncode == 1 and f"tiến trình {pid}" in done.stderr, done
        listed = cli("--db", seeded_db, "list")  # reading works beside the writer
        assert listed.returncode == 0 and listed.stdout.strip()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
        holder.stderr.close()
    # The holder died without releasing anything: the next start takes the lock over.
    seen = _window_state(monkeypatch, seeded_db)
    assert not seen["read_only"] and not seen["editor_read_only"] and not seen["banner"]
    done = cli("--db", seeded_db, "import", paths.SAMPLE_MEETING)
    assert done.returncode == 0, done
    with open_store(seeded_db) as store:
        assert len(store.list_meetings()) == 2 and store.check() == []
