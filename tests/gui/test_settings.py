"""Settings: typed defaults, the dialog writes them, new meetings start from them, the language is chosen."""

from __future__ import annotations

from gui_keys import type_text
from PySide6.QtCore import QSettings, Qt

from minutes_app.domain import Layout
from minutes_app.gui.settings import Settings
from minutes_app.gui.settings_dialog import SettingsDialog


def test_defaults_and_junk_values():
    """A missing or mangled value gives the typed default, never junk in the window."""
    settings = Settings()
    assert (settings.language, settings.layout, settings.parent_body) == ("vi", Layout.STATE, "")
    raw = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "minutes_app", "minutes_app")
    raw.setValue("ui/language", "klingon")
    raw.setValue("defaults/layout", "circus")
    raw.sync()
    assert (Settings().language, Settings().layout) == ("vi", Layout.STATE)


def test_dialog_saves_and_new_meeting_uses_them(qtbot, window):
    """Bodies, layout and place typed in the dialog are what the next new meeting starts with."""
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.issuingBodyEdit, "BAN DÂN VẬN")
    type_text(dialog.ui.placeNameEdit, "Thái Nguyên")
    dialog.ui.layoutCombo.setCurrentIndex(dialog.ui.layoutCombo.findData("party"))
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.accept()
    assert Settings().language == "en"
    window.ui.actionNewMeeting.trigger()
    created = window.editor.meeting
    assert (created.issuing_body, created.place_name, created.layout) == (
        "BAN DÂN VẬN",
        "Thái Nguyên",
        Layout.PARTY,
    )


def test_window_geometry_is_remembered(qtbot, window):
    """Closing the window stores its geometry, and the next window starts with it."""
    window.resize(900, 640)
    window.close()
    assert not Settings().window_geometry.isEmpty()


def test_hidden_archive_stays_hidden(qtbot, window, store, settings):
    """F9 hides the archive for more writing room, and the next window remembers it."""
    from minutes_app.gui.main_window import MainWindow

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not window.ui.archiveContainer.isVisible()
    window.close()
    again = MainWindow(store, settings)
    qtbot.addWidget(again)
    again.show()
    assert not again.ui.archiveContainer.isVisible()
