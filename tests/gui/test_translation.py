"""English is a translation of the Vietnamese interface: switching shows English menus, tabs and labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minutes_app.gui.app import install_translators
from minutes_app.gui.main_window import MainWindow


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "vi")


def test_english_window(english, qtbot, store, settings):
    """Menus, actions, tab titles and the archive speak English once the English translation is installed."""
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.open_newest()
    assert window.ui.menuFile.title() == "&File"
    assert window.ui.actionNewMeeting.text() == "&New meeting"
    assert window.undo_action.text().startswith("&Undo")
    titles = [window.ui.tabWidget.tabText(i) for i in range(window.ui.tabWidget.count())]
    assert "&2 Attendees" in titles
    assert window.archive.ui.searchEdit.placeholderText() == "Search (accents optional)…"
    qtbot.waitUntil(lambda: window.archive.ui.countLabel.text() == "1 meeting", timeout=2000)
    tabs = {type(tab).__name__: tab for tab, _title in window.tabs}
    assert tabs["GeneralTab"].ui.titleLabel.text() == "Title:"
    model = tabs["AttendeesTab"].ui.attendeesTable.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Full name"
    assert tabs["DiscussionTab"].ui.entryContentLabel.text() == "Content:"


def test_every_message_is_translated():
    """The committed translation has no unfinished or empty entry."""
    from minutes_app.paths import TRANSLATIONS

    text = (TRANSLATIONS / "minutes_app_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text and "<numerusform></numerusform>" not in text
