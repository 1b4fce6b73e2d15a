"""Reading the directive register: filtered lines newest meeting first, and the counts per unit and category.

The derived rows (register.py) make every filter an indexed or single-table scan, and the category of
REGISTER.md one CASE over them with today's date, so that 50,000 directives filter and count in a few
milliseconds. A file of an older schema opened read-only has no derived rows: then the register is
worked out from the directives themselves by the domain's definition (slower, same answers).
"""

from __future__ import annotations

import datetime as dt

from peewee import SqliteDatabase

from minutes_app.domain import register
from minutes_app.domain.model import DirectiveStatus, FollowUp, Meeting
from minutes_app.domain.register import Category, RegisterEntry, RegisterFilter, UnitTally
from minutes_app.domain.units import folded_unit, unit_key
from minutes_app.storage.register import TABLE

_UNIT = "COALESCE(a.target_key, r.unit_key)"
_PENDING = "r.status IN ('open', 'in_progress')"
_OVERDUE = f"({_PENDING} AND r.due IS NOT NULL AND r.due < ?)"
_CATEGORY = f"""CASE
    WHEN r.status = 'cancelled' THEN '{Category.NOT_DONE}'
    WHEN r.status = 'done' THEN
        CASE WHEN r.due IS NOT NULL AND r.done_on > r.due THEN '{Category.DONE_LATE}'
        ELSE '{Category.DONE_ON_TIME}' END
    WHEN {_OVERDUE} THEN '{Category.PENDING_OVERDUE}'
    ELSE '{Category.PENDING_ON_TIME}' END"""
_FROM = f"FROM {TABLE} r LEFT JOIN unit_alias a ON a.key = r.unit_key"
_ORDER = "ORDER BY r.meeting_date DESC, r.meeting_id DESC, r.ordinal"


def available(db: SqliteDatabase) -> bool:
    """Whether the file has the derived rows (schema 7); read-only opens of older files do not."""
    return db.table_exists(TABLE)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(wanted: RegisterFilter, today: dt.date) -> tuple[str, list]:
    clauses, params = [], []
    if wanted.status is not None:
        clauses.append("r.status = ?")
        params.append(DirectiveStatus(wanted.status).value)
    if wanted.pending:
        clauses.append(_PENDING)
    if wanted.overdue:
        clauses.append(_OVERDUE)
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
        clauses.append(
            "(r.unit_folded LIKE ? ESCAPE '\\' OR r.unit_key LIKE ? ESCAPE '\\' OR "
            f"{_UNIT} LIKE ? ESCAPE '\\')"
        )
        key = _like(unit_key(wanted.unit))
        params += [_like(folded_unit(wanted.unit)), key, key]
    for word in wanted.words():
        clauses.append("r.text_folded LIKE ? ESCAPE '\\'")
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
    where, params = _where(wanted, today)
    page = ""
    if limit is not None:
        page = " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    sql = f"""SELECT r.meeting_id, d.key, r.meeting_date, m.title, m.uid, d.content, d.assignee, d.deadline,
        d.deadline_text, r.due, r.status, {_OVERDUE}, {_CATEGORY}, {_UNIT}, f.date, f.status, f.note
        {_FROM}
        JOIN directive d ON d.id = r.directive_row
        JOIN meeting m ON m.id = r.meeting_id
        LEFT JOIN followup f ON f.id = r.last_followup
        {where} {_ORDER}{page}"""
    today_iso = today.isoformat()
    rows = db.execute_sql(sql, [today_iso, today_iso, *params]).fetchall()
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
            unit=unit,
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
    where, params = _where(wanted, today)
    return db.execute_sql(f"SELECT COUNT(*) {_FROM}{where}", params).fetchone()[0]


def tallies(db: SqliteDatabase, wanted: RegisterFilter, today: dt.date) -> list[UnitTally]:
    """Counts per unit (aliases applied) and category, ordered as register.tally_order says."""
    names = aliases(db)
    if not available(db):
        return register.unit_tallies(entries(db, wanted, today), names)
    where, params = _where(wanted, today)
    rows = db.execute_sql(
        f"SELECT {_UNIT}, r.unit_name, {_CATEGORY}, COUNT(*) {_FROM}{where} GROUP BY 1, 2, 3",
        [today.isoformat(), *params],
    ).fetchall()
    spellings: dict[str, dict[str, int]] = {}
    counts: dict[str, dict[Category, int]] = {}
    for key, spelling, category, number in rows:
        spellings.setdefault(key, {})
        spellings[key][spelling] = spellings[key].get(spelling, 0) + number
        unit_counts = counts.setdefault(key, {})
        unit_counts[Category(category)] = unit_counts.get(Category(category), 0) + number
    return sorted(
        (
            UnitTally(key, register.unit_name(key, spellings[key], names), register.Summary(counts[key]))
            for key in counts
        ),
        key=register.tally_order,
    )


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
