"""The Kết luận tab: the conclusion text and the table of tasks, typed into like a spreadsheet."""

from __future__ import annotations

import datetime as dt

from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from tab_helpers import show

from minutes_app.domain.model import DirectiveStatus
from minutes_app.gui.directives_tab import DirectivesTab


def _tab(qtbot, editor):
    return show(qtbot, DirectivesTab(editor))


def _edit_cell(qtbot, tab, row, field, text):
    table = tab.ui.directivesTable
    table.setFocus()
    table.setCurrentIndex(tab.model.index(row, tab.model.column_of(field)))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor_widget = QApplication.focusWidget()
    editor_widget.selectAll()
    type_text(editor_widget, text)
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)


def test_conclusion_is_written_as_typed_and_undone_in_one_step(qtbot, editor):
    """Typing at the end of the conclusion stores it; one undo returns the text the chair had."""
    tab = _tab(qtbot, editor)
    before = editor.meeting.conclusion
    edit = tab.ui.conclusionEdit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, " (đã thống nhất)")
    assert editor.meeting.conclusion == before + " (đã thống nhất)"
    editor.undo_stack.undo()
    assert edit.toPlainText() == before


def test_new_task_is_typed_into_its_cells_deadline_and_status_included(qtbot, editor):
    """ "Thêm nhiệm vụ" opens the content cell; deadline "15/1/2023" and the status combo store typed values."""
    tab = _tab(qtbot, editor)
    tab.list.select_ids(["t5"])
    qtbot.mouseClick(tab.ui.addDirectiveButton, Qt.MouseButton.LeftButton)
    type_text(QApplication.focusWidget(), "Tổng kết công tác năm 2022")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.meeting.directives[5].content == "Tổng kết công tác năm 2022")
    _edit_cell(qtbot, tab, 5, "deadline", "15/1/2023")
    qtbot.waitUntil(lambda: editor.meeting.directives[5].deadline == dt.date(2023, 1, 15))
    _edit_cell(qtbot, tab, 5, "deadline_text", "trước Tết")
    qtbot.waitUntil(lambda: editor.meeting.directives[5].deadline_text == "trước Tết")
    table = tab.ui.directivesTable
    table.setCurrentIndex(tab.model.index(5, tab.model.column_of("status")))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.meeting.directives[5].status is DirectiveStatus.IN_PROGRESS)
    assert tab.model.index(5, tab.model.column_of("status")).data() == "Đang thực hiện"


def test_tasks_move_and_remove_with_undo(qtbot, editor):
    """Alt+Up moves a task up; Delete removes it; undo brings it back in place."""
    tab = _tab(qtbot, editor)
    tab.list.select_ids(["t3"])
    tab.ui.directivesTable.setFocus()
    qtbot.keyClick(tab.ui.directivesTable, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [d.id for d in editor.meeting.directives] == ["t1", "t3", "t2", "t4", "t5"]
    qtbot.keyClick(tab.ui.directivesTable, Qt.Key.Key_Delete)
    assert [d.id for d in editor.meeting.directives] == ["t1", "t2", "t4", "t5"]
    assert tab.list.current_id() == "t2"
    editor.undo_stack.undo()
    assert [d.id for d in editor.meeting.directives] == ["t1", "t3", "t2", "t4", "t5"]


def test_read_only_conclusion_and_tasks(qtbot, editor):
    """A finalized meeting's conclusion and tasks cannot be typed into."""
    tab = _tab(qtbot, editor)
    editor.finalize()
    assert tab.ui.conclusionEdit.isReadOnly()
    assert not tab.model.flags(tab.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not tab.ui.addDirectiveButton.isEnabled()
