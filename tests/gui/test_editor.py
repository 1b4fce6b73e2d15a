"""The editing contract: commands change the meeting, merge typing, undo exactly, and reach the database."""

from __future__ import annotations

import pytest

from minutes_app.domain import Attendance, Attendee, ItemKind
from minutes_app.gui.editor import MeetingEditor


@pytest.fixture
def editor(qtbot, store):
    opened = MeetingEditor(store)
    opened.open_meeting(store.list_meetings()[0].id)
    yield opened
    opened.autosave.discard()


def test_typing_merges_into_one_undo_step(editor):
    """Keystrokes in one field are one undo step; undo brings back the text from before typing."""
    before = editor.meeting.agenda
    for length in range(1, 6):
        editor.set_meeting_field(
            "agenda", before + "thêm"[:length] if length <= 4 else before + "thêm.", typing=True
        )
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.meeting.agenda == before


def test_flush_ends_the_merge(editor):
    """After focus leaves a field, the next typing in it is a separate undo step."""
    editor.set_meeting_field("location", "Phòng họp 1", typing=True)
    editor.flush()
    editor.set_meeting_field("location", "Phòng họp 12", typing=True)
    assert editor.undo_stack.count() == 2


def test_remove_is_one_macro_and_undo_restores_order(editor, store):
    """Deleting several rows is one undo step, and undo puts each row back at its place, in the database too."""
    ids = [a.id for a in editor.meeting.attendees]
    editor.remove_items(ItemKind.ATTENDEES, [ids[1], ids[3]])
    assert editor.undo_stack.count() == 1
    assert [a.id for a in store.load(editor.meeting.id).attendees] == [
        i for i in ids if i not in (ids[1], ids[3])
    ]
    editor.undo_stack.undo()
    assert [a.id for a in editor.meeting.attendees] == ids
    assert [a.id for a in store.load(editor.meeting.id).attendees] == ids


def test_insert_move_and_item_field_are_written_through(editor, store):
    """Structural edits reach the database at once, in the order they were made."""
    new_id = editor.new_item_id(ItemKind.ATTENDEES)
    editor.insert_item(ItemKind.ATTENDEES, Attendee(id=new_id, name="Lương Văn Mới"), 0)
    editor.set_item_field(ItemKind.ATTENDEES, new_id, "attendance", Attendance.EXCUSED)
    order = [a.id for a in editor.meeting.attendees]
    order.append(order.pop(0))
    editor.move_items(ItemKind.ATTENDEES, order)
    stored = store.load(editor.meeting.id)
    assert [a.id for a in stored.attendees] == order
    assert stored.attendee(new_id).attendance == Attendance.EXCUSED


def test_signals_tell_the_tabs_what_changed(editor, qtbot):
    """Redo and undo both emit the field signal, so a tab refreshes either way."""
    with qtbot.waitSignal(editor.meetingFieldChanged, check_params_cb=lambda f: f == "title"):
        editor.set_meeting_field("title", "Hội nghị khác")
    with qtbot.waitSignal(
        editor.itemChanged, check_params_cb=lambda k, i, f: (k, i, f) == ("attendees", "a2", "name")
    ):
        editor.set_item_field(ItemKind.ATTENDEES, "a2", "name", "Hoàng Văn Thắng B")
    with qtbot.waitSignal(editor.meetingFieldChanged):
        editor.undo_stack.undo()
        editor.undo_stack.undo()
    assert editor.meeting.title != "Hội nghị khác"


def test_new_item_ids_follow_the_kind(editor):
    """Ids are short, per kind, and never reuse one in the meeting."""
    assert editor.new_item_id(ItemKind.ATTENDEES) == "a17"
    assert editor.new_item_id(ItemKind.VOTES) == "v1"


def test_nul_characters_never_block_a_paragraph(editor, store):
    """Text pasted with a NUL character is stored without it instead of being refused whole."""
    editor.set_meeting_field("agenda", "Chương trình\x00 họp")
    editor.insert_item(
        ItemKind.ATTENDEES, Attendee(id=editor.new_item_id(ItemKind.ATTENDEES), name="Lò\x00 Văn A")
    )
    stored = store.load(editor.meeting.id)
    assert stored.agenda == editor.meeting.agenda == "Chương trình họp"
    assert stored.attendees[-1].name == "Lò Văn A"
    assert editor.autosave.pending == 0


def test_choices_keep_their_type(editor):
    """Enumerated values (status, attendance, layout) stay enumerations through the editor."""
    from minutes_app.domain import DirectiveStatus, Layout

    editor.set_item_field(ItemKind.DIRECTIVES, "t1", "status", DirectiveStatus.DONE)
    editor.set_meeting_field("layout", Layout.STATE)
    assert editor.meeting.directives[0].status is DirectiveStatus.DONE
    assert editor.meeting.layout is Layout.STATE
