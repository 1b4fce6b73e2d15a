"""Fixtures of the tab tests (a pytest plugin, never imported): the sample meeting open in the real editor."""

from __future__ import annotations

import ctypes
import sys

import pytest

from minutes_app.gui.editor import MeetingEditor

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]


@pytest.fixture(autouse=True)
def _give_back_lost_references():
    """PySide6 6.12 on Python 3.11 drops references to True and False somewhere in the test tools (the
    model tester, QTest key clicks) and to None on void calls (minutes_app/gui/__init__.py keeps None
    alive for the program); a test file that clicks a lot then aborts at exit while freeing one of them.
    What a test lost is given back, with a margin: extra references to these singletons are harmless."""
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
