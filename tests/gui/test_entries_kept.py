"""Typed dates and times: a whole typed value replaces the old one; what is not a value stays, red, with why."""

from __future__ import annotations

import datetime as dt

from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tab_helpers import show

from minutes_app.gui.attendees_tab import AttendeesTab
from minutes_app.gui.discussion_tab import DiscussionTab
from minutes_app.gui.entry_marks import PROBLEM
from minutes_app.gui.general_tab import GeneralTab
from minutes_app.gui.reports_tab import ReportsTab


def _general(qtbot, editor):
    return show(qtbot, GeneralTab(editor))


def _type_into_date(qtbot, field, text, *, first_key=Qt.Key.Key_Home):
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)  # where a click in the field lands
    qtbot.keyClick(field, first_key)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_a_full_date_typed_after_home_replaces_the_whole_date(qtbot, editor):
    """Home, 07/04/2025, Tab: the meeting is on 7 April 2025, not on a mix of old and new sections."""
    tab = _general(qtbot, editor)
    _type_into_date(qtbot, tab.ui.dateEdit, "07/04/2025")
    assert editor.meeting.date == dt.date(2025, 4, 7)
    assert tab.ui.dateEdit.text() == "07/04/2025"
    assert QApplication.focusWidget() is not tab.ui.dateEdit


def test_every_common_form_of_a_date_typed_anywhere_in_the_field_is_the_date(qtbot, editor):
    """ "7/4/2025" with the cursor at the end, "7-4-25" after End, "2025-04-07" after a click: all 7 April."""
    tab = _general(qtbot, editor)
    for text, key in (
        ("7/4/2025", Qt.Key.Key_End),
        ("7-4-25", Qt.Key.Key_Right),
        ("2025-04-07", Qt.Key.Key_Left),
    ):
        editor.set_meeting_field("date", dt.date(2022, 9, 20))
        _type_into_date(qtbot, tab.ui.dateEdit, text, first_key=key)
        assert editor.meeting.date == dt.date(2025, 4, 7), text
        assert tab.ui.dateEdit.text() == "07/04/2025"


def test_an_impossible_date_keeps_the_text_red_with_the_reason_and_changes_nothing(qtbot, editor):
    """31/04/2026 stays on screen, red, saying April has 30 days; the meeting keeps its date until corrected."""
    tab = _general(qtbot, editor)
    messages = []
    tab.statusMessage.connect(messages.append)
    field = tab.ui.dateEdit
    _type_into_date(qtbot, field, "31/04/2026")
    assert editor.meeting.date == dt.date(2022, 9, 20)
    assert field.text() == "31/04/2026"
    assert "chỉ có 30 ngày" in field.property(PROBLEM)
    assert field.palette().color(field.palette().ColorRole.Base).name() == "#fde2e1"
    assert messages and "chỉ có 30 ngày" in messages[-1]
    _type_into_date(qtbot, field, "30/04/2026")
    assert editor.meeting.date == dt.date(2026, 4, 30)
    assert field.text() == "30/04/2026" and not field.property(PROBLEM)


def test_enter_reads_the_typed_date_and_escape_gives_the_stored_one_back(qtbot, editor):
    """Enter is a way to say "done"; Escape abandons what was typed, on purpose and visibly."""
    tab = _general(qtbot, editor)
    field = tab.ui.dateEdit
    field.setFocus()
    qtbot.keyClicks(field, "8/5")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.meeting.date == dt.date(2022, 5, 8)
    qtbot.keyClicks(field, "99")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "08/05/2022" and editor.meeting.date == dt.date(2022, 5, 8)


def test_arrows_still_step_the_date_edit(qtbot, editor):
    """The date edit stays a date edit: Up on the day section steps the day."""
    tab = _general(qtbot, editor)
    field = tab.ui.dateEdit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert editor.meeting.date == dt.date(2022, 9, 21)


def _activate(qtbot, tab):
    tab.windowHandle().requestActivate()
    qtbot.waitUntil(tab.isActiveWindow)


def _time_fields(qtbot, editor):
    """Every time field of the forms: (tab, field, how to read the stored value)."""
    general = _general(qtbot, editor)
    reports = show(qtbot, ReportsTab(editor))
    discussion = show(qtbot, DiscussionTab(editor))
    discussion.list.select_ids(["d2"], "d2")
    return [
        (general, general.ui.startTimeEdit, lambda: editor.meeting.start_time),
        (general, general.ui.endTimeEdit, lambda: editor.meeting.end_time),
        (reports, reports.ui.reportTimeEdit, lambda: editor.meeting.reports[0].time),
        (discussion, discussion.ui.entryTimeEdit, lambda: editor.meeting.discussion[1].time),
    ]


def test_every_time_field_takes_a_whole_time_typed_after_home(qtbot, editor):
    """Home, 8h30, Tab in each time field of the forms: 08:30, whatever was there before."""
    for tab, field, stored in _time_fields(qtbot, editor):
        _activate(qtbot, tab)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Home)
        qtbot.keyClicks(field, "8h30")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert stored() == dt.time(8, 30), field.objectName()
        assert field.text() == "08:30"


def test_an_impossible_time_stays_red_with_the_reason_in_every_time_field(qtbot, editor):
    """25:10 is kept on screen, marked with why, in every time field; the stored time is unchanged."""
    for tab, field, stored in _time_fields(qtbot, editor):
        before = stored()
        _activate(qtbot, tab)
        field.setFocus()
        qtbot.keyClicks(field, "25:10")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert stored() == before, field.objectName()
        assert field.text() == "25:10"
        assert "giờ chỉ từ 0 đến 23" in field.property(PROBLEM)


def test_a_refused_entry_time_waits_on_its_contribution_while_another_is_shown(qtbot, editor):
    """Looking at another contribution and back finds the refused time still there, still marked."""
    tab = show(qtbot, DiscussionTab(editor))
    tab.list.select_ids(["d2"], "d2")
    field = tab.ui.entryTimeEdit
    field.setFocus()
    qtbot.keyClicks(field, "9:75")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    tab.list.select_ids(["d1"], "d1")
    assert field.text() == "09:05" and not field.property(PROBLEM)
    tab.list.select_ids(["d2"], "d2")
    assert field.text() == "9:75" and "phút chỉ từ 00 đến 59" in field.property(PROBLEM)


def _edit_cell(qtbot, table, row, column, text):
    """Type into a cell as a secretary does: select it, F2, type over what is there, Enter."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor_widget = QApplication.focusWidget()
    editor_widget.selectAll()
    type_text(editor_widget, text)
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            table.indexWidget(table.currentIndex()) is None
            and not table.isPersistentEditorOpen(table.currentIndex())
        )
    )


def test_time_cells_keep_an_impossible_time_red_with_the_reason(qtbot, editor):
    """Đến lúc / Về lúc in the attendee table: 8h40 is stored; 24:30 stays in the cell, red, with why."""
    tab = show(qtbot, AttendeesTab(editor))
    messages = []
    tab.statusMessage.connect(messages.append)
    table, model = tab.ui.attendeesTable, tab.model
    for field in ("arrived", "left"):
        column = model.column_of(field)
        _edit_cell(qtbot, table, 0, column, "8h40")
        assert getattr(editor.meeting.attendees[0], field) == dt.time(8, 40)
        _edit_cell(qtbot, table, 0, column, "24:30")
        assert getattr(editor.meeting.attendees[0], field) == dt.time(8, 40)
        cell = model.index(0, column)
        assert cell.data() == "24:30"
        assert "giờ chỉ từ 0 đến 23" in cell.data(Qt.ItemDataRole.ToolTipRole)
        assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
        assert "giờ chỉ từ 0 đến 23" in messages[-1]
