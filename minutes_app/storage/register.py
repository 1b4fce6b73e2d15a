"""The directive register's derived rows, kept in step by the writers, and what finalizing records.

``directive_register`` holds, per directive, what the register filters and counts on: the unit's key
and folded spelling, the folded searchable text, the date the deadline allows, the current status, the
day it was done and the latest follow-up. Like the search index it is derived data, rebuilt for a
meeting inside the transaction of every write that changes its directives, follow-ups or date. What
depends on today (overdue, the five categories) is left to the query. Raw SQL, like the search index,
so that the migration can fill it before any row class is bound.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping

from peewee import SqliteDatabase

from minutes_app.domain import carry, register
from minutes_app.domain.model import Directive, DirectiveStatus, FollowUp, ItemKind, Meeting
from minutes_app.domain.units import folded_unit, unit_key
from minutes_app.storage.codec import normalize_value
from minutes_app.storage.statements import insert_many

TABLE = "directive_register"
TEXT_TABLE = "directive_register_text"
_CHUNK = 1000
_COLUMNS = (
    "directive_row", "meeting_id", "meeting_date", "ordinal", "unit_key", "unit_name", "unit_folded",
    "due", "status", "done_on", "last_followup",
)  # fmt: skip


def create_tables(db: SqliteDatabase) -> None:
    """The register's tables and indexes (schema step 7); safe on a file that has them already.

    The rows are narrow (the searchable text sits in a table of its own), so that a scan of 50,000 of
    them, or of the covering index by unit that the counts read, stays a few milliseconds.
    """
    text = "TEXT NOT NULL DEFAULT ''"
    references = "INTEGER PRIMARY KEY REFERENCES directive (id) ON DELETE CASCADE"
    db.execute_sql(
        f"""CREATE TABLE IF NOT EXISTS {TABLE} (
        directive_row {references},
        meeting_id INTEGER NOT NULL, meeting_date TEXT NOT NULL, ordinal INTEGER NOT NULL,
        status TEXT NOT NULL, due TEXT, done_on TEXT, last_followup INTEGER,
        unit_key {text}, unit_name {text}, unit_folded {text})"""
    )
    db.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {TEXT_TABLE} (directive_row {references}, text_folded {text})"
    )
    db.execute_sql(
        f"CREATE INDEX IF NOT EXISTS {TABLE}_order ON {TABLE} (meeting_date DESC, meeting_id DESC, ordinal)"
    )
    db.execute_sql(f"CREATE INDEX IF NOT EXISTS {TABLE}_by_meeting ON {TABLE} (meeting_id)")
    db.execute_sql(f"CREATE INDEX IF NOT EXISTS {TABLE}_by_status ON {TABLE} (status, due)")
    db.execute_sql(
        f"CREATE INDEX IF NOT EXISTS {TABLE}_by_unit "
        f"ON {TABLE} (unit_key, unit_name, status, due, done_on, unit_folded, meeting_date)"
    )
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS unit_alias (key TEXT PRIMARY KEY, name TEXT NOT NULL, target_key TEXT NOT NULL)"
    )
    db.execute_sql("CREATE INDEX IF NOT EXISTS followup_by_reported_in ON followup (reported_in)")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


_DIRECTIVE_COLUMNS = "meeting_id, id, key, ordinal, content, assignee, deadline, deadline_text, status"


def _followups(db: SqliteDatabase, where: str = "", params: tuple = ()) -> dict[int, dict[str, list]]:
    """Per meeting and directive key, (row id, follow-up) oldest first, as repository.load_followups
    orders them."""
    found: dict[int, dict[str, list[tuple[int, FollowUp]]]] = {}
    cursor = db.execute_sql(
        f"SELECT meeting_id, id, directive_key, date, status FROM followup {where} ORDER BY date, id", params
    )
    for meeting_id, row_id, key, date, status in cursor:
        entry = FollowUp(key, dt.date.fromisoformat(date), DirectiveStatus(status))
        found.setdefault(meeting_id, {}).setdefault(key, []).append((row_id, entry))
    return found


def _rows(
    meeting_date: dt.date, directives: Iterable[tuple], history: Mapping[str, list]
) -> tuple[list, list]:
    """The derived rows and searchable texts of one meeting's directives."""
    rows, texts = [], []
    for meeting_id, row_id, key, ordinal, content, assignee, deadline, deadline_text, status in directives:
        directive = Directive(key, content, assignee, _date(deadline), deadline_text, DirectiveStatus(status))
        entries = history.get(key, [])
        followups = [entry for _row_id, entry in entries]
        current = register.current_status(directive, followups)
        rows.append(
            (
                row_id,
                meeting_id,
                meeting_date.isoformat(),
                ordinal,
                unit_key(assignee),
                " ".join(assignee.split()),
                folded_unit(assignee),
                _iso(register.due_date(directive, meeting_date)),
                current.value,
                _iso(register.done_on(directive, followups, meeting_date)),
                entries[-1][0] if entries else None,
            )
        )
        texts.append((row_id, register.searchable_text(content, assignee, deadline_text)))
    return rows, texts


def _insert(db: SqliteDatabase, rows: list, texts: list) -> None:
    marks = ", ".join("?" * len(_COLUMNS))
    for start in range(0, len(rows), _CHUNK):
        insert_many(
            db, f"INSERT INTO {TABLE} ({', '.join(_COLUMNS)}) VALUES ({marks})", rows[start : start + _CHUNK]
        )
        insert_many(
            db,
            f"INSERT INTO {TEXT_TABLE} (directive_row, text_folded) VALUES (?, ?)",
            texts[start : start + _CHUNK],
        )


def refresh(db: SqliteDatabase, meeting_id: int) -> None:
    """Rebuild one meeting's register rows from its directives, follow-ups and date."""
    db.execute_sql(
        f"DELETE FROM {TEXT_TABLE} WHERE directive_row IN (SELECT directive_row FROM {TABLE} WHERE meeting_id = ?)",
        (meeting_id,),
    )
    db.execute_sql(f"DELETE FROM {TABLE} WHERE meeting_id = ?", (meeting_id,))
    row = db.execute_sql("SELECT date FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
    if row is None:
        return
    history = _followups(db, "WHERE meeting_id = ?", (meeting_id,)).get(meeting_id, {})
    directives = db.execute_sql(
        f"SELECT {_DIRECTIVE_COLUMNS} FROM directive WHERE meeting_id = ?", (meeting_id,)
    ).fetchall()
    _insert(db, *_rows(dt.date.fromisoformat(row[0]), directives, history))


def touched(db: SqliteDatabase, meeting_id: int, kind: ItemKind | str | None = None) -> None:
    """After a write of one kind of item: only directives (or the meeting's date, ``kind`` None) matter."""
    if kind is None or ItemKind(kind) is ItemKind.DIRECTIVES:
        refresh(db, meeting_id)


def rebuild_all(db: SqliteDatabase) -> None:
    """Every meeting's rows again, after the table is created or a file's rows were copied in: read in
    three statements and written in chunks, not meeting by meeting (a server would pay a round trip for
    each of a meeting's statements)."""
    db.execute_sql(f"DELETE FROM {TEXT_TABLE}")
    db.execute_sql(f"DELETE FROM {TABLE}")
    dates = {
        meeting_id: dt.date.fromisoformat(date)
        for meeting_id, date in db.execute_sql("SELECT id, date FROM meeting")
    }
    history = _followups(db)
    cursor = db.execute_sql(f"SELECT {_DIRECTIVE_COLUMNS} FROM directive ORDER BY meeting_id")
    rows, texts = [], []
    for meeting_id, directives in itertools.groupby(cursor.fetchall(), key=lambda row: row[0]):
        made = _rows(dates[meeting_id], directives, history.get(meeting_id, {}))
        rows += made[0]
        texts += made[1]
    _insert(db, rows, texts)


# Finalizing: the reviewed directives become follow-ups of their sources


def _source_meeting(db: SqliteDatabase, uid: str) -> int | None:
    """The oldest stored meeting with that uid (a file imported twice keeps its uid)."""
    row = db.execute_sql("SELECT id FROM meeting WHERE uid = ? ORDER BY id LIMIT 1", (uid,)).fetchone()
    return row[0] if row else None


def _directive_exists(db: SqliteDatabase, meeting_id: int, key: str) -> bool:
    return (
        db.execute_sql(
            "SELECT 1 FROM directive WHERE meeting_id = ? AND key = ?", (meeting_id, key)
        ).fetchone()
        is not None
    )


def record_reviews(db: SqliteDatabase, meeting: Meeting) -> None:
    """Record each reviewed item of ``meeting`` (one given a status) as a follow-up of its source.

    One follow-up per source directive and reviewing meeting (reported_in = its uid): finalizing again
    after a reopening replaces those that changed with what the minutes now say and takes back those no
    longer reviewed, so nothing is recorded twice. Items whose source is not in this archive stay in the
    minutes only. Rows go through followups.add/remove like every other follow-up (their checks, and
    whatever else a follow-up's row needs written with it).
    """
    from minutes_app.storage import followups

    if not meeting.uid:
        return
    wanted: dict[tuple[int, str], FollowUp] = {}
    for source_uid, entry in carry.reviews(meeting):
        source_id = _source_meeting(db, source_uid)
        if (
            source_id is None
            or source_id == meeting.id
            or not _directive_exists(db, source_id, entry.directive)
        ):
            continue
        wanted[(source_id, entry.directive)] = entry
    existing: dict[tuple[int, str], tuple[int, tuple]] = {}
    rows = db.execute_sql(
        "SELECT id, meeting_id, directive_key, date, status, note FROM followup WHERE reported_in = ? ORDER BY id",
        (meeting.uid,),
    ).fetchall()
    for row_id, meeting_id, key, date, status, note in rows:
        existing[(meeting_id, key)] = (row_id, (date, status, note))
    for place, (row_id, values) in existing.items():
        entry = wanted.get(place)
        if entry is None or values != (
            entry.date.isoformat(),
            entry.status.value,
            normalize_value(entry.note),
        ):
            followups.remove(db, place[0], row_id)
        else:
            del wanted[place]  # recorded already, as it stands
    for (source_id, _key), entry in wanted.items():
        followups.add(db, source_id, entry)


# Unit aliases


def aliases(db: SqliteDatabase) -> dict[str, str]:
    return dict(db.execute_sql("SELECT key, name FROM unit_alias ORDER BY key").fetchall())


def set_aliases(db: SqliteDatabase, wanted: Mapping[str, str]) -> None:
    """Replace every alias (a merge and its undo both write the whole, small, table)."""
    db.execute_sql("DELETE FROM unit_alias")
    rows: Iterable[tuple[str, str, str]] = [
        (key, normalize_value(name), unit_key(name)) for key, name in sorted(wanted.items())
    ]
    insert_many(db, "INSERT INTO unit_alias (key, name, target_key) VALUES (?, ?, ?)", list(rows))
