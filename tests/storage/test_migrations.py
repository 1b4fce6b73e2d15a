"""Schema versions: an older file is upgraded in transactions after a backup; the rows match the tables."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from minutes_app.domain import canonical
from minutes_app.domain.model import Circulation, Classification
from minutes_app.messages import UserError
from minutes_app.storage import migrations, open_store
from minutes_app.storage.models import ALL_ROWS


def _version_one_file(path) -> None:
    """A file as the first schema left it: tables and rows, no search index."""
    db = SqliteDatabase(str(path))
    db.connect()
    with db.atomic():
        migrations.MIGRATIONS[0](db)
        db.execute_sql(
            "INSERT INTO meeting (id, title, date, agenda, created_at, updated_at) "
            "VALUES (7, 'Hội nghị Ban Chấp hành Đảng bộ', '2020-05-04', 'Sơ kết công tác dân vận', 'x', 'x')"
        )
        db.execute_sql(
            "INSERT INTO attendee (meeting_id, key, ordinal, name, position) "
            "VALUES (7, 'a1', 0, 'Hoàng Thị Thúy', 'Bí thư')"
        )
        db.execute_sql("PRAGMA user_version = 1")
    db.close()


def test_version_one_file_is_upgraded_and_keeps_its_meetings(db_path):
    """Opening an older file upgrades it: data kept, search index built for the old meetings."""
    _version_one_file(db_path)
    with open_store(db_path) as opened:
        assert not opened.read_only
        assert opened._db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
        meeting = opened.load(7)
        assert meeting.title == "Hội nghị Ban Chấp hành Đảng bộ"
        assert meeting.attendees[0].name == "Hoàng Thị Thúy"
        assert [h.id for h in opened.search("dan van")] == [7]
        assert [h.id for h in opened.search("hoang thi thuy")] == [7]


def test_a_backup_is_made_before_upgrading(db_path):
    """The file as it was before the upgrade is kept in backups/, still at its old version."""
    _version_one_file(db_path)
    with open_store(db_path) as opened:
        before = [p for p in opened.backups() if "before-schema" in p.name]
    assert len(before) == 1
    connection = sqlite3.connect(before[0])
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    assert connection.execute("SELECT title FROM meeting").fetchone()[0] == "Hội nghị Ban Chấp hành Đảng bộ"
    connection.close()


def test_a_failing_step_leaves_the_file_at_its_last_version(db_path, sample_meeting, monkeypatch):
    """A migration that fails (on the copy it is tried on first) writes nothing: the file is byte-identical,
    no backup is made, and it stays usable at the earlier version."""
    with open_store(db_path) as opened:
        meeting_id = opened.add(sample_meeting)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()

    def broken_step(db):
        db.execute_sql("CREATE TABLE half_done (x)")
        db.execute_sql("UPDATE meeting SET title = 'changed'")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken_step])
    with pytest.raises(UserError) as caught:
        open_store(db_path)
    assert caught.value.key == "db.upgrade_refused"
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert not [p for p in (db_path.parent / "backups").iterdir() if "before-schema" in p.name]
    monkeypatch.undo()
    with open_store(db_path) as again:
        assert not again.read_only
        assert again.load(meeting_id).title == sample_meeting.title
        tables = {r[0] for r in again._db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "half_done" not in tables
        assert again._db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.schema_version()


def test_rows_match_the_migrated_tables(store):
    """The peewee rows and the frozen DDL describe the same columns."""
    for row_class in ALL_ROWS:
        table = row_class._meta.table_name
        columns = {r[1] for r in store._db.execute_sql(f'PRAGMA table_info("{table}")')}
        assert columns == {field.column_name for field in row_class._meta.sorted_fields}, table


def test_migrate_from_empty_calls_before_once(db_path):
    """The pre-upgrade hook (the backup) runs once, before the first step, with the version found."""
    db = SqliteDatabase(str(db_path))
    db.connect()
    calls = []
    assert migrations.migrate(db, calls.append) == migrations.schema_version()
    assert calls == [0]
    assert migrations.migrate(db, calls.append) == migrations.schema_version()
    assert calls == [0]
    db.close()


def test_version_three_search_layout_is_rebuilt(db_path):
    """A file whose index kept the whole folded text (version 3) gets today's index and saves again."""
    _version_one_file(db_path)
    db = SqliteDatabase(str(db_path))
    db.connect()
    with db.atomic():
        db.execute_sql(
            "CREATE VIRTUAL TABLE meeting_search USING fts5("
            "title, body, content = '', tokenize = 'unicode61 remove_diacritics 0')"
        )
        db.execute_sql(
            "CREATE TABLE meeting_search_text ("
            "meeting_id INTEGER PRIMARY KEY, title TEXT NOT NULL, body BLOB NOT NULL, source BLOB NOT NULL)"
        )
        db.execute_sql("PRAGMA user_version = 3")
    db.close()
    with open_store(db_path) as opened:
        assert not opened.read_only
        opened.update_meeting_field(7, "agenda", "Tổng kết công tác kiểm tra")
        assert [h.id for h in opened.search("kiem tra")] == [7]
        assert opened.check() == []


def _version_1_fingerprint(document: dict) -> str:
    """The fingerprint as versions before format 2 computed it from a snapshot's document."""
    content = {**document, "meeting": {k: v for k, v in document["meeting"].items() if k != "status"}}
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def test_version_four_file_gets_format_2_and_keeps_its_fingerprints(tmp_path):
    """Schema 5: "internal" moves from classification to circulation, every meeting gets its uid, and
    a meeting finalized before keeps the fingerprint printed on its paper copy."""
    path = tmp_path / "minutes.sqlite3"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schema-v4.sqlite3", path)
    connection = sqlite3.connect(path)
    with connection:  # as version 4 would have written a finalized "Lưu hành nội bộ" meeting
        connection.execute("UPDATE meeting SET classification = 'internal'")
        for snapshot_id, text in connection.execute("SELECT id, document FROM snapshot").fetchall():
            document = json.loads(text)
            document["meeting"]["classification"] = "internal"
            connection.execute(
                "UPDATE snapshot SET document = ?, fingerprint = ? WHERE id = ?",
                (json.dumps(document, ensure_ascii=False), _version_1_fingerprint(document), snapshot_id),
            )
    final_id, kept = connection.execute("SELECT meeting_id, fingerprint FROM snapshot").fetchone()
    connection.close()
    with open_store(path) as opened:
        meetings = [opened.load(s.id) for s in opened.list_meetings()]
        assert {(m.classification, m.circulation) for m in meetings} == {
            (Classification.NONE, Circulation.INTERNAL)
        }
        assert len({m.uid for m in meetings}) == len(meetings) and all(m.uid for m in meetings)
        assert all(m.followups == [] and m.previous_directives == [] for m in meetings)
        assert canonical.fingerprint(opened.load(final_id)) == kept
        [(_, fingerprint, snapshot)] = opened.finalized_versions(final_id)
        assert fingerprint == kept and snapshot.circulation == Circulation.INTERNAL
