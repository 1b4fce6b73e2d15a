"""The Thành phần tab as the secretary uses it: roll call keys, pasting a list, protocol order."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from tab_helpers import show

from minutes_app.domain.model import Attendance, Group
from minutes_app.gui.attendees_tab import AttendeesTab


def _tab(qtbot, editor):
    return show(qtbot, AttendeesTab(editor))


def _select_rows(tab, rows):
    table = tab.ui.attendeesTable
    table.setFocus()
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    selection.clearSelection()
    table.setCurrentIndex(tab.model.index(rows[0], 0))
    for row in rows:
        selection.select(tab.model.index(row, 0), flags.Select | flags.Rows)


def test_roll_call_keys_mark_rows_and_update_the_sentence(qtbot, editor):
    """Ctrl+2 / Ctrl+3 / Ctrl+1 mark the selected people and the attendance sentence follows."""
    tab = _tab(qtbot, editor)
    people = editor.meeting.attendees
    _select_rows(tab, [1, 2])
    qtbot.keyClick(tab.ui.attendeesTable, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert [p.attendance for p in people[1:3]] == [Attendance.EXCUSED] * 2
    assert "Có mặt: 10/13 đồng chí; vắng mặt: 3 đồng chí" in tab.ui.attendanceSentenceLabel.text()
    assert "đồng chí Hoàng Văn Thắng; đồng chí Nông Thị Hạnh" in tab.ui.attendanceSentenceLabel.text()

    _select_rows(tab, [3])
    qtbot.keyClick(tab.ui.attendeesTable, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert people[3].attendance == Attendance.ABSENT
    assert "không có lý do: đồng chí Ma Thị Nguyệt" in tab.ui.attendanceSentenceLabel.text()

    _select_rows(tab, [1, 2, 3])
    qtbot.keyClick(tab.ui.attendeesTable, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert all(p.attendance == Attendance.PRESENT for p in people[1:4])
    assert tab.ui.attendanceSentenceLabel.text().startswith("Có mặt: 12/13 đồng chí; vắng mặt: 1 đồng chí")
    editor.undo_stack.undo()
    assert [p.attendance for p in people[1:4]] == [Attendance.EXCUSED, Attendance.EXCUSED, Attendance.ABSENT]


def test_add_button_appends_a_person_and_typing_names_them(qtbot, editor):
    """The add button puts a new row under the current one and the name can be typed straight in."""
    tab = _tab(qtbot, editor)
    _select_rows(tab, [15])
    qtbot.mouseClick(tab.ui.addAttendeeButton, Qt.MouseButton.LeftButton)
    assert len(editor.meeting.attendees) == 17
    assert tab.ui.attendeesTable.currentIndex().row() == 16
    qtbot.keyClicks(QApplication.focusWidget(), "Hoang Van Son")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.meeting.attendees[16].name == "Hoang Van Son")
    assert "Có mặt: 13/14 đồng chí" in tab.ui.attendanceSentenceLabel.text()


def test_paste_three_tab_separated_rows_is_one_undo_step(qtbot, editor, store):
    """Ctrl+V on the table adds one person per pasted spreadsheet row, undone in one step."""
    tab = _tab(qtbot, editor)
    _select_rows(tab, [12])
    QGuiApplication.clipboard().setText(
        "Họ và tên\tChức vụ\tĐơn vị\n"
        "Hà Văn Bình\tChủ tịch\tHội Nông dân tỉnh\n"
        "Lâm Thị Mai\tPhó Chủ tịch\tHội Phụ nữ tỉnh\n"
        "Tô Văn Dũng\tPhóng viên\tĐài Phát thanh - Truyền hình\tBáo chí\n"
    )
    qtbot.keyClick(tab.ui.attendeesTable, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    people = editor.meeting.attendees
    assert [p.name for p in people[13:16]] == ["Hà Văn Bình", "Lâm Thị Mai", "Tô Văn Dũng"]
    assert (people[14].position, people[14].organization) == ("Phó Chủ tịch", "Hội Phụ nữ tỉnh")
    assert people[15].group == Group.PRESS
    assert len(people) == 19
    editor.flush()
    assert [p.name for p in store.load(editor.meeting.id).attendees[13:16]] == [
        "Hà Văn Bình",
        "Lâm Thị Mai",
        "Tô Văn Dũng",
    ]
    editor.undo_stack.undo()
    assert len(editor.meeting.attendees) == 16


def test_alt_arrows_move_the_selected_person_in_protocol_order(qtbot, editor):
    """Alt+Down and Alt+Up move the selected row and keep it selected for the next press."""
    tab = _tab(qtbot, editor)
    _select_rows(tab, [0])
    qtbot.keyClick(tab.ui.attendeesTable, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tab.ui.attendeesTable, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [a.id for a in editor.meeting.attendees[:3]] == ["a2", "a3", "a1"]
    assert tab.list.selected_ids() == ["a1"]
    qtbot.mouseClick(tab.ui.moveUpButton, Qt.MouseButton.LeftButton)
    assert [a.id for a in editor.meeting.attendees[:3]] == ["a2", "a1", "a3"]


def test_sort_by_name_orders_by_given_name_in_one_undo_step(qtbot, editor):
    """ "Xếp theo tên" orders members by given name, guests and press after them; one undo restores."""
    tab = _tab(qtbot, editor)
    before = [a.id for a in editor.meeting.attendees]
    qtbot.mouseClick(tab.ui.sortByNameButton, Qt.MouseButton.LeftButton)
    names = [a.name for a in editor.meeting.attendees]
    assert names[:4] == ["Hà Thị Bích", "Bế Văn Chiến", "Triệu Văn Đức", "Nông Thị Hạnh"]
    assert names[-3:] == ["Vũ Thị Hoài", "Đặng Văn Khoa", "Ninh Thị Hương"]
    editor.undo_stack.undo()
    assert [a.id for a in editor.meeting.attendees] == before


def test_read_only_meeting_refuses_marks_and_edits(qtbot, editor):
    """When the editor turns read-only the keys do nothing and no cell can be edited."""
    tab = _tab(qtbot, editor)
    editor.finalize()
    _select_rows(tab, [1])
    qtbot.keyClick(tab.ui.attendeesTable, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert editor.meeting.attendees[1].attendance == Attendance.PRESENT
    assert not tab.model.flags(tab.model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not tab.ui.addAttendeeButton.isEnabled()


def test_roll_call_starts_on_the_first_person_without_a_click(qtbot, editor):
    """Right after opening, Ctrl+2 then Ctrl+3 mark the first two people: each mark moves one row down."""
    tab = _tab(qtbot, editor)
    tab.ui.attendeesTable.setFocus()
    qtbot.keyClick(tab.ui.attendeesTable, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.ui.attendeesTable, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    people = editor.meeting.attendees
    assert [people[0].attendance, people[1].attendance] == [Attendance.EXCUSED, Attendance.ABSENT]
    assert tab.list.selected_ids() == ["a3"]
    assert tab.ui.presentButton.isEnabled()


def test_pasted_numbering_column_is_dropped_and_a_single_value_fills_the_cell(qtbot, editor):
    """A "STT" column from a spreadsheet is ignored; pasting one word sets the current cell instead."""
    tab = _tab(qtbot, editor)
    QGuiApplication.clipboard().setText('1.\t"Hà Văn Bình"\tChủ tịch\tHội Nông dân tỉnh\tKhách mời\r\n')
    _select_rows(tab, [15])
    assert tab.paste(QGuiApplication.clipboard().text()) == 1
    added = editor.meeting.attendees[16]
    assert (added.name, added.position, added.group) == ("Hà Văn Bình", "Chủ tịch", Group.GUEST)
    table = tab.ui.attendeesTable
    table.setCurrentIndex(tab.model.index(16, tab.model.column_of("reason")))
    QGuiApplication.clipboard().setText("ốm")
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.meeting.attendees[16].reason == "ốm"
    assert len(editor.meeting.attendees) == 17


def test_column_widths_are_measured_on_the_first_rows_only(qtbot, editor):
    """Fitting columns to all 200 rows of a large meeting cost 0.3 s per open; a bounded sample is measured."""
    from minutes_app.gui.delegates import CONTENT_ROWS_MEASURED

    tab = _tab(qtbot, editor)
    header = tab.ui.attendeesTable.horizontalHeader()
    assert 0 < header.resizeContentsPrecision() == CONTENT_ROWS_MEASURED <= 100
