"""The journal's operations: edits as data that write exactly what the direct calls write, kept on disk in order."""

from __future__ import annotations

import datetime as dt

from minutes_app.domain import Attendee, ItemKind, Meeting
from minutes_app.domain.model import NoticeSigner
from minutes_app.messages import UserError
from minutes_app.storage import journal, open_store
from minutes_app.storage.journal import Journal, Operation


def _operations(meeting: Meeting) -> list[Operation]:
    first = meeting.attendees[0].id
    newcomer = Attendee(id="a900", name="Lò Thị Mây", position="Chuyên viên", arrived=dt.time(8, 45, 30))
    return [
        journal.meeting_field(meeting, "agenda", "Thông qua chương trình 🗳️ <b>&amp;</b>"),
        journal.meeting_field(meeting, "start_time", dt.time(7, 30, 15)),
        journal.meeting_field(meeting, "date", dt.date(2022, 9, 21)),
        journal.meeting_field(meeting, "recipients", ["Như trên", "Lưu VP"]),
        journal.meeting_field(meeting, "notice_signer", NoticeSigner(authority="T/L", name="Hoàng Văn Minh")),
        journal.meeting_field(meeting, "copies", None),
        journal.item_field(meeting, ItemKind.ATTENDEES, first, "position", "Trưởng ban"),
        journal.insert_item(meeting, ItemKind.ATTENDEES, newcomer, 1),
        journal.move_items(
            meeting, ItemKind.ATTENDEES, [a.id for a in reversed(meeting.attendees)] + ["a900"]
        ),
        journal.remove_item(meeting, ItemKind.ATTENDEES, first),
    ]


def test_operations_write_what_the_direct_calls_write(tmp_path, sample_meeting):
    """Replaying operations (after a trip through the journal file) leaves the same meeting as direct calls."""
    with (
        open_store(tmp_path / "direct.sqlite3") as direct,
        open_store(tmp_path / "replayed.sqlite3") as replayed,
    ):
        direct_id = direct.add(sample_meeting)
        meeting = direct.load(direct_id)
        replayed_id = replayed.add(meeting)
        operations = _operations(meeting)
        kept = Journal("archive", tmp_path / "journal")
        kept.save(operations)
        loaded = kept.load()
        assert loaded == operations
        for operation in loaded:
            operation.apply(replayed)
        first = meeting.attendees[0].id
        order = [a.id for a in reversed(meeting.attendees)] + ["a900"]
        direct.update_meeting_field(direct_id, "agenda", "Thông qua chương trình 🗳️ <b>&amp;</b>")
        direct.update_meeting_field(direct_id, "start_time", dt.time(7, 30, 15))
        direct.update_meeting_field(direct_id, "date", dt.date(2022, 9, 21))
        direct.update_meeting_field(direct_id, "recipients", ["Như trên", "Lưu VP"])
        direct.update_meeting_field(
            direct_id, "notice_signer", NoticeSigner(authority="T/L", name="Hoàng Văn Minh")
        )
        direct.update_meeting_field(direct_id, "copies", None)
        direct.update_item_field(direct_id, ItemKind.ATTENDEES, first, "position", "Trưởng ban")
        newcomer = Attendee(id="a900", name="Lò Thị Mây", position="Chuyên viên", arrived=dt.time(8, 45, 30))
        direct.insert_item(direct_id, ItemKind.ATTENDEES, newcomer, 1)
        direct.move_items(direct_id, ItemKind.ATTENDEES, order)
        direct.remove_item(direct_id, ItemKind.ATTENDEES, first)
        expected, got = direct.load(direct_id), replayed.load(replayed_id)
        expected.id = got.id
        assert got == expected
        newcomer = next(a for a in got.attendees if a.id == "a900")
        assert got.start_time == dt.time(7, 30, 15) and newcomer.arrived == dt.time(8, 45, 30)


def test_keys_coalesce_fields_but_never_inserts_or_removals(sample_meeting):
    """Two values of one field share a key (the newer replaces the older); row insertions and removals never do."""
    sample_meeting.id, sample_meeting.uid = 3, "u"
    first, second = (
        journal.meeting_field(sample_meeting, "agenda", "A"),
        journal.meeting_field(sample_meeting, "agenda", "AB"),
    )
    assert first.key == second.key == ("field", 3, "agenda")
    assert journal.meeting_field(sample_meeting, "location", "x").key != first.key
    assert journal.remove_item(sample_meeting, ItemKind.ATTENDEES, "a1").key is None
    assert journal.insert_item(sample_meeting, ItemKind.ATTENDEES, sample_meeting.attendees[0], 0).key is None


def test_the_journal_file_is_complete_or_absent(tmp_path, sample_meeting):
    """Saving replaces the whole queue at once; an empty queue removes the file; another archive's file is not read."""
    sample_meeting.id, sample_meeting.uid = 1, "u"
    kept = Journal("postgresql://office/archive", tmp_path)
    kept.save([journal.meeting_field(sample_meeting, "agenda", "một")])
    kept.save(
        [
            journal.meeting_field(sample_meeting, "agenda", "hai"),
            journal.meeting_field(sample_meeting, "location", "ba"),
        ]
    )
    assert [op.args["value"] for op in kept.load()] == ["hai", "ba"]
    assert not list(tmp_path.glob(".*.part"))
    assert Journal("postgresql://office/other", tmp_path).load() == []
    kept.save([])
    assert not kept.exists() and kept.load() == []


def test_a_journal_for_a_meeting_that_is_gone_is_reported_not_replayed(tmp_path, sample_meeting):
    """Edits kept for a meeting whose id now holds another meeting (or none) are dropped with a message."""
    with open_store(tmp_path / "a.sqlite3") as store:
        meeting_id = store.add(sample_meeting)
        meeting = store.load(meeting_id)
        ours = journal.meeting_field(meeting, "agenda", "giữ")
        stranger = Operation(
            "update_meeting_field", meeting_id, "another-uid", {"field": "agenda", "value": "x"}
        )
        missing = Operation("update_meeting_field", 999, "u", {"field": "agenda", "value": "y"})
        reported: list[UserError] = []
        kept = journal.still_ours(store, [stranger, ours, missing], reported.append)
        assert kept == [ours]
        assert [error.key for error in reported] == ["journal.meeting_gone", "journal.meeting_gone"]
