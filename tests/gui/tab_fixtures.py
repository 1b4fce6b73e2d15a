"""Fixtures and helpers shared by the tab tests: the sample meeting open in the real editor, a shown tab."""

from __future__ import annotations

import ctypes
import sys

import pytest

from minutes_app.gui.editor import MeetingEditor

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]


@pytest.fixture(autouse=True)
def _give_back_lost_references():
    """PySide6 6.12 on Python 3.11 drops references to None, True and False in QTest key clicks (about
    one per click) and when an invalid QVariant comes back to Python; a test session that clicks a lot
    would then abort at exit while freeing None. What a test lost is given back, with a margin; extra
    references to these singletons are harmless."""
    singletons = (None, True, False)
    before = [sys.getrefcount(obj) for obj in singletons]
    yield
    for obj, count in zip(singletons, before, strict=True):
        for _ in range(max(0, count - sys.getrefcount(obj)) + 64):
            _incref(obj)


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
