"""Window fixtures: isolated QSettings, a fresh database holding the sample meeting, patched message boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from minutes_app.gui.editor import MeetingEditor
from minutes_app.gui.settings import Settings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Each test writes its settings into its own folder, never into the user's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def isolated_user_words(tmp_path, monkeypatch):
    """The spell check's own word list lives in the test's folder, never in the user's data folder."""
    from minutes_app import user_words

    path = tmp_path / "data" / user_words.FILE_NAME
    monkeypatch.setattr(user_words, "default_path", lambda: path)
    return path


@pytest.fixture(autouse=True)
def message_boxes(message_box_log):
    """No modal box may block a headless window test."""
    return message_box_log


@pytest.fixture
def store(db_path, sample_meeting):
    from minutes_app.storage import open_store

    opened = open_store(db_path)
    opened.add(sample_meeting)
    yield opened
    opened.close()


@pytest.fixture
def settings():
    return Settings()


@pytest.fixture
def window(qtbot, store, settings):
    """The main window on the sample meeting, shown as the program shows it."""
    from minutes_app.gui.main_window import MainWindow

    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    main.open_newest()
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.editor.autosave.discard()
    main.close()


@pytest.fixture
def editor(store, qtbot):
    """The sample meeting from a fresh database, open for editing as the window opens it."""
    opened = MeetingEditor(store)
    opened.open_meeting(store.list_meetings()[0].id)
    yield opened
    opened.flush()
