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


def test_every_string_of_the_window_has_its_english(tmp_path):
    """Every tr() string of the code and forms is in the English catalogue, and the catalogue holds
    nothing the code no longer shows (lupdate's view of the sources, compared context by context)."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from minutes_app.paths import TRANSLATIONS

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    lupdate = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate is installed with PySide6"
    sources = [
        str(path)
        for path in [
            *sorted((root / "minutes_app" / "gui").rglob("*.py")),
            *sorted((root / "ui").glob("*.ui")),
        ]
        if "forms" not in path.parts
    ]
    scanned = tmp_path / "scanned.ts"
    subprocess.run([lupdate, *sources, "-ts", str(scanned)], check=True, capture_output=True)

    def messages(path) -> set[tuple[str, str]]:
        tree = ET.parse(path).getroot()
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in tree.findall("context")
            for message in context.findall("message")
        }

    in_code, in_catalogue = messages(scanned), messages(TRANSLATIONS / "minutes_app_en.ts")
    assert sorted(in_code - in_catalogue) == []
    assert sorted(in_catalogue - in_code) == []
