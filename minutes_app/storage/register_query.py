"""Reading the directive register: filtered lines newest meeting first, and the counts per unit and category.

The derived rows (register.py) make every filter an indexed or single-table scan, and the category of
REGISTER.md one CASE over them with today's date, so that 50,000 directives filter and count in a few
milliseconds. Each query is written for the index that serves it: a page walks the order index and
stops after its lines (the status index, which would sort every match, is kept out with a unary +),
the counts per unit read the covering index by unit, words are found in the text table first. A file of
an older schema opened read-only has no derived rows: then the register is worked out from the
directives themselves by the domain's definition (slower, same answers).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from peewee import SqliteDatabase

from minutes_app.domain import register
from minutes_app.domain.model import DirectiveStatus, FollowUp, Meeting
from minutes_app.domain.register import Category, RegisterEntry, RegisterFilter, UnitTally
from minutes_app.domain.units import folded_unit, resolve, unit_key
from minutes_app.storage.register import TABLE, TEXT_TABLE
from minutes_app.storage.statements import takes_planner_hints

_PENDING = "{plus}r.status IN ('open', 'in_progress')"
_OVERDUE = "(" + _PENDING + " AND r.due IS NOT NULL AND {plus}r.due < ?)"
_CATEGORY = f"""CASE
    WHEN r.status = 'cancelled' THEN '{Category.NOT_DONE}'
    WHEN r.status = 'done' THEN
        CASE WHEN r.due IS NOT NULL AND r.done_on > r.due THEN '{Category.DONE_LATE}'
        ELSE '{Category.DONE_ON_TIME}' END
    WHEN {_OVERDUE.format(plus="")} THEN '{Category.PENDING_OVERDUE}'
    ELSE '{Category.PENDING_ON_TIME}' END"""
_ORDER = "ORDER BY r.meeting_date DESC, r.meeting_id DESC, r.ordinal"
# The whole list is cut from the rows in one scan and then joined; left to itself the planner would walk
# the order index and look every row up (SQLite reads MATERIALIZED from 3.35 on).
_MATERIALIZED = "MATERIALIZED " if sqlite3.sqlite_version_info >= (3, 35) else ""


def available(db: SqliteDatabase) -> bool:
    """Whether the file has the derived rows (schema 7); read-only opens of older files do not."""
    return db.table_exists(TABLE)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _source(db: SqliteDatabase, wanted: RegisterFilter) -> str:
    """FROM the derived rows; with words, from the matching texts first (SQLite's CROSS JOIN keeps that
    order; PostgreSQL's planner finds it by itself and takes no hint)."""
    if wanted.words():
        join = "CROSS JOIN" if takes_planner_hints(db) else "JOIN"
        return f"FROM {TEXT_TABLE} x {join} {TABLE} r ON r.directive_row = x.directive_row"
    return f"FROM {TABLE} r"


def _hint(db: SqliteDatabase, wanted: bool = True) -> str:
    """The unary "+" that keeps SQLite's status index out of a query, where the engine takes hints."""
    return "+" if wanted and takes_planner_hints(db) else ""


def _where(
    wanted: RegisterFilter, today: dt.date, names: dict[str, str], *, plus: str = ""
) -> tuple[str, list]:
    """The WHERE clause on the derived rows; ``plus`` "+" keeps the status index out of a query."""
    clauses, params = [], []
    if wanted.status is not None:
        clauses.append(f"{plus}r.status = ?")
        params.append(DirectiveStatus(wanted.status).value)
    if wanted.pending:
        clauses.append(_PENDING.format(plus=plus))
    if wanted.overdue:
        clauses.append(_OVERDUE.format(plus=plus))
        params.append(today.isoformat())
    if wanted.meeting_id is not None:
        clauses.append("r.meeting_id = ?")
        params.append(wanted.meeting_id)
    if wanted.date_from is not None:
        clauses.append("r.meeting_date >= ?")
        params.append(wanted.date_from.isoformat())
    if wanted.date_to is not None:
        clauses.append("r.meeting_date <= ?")
        params.append(wanted.date_to.isoformat())
    if wanted.unit.strip():
        key = unit_key(wanted.unit)
        merged = sorted(k for k in names if key in resolve(k, names))  # spellings merged into a match
        marks = ", ".join("?" * len(merged))
        clauses.append(
            "(r.unit_folded LIKE ? ESCAPE '\\' OR r.unit_key LIKE ? ESCAPE '\\'"
            + (f" OR r.unit_key IN ({marks}))" if merged else ")")
        )
        params += [_like(folded_unit(wanted.unit)), _like(key), *merged]
    for word in wanted.words():
        clauses.append("x.text_folded LIKE ? ESCAPE '\\'")
        params.append(_like(word))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _followup(date: str | None, status: str | None, note: str | None, key: str) -> FollowUp | None:
    if date is None:
        return None
    return FollowUp(key, dt.date.fromisoformat(date), DirectiveStatus(status), note or "")


def entries(
    db: SqliteDatabase,
    wanted: RegisterFilter,
    today: dt.date,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[RegisterEntry]:
    """The filtered lines, meetings newest first and directives in their order; a page of them with ``limit``."""
    if not available(db):
        found = [e for e in _worked_out(db, today) if register.matches(e, wanted)]
        return found[offset : offset + limit if limit is not None else None]
    names = aliases(db)
    where, params = _where(wanted, today, names, plus=_hint(db))
    # A page walks the order index and stops; the whole list is read in the table's own order (a
    # sequential scan) and sorted once, which is far cheaper than 50,000 lookups in date order.
    page = ""
    if limit is not None:
        page = f" {_ORDER} LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    # The page is cut from the derived rows alone; only its lines are joined to the long texts.
    sql = f"""WITH page AS {_MATERIALIZED}(SELECT r.* {_source(db, wanted)}{where}{page})
        SELECT r.meeting_id, d.key, r.meeting_date, m.title, m.uid, d.content, d.assignee, d.deadline,
        d.deadline_text, r.due, r.status, {_OVERDUE.format(plus="")}, {_CATEGORY}, r.unit_key, f.date, f.status,
        f.note
        FROM page r
        JOIN directive d ON d.id = r.directive_row
        JOIN meeting m ON m.id = r.meeting_id
        LEFT JOIN followup f ON f.id = r.last_followup
        {_ORDER}"""
    today_iso = today.isoformat()
    rows = db.execute_sql(sql, [*params, today_iso, today_iso]).fetchall()
    return [
        RegisterEntry(
            meeting_id=meeting_id,
            directive_id=key,
            meeting_date=dt.date.fromisoformat(date),
            meeting_title=title,
            content=content,
            assignee=assignee,
            deadline=dt.date.fromisoformat(deadline) if deadline else None,
            deadline_text=deadline_text,
            due=dt.date.fromisoformat(due) if due else None,
            status=DirectiveStatus(status),
            overdue=bool(overdue),
            category=Category(category),
            last_followup=_followup(f_date, f_status, f_note, key),
            unit=resolve(unit, names) if unit in names else unit,
            meeting_uid=uid,
        )
        for (
            meeting_id, key, date, title, uid, content, assignee, deadline, deadline_text, due, status, overdue,
            category, unit, f_date, f_status, f_note,
        ) in rows
    ]  # fmt: skip


def count(db: SqliteDatabase, wanted: RegisterFilter, today: dt.date) -> int:
    """How many lines the filter lets through (the window shows a page at a time)."""
    if not available(db):
        return len(entries(db, wanted, today))
    # The status index counts overdue or one status alone; with any other filter it would only slow the scan.
    others = wanted.unit.strip() or wanted.words() or wanted.meeting_id or wanted.date_from or wanted.date_to
    where, params = _where(wanted, today, aliases(db), plus=_hint(db, bool(others)))
    return db.execute_sql(f"SELECT COUNT(*) {_source(db, wanted)}{where}", params).fetchone()[0]


def tallies(db: SqliteDatabase, wanted: RegisterFilter, today: dt.date) -> list[UnitTally]:
    """Counts per unit (aliases applied) and category, ordered as register.tally_order says."""
    names = aliases(db)
    if not available(db):
        return register.unit_tallies(entries(db, wanted, today), names)
    where, params = _where(wanted, today, names, plus=_hint(db))
    # Grouped by the stored columns, in the order of their covering index (no sort); aliases and the
    # five categories are applied to the few hundred groups afterwards.
    rows = db.execute_sql(
        f"""SELECT r.unit_key, r.unit_name, r.status, COUNT(*),
        SUM(CASE WHEN r.due IS NOT NULL AND r.due < ? THEN 1 ELSE 0 END),
        SUM(CASE WHEN r.due IS NOT NULL AND r.done_on > r.due THEN 1 ELSE 0 END)
        {_source(db, wanted)}{where} GROUP BY r.unit_key, r.unit_name, r.status""",
        [today.isoformat(), *params],
    ).fetchall()
    resolved: dict[str, str] = {}
    spellings: dict[str, dict[str, int]] = {}
    counts: dict[str, dict[Category, int]] = {}
    for stored_key, spelling, status, number, past_due, late in rows:
        if stored_key not in resolved:
            resolved[stored_key] = resolve(stored_key, names)
        key = resolved[stored_key]
        spellings.setdefault(key, {})
        spellings[key][spelling] = spellings[key].get(spelling, 0) + number
        unit_counts = counts.setdefault(key, {})
        for category, count_ in _categories(DirectiveStatus(status), number, past_due, late):
            if count_:
                unit_counts[category] = unit_counts.get(category, 0) + count_
    return sorted(
        (
            UnitTally(key, register.unit_name(key, spellings[key], names), register.Summary(counts[key]))
            for key in counts
        ),
        key=register.tally_order,
    )


def _categories(status: DirectiveStatus, number: int, past_due: int, late: int) -> list[tuple[Category, int]]:
    """How a group of one status splits into REGISTER.md's categories (as _CATEGORY says per line)."""
    if status == DirectiveStatus.CANCELLED:
        return [(Category.NOT_DONE, number)]
    if status == DirectiveStatus.DONE:
        return [(Category.DONE_LATE, late), (Category.DONE_ON_TIME, number - late)]
    return [(Category.PENDING_OVERDUE, past_due), (Category.PENDING_ON_TIME, number - past_due)]


def overdue_count(db: SqliteDatabase, today: dt.date) -> int:
    """The number the window's quiet notice shows when it opens."""
    return count(db, RegisterFilter(overdue=True), today)


def unit_names(db: SqliteDatabase) -> list[str]:
    """Every unit spelling used so far and every merged name, for completion, alphabetically folded."""
    if available(db):
        typed = [name for (name,) in db.execute_sql(f"SELECT DISTINCT unit_name FROM {TABLE}").fetchall()]
    else:
        typed = [" ".join(a.split()) for (a,) in db.execute_sql("SELECT DISTINCT assignee FROM directive")]
    names = {name for name in typed if name} | set(aliases(db).values())
    return sorted(names, key=lambda name: (folded_unit(name), name))


def aliases(db: SqliteDatabase) -> dict[str, str]:
    if not db.table_exists("unit_alias"):
        return {}
    return dict(db.execute_sql("SELECT key, name FROM unit_alias").fetchall())


def _worked_out(db: SqliteDatabase, today: dt.date) -> list[RegisterEntry]:
    """The whole register from the directives and follow-ups, for files without the derived rows."""
    from minutes_app.storage import repository

    names = aliases(db)
    found: list[RegisterEntry] = []
    meetings = db.execute_sql(
        "SELECT id, date, title, uid FROM meeting WHERE id IN (SELECT meeting_id FROM directive) "
        "ORDER BY date DESC, id DESC"
    ).fetchall()
    for meeting_id, date, title, uid in meetings:
        meeting = Meeting(title, dt.date.fromisoformat(date), id=meeting_id, uid=uid)
        loaded = repository.load(meeting_id)
        meeting.directives, meeting.followups = loaded.directives, loaded.followups
        found += register.entries_of(meeting, today, names)
    return found
