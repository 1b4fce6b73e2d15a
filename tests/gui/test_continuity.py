"""After a restart the window is where the secretary left it: meeting, tab, row, field, cursor, report bar."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from minutes_app.domain import Meeting
from minutes_app.gui.main_window import MainWindow
from minutes_app.gui.settings import Settings


def _tab(window, name):
    return next(tab for tab, _title in window.tabs if type(tab).__name__ == name)


def _open_window(qtbot, store, *, track=True):
    """A new window as the program starts one: a fresh Settings read from the file, the place restored."""
    window = MainWindow(store, Settings())
    if track:
        qtbot.addWidget(window)
    window.open_where_left()
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.wait(50)  # the place is restored once the window shows, as the program does it
    return window


def _crash(window) -> None:
    """The window goes away without a close event, as when the program is killed."""
    window.editor.autosave.discard()
    window.hide()
    shiboken6.delete(window)


def _settings_on_disk() -> QSettings:
    """What a killed program leaves: the settings file as written, read by a separate reader."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "minutes_app", "minutes_app")


def test_the_window_comes_back_to_the_same_meeting_tab_row_field_and_cursor(qtbot, store):
    """Second meeting, Thảo luận, contribution 2, its text with the cursor at 12: all there after a restart."""
    other = store.add(Meeting(title="Họp chi bộ tháng 10", date=dt.date(2021, 10, 5)))
    sample_id = next(m.id for m in store.list_meetings() if m.title.startswith("Hội nghị"))
    first = _open_window(qtbot, store, track=False)
    first.open_meeting(sample_id)
    discussion = _tab(first, "DiscussionTab")
    first.ui.tabWidget.setCurrentWidget(discussion)
    discussion.list.select_ids(["d2"], "d2")
    content = discussion.ui.entryContentEdit
    content.setFocus()
    cursor = content.textCursor()
    cursor.setPosition(12)
    content.setTextCursor(cursor)
    qtbot.waitUntil(lambda: _settings_on_disk().value("continuity/cursor") in (12, "12"), timeout=3000)
    assert int(_settings_on_disk().value("continuity/meeting")) == sample_id != other
    _crash(first)

    second = _open_window(qtbot, store)
    discussion = _tab(second, "DiscussionTab")
    assert second.editor.meeting.id == sample_id
    assert second.ui.tabWidget.currentWidget() is discussion
    assert discussion.list.current_id() == "d2"
    assert QApplication.focusWidget() is discussion.ui.entryContentEdit
    assert discussion.ui.entryContentEdit.textCursor().position() == 12
    second.editor.autosave.discard()


def test_a_table_cell_and_a_form_field_are_found_again(qtbot, store):
    """On Thành phần the selected person and column come back; on Thông tin chung the field and cursor."""
    first = _open_window(qtbot, store)
    attendees = _tab(first, "AttendeesTab")
    first.ui.tabWidget.setCurrentWidget(attendees)
    table = attendees.ui.attendeesTable
    attendees.list.select_ids(["a8"], "a8")
    table.setCurrentIndex(attendees.model.index(7, attendees.model.column_of("reason")))
    table.setFocus()
    first.close()

    second = _open_window(qtbot, store)
    attendees = _tab(second, "AttendeesTab")
    assert second.ui.tabWidget.currentWidget() is attendees
    assert attendees.list.current_id() == "a8"
    assert attendees.ui.attendeesTable.currentIndex().column() == attendees.model.column_of("reason")
    general = _tab(second, "GeneralTab")
    second.ui.tabWidget.setCurrentWidget(general)
    general.ui.locationEdit.setFocus()
    general.ui.locationEdit.setCursorPosition(5)
    second.close()

    third = _open_window(qtbot, store)
    location = _tab(third, "GeneralTab").ui.locationEdit
    assert QApplication.focusWidget() is location and location.cursorPosition() == 5
    third.close()


def test_the_report_bar_keeps_not_attached_to_any_report_after_a_restart(qtbot, store):
    """ "(không gắn với báo cáo nào)" chosen before a restart still stamps new contributions with no report."""
    first = _open_window(qtbot, store, track=False)
    discussion = _tab(first, "DiscussionTab")
    first.ui.tabWidget.setCurrentWidget(discussion)
    bar = discussion.ui.currentReportCombo
    assert bar.currentData() == "r1"
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Up)  # the first entry: no report
    assert bar.currentData() == ""
    _crash(first)

    second = _open_window(qtbot, store)
    discussion = _tab(second, "DiscussionTab")
    assert discussion.ui.currentReportCombo.currentData() == ""
    second.ui.tabWidget.setCurrentWidget(discussion)
    item_id = discussion.start_contribution()
    assert second.editor.find_item("discussion", item_id).report == ""
    second.editor.autosave.discard()


def test_a_meeting_deleted_since_falls_back_to_the_newest(qtbot, store):
    """The place names a meeting that is gone: the newest opens, nothing fails."""
    extra = store.add(Meeting(title="Họp tạm", date=dt.date(2030, 1, 1)))
    first = _open_window(qtbot, store)
    first.open_meeting(extra)
    first.close()
    store.delete(extra)
    second = _open_window(qtbot, store)
    assert second.editor.meeting.id == store.list_meetings()[0].id
    second.close()
