"""Schema versions: frozen DDL per step, all pending steps in one transaction, the version in user_version.

The core tables' SQL is frozen on purpose: a migration must build the layout of its own version even
after the row classes have moved on. The search index is derived data: the steps that change its
layout drop it and build today's from the rows. Step n turns a version-n file into version n+1, and a
layout, once a version number has been written with it, never changes under that number.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from peewee import SqliteDatabase

_ITEM_COLUMNS = """
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
"""

_ITEM_TABLES = {
    "attendee": """
        name TEXT NOT NULL, position TEXT NOT NULL DEFAULT '', organization TEXT NOT NULL DEFAULT '',
        "group" TEXT NOT NULL DEFAULT 'member', attendance TEXT NOT NULL DEFAULT 'present',
        reason TEXT NOT NULL DEFAULT '', substitute_for TEXT NOT NULL DEFAULT '',
        arrived TEXT, "left" TEXT""",
    "report": """
        title TEXT NOT NULL, presenter TEXT NOT NULL DEFAULT '', time TEXT, content TEXT NOT NULL DEFAULT ''""",
    "contribution": """
        content TEXT NOT NULL, speaker TEXT NOT NULL DEFAULT '', time TEXT, report TEXT NOT NULL DEFAULT ''""",
    "vote": """
        subject TEXT NOT NULL, in_favour INTEGER NOT NULL DEFAULT 0, against INTEGER NOT NULL DEFAULT 0,
        abstain INTEGER NOT NULL DEFAULT 0""",
    "directive": """
        content TEXT NOT NULL, assignee TEXT NOT NULL DEFAULT '', deadline TEXT,
        deadline_text TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'open'""",
}


def _create_core_tables(db: SqliteDatabase) -> None:
    """Version 1: meetings, their ordered items and the finalized snapshots.

    Short columns come first: a row's long texts spill into overflow pages, and the archive list must
    read its columns without walking those.
    """
    text = "TEXT NOT NULL DEFAULT ''"
    db.execute_sql(
        f"""CREATE TABLE meeting (
        id INTEGER PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, layout TEXT NOT NULL DEFAULT 'state',
        status TEXT NOT NULL DEFAULT 'draft', classification {text}, number {text}, body_code {text},
        start_time TEXT, end_time TEXT, copies INTEGER, chair {text}, secretary {text},
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        parent_body {text}, issuing_body {text}, place_name {text}, location {text},
        recipients TEXT NOT NULL DEFAULT '[]',
        agenda {text}, documents {text}, other_info {text}, conclusion {text}, closing_note {text})"""
    )
    db.execute_sql("CREATE INDEX meeting_by_date ON meeting (date DESC, id DESC)")
    for table, columns in _ITEM_TABLES.items():
        db.execute_sql(f"CREATE TABLE {table} ({_ITEM_COLUMNS}{columns}, UNIQUE (meeting_id, key))")
        db.execute_sql(f"CREATE INDEX {table}_order ON {table} (meeting_id, ordinal)")
    db.execute_sql(
        """CREATE TABLE snapshot (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        finalized_at TEXT NOT NULL, fingerprint TEXT NOT NULL, document TEXT NOT NULL)"""
    )
    db.execute_sql("CREATE INDEX snapshot_by_meeting ON snapshot (meeting_id, id)")


def _add_search_index(db: SqliteDatabase) -> None:
    """Version 2: the folded full-text index, filled from the meetings already stored."""
    from minutes_app.storage import search

    search.create_index(db)
    search.reindex_all(db)


def _rebuild_search_index(db: SqliteDatabase) -> None:
    """Version 3: the contentless index with its text beside it; version 2 files kept the text in FTS5."""
    db.execute_sql("DROP TABLE IF EXISTS meeting_search")
    db.execute_sql("DROP TABLE IF EXISTS meeting_search_text")
    _add_search_index(db)


def _index_distinct_words(db: SqliteDatabase) -> None:
    """Version 4: the index holds each word once per meeting and keeps only the words and the compressed
    original beside it; version 3 files kept the whole folded text there. The index is derived data, so
    it is rebuilt from the rows."""
    _rebuild_search_index(db)


def _add_format_2(db: SqliteDatabase) -> None:
    """Version 5: what interchange format 2 added. Each meeting gets its archive-wide uid; the
    circulation mark leaves the classification column ("internal" was one of its values); the notice
    signer; the directives of earlier meetings reviewed in a meeting; follow-ups, outside the content."""
    text = "TEXT NOT NULL DEFAULT ''"
    db.execute_sql(f"ALTER TABLE meeting ADD COLUMN uid {text}")
    db.execute_sql(f"ALTER TABLE meeting ADD COLUMN circulation {text}")
    db.execute_sql("ALTER TABLE meeting ADD COLUMN notice_signer TEXT NOT NULL DEFAULT '{}'")
    db.execute_sql(
        "UPDATE meeting SET circulation = 'internal', classification = '' WHERE classification = 'internal'"
    )
    for (meeting_id,) in db.execute_sql("SELECT id FROM meeting").fetchall():
        db.execute_sql("UPDATE meeting SET uid = ? WHERE id = ?", (str(uuid.uuid4()), meeting_id))
    db.execute_sql("CREATE INDEX meeting_by_uid ON meeting (uid, id)")
    db.execute_sql(
        f"""CREATE TABLE previous_directive ({_ITEM_COLUMNS}
        content TEXT NOT NULL, source_meeting_uid {text}, source_directive_id {text},
        source_meeting_title {text}, source_meeting_date TEXT, source_number {text}, assignee {text},
        deadline TEXT, deadline_text {text}, result {text}, status TEXT, UNIQUE (meeting_id, key))"""
    )
    db.execute_sql("CREATE INDEX previous_directive_order ON previous_directive (meeting_id, ordinal)")
    db.execute_sql(
        "CREATE INDEX previous_directive_by_source "
        "ON previous_directive (source_meeting_uid, source_directive_id)"
    )
    db.execute_sql(
        f"""CREATE TABLE followup (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        directive_key TEXT NOT NULL, date TEXT NOT NULL, status TEXT NOT NULL, note {text},
        reported_in {text}, recorded_at TEXT NOT NULL)"""
    )
    db.execute_sql("CREATE INDEX followup_by_directive ON followup (meeting_id, directive_key, date, id)")


def _add_row_checksums(db: SqliteDatabase) -> None:
    """Version 6: a checksum on every row of meeting content and of the search text beside the index
    (storage/checksums.py), every row sealed; and, in a file, the header's mark as a minutes archive."""
    from minutes_app.storage import checksums

    for table in checksums.SEALED:
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {checksums.COLUMN} TEXT NOT NULL DEFAULT ''")
    checksums.seal_all(db)
    if isinstance(db, SqliteDatabase):
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _add_directive_register(db: SqliteDatabase) -> None:
    """Version 7 (version 6 is the row checksums'; this step asks nothing of them): the directive
    register's derived rows, filled from the directives and follow-ups already stored, the unit aliases
    that merge two spellings of a unit, and follow-ups found by the meeting they were reported in."""
    from minutes_app.storage import register

    register.create_tables(db)
    register.rebuild_all(db)


APPLICATION_ID = 0x4D696E75  # "Minu", in the header of every archive file from schema 6 on


MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [
    _create_core_tables,
    _add_search_index,
    _rebuild_search_index,
    _index_distinct_words,
    _add_format_2,
    _add_row_checksums,
    _add_directive_register,
]
CHECKSUMS_FROM = 6
"""The first schema version whose rows carry checksums."""


def schema_version() -> int:
    """The version this program writes: one more than the last step's source version."""
    return len(MIGRATIONS)


def user_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: SqliteDatabase, before: Callable[[int], None] | None = None) -> int:
    """Bring the file to ``schema_version()``; ``before(version)`` runs once before the first step.

    All the steps, the sealing of the rows and the new user_version commit together: a failure or a
    kill leaves the file exactly at its earlier version, and the next open starts again from there.
    """
    version = user_version(db)
    if version < 0:
        raise ValueError(f"user_version {version} is not a schema version")
    if version >= len(MIGRATIONS):
        return version
    if before is not None:
        before(version)
    with db.atomic():
        for step in range(version, len(MIGRATIONS)):
            MIGRATIONS[step](db)
        reseal(db, version)
        db.execute_sql(f"PRAGMA user_version = {len(MIGRATIONS)}")
    return user_version(db)


def reseal(db: SqliteDatabase, version: int) -> None:
    """After the steps from ``version`` ran: steps after the one that added checksums may change a sealed
    table's columns, so every row is sealed again under the final layout (every engine calls this)."""
    from minutes_app.storage import checksums

    if len(MIGRATIONS) > CHECKSUMS_FROM and version < len(MIGRATIONS):
        checksums.seal_all(db)
