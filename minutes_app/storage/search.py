"""The folded full-text index of every meeting, kept in step by the writers, and ranked search.

One contentless FTS5 row per meeting (rowid = meeting id): the folded title, and the distinct folded
words of the rest of the text. Indexing each word once per meeting keeps the index and each autosave's
share of it small and makes ranking cheap; search needs whole words, not phrases or counts (bm25 then
weighs which words occur, in the title ten times more, and how long the meeting is).

Beside it, ``meeting_search_text`` keeps what was indexed (a contentless row is deleted by repeating
it) and the original text, compressed, for snippets cut from what the secretary typed, accents
included. Queries are folded the same way and every word is quoted, so FTS syntax typed into the
search box is searched for as words and never parsed.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from peewee import SqliteDatabase

from minutes_app.domain.model import ItemKind, Layout, SearchHit, Status
from minutes_app.domain.vietnamese import fold, nfc
from minutes_app.storage.folding import fast_fold
from minutes_app.storage.snippets import SEPARATOR, pack, snippet

_WORD = re.compile(r"[^\W_]+")
_MAX_WORDS = 16

# Text columns of each table that go into the index, in reading order.
_MEETING_TEXT = (
    "parent_body", "issuing_body", "body_code", "number", "place_name", "location", "agenda",
    "documents", "other_info", "conclusion", "closing_note",
)  # fmt: skip
_ITEM_TEXT = {
    "attendee": ("name", "position", "organization", "reason"),
    "report": ("title", "content"),
    "contribution": ("content",),
    "vote": ("subject",),
    "directive": ("content", "assignee", "deadline_text"),
    "previous_directive": ("content", "assignee", "deadline_text", "result"),
}


_ITEM_TABLES = {
    ItemKind.ATTENDEES: "attendee",
    ItemKind.REPORTS: "report",
    ItemKind.DISCUSSION: "contribution",
    ItemKind.VOTES: "vote",
    ItemKind.DIRECTIVES: "directive",
    ItemKind.PREVIOUS_DIRECTIVES: "previous_directive",
}


def indexes_meeting_field(name: str) -> bool:
    """Whether a change of this meeting field changes the index (times, counts and enums do not)."""
    return name in _MEETING_TEXT or name in ("title", "recipients")


def indexes_item_field(kind: ItemKind, name: str) -> bool:
    return name in _ITEM_TEXT[_ITEM_TABLES[ItemKind(kind)]]


def create_index(db: SqliteDatabase) -> None:
    db.execute_sql(
        "CREATE VIRTUAL TABLE meeting_search USING fts5("
        "title, body, content = '', tokenize = 'unicode61 remove_diacritics 0')"
    )
    db.execute_sql(
        "CREATE TABLE meeting_search_text ("
        "meeting_id INTEGER PRIMARY KEY, title TEXT NOT NULL, words TEXT NOT NULL, source BLOB NOT NULL)"
    )


def _distinct_words(folded: str) -> str:
    """What FTS5 indexes for the body: each word once, in order of first occurrence."""
    return " ".join(dict.fromkeys(_WORD.findall(folded)))


def _quoted(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _source_text(
    db: SqliteDatabase, meeting_id: int, item_text: dict[str, tuple[str, ...]] = _ITEM_TEXT
) -> tuple[str, str] | None:
    """(title, rest of the text) of a meeting, straight from the rows: no domain objects on this path."""
    row = db.execute_sql(
        f"SELECT title, recipients, {_quoted(_MEETING_TEXT)} FROM meeting WHERE id = ?", (meeting_id,)
    ).fetchone()
    if row is None:
        return None
    title, recipients, *texts = row
    parts = [t for t in texts if t]
    parts.extend(r for r in json.loads(recipients or "[]") if r)
    for table, columns in item_text.items():
        cursor = db.execute_sql(
            f"SELECT {_quoted(columns)} FROM {table} WHERE meeting_id = ? ORDER BY ordinal", (meeting_id,)
        )
        for values in cursor:
            parts.extend(v for v in values if v)
    return title, SEPARATOR.join(parts)


def _indexed(db: SqliteDatabase, meeting_id: int) -> tuple[str, str] | None:
    return db.execute_sql(
        "SELECT title, words FROM meeting_search_text WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()


def _unindex(db: SqliteDatabase, meeting_id: int, indexed: tuple[str, str] | None) -> None:
    """Take the meeting out of FTS5 with exactly the values it was indexed with."""
    if indexed is not None:
        db.execute_sql(
            "INSERT INTO meeting_search (meeting_search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
            (meeting_id, *indexed),
        )


def reindex(db: SqliteDatabase, meeting_id: int, item_text: dict[str, tuple[str, ...]] = _ITEM_TEXT) -> None:
    """Rewrite the meeting's index entry; called inside the writer's transaction so both commit together."""
    text = _source_text(db, meeting_id, item_text)
    if text is None:
        remove(db, meeting_id)
        return
    title, source = text
    indexed = (fast_fold(title), _distinct_words(fast_fold(source)))
    old = _indexed(db, meeting_id)
    if old != indexed:  # an accent corrected changes only the original text, not the index
        _unindex(db, meeting_id, old)
        db.execute_sql(
            "INSERT INTO meeting_search (rowid, title, body) VALUES (?, ?, ?)", (meeting_id, *indexed)
        )
    db.execute_sql(
        "INSERT OR REPLACE INTO meeting_search_text (meeting_id, title, words, source) VALUES (?, ?, ?, ?)",
        (meeting_id, *indexed, pack(source)),
    )


def reindex_all(db: SqliteDatabase) -> None:
    """Fill the index from every stored meeting; an upgrade runs this before later steps have added
    the tables they add, so only the item tables present in the file are read."""
    present = {name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    item_text = {table: columns for table, columns in _ITEM_TEXT.items() if table in present}
    for (meeting_id,) in db.execute_sql("SELECT id FROM meeting").fetchall():
        reindex(db, meeting_id, item_text)


def remove(db: SqliteDatabase, meeting_id: int) -> None:
    _unindex(db, meeting_id, _indexed(db, meeting_id))
    db.execute_sql("DELETE FROM meeting_search_text WHERE meeting_id = ?", (meeting_id,))


def check(db: SqliteDatabase) -> list[str]:
    """FTS5's own consistency check of the index structure; [] when sound."""
    try:
        db.execute_sql("INSERT INTO meeting_search (meeting_search) VALUES ('integrity-check')")
    except Exception as exc:  # SQLITE_CORRUPT_VTAB comes as a plain DatabaseError
        return [f"meeting_search: {exc}"]
    return []


def query_words(query: str) -> list[str]:
    """The folded words of what was typed; punctuation and FTS operators are just separators or words."""
    return _WORD.findall(fold(nfc(query)))[:_MAX_WORDS]


def _fts_query(words: list[str]) -> str:
    return " ".join(f'"{word}"' for word in words)


def search(db: SqliteDatabase, query: str, limit: int = 50) -> list[SearchHit]:
    """Best matches first (bm25, the title weighing ten times the rest); empty for a query without words."""
    words = query_words(query)
    if not words or limit <= 0:
        return []
    ranked = db.execute_sql(
        "SELECT rowid, bm25(meeting_search, 10.0, 1.0) FROM meeting_search "
        "WHERE meeting_search MATCH ? ORDER BY 2, rowid DESC LIMIT ?",
        (_fts_query(words), limit),
    ).fetchall()
    if not ranked:
        return []
    ids = [meeting_id for meeting_id, _ in ranked]
    marks = ", ".join("?" * len(ids))
    details = {
        row[0]: row[1:]
        for row in db.execute_sql(
            f"SELECT m.id, m.date, m.title, m.layout, m.status, s.source FROM meeting m "
            f"JOIN meeting_search_text s ON s.meeting_id = m.id WHERE m.id IN ({marks})",
            ids,
        )
    }
    hits = []
    for meeting_id, score in ranked:
        date, title, layout, status, source = details[meeting_id]
        hits.append(
            SearchHit(
                id=meeting_id,
                date=dt.date.fromisoformat(date),
                title=title,
                layout=Layout(layout),
                status=Status(status),
                snippet=snippet(source, words),
                rank=-score,
            )
        )
    return hits
