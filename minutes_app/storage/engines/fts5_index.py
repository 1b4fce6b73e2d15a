"""The search index of a file: a contentless FTS5 table over the folded text (see storage/search.py).

One FTS5 row per meeting (rowid = meeting id): the folded title and the distinct folded words of the
rest. A contentless row is deleted by repeating what was indexed, which ``meeting_search_text`` keeps.
"""

from __future__ import annotations

from peewee import Database


def create_index(db: Database) -> None:
    db.execute_sql(
        "CREATE VIRTUAL TABLE meeting_search USING fts5("
        "title, body, content = '', tokenize = 'unicode61 remove_diacritics 0')"
    )
    db.execute_sql(
        "CREATE TABLE meeting_search_text ("
        "meeting_id INTEGER PRIMARY KEY, title TEXT NOT NULL, words TEXT NOT NULL, source BLOB NOT NULL)"
    )


def indexed(db: Database, meeting_id: int) -> tuple[str, str] | None:
    return db.execute_sql(
        "SELECT title, words FROM meeting_search_text WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()


def _unindex(db: Database, meeting_id: int, old: tuple[str, str] | None) -> None:
    """Take the meeting out of FTS5 with exactly the values it was indexed with."""
    if old is not None:
        db.execute_sql(
            "INSERT INTO meeting_search (meeting_search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
            (meeting_id, *old),
        )


def put(db: Database, meeting_id: int, new: tuple[str, str], packed: bytes) -> None:
    """Index (title, words) for the meeting; a contentless row is first taken out with its old values."""
    old = indexed(db, meeting_id)
    if old != new:  # an accent corrected changes only the original text, not the index
        _unindex(db, meeting_id, old)
        db.execute_sql("INSERT INTO meeting_search (rowid, title, body) VALUES (?, ?, ?)", (meeting_id, *new))
    db.execute_sql(
        "INSERT OR REPLACE INTO meeting_search_text (meeting_id, title, words, source) VALUES (?, ?, ?, ?)",
        (meeting_id, *new, packed),
    )


def remove(db: Database, meeting_id: int) -> None:
    _unindex(db, meeting_id, indexed(db, meeting_id))
    db.execute_sql("DELETE FROM meeting_search_text WHERE meeting_id = ?", (meeting_id,))


def check(db: Database) -> list[str]:
    """FTS5's own consistency check of the index structure; [] when sound."""
    try:
        db.execute_sql("INSERT INTO meeting_search (meeting_search) VALUES ('integrity-check')")
    except Exception as exc:  # SQLITE_CORRUPT_VTAB comes as a plain DatabaseError
        return [f"meeting_search: {exc}"]
    return []


def ranked(db: Database, words: list[str], limit: int) -> list[tuple[int, float]]:
    """(meeting id, rank), best first: bm25 with the title weighing ten times the rest, ties newest
    first; every word is quoted, so FTS syntax typed into the search box is searched for as words."""
    query = " ".join(f'"{word}"' for word in words)
    rows = db.execute_sql(
        "SELECT rowid, bm25(meeting_search, 10.0, 1.0) FROM meeting_search "
        "WHERE meeting_search MATCH ? ORDER BY 2, rowid DESC LIMIT ?",
        (query, limit),
    ).fetchall()
    return [(meeting_id, -score) for meeting_id, score in rows]
