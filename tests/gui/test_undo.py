"""Undo and redo work across the tabs from the keyboard, and what they restore is written through."""

from __future__ import annotations

from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from minutes_app.domain import Attendance


def _tab(window, name):
    return next(tab for tab, _title in window.tabs if type(tab).__name__ == name)


def _activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_undo_and_redo_across_tabs(window, store, qtbot):
    """A title typed in one tab and a roll-call mark in another are undone newest first, then redone."""
    _activate(window, qtbot)
    general, attendees = _tab(window, "GeneralTab"), _tab(window, "AttendeesTab")
    title = general.ui.titleEdit
    original = title.text()
    title.setFocus()
    title.end(False)
    type_text(title, " (bổ sung)")
    assert window.editor.meeting.title == original + " (bổ sung)"

    window.ui.tabWidget.setCurrentWidget(attendees)
    table = attendees.ui.attendeesTable
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    person = window.editor.meeting.attendees[1]
    assert person.attendance == Attendance.EXCUSED

    undo = QKeySequence(QKeySequence.StandardKey.Undo)[0]
    qtbot.keyClick(table, undo.key(), undo.keyboardModifiers())
    assert person.attendance == Attendance.PRESENT
    qtbot.keyClick(table, undo.key(), undo.keyboardModifiers())
    assert title.text() == original
    assert store.load(window.editor.meeting.id).title == original

    window.redo_action.trigger()
    window.redo_action.trigger()
    assert title.text() == original + " (bổ sung)"
    assert store.load(window.editor.meeting.id).attendees[1].attendance == Attendance.EXCUSED


def test_ctrl_z_in_a_text_field_undoes_the_meetings_newest_step(window, qtbot):
    """With the cursor in a field, Ctrl+Z undoes the newest step of the meeting, even one made in another tab."""
    _activate(window, qtbot)
    general, attendees = _tab(window, "GeneralTab"), _tab(window, "AttendeesTab")
    location = general.ui.locationEdit
    location.setFocus()
    location.end(False)
    type_text(location, ", tầng 2")
    typed = location.text()
    window.ui.tabWidget.setCurrentWidget(attendees)
    table = attendees.ui.attendeesTable
    table.setFocus()
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.meeting.attendees[2].attendance == Attendance.ABSENT
    window.ui.tabWidget.setCurrentWidget(general)
    location.setFocus()
    undo = QKeySequence(QKeySequence.StandardKey.Undo)[0]
    qtbot.keyClick(location, undo.key(), undo.keyboardModifiers())
    assert window.editor.meeting.attendees[2].attendance == Attendance.PRESENT
    assert location.text() == typed == window.editor.meeting.location
