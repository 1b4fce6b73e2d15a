"""Finalizing and reopening: status, fingerprint, kept snapshots."""

from __future__ import annotations

import pytest

from minutes_app.domain import Status, canonical
from minutes_app.messages import UserError

BOTH_ENGINES = True  # every test on a store runs on a SQLite file and on a PostgreSQL server


def test_finalize_sets_status_and_returns_the_printed_fingerprint(stored):
    """The fingerprint returned is the one the finalized PDF prints for this content."""
    store, meeting_id = stored
    content = store.load(meeting_id)
    digest = store.finalize(meeting_id)
    assert digest == canonical.fingerprint(content)
    assert store.load(meeting_id).status == Status.FINAL


def test_snapshot_is_the_finalized_content(stored):
    """The kept version is the meeting as it was when finalized."""
    store, meeting_id = stored
    digest = store.finalize(meeting_id)
    [(finalized_at, kept_digest, kept)] = store.finalized_versions(meeting_id)
    assert kept_digest == digest and finalized_at
    assert kept == store.load(meeting_id)


def test_finalizing_twice_keeps_one_snapshot(stored):
    """Pressing finalize again is harmless: same fingerprint, no second version."""
    store, meeting_id = stored
    assert store.finalize(meeting_id) == store.finalize(meeting_id)
    assert len(store.finalized_versions(meeting_id)) == 1


def test_reopen_allows_edits_and_keeps_the_earlier_version(stored):
    """After reopening and editing, both finalized versions remain, newest first."""
    store, meeting_id = stored
    first = store.finalize(meeting_id)
    store.reopen(meeting_id)
    assert store.load(meeting_id).status == Status.DRAFT
    store.update_meeting_field(meeting_id, "conclusion", "Kết luận đã sửa")
    second = store.finalize(meeting_id)
    versions = store.finalized_versions(meeting_id)
    assert [v[1] for v in versions] == [second, first]
    assert versions[0][2].conclusion == "Kết luận đã sửa"
    assert versions[1][2].conclusion != "Kết luận đã sửa"


def test_adding_a_finalized_meeting_keeps_a_snapshot(store, sample_meeting):
    """An imported finalized meeting arrives frozen and with its fingerprint on record."""
    sample_meeting.status = Status.FINAL
    meeting_id = store.add(sample_meeting)
    assert store.load(meeting_id).status == Status.FINAL
    assert store.finalized_versions(meeting_id)[0][1] == canonical.fingerprint(sample_meeting)


def test_finalize_of_unknown_meeting(store):
    """Unknown ids are user errors here too."""
    for call in (store.finalize, store.reopen, store.finalized_versions):
        with pytest.raises(UserError) as caught:
            call(77)
        assert caught.value.key == "meeting.unknown"
