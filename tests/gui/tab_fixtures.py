"""Fixtures and helpers shared by the tab tests: the sample meeting open in the real editor, a shown tab."""

from __future__ import annotations

import pytest

from minutes_app.gui.editor import MeetingEditor


@pytest.fixture
def editor(store, qtbot):
    """The sample meeting from a fresh database, open for editing as the window opens it."""
    opened = MeetingEditor(store)
    opened.open_meeting(store.list_meetings()[0].id)
    yield opened
    opened.flush()


def show(qtbot, tab, width=1200, height=720):
    """Show the tab as the active window: shortcuts only fire in the active window."""
    qtbot.addWidget(tab)
    tab.resize(width, height)
    tab.show()
    qtbot.waitExposed(tab)
    tab.windowHandle().requestActivate()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab
