"""The Thông tin chung tab: fields written as typed, undo per field, people chosen from the attendees."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_keys import type_text
from PySide6.QtCore import Qt
from tab_helpers import show

from minutes_app.domain.model import ItemKind, Layout
from minutes_app.gui.general_tab import GeneralTab


def _tab(qtbot, editor):
    return show(qtbot, GeneralTab(editor))


def test_typing_the_title_is_one_undo_step_and_undo_redo_refresh_the_field(qtbot, editor):
    """Keystrokes in a field merge into one command; undo and redo show the text again in the field."""
    tab = _tab(qtbot, editor)
    title = tab.ui.titleEdit
    title.setFocus()
    title.end(False)
    type_text(title, " (mở rộng)")
    assert editor.meeting.title == "Hội nghị giao ban công tác tuyên giáo quý 3/2022 (mở rộng)"
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert title.text() == "Hội nghị giao ban công tác tuyên giáo quý 3/2022"
    editor.undo_stack.redo()
    assert title.text().endswith("(mở rộng)")


def test_leaving_a_field_closes_its_undo_step(qtbot, editor):
    """After focus leaves a field, typing there again is a separate undo step."""
    tab = _tab(qtbot, editor)
    qtbot.mouseClick(tab.ui.numberEdit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.ui.numberEdit, "12")
    qtbot.keyClick(tab.ui.numberEdit, Qt.Key.Key_Tab)
    qtbot.mouseClick(tab.ui.numberEdit, Qt.MouseButton.LeftButton)
    tab.ui.numberEdit.end(False)
    qtbot.keyClicks(tab.ui.numberEdit, "-BB")
    assert editor.meeting.number == "12-BB"
    editor.undo_stack.undo()
    assert editor.meeting.number == "12"
    assert tab.ui.numberEdit.text() == "12"


def test_times_are_typed_freely_and_shown_as_hours_and_minutes(qtbot, editor):
    """ "7h30" is stored as 07:30 and shown so once focus leaves; what does not parse is never stored but kept."""
    tab = _tab(qtbot, editor)
    start = tab.ui.startTimeEdit
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    start.selectAll()
    qtbot.keyClicks(start, "7h3")
    assert editor.meeting.start_time == dt.time(8, 0)
    qtbot.keyClicks(start, "0")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert editor.meeting.start_time == dt.time(7, 30)
    assert start.text() == "07:30"
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    start.selectAll()
    qtbot.keyClicks(start, "7:x")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert editor.meeting.start_time == dt.time(7, 30)
    assert start.text() == "7:x"
    assert "7:x" in start.property("entryProblem")


def test_chair_and_secretary_combos_follow_the_attendee_list(qtbot, editor):
    """The combos list the people present live: renames show at once and the keyboard picks a person."""
    tab = _tab(qtbot, editor)
    chair, secretary = tab.ui.chairCombo, tab.ui.secretaryCombo
    assert chair.currentText() == "Trần Thị Lộc"
    assert secretary.currentText() == "Ma Thị Nguyệt"
    editor.set_item_field(ItemKind.ATTENDEES, "a1", "name", "Trần Thị Lộc (Trưởng ban)")
    assert chair.currentText() == "Trần Thị Lộc (Trưởng ban)"
    editor.remove_items(ItemKind.ATTENDEES, ["a2"])
    assert chair.count() == 15  # "(chưa chọn)" and the 14 people present; Triệu Văn Đức is excused
    assert chair.currentText() == "Trần Thị Lộc (Trưởng ban)"
    secretary.setFocus()
    qtbot.keyClick(secretary, Qt.Key.Key_Down)
    assert editor.meeting.secretary == "a5"


def test_recipients_are_one_per_line_and_layout_is_a_choice(qtbot, editor):
    """Recipients typed one per line become the list; the layout combo stores the enum."""
    tab = _tab(qtbot, editor)
    recipients = tab.ui.recipientsEdit
    recipients.setFocus()
    recipients.moveCursor(recipients.textCursor().MoveOperation.End)
    qtbot.keyClick(recipients, Qt.Key.Key_Return)
    type_text(recipients, "Ban Tuyên giáo Trung ương (b/c)")
    assert editor.meeting.recipients[-1] == "Ban Tuyên giáo Trung ương (b/c)"
    assert len(editor.meeting.recipients) == 4
    tab.ui.layoutCombo.setFocus()
    qtbot.keyClick(tab.ui.layoutCombo, Qt.Key.Key_Up)
    assert editor.meeting.layout is Layout.STATE


def test_finalized_meeting_shows_every_field_read_only(qtbot, editor):
    """Once the editor is read-only no field of the tab accepts typing or a choice."""
    tab = _tab(qtbot, editor)
    editor.finalize()
    assert tab.ui.titleEdit.isReadOnly() and tab.ui.agendaEdit.isReadOnly()
    assert tab.ui.dateEdit.isReadOnly() and tab.ui.copiesSpin.isReadOnly()
    assert not tab.ui.chairCombo.isEnabled()
    assert tab.ui.titleEdit.text() == "Hội nghị giao ban công tác tuyên giáo quý 3/2022"
    qtbot.keyClicks(tab.ui.titleEdit, "x")
    assert editor.meeting.title == "Hội nghị giao ban công tác tuyên giáo quý 3/2022"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("8:05", dt.time(8, 5)),
        ("8h05", dt.time(8, 5)),
        ("0805", dt.time(8, 5)),
        ("14g", dt.time(14, 0)),
        ("8.30", dt.time(8, 30)),
        ("", None),
    ],
)
def test_end_time_accepts_the_ways_a_time_is_typed(qtbot, editor, typed, stored):
    """Hours and minutes typed with ":", "h", "g", "." or as four digits all store the same time."""
    tab = _tab(qtbot, editor)
    end = tab.ui.endTimeEdit
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton)
    end.selectAll()
    if typed:
        qtbot.keyClicks(end, typed)
    else:
        qtbot.keyClick(end, Qt.Key.Key_Delete)
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert editor.meeting.end_time == stored
