"""The item table models: Qt's model contract, edits as commands, reordering by drag and drop."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from minutes_app.domain.model import Attendance, DirectiveStatus
from minutes_app.gui.speaker_completer import AttendeeListModel
from minutes_app.gui.table_models import (
    AttendeesTableModel,
    DirectivesTableModel,
    DiscussionTableModel,
    ReportsTableModel,
)

MODELS = [AttendeesTableModel, ReportsTableModel, DiscussionTableModel, DirectivesTableModel]


@pytest.mark.parametrize("model_class", MODELS, ids=lambda cls: cls.__name__)
def test_every_item_model_passes_the_qt_model_tester(qtmodeltester, editor, model_class):
    """Each table model keeps Qt's model contract, also while the editor inserts, removes and moves."""
    model = model_class(editor)
    qtmodeltester.check(model, force_py=True)
    kind = model.KIND
    first = model.item_at(0)
    editor.insert_item(kind, type(first)(**{**vars(first), "id": editor.new_item_id(kind)}), 0)
    editor.move_items(kind, list(reversed(model.ids())))
    editor.remove_items(kind, model.ids()[:1])
    editor.undo_stack.undo()
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("none_label", [None, "—"])
def test_attendee_list_model_passes_the_qt_model_tester(qtmodeltester, editor, none_label):
    """The people chooser model keeps Qt's model contract, with or without its "nobody" row."""
    model = AttendeeListModel(editor, none_label=none_label)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 16 + (1 if none_label else 0)


def test_set_data_turns_typed_text_into_domain_values_through_commands(editor):
    """Times, dates and choices typed in cells are parsed and stored as one undoable command each."""
    attendees = AttendeesTableModel(editor)
    arrived = attendees.index(0, attendees.column_of("arrived"))
    assert attendees.setData(arrived, "8h40")
    assert editor.meeting.attendees[0].arrived == dt.time(8, 40)
    assert arrived.data() == "08:40"
    assert attendees.setData(arrived, "tám giờ")  # kept in the cell, marked, not stored
    assert editor.meeting.attendees[0].arrived == dt.time(8, 40)
    assert arrived.data() == "tám giờ"
    assert "tám giờ" in arrived.data(Qt.ItemDataRole.ToolTipRole)
    assert attendees.setData(attendees.index(1, attendees.column_of("attendance")), Attendance.ABSENT)
    assert editor.meeting.attendees[1].attendance == Attendance.ABSENT
    assert attendees.index(1, attendees.column_of("attendance")).data() == "Vắng không lý do"

    directives = DirectivesTableModel(editor)
    deadline = directives.index(2, directives.column_of("deadline"))
    assert directives.setData(deadline, "15/1/2023")
    assert editor.meeting.directives[2].deadline == dt.date(2023, 1, 15)
    assert not directives.setData(directives.index(0, directives.column_of("status")), "xong")
    assert editor.undo_stack.count() == 3
    editor.undo_stack.undo()
    assert editor.meeting.directives[2].deadline is None
    assert editor.meeting.directives[0].status == DirectiveStatus.OPEN


def test_names_of_referenced_people_follow_renames(editor, qtbot):
    """Renaming an attendee refreshes the speaker column of the discussion at once."""
    model = DiscussionTableModel(editor)
    speaker = model.index(0, model.column_of("speaker"))
    assert speaker.data() == "Lý Văn Tuấn"
    with qtbot.waitSignal(model.dataChanged):
        editor.set_item_field(AttendeesTableModel.KIND, "a5", "name", "Lý Văn Tuân")
    assert speaker.data() == "Lý Văn Tuân"


def test_drop_reorders_through_the_editor_without_removing_rows(editor):
    """Dropping dragged rows moves them before the drop row as one move; the view cannot delete them."""
    model = AttendeesTableModel(editor)
    data = model.mimeData([model.index(3, 0), model.index(4, 2)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert [a.id for a in editor.meeting.attendees[:6]] == ["a1", "a4", "a5", "a2", "a3", "a6"]
    assert not model.removeRows(0, 2)
    assert len(editor.meeting.attendees) == 16
    assert not DirectivesTableModel(editor).canDropMimeData(
        data, Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )
    editor.undo_stack.undo()
    assert [a.id for a in editor.meeting.attendees[:3]] == ["a1", "a2", "a3"]
