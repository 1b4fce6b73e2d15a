"""Autosave's fine-grained writes: each one changes exactly its target, keeps order, and refuses what it must."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.domain import (
    Attendance,
    Attendee,
    Directive,
    DirectiveStatus,
    ItemKind,
    Layout,
    Report,
    Vote,
)
from minutes_app.messages import UserError
from minutes_app.storage import open_store

BOTH_ENGINES = True  # every test on a store runs on a SQLite file and on a PostgreSQL server


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("agenda", "Nội dung mới của hội nghị"),
        ("start_time", dt.time(7, 45)),
        ("end_time", None),
        ("date", dt.date(2023, 1, 2)),
        ("layout", Layout.STATE),
        ("copies", 5),
        ("recipients", ["Như trên", "Lưu: VT"]),
        ("chair", "a2"),
        ("title", "Hội nghị khác"),
    ],
)
def test_update_meeting_field_changes_only_that_field(stored, field, value):
    """One autosave write changes the one field and leaves the rest of the meeting as it was."""
    store, meeting_id = stored
    expected = store.load(meeting_id)
    setattr(expected, field, value)
    store.update_meeting_field(meeting_id, field, value)
    assert store.load(meeting_id) == expected


def test_update_item_field(stored):
    """An item's field changes in place; other items and the order stay."""
    store, meeting_id = stored
    expected = store.load(meeting_id)
    expected.attendees[6].attendance = Attendance.ABSENT
    expected.directives[1].status = DirectiveStatus.DONE
    expected.reports[0].time = dt.time(8, 30)
    store.update_item_field(meeting_id, ItemKind.ATTENDEES, "a7", "attendance", Attendance.ABSENT)
    store.update_item_field(meeting_id, ItemKind.DIRECTIVES, expected.directives[1].id, "status", "done")
    store.update_item_field(meeting_id, ItemKind.REPORTS, expected.reports[0].id, "time", dt.time(8, 30))
    assert store.load(meeting_id) == expected


def test_insert_item_at_index_keeps_order(stored):
    """Insertion at the start, middle and end gives the same order as list.insert."""
    store, meeting_id = stored
    expected = store.load(meeting_id)
    for index, key in (
        (0, "n0"),
        (5, "n5"),
        (len(expected.attendees) + 2, "nend"),
        (-1, "neg"),
        (-99, "first"),
    ):
        person = Attendee(id=key, name=f"Người {key}")
        expected.attendees.insert(index, person)
        store.insert_item(meeting_id, ItemKind.ATTENDEES, person, index)
    assert store.load(meeting_id) == expected


def test_insert_each_kind(stored):
    """Every kind of item can be inserted and is loaded back as its class."""
    store, meeting_id = stored
    expected = store.load(meeting_id)
    items = {
        ItemKind.REPORTS: Report(id="r9", title="Báo cáo bổ sung", time=dt.time(9, 0)),
        ItemKind.VOTES: Vote(id="v1", subject="Thông qua nghị quyết", in_favour=12, against=1),
        ItemKind.DIRECTIVES: Directive(id="d9", content="Hoàn thành", deadline=dt.date(2022, 12, 1)),
    }
    for kind, item in items.items():
        expected.items(kind).append(item)
        store.insert_item(meeting_id, kind, item, 99)
    assert store.load(meeting_id) == expected


def test_insert_with_an_existing_id_is_refused(stored):
    """Ids are unique within a meeting; the second insert is refused and nothing changes."""
    store, meeting_id = stored
    before = store.load(meeting_id)
    with pytest.raises(UserError) as caught:
        store.insert_item(meeting_id, ItemKind.ATTENDEES, Attendee(id="a1", name="Khác"), 0)
    assert caught.value.key == "rule.duplicate_id"
    assert store.load(meeting_id) == before


def test_remove_item_closes_the_gap(stored):
    """After a removal the remaining items keep their relative order and later inserts land right."""
    store, meeting_id = stored
    expected = store.load(meeting_id)
    del expected.attendees[3]
    store.remove_item(meeting_id, ItemKind.ATTENDEES, "a4")
    assert store.load(meeting_id) == expected
    person = Attendee(id="x", name="Mới")
    expected.attendees.insert(3, person)
    store.insert_item(meeting_id, ItemKind.ATTENDEES, person, 3)
    assert store.load(meeting_id) == expected


def test_move_items_reorders(stored):
    """The given order is the stored order."""
    store, meeting_id = stored
    expected = store.load(meeting_id)
    expected.directives.reverse()
    store.move_items(meeting_id, ItemKind.DIRECTIVES, [d.id for d in expected.directives])
    assert store.load(meeting_id) == expected


def test_move_items_needs_every_id_once(stored):
    """A stale or partial order from the window is refused rather than losing items."""
    store, meeting_id = stored
    before = store.load(meeting_id)
    ids = [d.id for d in before.directives]
    with pytest.raises(ValueError):
        store.move_items(meeting_id, ItemKind.DIRECTIVES, ids[1:])
    with pytest.raises(UserError):
        store.move_items(meeting_id, ItemKind.DIRECTIVES, [*ids[1:], "nope"])
    assert store.load(meeting_id) == before


def test_unknown_item_and_meeting(stored):
    """Writes to an item or meeting that does not exist say so and change nothing."""
    store, meeting_id = stored
    with pytest.raises(UserError) as caught:
        store.update_item_field(meeting_id, ItemKind.ATTENDEES, "zz", "name", "X")
    assert caught.value.key == "meeting.item_unknown"
    with pytest.raises(UserError) as caught:
        store.remove_item(meeting_id, ItemKind.VOTES, "zz")
    assert caught.value.key == "meeting.item_unknown"
    with pytest.raises(UserError) as caught:
        store.update_meeting_field(999, "agenda", "x")
    assert caught.value.key == "meeting.unknown"


def test_fields_that_are_not_autosave_fields_are_refused(stored):
    """Status changes only through finalize/reopen, ids are not renamed in place, text is never None."""
    store, meeting_id = stored
    with pytest.raises(TypeError):
        store.update_meeting_field(meeting_id, "agenda", None)
    with pytest.raises(ValueError):
        store.update_meeting_field(meeting_id, "status", "final")
    with pytest.raises(ValueError):
        store.update_item_field(meeting_id, ItemKind.ATTENDEES, "a1", "id", "b1")


def test_nul_in_a_fine_grained_write_is_refused_and_nothing_changes(stored):
    """The autosave path applies the same NUL rule as a whole save."""
    store, meeting_id = stored
    before = store.load(meeting_id)
    for write in (
        lambda: store.update_meeting_field(meeting_id, "agenda", "a\x00b"),
        lambda: store.update_meeting_field(meeting_id, "recipients", ["ok", "x\x00"]),
        lambda: store.update_item_field(meeting_id, ItemKind.ATTENDEES, "a1", "name", "\x00"),
        lambda: store.insert_item(meeting_id, ItemKind.VOTES, Vote(id="v", subject="\x00"), 0),
    ):
        with pytest.raises(UserError) as caught:
            write()
        assert caught.value.key == "rule.nul"
    assert store.load(meeting_id) == before


def test_fine_grained_text_is_stored_nfc(stored):
    """Decomposed text typed into one field is composed before it is stored."""
    store, meeting_id = stored
    store.update_item_field(meeting_id, ItemKind.ATTENDEES, "a1", "name", "Tra\u0302\u0300n")
    store.update_meeting_field(meeting_id, "agenda", "Đa\u0309ng")
    loaded = store.load(meeting_id)
    assert loaded.attendees[0].name == "Trần" and loaded.agenda == "Đảng"


def test_every_content_write_is_refused_on_a_finalized_meeting(stored):
    """Finalized minutes are frozen: each kind of write names the minutes and changes nothing."""
    store, meeting_id = stored
    store.finalize(meeting_id)
    before = store.load(meeting_id)
    writes = [
        lambda: store.update_meeting_field(meeting_id, "agenda", "x"),
        lambda: store.update_item_field(meeting_id, ItemKind.ATTENDEES, "a1", "name", "x"),
        lambda: store.insert_item(meeting_id, ItemKind.ATTENDEES, Attendee(id="z", name="z"), 0),
        lambda: store.remove_item(meeting_id, ItemKind.ATTENDEES, "a1"),
        lambda: store.move_items(meeting_id, ItemKind.VOTES, []),
        lambda: store.replace(before),
    ]
    for write in writes:
        with pytest.raises(UserError) as caught:
            write()
        assert caught.value.key == "meeting.final"
        assert before.title in str(caught.value)
    assert store.load(meeting_id) == before


def test_writes_on_a_read_only_store_are_refused(archive_target, sample_meeting):
    """A store opened for viewing never writes, whatever the caller tries."""
    with open_store(archive_target) as writer:
        meeting_id = writer.add(sample_meeting)
    with open_store(archive_target, read_only=True) as viewer:
        for write in (
            lambda: viewer.add(sample_meeting),
            lambda: viewer.update_meeting_field(meeting_id, "agenda", "x"),
            lambda: viewer.finalize(meeting_id),
            lambda: viewer.delete(meeting_id),
        ):
            with pytest.raises(UserError) as caught:
                write()
            assert caught.value.key == "db.read_only_session"
