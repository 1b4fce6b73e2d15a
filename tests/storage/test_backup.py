"""Backups: consistent standalone copies, rotation, at most one automatic copy per hour, atomic backup_to."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time

from minutes_app.storage import open_store
from minutes_app.storage.engines import sqlite_backup as backup

from .helpers import several_meetings


def _meeting_titles(path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sorted(row[0] for row in connection.execute("SELECT title FROM meeting"))
    finally:
        connection.close()


def test_backup_now_is_a_sound_complete_copy(store, sample_meeting):
    """The copy passes integrity_check, holds every meeting and needs no -wal file beside it."""
    store.add_many(several_meetings(sample_meeting))
    copy_path = store.backup_now()
    assert copy_path.parent == store.path.parent / "backups"
    assert _meeting_titles(copy_path) == sorted(s.title for s in store.list_meetings())
    assert not copy_path.with_name(copy_path.name + "-wal").exists()
    assert store.backups()[0] == copy_path
    with open_store(copy_path, read_only=True) as restored:
        assert len(restored.list_meetings()) == len(store.list_meetings())


def test_backup_includes_uncheckpointed_writes(store, sample_meeting):
    """Writes still in the WAL are in the copy: the backup API reads the database, not the file."""
    meeting_id = store.add(sample_meeting)
    store.update_meeting_field(meeting_id, "agenda", "Nội dung cuối cùng")
    copy_path = store.backup_now()
    connection = sqlite3.connect(copy_path)
    assert connection.execute("SELECT agenda FROM meeting").fetchone()[0] == "Nội dung cuối cùng"
    connection.close()


def test_backup_to_a_file_and_to_a_folder(store, sample_meeting, tmp_path):
    """The command-line backup writes the named file, or a timestamped one inside a folder, and no leftovers."""
    store.add(sample_meeting)
    target = tmp_path / "out" / "copy.sqlite3"
    target.parent.mkdir()
    assert store.backup_to(target) == target
    assert _meeting_titles(target) == [sample_meeting.title]
    inside = store.backup_to(tmp_path / "out")
    assert inside.parent == tmp_path / "out" and inside != target
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted([target.name, inside.name])


def test_backup_to_replaces_atomically(store, sample_meeting, tmp_path):
    """An existing target is replaced only by a complete copy (temporary file, then rename)."""
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"old")
    store.add(sample_meeting)
    store.backup_to(target)
    assert _meeting_titles(target) == [sample_meeting.title]
    assert not list(tmp_path.glob("*.part"))


def test_backup_to_an_unwritable_place_is_a_user_error(store, tmp_path):
    """A bad destination gives a message naming it, not a sqlite3 error."""
    from minutes_app.messages import UserError

    target = tmp_path / "missing-folder" / "copy.sqlite3"
    try:
        store.backup_to(target)
    except UserError as error:
        assert str(target) in str(error)
    else:
        raise AssertionError("no error for a missing folder")


def _fake_copies(database, moments) -> list:
    folder = database.parent / "backups"
    folder.mkdir(exist_ok=True)
    made = []
    for moment in moments:
        path = folder / f"{database.stem}-{moment.strftime('%Y%m%d-%H%M%S')}{database.suffix}"
        path.write_bytes(b"")
        os.utime(path, (moment.timestamp(), moment.timestamp()))
        made.append(path)
    return made


def test_rotation_keeps_ten_newest_and_one_per_day_for_thirty_days(db_path):
    """Many copies in one day and old copies are pruned; the newest ten and one per recent day stay."""
    now = dt.datetime(2026, 3, 31, 18, 0)
    today = [now - dt.timedelta(minutes=10 * i) for i in range(15)]
    earlier_days = [now - dt.timedelta(days=d, hours=h) for d in range(1, 45) for h in (1, 5)]
    _fake_copies(db_path, today + earlier_days)
    kept_before = db_path.parent / "backups" / f"{db_path.stem}-20200101-000000-before-schema-2.sqlite3"
    kept_before.write_bytes(b"")
    backup.rotate(db_path, now)
    names = {p.name for p in backup.backups(db_path)}
    stamp = lambda m: f"{db_path.stem}-{m.strftime('%Y%m%d-%H%M%S')}{db_path.suffix}"  # noqa: E731
    assert {stamp(m) for m in today[:10]} <= names
    assert not {stamp(m) for m in today[10:]} & names
    for days in range(1, 30):
        assert stamp(now - dt.timedelta(days=days, hours=1)) in names
        assert stamp(now - dt.timedelta(days=days, hours=5)) not in names
    for days in range(30, 45):
        assert stamp(now - dt.timedelta(days=days, hours=1)) not in names
    assert kept_before.name in names
    assert len(names) == 10 + 29 + 1


def test_automatic_backup_at_most_once_an_hour(db_path, sample_meeting):
    """Opening the archive makes a copy, opening it again within the hour does not, an hour later it does."""
    with open_store(db_path) as first:
        first.add(sample_meeting)
    assert backup.backups(db_path) == []  # nothing to keep when the file was empty at opening
    open_store(db_path).close()
    assert len(backup.backups(db_path)) == 1
    open_store(db_path).close()
    assert len(backup.backups(db_path)) == 1
    old = time.time() - 2 * 3600
    os.utime(backup.backups(db_path)[0], (old, old))
    open_store(db_path).close()
    assert len(backup.backups(db_path)) == 2


def test_read_only_open_makes_no_backup(archive):
    """Viewing never writes, not even a copy."""
    for path in backup.backups(archive):
        path.unlink()
    open_store(archive, read_only=True).close()
    assert backup.backups(archive) == []
