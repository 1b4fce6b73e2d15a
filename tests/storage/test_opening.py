"""Opening files: pragmas, damaged, truncated, foreign and newer files never written, full disk, busy file."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from minutes_app.messages import UserError
from minutes_app.storage import (
    BusyError,
    CorruptError,
    DiskFullError,
    ReadOnlyError,
    TooNewError,
    migrations,
    open_store,
)

from .helpers import child_env, file_hash


def test_pragmas_of_a_writable_store(store):
    """WAL, synchronous FULL, foreign keys and a busy timeout are in force on the writing connection."""
    pragma = lambda name: store._db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 1000
    assert pragma("user_version") == migrations.schema_version()


def test_missing_folders_are_created(tmp_path):
    """A first start on a fresh machine creates the data folder."""
    path = tmp_path / "a" / "b" / "minutes.sqlite3"
    with open_store(path) as opened:
        assert not opened.read_only
    assert path.exists()


def test_read_only_open_of_a_missing_file(tmp_path):
    """Viewing a file that does not exist says there is no archive there instead of creating it."""
    with pytest.raises(UserError) as caught:
        open_store(tmp_path / "none.sqlite3", read_only=True)
    assert caught.value.key == "db.no_archive"
    assert not (tmp_path / "none.sqlite3").exists()


def _try_everything(opened, meeting_ids) -> None:
    """Call each reader and writer; only UserErrors may come out, never sqlite3/peewee errors."""
    calls = [opened.list_meetings, opened.years, opened.check, lambda: opened.search("tuyên giáo")]
    calls += [lambda mid=mid: opened.load(mid) for mid in meeting_ids]
    calls += [lambda: opened.update_meeting_field(1, "agenda", "x"), lambda: opened.delete(1)]
    for call in calls:
        with contextlib.suppress(UserError):
            call()


def _open_damaged(path):
    """Either a read-only store whose reason is a CorruptError, or a CorruptError raised."""
    try:
        opened = open_store(path)
    except CorruptError as error:
        return None, error
    assert opened.read_only
    assert isinstance(opened.read_only_reason, CorruptError)
    return opened, opened.read_only_reason


def test_bytes_overwritten_in_the_middle(archive):
    """A damaged file is reported clearly, pointing to the backups, and its bytes stay as they were."""
    size = archive.stat().st_size
    with open(archive, "r+b") as handle:
        handle.seek(size // 2 - (size // 2) % 4096)
        handle.write(os.urandom(3 * 4096))
    before = file_hash(archive)
    opened, error = _open_damaged(archive)
    assert error.key in ("db.corrupt", "db.not_sqlite")
    assert str(archive) in str(error) and "\n" not in str(error)
    if opened is not None:
        _try_everything(opened, range(1, 30))
        opened.close()
    assert file_hash(archive) == before


def test_truncated_file(archive):
    """A file cut short (copy interrupted) is never written to."""
    size = archive.stat().st_size
    with open(archive, "r+b") as handle:
        handle.truncate(size // 3)
    before = file_hash(archive)
    opened, error = _open_damaged(archive)
    assert str(archive) in str(error)
    if opened is not None:
        _try_everything(opened, range(1, 30))
        opened.close()
    assert file_hash(archive) == before


@pytest.mark.parametrize(
    "content", [b"Hello, this is not a database\n" * 100, b"\x89PNG\r\n\x1a\n" + bytes(5000)]
)
def test_not_sqlite_at_all(db_path, content):
    """Pointing --db at another kind of file says so and leaves the file alone."""
    db_path.write_bytes(content)
    with pytest.raises(CorruptError) as caught:
        open_store(db_path)
    assert caught.value.key == "db.not_sqlite"
    assert str(db_path) in str(caught.value)
    assert db_path.read_bytes() == content
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_newer_schema_opens_read_only(archive):
    """A file from a newer program is viewable, not writable, with a message, and byte-for-byte unchanged."""
    connection = sqlite3.connect(archive)
    connection.execute(f"PRAGMA user_version = {migrations.schema_version() + 7}")
    connection.commit()
    connection.close()
    before = file_hash(archive)
    with open_store(archive) as opened:
        assert opened.read_only
        assert isinstance(opened.read_only_reason, TooNewError)
        assert str(migrations.schema_version() + 7) in str(opened.read_only_reason)
        assert opened.list_meetings()
        with pytest.raises(UserError):
            opened.update_meeting_field(1, "agenda", "x")
    assert file_hash(archive) == before


_READ_ONLY_CHILD = """
import sys
import time
from pathlib import Path
from minutes_app.storage import open_store, ReadOnlyError
folder = Path(sys.argv[1])
store = open_store(folder / "minutes.sqlite3")
print(store.read_only, store.read_only_reason.key, len(store.list_meetings()))
print(str(store.read_only_reason))
try:
    open_store(folder / "new.sqlite3")
except ReadOnlyError as error:
    print(error.key)
    print(str(error))
"""


def test_read_only_folder(tmp_path, archive):
    """In a folder that cannot be written, an archive opens for viewing and a new one gets a one-line reason."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    shutil.copy(archive, folder / "minutes.sqlite3")
    before = file_hash(folder / "minutes.sqlite3")
    folder.chmod(0o555)
    command = [sys.executable, "-c", _READ_ONLY_CHILD, str(folder)]
    if os.geteuid() == 0:  # root writes anywhere; drop the capabilities that let it
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    try:
        result = subprocess.run(command, capture_output=True, text=True, env=child_env(), timeout=60)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "True db.read_only_folder 24"
    assert lines[2] == "db.read_only_folder" and str(folder / "new.sqlite3") in lines[3]
    assert len(lines) == 4
    assert file_hash(folder / "minutes.sqlite3") == before


def test_disk_full_keeps_earlier_content(stored, sample_meeting):
    """When the disk fills, the write fails with DiskFullError and everything saved before is intact."""
    store, meeting_id = stored
    before = store.load(meeting_id)
    pages = store._db.execute_sql("PRAGMA page_count").fetchone()[0]
    store._db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    sample_meeting.conclusion = "Nội dung rất dài. " * 20000
    with pytest.raises(DiskFullError) as caught:
        store.add(sample_meeting)
    assert caught.value.key == "db.disk_full"
    with pytest.raises(DiskFullError):
        store.update_meeting_field(meeting_id, "conclusion", "Nội dung rất dài. " * 20000)
    assert store.load(meeting_id) == before
    assert [s.id for s in store.list_meetings()] == [meeting_id]
    assert store.check() == []


def test_busy_database_gives_busy_error(stored):
    """Another program holding a write transaction yields BusyError after the timeout, not 'database is locked'."""
    store, meeting_id = stored
    store._db.execute_sql("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(BusyError) as caught:
            store.update_meeting_field(meeting_id, "agenda", "x")
        assert "locked" not in str(caught.value).lower()
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.update_meeting_field(meeting_id, "agenda", "x")


def test_refused_write_gives_read_only_error(db_path, sample_meeting):
    """SQLite refusing a write as read-only (file or mount made read-only under the program) is ReadOnlyError."""
    with open_store(db_path) as opened:
        meeting_id = opened.add(sample_meeting)
        opened._db.execute_sql("PRAGMA query_only = 1")
        with pytest.raises(ReadOnlyError):
            opened.update_meeting_field(meeting_id, "agenda", "x")


def test_commits_reach_the_database_file_without_closing(stored):
    """The background checkpointer moves committed edits from the WAL into the file within seconds."""
    store, meeting_id = stored
    for number in range(40):
        store.update_meeting_field(meeting_id, "agenda", f"Lần sửa {number}")
    deadline = time.monotonic() + 10
    while True:
        file_only = sqlite3.connect(f"file:{store.path}?mode=ro&immutable=1", uri=True)  # ignores the WAL
        try:
            row = file_only.execute("SELECT agenda FROM meeting").fetchone()
            agenda = row[0] if row else None  # the new file holds its tables before any meeting
        except sqlite3.OperationalError:  # not even the tables have reached the file yet
            agenda = None
        finally:
            file_only.close()
        if agenda == "Lần sửa 39" or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert agenda == "Lần sửa 39"
    assert store._db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 0


def test_damage_report_is_one_line(tmp_path):
    """integrity findings span lines; the message built from them is one line naming file and backups."""
    from minutes_app.storage.errors import corrupt_error

    error = corrupt_error(
        tmp_path / "m.sqlite3", "*** in database main ***\nPage 5: btreeInitPage() error\nPage 7"
    )
    assert "\n" not in str(error) and "Page 5" in str(error) and str(tmp_path / "backups") in str(error)
