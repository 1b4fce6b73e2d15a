"""Copying a whole archive between engines (a laptop's file to the office server, and back for a trip).

Rows are copied as they are, ids included, so that ``export ID`` gives the same bytes from both archives
and every finalized meeting keeps its snapshots and fingerprint untouched. The search index and the
directive register are derived data and are built afresh in the destination's own engine; the unit
aliases the secretary chose are copied. The destination is written in one
transaction: a copy that fails leaves it as empty as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from minutes_app.messages import UserError
from minutes_app.storage import checksums, register, search
from minutes_app.storage.errors import translated
from minutes_app.storage.statements import insert_many

# Every table that holds what people typed or decided, parents before children.
TABLES = (
    "meeting", "attendee", "report", "contribution", "vote", "directive", "previous_directive",
    "snapshot", "followup",
)  # fmt: skip
_CHUNK = 500


def _columns(db, table: str) -> list[str]:
    return [column.name for column in db.get_columns(table)]


def _is_empty(db) -> bool:
    present = set(db.get_tables())
    return all(
        table not in present or db.execute_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None
        for table in (*TABLES, "unit_alias")
    )


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _copy_aliases(source_db, dest_db) -> None:
    """The units the secretary merged in the register go along (an older file has none)."""
    if not source_db.table_exists("unit_alias"):
        return
    rows = source_db.execute_sql("SELECT key, name, target_key FROM unit_alias ORDER BY key").fetchall()
    insert_many(
        dest_db, "INSERT INTO unit_alias (key, name, target_key) VALUES (?, ?, ?)", [tuple(r) for r in rows]
    )


def copy_archive(source, dest, progress: Callable[[int, int], None] | None = None) -> int:
    """Copy every meeting, item, snapshot and follow-up of ``source`` into the empty ``dest`` (both
    open Stores, ``dest`` writable); returns the number of meetings copied."""
    if dest.read_only:
        raise dest.read_only_reason or UserError("db.read_only_session")
    source_db, dest_db = source._db, dest._db
    with translated(dest.path):
        if not _is_empty(dest_db):
            raise UserError("copy.dest_not_empty", path=dest.path)
    with translated(source.path), translated(dest.path), dest_db.atomic():
        for table in TABLES:
            source_columns = _columns(source_db, table)
            columns = [c for c in _columns(dest_db, table) if c in source_columns]
            marks = ", ".join("?" * len(columns))
            insert = f"INSERT INTO {table} ({_quoted(columns)}) VALUES ({marks})"
            cursor = source_db.execute_sql(f"SELECT {_quoted(columns)} FROM {table} ORDER BY id")
            while rows := cursor.fetchmany(_CHUNK):
                insert_many(dest_db, insert, [tuple(row) for row in rows])
            if checksums.COLUMN in _columns(dest_db, table) and checksums.COLUMN not in source_columns:
                checksums.seal(dest_db, table)  # a source of a schema before checksums: sealed here
        _copy_aliases(source_db, dest_db)
        register.rebuild_all(dest_db)
        ids = [
            meeting_id
            for (meeting_id,) in dest_db.execute_sql("SELECT id FROM meeting ORDER BY id").fetchall()
        ]
        for done, meeting_id in enumerate(ids, 1):
            search.reindex(dest_db, meeting_id)
            if progress is not None and (done % 500 == 0 or done == len(ids)):
                progress(done, len(ids))
        reset = getattr(dest_db, "after_copy", None)
        if reset is not None:
            reset()
    return len(ids)
