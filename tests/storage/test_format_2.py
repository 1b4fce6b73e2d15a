"""What format 2 stores: uids, the marks and the notice signer, reviewed directives, follow-ups."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from minutes_app.domain import canonical
from minutes_app.domain.model import (
    Circulation,
    Classification,
    DirectiveStatus,
    FollowUp,
    ItemKind,
    NoticeSigner,
    PreviousDirective,
)
from minutes_app.messages import UserError
from minutes_app.storage import open_store

BOTH_ENGINES = True  # every test on a store runs on a SQLite file and on a PostgreSQL server


def test_version_2_meeting_is_stored_whole(store, version_2_doc):
    """Every format 2 field comes back from the archive as it went in, uid included."""
    meeting = canonical.from_document(version_2_doc)
    meeting_id = store.add(copy.deepcopy(meeting))
    loaded = store.load(meeting_id)
    meeting.id = meeting_id
    assert loaded == meeting
    assert loaded.uid == version_2_doc["meeting"]["uid"]
    assert [f.status for f in loaded.followups] == [DirectiveStatus.IN_PROGRESS, DirectiveStatus.DONE]


def test_same_file_imported_twice_keeps_its_uid(store, version_2_doc):
    """A uid is kept as given, so export, import and export again give the same document."""
    first = store.add(canonical.from_document(copy.deepcopy(version_2_doc)))
    second = store.add(canonical.from_document(copy.deepcopy(version_2_doc)))
    assert store.load(first).uid == store.load(second).uid == version_2_doc["meeting"]["uid"]


def test_followups_on_a_finalized_meeting_leave_it_signed(stored):
    """Progress is recorded after signing: the content, snapshot and fingerprint stay exactly the same."""
    store, meeting_id = stored
    digest = store.finalize(meeting_id)
    before = store.finalized_versions(meeting_id)
    directive = store.load(meeting_id).directives[0].id
    later = FollowUp(directive, dt.date(2022, 12, 1), DirectiveStatus.DONE, "Đã xong <b>&</b> 🇻🇳")
    earlier = FollowUp(directive, dt.date(2022, 10, 1), DirectiveStatus.IN_PROGRESS)
    store.add_followup(meeting_id, later)
    taken_back = store.add_followup(meeting_id, earlier)
    loaded = store.load(meeting_id)
    assert loaded.followups == [earlier, later]  # by date: the last is the current status
    assert canonical.fingerprint(loaded) == digest
    assert store.finalized_versions(meeting_id) == before
    assert store.finalize(meeting_id) == digest
    store.remove_followup(meeting_id, taken_back)
    assert store.load(meeting_id).followups == [later]


def test_followup_needs_a_directive_of_the_meeting(stored):
    """A follow-up of a directive the meeting does not have is refused with the item named."""
    store, meeting_id = stored
    with pytest.raises(UserError) as caught:
        store.add_followup(meeting_id, FollowUp("nope", dt.date(2022, 10, 1), DirectiveStatus.DONE))
    assert caught.value.key == "meeting.item_unknown"
    with pytest.raises(UserError):
        store.add_followup(meeting_id, FollowUp("d1", dt.date(2022, 10, 1), DirectiveStatus.DONE, "a\x00b"))


def test_followups_are_refused_on_a_read_only_store(stored, archive_target):
    """A read-only session writes nothing, follow-ups included."""
    store, meeting_id = stored
    directive = store.load(meeting_id).directives[0].id
    with open_store(archive_target, read_only=True) as reader, pytest.raises(UserError) as caught:
        reader.add_followup(meeting_id, FollowUp(directive, dt.date(2022, 10, 1), DirectiveStatus.DONE))
    assert caught.value.key == "db.read_only_session"


def test_previous_directives_take_fine_grained_writes(stored):
    """Reviewed directives are rows like the others: inserted, edited, searched, removed one by one."""
    store, meeting_id = stored
    item = PreviousDirective(
        "p1", "Rà soát đội ngũ báo cáo viên", source_meeting_uid="u-1", source_directive_id="d2"
    )
    store.insert_item(meeting_id, ItemKind.PREVIOUS_DIRECTIVES, item, 0)
    store.update_item_field(meeting_id, ItemKind.PREVIOUS_DIRECTIVES, "p1", "result", "Đã kiện toàn đủ")
    store.update_item_field(meeting_id, ItemKind.PREVIOUS_DIRECTIVES, "p1", "status", DirectiveStatus.DONE)
    [loaded] = store.load(meeting_id).previous_directives
    assert (loaded.result, loaded.status) == ("Đã kiện toàn đủ", DirectiveStatus.DONE)
    assert [hit.id for hit in store.search("kien toan")] == [meeting_id]
    store.remove_item(meeting_id, ItemKind.PREVIOUS_DIRECTIVES, "p1")
    assert store.load(meeting_id).previous_directives == []


def test_marks_and_notice_signer_take_fine_grained_writes(stored):
    """The two marks and the notice signer are meeting fields that autosave writes one at a time."""
    store, meeting_id = stored
    signer = NoticeSigner("TL.", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Nguyễn Văn An")
    store.update_meeting_field(meeting_id, "circulation", Circulation.RETURN_AFTER_READING)
    store.update_meeting_field(meeting_id, "classification", Classification.TOP_SECRET)
    store.update_meeting_field(meeting_id, "notice_signer", signer)
    loaded = store.load(meeting_id)
    assert (loaded.circulation, loaded.classification) == (
        Circulation.RETURN_AFTER_READING,
        Classification.TOP_SECRET,
    )
    assert loaded.notice_signer == signer
    with pytest.raises(ValueError):
        store.update_meeting_field(meeting_id, "uid", "another")
