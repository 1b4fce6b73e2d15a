"""Biểu quyết in the Kết luận tab: typed like the other tables, undoable, warning on impossible counts."""

from __future__ import annotations

from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox, QTableView
from tab_helpers import show

from minutes_app.domain.model import Attendance, ItemKind, Vote
from minutes_app.gui.directives_tab import DirectivesTab
from minutes_app.gui.votes_model import VotesTableModel

PRESENT = 12  # members present in the sample meeting (13 members, one excused; guests and press not counted)


def _tab(qtbot, editor):
    return show(qtbot, DirectivesTab(editor), height=800)


def _with_votes(editor):
    editor.insert_item(ItemKind.VOTES, Vote("v1", "Thông qua báo cáo quý 3", 12, 0, 0))
    editor.insert_item(ItemKind.VOTES, Vote("v2", "Thông qua chương trình năm 2023", 10, 1, 1))
    editor.insert_item(ItemKind.VOTES, Vote("v3", "Đề nghị khen thưởng", 9, 0, 0))
    editor.undo_stack.clear()


def _edit_count(qtbot, editor, table, model, row, field, digits):
    table.setFocus()
    table.setCurrentIndex(model.index(row, model.column_of(field)))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    spin = QApplication.focusWidget()
    assert isinstance(spin, QSpinBox)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, digits)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(editor.meeting.votes[row], field) == int(digits))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # the spin box is gone


def test_votes_model_passes_the_qt_model_tester(qtmodeltester, editor):
    """The votes model keeps Qt's model contract, also while votes are inserted, moved, removed and undone."""
    _with_votes(editor)
    model = VotesTableModel(editor)
    qtmodeltester.check(model, force_py=True)
    editor.insert_item(ItemKind.VOTES, Vote(editor.new_item_id(ItemKind.VOTES), "Thêm", 20, 0, 0), 0)
    editor.move_items(ItemKind.VOTES, list(reversed(model.ids())))
    editor.remove_items(ItemKind.VOTES, model.ids()[:1])
    editor.undo_stack.undo()
    qtmodeltester.check(model, force_py=True)


def test_the_table_is_found_by_its_object_name_in_the_conclusion_tab(qtbot, editor):
    """Acceptance checks look for a QTableView named votesTable in the Kết luận tab."""
    tab = _tab(qtbot, editor)
    table = tab.findChild(QTableView, "votesTable")
    assert table is not None and table.isVisible()
    headers = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Nội dung biểu quyết", "Tán thành", "Không tán thành", "Ý kiến khác"]


def test_a_vote_is_added_and_counted_from_the_keyboard_and_undone_step_by_step(qtbot, editor):
    """ "Thêm biểu quyết" opens the subject cell; counts are typed into spin boxes; each edit is one undo step."""
    tab = _tab(qtbot, editor)
    panel = tab.votes
    qtbot.mouseClick(panel.ui.addVoteButton, Qt.MouseButton.LeftButton)
    type_text(QApplication.focusWidget(), "Thông qua Nghị quyết hội nghị")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [v.subject for v in editor.meeting.votes] == ["Thông qua Nghị quyết hội nghị"])
    table, model = panel.ui.votesTable, panel.model
    _edit_count(qtbot, editor, table, model, 0, "in_favour", "11")
    _edit_count(qtbot, editor, table, model, 0, "abstain", "1")
    vote = editor.meeting.votes[0]
    assert (vote.in_favour, vote.against, vote.abstain) == (11, 0, 1)
    assert model.index(0, model.column_of("total")).data() == "12"
    editor.undo_stack.undo()
    assert editor.meeting.votes[0].abstain == 0
    editor.undo_stack.undo()
    assert editor.meeting.votes[0].in_favour == 0
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.meeting.votes == []


def test_counts_refuse_negative_numbers_and_words(qtbot, editor):
    """A count is a whole number from 0: "-1" or "mười" is refused, never stored as something else."""
    _with_votes(editor)
    tab = _tab(qtbot, editor)
    model = tab.votes.model
    cell = model.index(0, model.column_of("against"))
    assert not model.setData(cell, "-1")
    assert not model.setData(cell, "mười")
    assert model.setData(cell, " 2 ")
    assert editor.meeting.votes[0].against == 2
    assert not model.flags(model.index(0, model.column_of("total"))) & Qt.ItemFlag.ItemIsEditable


def test_a_total_above_the_members_present_is_warned_and_follows_the_roll_call(qtbot, editor):
    """Ballots above the members present are flagged in the table and below it; an absence updates it live."""
    _with_votes(editor)
    tab = _tab(qtbot, editor)
    panel, model = tab.votes, tab.votes.model
    warning = panel.findChild(QLabel, "votesWarningLabel")
    assert not warning.isVisible()
    assert panel.ui.presentLabel.text() == f"Thành viên có mặt: {PRESENT}"

    model.setData(model.index(2, model.column_of("against")), 4)  # 9 + 4 = 13 > 12
    assert warning.isVisible()
    assert "«Đề nghị khen thưởng»: tổng 13 phiếu, nhiều hơn 12 thành viên có mặt" in warning.text()
    total = model.index(2, model.column_of("total"))
    assert total.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "13" in total.data(Qt.ItemDataRole.ToolTipRole)

    editor.set_item_field(ItemKind.ATTENDEES, "a2", "attendance", Attendance.EXCUSED)  # 11 present now
    assert panel.ui.presentLabel.text() == "Thành viên có mặt: 11"
    assert "«Thông qua báo cáo quý 3»: tổng 12 phiếu" in warning.text()
    assert model.index(0, model.column_of("total")).data(Qt.ItemDataRole.BackgroundRole) is not None
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert not warning.isVisible()


def test_votes_reorder_with_alt_arrows_and_delete_with_undo(qtbot, editor):
    """Alt+Up in the votes table moves the vote, not a task; Delete removes it; undo puts it back."""
    _with_votes(editor)
    tab = _tab(qtbot, editor)
    table = tab.votes.ui.votesTable
    tab.votes.list.select_ids(["v3"])
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [v.id for v in editor.meeting.votes] == ["v1", "v3", "v2"]
    assert [d.id for d in editor.meeting.directives] == ["t1", "t2", "t3", "t4", "t5"]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [v.id for v in editor.meeting.votes] == ["v1", "v2"]
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert [v.id for v in editor.meeting.votes] == ["v1", "v2", "v3"]


def test_votes_of_a_finalized_meeting_are_shown_but_not_editable(qtbot, editor):
    """Finalizing freezes the votes: no cell opens and no button adds or removes."""
    _with_votes(editor)
    tab = _tab(qtbot, editor)
    editor.finalize()
    model = tab.votes.model
    assert model.rowCount() == 3
    assert not model.flags(model.index(0, model.column_of("in_favour"))) & Qt.ItemFlag.ItemIsEditable
    assert not tab.votes.ui.addVoteButton.isEnabled()
    assert not model.setData(model.index(0, model.column_of("in_favour")), 3)
