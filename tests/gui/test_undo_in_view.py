"""Undo and redo bring their change into view (tab, row, field) before applying it, and the menu names it."""

from __future__ import annotations

from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from minutes_app.domain import Attendance

UNDO, REDO = "undo", "redo"


def _tab(window, name):
    return next(tab for tab, _title in window.tabs if type(tab).__name__ == name)


def _activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _press(qtbot, which):
    """Ctrl+Z or Ctrl+Y where the focus is, as the secretary presses them."""
    chord = (QKeySequence(QKeySequence.StandardKey.Undo) if which == UNDO else QKeySequence("Ctrl+Y"))[0]
    qtbot.keyClick(QApplication.focusWidget(), chord.key(), chord.keyboardModifiers())


def _type_contribution(qtbot, discussion, item_id, text):
    discussion.list.select_ids([item_id], item_id)
    content = discussion.ui.entryContentEdit
    content.setFocus()
    content.moveCursor(content.textCursor().MoveOperation.End)
    type_text(content, text)


def test_each_undo_shows_the_contribution_it_takes_back(window, qtbot):
    """Two contributions edited, then another selected: each Ctrl+Z first selects the contribution it
    reverts and puts the cursor in its text, so the change happens before the secretary's eyes."""
    _activate(window, qtbot)
    discussion = _tab(window, "DiscussionTab")
    window.ui.tabWidget.setCurrentWidget(discussion)
    meeting = window.editor.meeting
    before = {entry.id: entry.content for entry in meeting.discussion}
    _type_contribution(qtbot, discussion, "d3", " Thêm ý ba.")
    _type_contribution(qtbot, discussion, "d4", " Thêm ý bốn.")
    discussion.list.select_ids(["d1"], "d1")
    discussion.ui.contributionsTable.setFocus()

    assert window.undo_action.text() == "&Hoàn tác: sửa ý kiến số 4"
    _press(qtbot, UNDO)
    assert discussion.list.current_id() == "d4"
    assert QApplication.focusWidget() is discussion.ui.entryContentEdit
    assert discussion.ui.entryContentEdit.toPlainText() == before["d4"] == meeting.discussion[3].content

    assert window.undo_action.text() == "&Hoàn tác: sửa ý kiến của đ/c Vũ Thị Hoài"
    _press(qtbot, UNDO)
    assert discussion.list.current_id() == "d3"
    assert discussion.ui.entryContentEdit.toPlainText() == before["d3"]

    discussion.list.select_ids(["d1"], "d1")
    _press(qtbot, REDO)
    assert discussion.list.current_id() == "d3"
    assert discussion.ui.entryContentEdit.toPlainText() == before["d3"] + " Thêm ý ba."


def test_a_roll_call_mark_undone_from_another_tab_switches_to_it_and_selects_the_person(window, qtbot):
    """Marked on Thành phần, undone from Kết luận: Thành phần comes up with the person selected."""
    _activate(window, qtbot)
    attendees, directives = _tab(window, "AttendeesTab"), _tab(window, "DirectivesTab")
    window.ui.tabWidget.setCurrentWidget(attendees)
    table = attendees.ui.attendeesTable
    table.setFocus()
    attendees.list.select_ids(["a9"], "a9")
    qtbot.keyClick(table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.meeting.attendee("a9").attendance == Attendance.EXCUSED

    window.ui.tabWidget.setCurrentWidget(directives)
    directives.ui.conclusionEdit.setFocus()
    assert window.undo_action.text() == "&Hoàn tác: điểm danh đ/c Lục Văn Hùng"
    _press(qtbot, UNDO)
    assert window.ui.tabWidget.currentWidget() is attendees
    assert attendees.list.current_id() == "a9"
    assert QApplication.focusWidget() is table
    assert window.editor.meeting.attendee("a9").attendance == Attendance.PRESENT


def test_a_meeting_field_undone_from_another_tab_is_focused_first(window, qtbot):
    """The title typed on Thông tin chung and undone from Thảo luận: the title field has the focus."""
    _activate(window, qtbot)
    general, discussion = _tab(window, "GeneralTab"), _tab(window, "DiscussionTab")
    title = general.ui.titleEdit
    window.ui.tabWidget.setCurrentWidget(general)
    title.setFocus()
    title.end(False)
    type_text(title, " (bổ sung)")
    window.ui.tabWidget.setCurrentWidget(discussion)
    discussion.ui.entryContentEdit.setFocus()
    assert window.undo_action.text() == "&Hoàn tác: sửa tên cuộc họp"
    window.undo_action.trigger()
    assert window.ui.tabWidget.currentWidget() is general
    assert QApplication.focusWidget() is title
    assert not title.text().endswith("(bổ sung)")
    assert window.redo_action.text() == "&Làm lại: sửa tên cuộc họp"


def test_a_removed_row_brought_back_by_undo_is_selected(window, qtbot):
    """Deleting a task and undoing from another tab shows the task again, selected, on Kết luận."""
    _activate(window, qtbot)
    general, directives = _tab(window, "GeneralTab"), _tab(window, "DirectivesTab")
    window.ui.tabWidget.setCurrentWidget(directives)
    directives.list.select_ids(["t3"], "t3")
    directives.ui.directivesTable.setFocus()
    qtbot.keyClick(directives.ui.directivesTable, Qt.Key.Key_Delete)
    assert [d.id for d in window.editor.meeting.directives] == ["t1", "t2", "t4", "t5"]
    window.ui.tabWidget.setCurrentWidget(general)
    assert window.undo_action.text() == "&Hoàn tác: xóa nhiệm vụ số 3"
    window.undo_action.trigger()
    assert window.ui.tabWidget.currentWidget() is directives
    assert directives.list.current_id() == "t3"


def test_ctrl_z_after_an_unread_time_takes_back_that_time(window, qtbot):
    """A time typed but not yet read when Ctrl+Z comes is settled first, then is the step undone."""
    _activate(window, qtbot)
    general = _tab(window, "GeneralTab")
    window.ui.tabWidget.setCurrentWidget(general)
    start = general.ui.startTimeEdit
    start.setFocus()
    qtbot.keyClicks(start, "7h15")
    _press(qtbot, UNDO)
    assert window.editor.meeting.start_time.strftime("%H:%M") == "08:00"
    assert start.text() == "08:00"


def test_a_vote_count_undone_from_another_tab_selects_the_vote_on_ket_luan(window, qtbot):
    """A kind no one named to the undo (votes) is found the same way: Kết luận comes up, the vote and
    its count column current, the menu naming the vote."""
    from minutes_app.domain import ItemKind, Vote

    _activate(window, qtbot)
    directives, general = _tab(window, "DirectivesTab"), _tab(window, "GeneralTab")
    editor = window.editor
    editor.insert_item(ItemKind.VOTES, Vote(id="v1", subject="Thông qua kế hoạch quý 4", in_favour=10))
    editor.set_item_field(ItemKind.VOTES, "v1", "in_favour", 12)
    window.ui.tabWidget.setCurrentWidget(general)
    general.ui.titleEdit.setFocus()
    assert window.undo_action.text() == "&Hoàn tác: sửa số tán thành — biểu quyết «Thông qua kế hoạch quý 4»"
    _press(qtbot, UNDO)
    assert window.ui.tabWidget.currentWidget() is directives
    votes = directives.votes
    assert votes.list.current_id() == "v1"
    assert votes.ui.votesTable.currentIndex().column() == votes.model.column_of("in_favour")
    assert QApplication.focusWidget() is votes.ui.votesTable
    assert editor.meeting.votes[0].in_favour == 10
