"""Whole-meeting reads and writes: round trip, NFC entry, verbatim text, NUL refusal, lists and years."""

from __future__ import annotations

import copy
import datetime as dt
import unicodedata

import pytest

from minutes_app.domain import Attendee, ItemKind, Status
from minutes_app.messages import UserError
from minutes_app.storage import open_store

from .helpers import several_meetings

BOTH_ENGINES = True  # every test on a store runs on a SQLite file and on a PostgreSQL server


def test_sample_round_trip_keeps_everything(store, sample_meeting):
    """What is loaded is exactly what was saved: every field, item ids and item order."""
    saved = copy.deepcopy(sample_meeting)
    meeting_id = store.add(saved)
    loaded = store.load(meeting_id)
    assert loaded == saved
    for kind in ItemKind:
        assert [item.id for item in loaded.items(kind)] == [item.id for item in sample_meeting.items(kind)]
    assert loaded.recipients == sample_meeting.recipients


def test_round_trip_survives_reopening_the_file(archive_target, sample_meeting):
    """The meeting is on disk, not only in a connection's cache."""
    with open_store(archive_target) as first:
        meeting_id = first.add(copy.deepcopy(sample_meeting))
    with open_store(archive_target, read_only=True) as second:
        loaded = second.load(meeting_id)
    sample_meeting.id = meeting_id
    assert loaded.uid  # a meeting stored without a uid is given one
    sample_meeting.uid = loaded.uid
    assert loaded == sample_meeting


def test_add_sets_the_id_on_the_meeting(store, sample_meeting):
    """The window keeps editing the object it added, so it needs its database id."""
    meeting_id = store.add(sample_meeting)
    assert sample_meeting.id == meeting_id
    assert store.add(copy.deepcopy(sample_meeting)) != meeting_id


def test_times_with_seconds_and_empty_optionals_round_trip(store, sample_meeting):
    """Times, dates, None and counts come back with their types, not as strings."""
    sample_meeting.start_time = dt.time(7, 30, 15)
    sample_meeting.end_time = None
    sample_meeting.copies = None
    sample_meeting.attendees[0].arrived = dt.time(8, 5)
    sample_meeting.directives[0].deadline = dt.date(2022, 12, 31)
    meeting_id = store.add(sample_meeting)
    loaded = store.load(meeting_id)
    assert loaded.start_time == dt.time(7, 30, 15)
    assert loaded.end_time is None and loaded.copies is None
    assert loaded.attendees[0].arrived == dt.time(8, 5)
    assert loaded.directives[0].deadline == dt.date(2022, 12, 31)


def test_decomposed_input_is_stored_composed(store, sample_meeting):
    """Text typed decomposed (macOS, Unikey tổ hợp) is stored NFC so that printing places the marks."""
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hường")
    sample_meeting.title = unicodedata.normalize("NFD", "Hội nghị Ban Chấp hành")
    sample_meeting.attendees[0].name = decomposed
    sample_meeting.recipients = [unicodedata.normalize("NFD", "Lưu Văn phòng")]
    meeting_id = store.add(sample_meeting)
    loaded = store.load(meeting_id)
    assert loaded.title == "Hội nghị Ban Chấp hành"
    assert loaded.attendees[0].name == unicodedata.normalize("NFC", decomposed)
    assert loaded.recipients == ["Lưu Văn phòng"]
    assert unicodedata.is_normalized("NFC", loaded.attendees[0].name)


def test_markup_and_emoji_are_kept_verbatim(store, sample_meeting):
    """User text is text: angle brackets, ampersands, quotes and emoji come back unchanged."""
    text = "<b>Đảng</b> & \"nhân dân\" 'x' -- DROP TABLE meeting; 🇻🇳👍🏽 \\n \t tab"
    sample_meeting.agenda = text
    sample_meeting.discussion[0].content = text
    meeting_id = store.add(sample_meeting)
    loaded = store.load(meeting_id)
    assert loaded.agenda == text
    assert loaded.discussion[0].content == text


def test_a_hundred_thousand_character_field(store, sample_meeting):
    """A very long contribution is stored and loaded whole."""
    long_text = ("Đồng chí phát biểu về công tác tuyên truyền. " * 3000)[:100_000]
    sample_meeting.discussion[0].content = long_text
    meeting_id = store.add(sample_meeting)
    assert store.load(meeting_id).discussion[0].content == long_text
    store.update_meeting_field(meeting_id, "conclusion", long_text)
    assert store.load(meeting_id).conclusion == long_text


def test_nul_is_refused_with_the_validation_message_and_nothing_is_stored(store, sample_meeting):
    """A NUL would be cut by C libraries: the meeting is refused, named where, and nothing is written."""
    sample_meeting.attendees[2].name = "Nông\x00Thị"
    with pytest.raises(UserError) as caught:
        store.add(sample_meeting)
    assert caught.value.key == "rule.nul"
    assert "attendees[2].name" in str(caught.value) and "NUL" in str(caught.value)
    assert store.list_meetings() == []


def test_duplicate_item_ids_are_refused(store, sample_meeting):
    """Two attendees with one id would make references ambiguous: refused with the rule's message."""
    sample_meeting.attendees.append(Attendee(id="a1", name="Người trùng mã"))
    with pytest.raises(UserError) as caught:
        store.add(sample_meeting)
    assert caught.value.key == "rule.duplicate_id"
    assert store.list_meetings() == []


def test_load_of_an_unknown_id(store):
    """A missing meeting is a user error naming the id, not a peewee DoesNotExist."""
    with pytest.raises(UserError) as caught:
        store.load(4242)
    assert caught.value.key == "meeting.unknown" and "4242" in str(caught.value)


def test_list_is_newest_first_and_filters(store, sample_meeting):
    """The archive lists by date, newest first, and filters by year and status."""
    ids = [store.add(m) for m in several_meetings(sample_meeting)]
    listed = store.list_meetings()
    assert [s.date for s in listed] == sorted((s.date for s in listed), reverse=True)
    assert {s.id for s in listed} == set(ids)
    assert {s.date.year for s in store.list_meetings(year=2022)} == {2022}
    assert store.years() == [2022, 2021]
    store.finalize(ids[0])
    assert [s.id for s in store.list_meetings(status=Status.FINAL)] == [ids[0]]
    assert len(store.list_meetings(status=Status.DRAFT)) == len(ids) - 1


def test_replace_overwrites_the_whole_meeting(stored, sample_meeting):
    """Import over a meeting replaces its fields and items, keeping its id."""
    store, meeting_id = stored
    changed = store.load(meeting_id)
    changed.title = "Tiêu đề mới"
    changed.attendees = changed.attendees[:3]
    changed.directives.reverse()
    store.replace(changed)
    assert store.load(meeting_id) == changed


def test_delete_removes_the_meeting_and_its_items(stored):
    """A deleted meeting cannot be loaded, listed or found, and its rows are gone."""
    store, meeting_id = stored
    store.delete(meeting_id)
    assert store.list_meetings() == []
    assert store.search("tuyên giáo") == []
    with pytest.raises(UserError):
        store.load(meeting_id)
    count = store._db.execute_sql("SELECT count(*) FROM attendee").fetchone()[0]
    assert count == 0


def test_add_many_is_all_or_nothing(store, sample_meeting):
    """One unstorable meeting in a batch stores none of them and leaves none looking stored."""
    batch = several_meetings(sample_meeting, 3)
    batch[2].agenda = "x\x00"
    with pytest.raises(UserError):
        store.add_many(batch)
    assert store.list_meetings() == []
    assert [m.id for m in batch] == [None, None, None]
    batch[2].agenda = "x"
    assert len(store.add_many(batch)) == 3


def test_two_threads_on_two_archives_each_keep_their_own(store, sample_meeting, tmp_path, monkeypatch):
    """A call in one thread (a server's writer) is not turned to another archive by a call that another
    thread makes on a second store in the middle of it."""
    import threading

    from minutes_app.storage import repository

    meeting_id = store.add(sample_meeting)
    other = open_store(tmp_path / "other.sqlite3")
    elsewhere = copy.deepcopy(sample_meeting)
    elsewhere.title = "Một cuộc họp của kho khác"
    assert other.add(elsewhere) == meeting_id
    paused, resume = threading.Event(), threading.Event()
    real = repository.bound_db

    def pausing():
        if threading.current_thread().name == "writer" and not paused.is_set():
            paused.set()
            resume.wait(10)
        return real()

    monkeypatch.setattr(repository, "bound_db", pausing)
    loaded = []
    writer = threading.Thread(target=lambda: loaded.append(store.load(meeting_id)), name="writer")
    writer.start()
    assert paused.wait(10)
    assert other.load(meeting_id).title == elsewhere.title  # this thread's rows now point at the other
    resume.set()
    writer.join(10)
    other.close()
    assert [meeting.title for meeting in loaded] == [sample_meeting.title]
