"""Fixtures and helpers shared by the tab tests: the sample meeting open in an editor, a shown tab."""

from __future__ import annotations

import pytest
from editor_double import EditorDouble


@pytest.fixture
def editor(sample_meeting, qtbot):
    """The sample meeting open for editing, as the window's editor holds it."""
    double = EditorDouble()
    double.load(sample_meeting)
    return double


def show(qtbot, tab, width=1200, height=720):
    """Show the tab as the active window: shortcuts only fire in the active window."""
    qtbot.addWidget(tab)
    tab.resize(width, height)
    tab.show()
    qtbot.waitExposed(tab)
    tab.windowHandle().requestActivate()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab
