"""The folded full-text index of every meeting, kept in step by the writers, and ranked search with snippets.

One contentless FTS5 row per meeting (rowid = meeting id) over the folded title and the folded rest of
the text. Beside it, ``meeting_search_text`` keeps what was indexed (folded, compressed: a contentless
row is deleted by repeating its values) and the original text (compressed) so that a snippet can be cut
from what the secretary typed, accents included. Keeping the texts compressed outside FTS5 halves the
pages each autosave commit writes. Queries are folded the same way and every word is quoted, so FTS
syntax typed into the search box is searched for as words and never parsed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib

from peewee import SqliteDatabase

from minutes_app.domain.model import ItemKind, Layout, SearchHit, Status
from minutes_app.domain.vietnamese import fold, nfc
from minutes_app.storage.folding import fast_fold, original_offset

_WORD = re.compile(r"[^\W_]+")
_MAX_WORDS = 16
_SNIPPET_BEFORE = 50
_SNIPPET_AFTER = 110
_SEPARATOR = "\n"

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
}


_ITEM_TABLES = {
    ItemKind.ATTENDEES: "attendee",
    ItemKind.REPORTS: "report",
    ItemKind.DISCUSSION: "contribution",
    ItemKind.VOTES: "vote",
    ItemKind.DIRECTIVES: "directive",
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
        "meeting_id INTEGER PRIMARY KEY, title TEXT NOT NULL, body BLOB NOT NULL, source BLOB NOT NULL)"
    )


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)


def _unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


def _quoted(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _source_text(db: SqliteDatabase, meeting_id: int) -> tuple[str, str] | None:
    """(title, rest of the text) of a meeting, straight from the rows: no domain objects on this path."""
    row = db.execute_sql(
        f"SELECT title, recipients, {_quoted(_MEETING_TEXT)} FROM meeting WHERE id = ?", (meeting_id,)
    ).fetchone()
    if row is None:
        return None
    title, recipients, *texts = row
    parts = [t for t in texts if t]
    parts.extend(r for r in json.loads(recipients or "[]") if r)
    for table, columns in _ITEM_TEXT.items():
        cursor = db.execute_sql(
            f"SELECT {_quoted(columns)} FROM {table} WHERE meeting_id = ? ORDER BY ordinal", (meeting_id,)
        )
        for values in cursor:
            parts.extend(v for v in values if v)
    return title, _SEPARATOR.join(parts)


def _unindex(db: SqliteDatabase, meeting_id: int) -> tuple[str, str] | None:
    """Take the meeting out of FTS5 with exactly the values it was indexed with; returns them."""
    row = db.execute_sql(
        "SELECT title, body FROM meeting_search_text WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()
    if row is None:
        return None
    title, body = row[0], _unpack(row[1])
    db.execute_sql(
        "INSERT INTO meeting_search (meeting_search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (meeting_id, title, body),
    )
    return title, body


def reindex(db: SqliteDatabase, meeting_id: int) -> None:
    """Rewrite the meeting's index entry; called inside the writer's transaction so both commit together."""
    text = _source_text(db, meeting_id)
    if text is None:
        remove(db, meeting_id)
        return
    title, source = text
    folded_title, folded_body = fast_fold(title), fast_fold(source)
    old = db.execute_sql(
        "SELECT title, body FROM meeting_search_text WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()
    if old is None or (old[0], _unpack(old[1])) != (folded_title, folded_body):
        _unindex(db, meeting_id)
        db.execute_sql(
            "INSERT INTO meeting_search (rowid, title, body) VALUES (?, ?, ?)",
            (meeting_id, folded_title, folded_body),
        )
    # An accent corrected leaves the folded text as it was: only the original text changes then.
    db.execute_sql(
        "INSERT OR REPLACE INTO meeting_search_text (meeting_id, title, body, source) VALUES (?, ?, ?, ?)",
        (meeting_id, folded_title, _pack(folded_body), _pack(source)),
    )


def remove(db: SqliteDatabase, meeting_id: int) -> None:
    _unindex(db, meeting_id)
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


def snippet(source: str, folded: str, words: list[str]) -> str:
    """Original text around the first place any word occurs, on word boundaries, with ellipses."""
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W_])")
    found = pattern.search(folded) if words else None
    start = original_offset(source, folded, found.start()) if found else 0
    begin = max(0, start - _SNIPPET_BEFORE)
    end = min(len(source), start + _SNIPPET_AFTER)
    if begin > 0:
        space = source.find(" ", begin, start)
        begin = space + 1 if space != -1 else begin
    if end < len(source):
        space = source.rfind(" ", start, end)
        end = space if space > start else end
    text = " · ".join(line.strip() for line in source[begin:end].split(_SEPARATOR) if line.strip())
    return ("…" if begin > 0 else "") + text + ("…" if end < len(source) else "")


def search(db: SqliteDatabase, query: str, limit: int = 50) -> list[SearchHit]:
    """Best matches first (bm25, the title weighing ten times the rest); empty for a query without words."""
    words = query_words(query)
    if not words or limit <= 0:
        return []
    ranked = db.execute_sql(
        "SELECT rowid, bm25(meeting_search, 10.0, 1.0) FROM meeting_search "
        "WHERE meeting_search MATCH ? ORDER BY 2 LIMIT ?",
        (_fts_query(words), limit),
    ).fetchall()
    if not ranked:
        return []
    ids = [meeting_id for meeting_id, _ in ranked]
    marks = ", ".join("?" * len(ids))
    details = {
        row[0]: row[1:]
        for row in db.execute_sql(
            f"SELECT m.id, m.date, m.title, m.layout, m.status, s.body, s.source FROM meeting m "
            f"JOIN meeting_search_text s ON s.meeting_id = m.id WHERE m.id IN ({marks})",
            ids,
        )
    }
    hits = []
    for meeting_id, score in ranked:
        date, title, layout, status, body, source = details[meeting_id]
        hits.append(
            SearchHit(
                id=meeting_id,
                date=dt.date.fromisoformat(date),
                title=title,
                layout=Layout(layout),
                status=Status(status),
                snippet=snippet(_unpack(source), _unpack(body), words),
                rank=-score,
            )
        )
    return hits
