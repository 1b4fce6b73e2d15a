"""The bootstrap: the default database is created with the sample, the window opens on it, English on request."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from minutes_app import messages
from minutes_app.gui import app as gui_app
from minutes_app.gui.main_window import MainWindow


def _close_when_shown(seen: list) -> None:
    def close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, close)
            return
        for window in windows:
            seen.append((window.windowTitle(), window.ui.menuFile.title(), window.editor.meeting))
            window.close()

    QTimer.singleShot(50, close)


def test_run_seeds_a_new_default_database_and_opens_the_sample(qapp, tmp_path, monkeypatch):
    """`minutes-app` on a first start creates the database, seeds the sample and shows it."""
    database = tmp_path / "data" / "minutes.sqlite3"
    monkeypatch.setenv("MINUTES_APP_DB", str(database))
    seen: list = []
    _close_when_shown(seen)
    assert gui_app.run() == 0
    assert database.exists()
    title, menu, meeting = seen[0]
    assert meeting is not None and meeting.title in title
    assert menu == "&Tệp"


def test_run_in_english(qapp, tmp_path):
    """--lang en shows English menus and English messages."""
    seen: list = []
    _close_when_shown(seen)
    try:
        assert gui_app.run(db_path=tmp_path / "other.sqlite3", lang="en") == 0
        assert messages.language() == "en"
    finally:
        gui_app.install_translators(qapp, "vi")
    _title, menu, meeting = seen[0]
    assert menu == "&File"
    assert meeting is None
