"""The search index of a server archive: each meeting's folded words as a tsvector under a GIN index.

PostgreSQL's unaccent does not fold đ, and its text-search parser splits and normalizes words its own
way; so the parser is never used. The lexemes are exactly the words the file's index gets (folded and
split by storage/search.py), turned into a tsvector with ``array_to_tsvector``, and a query is a
tsquery of the folded query words quoted as they are: the same whole words, ANDed, as FTS5 on a file.

Ranking: meetings with every query word in the title first, then the rest; newest (highest id) first
within each. Both are ``ORDER BY … LIMIT`` over an indexed condition, so a word found in every meeting
of a 10,000-meeting archive still answers in milliseconds.
"""

from __future__ import annotations

import re

from peewee import Database

_WORD = re.compile(r"[^\W_]+")


def create_index(db: Database) -> None:
    db.execute_sql(
        "CREATE TABLE meeting_search_text ("
        "meeting_id BIGINT PRIMARY KEY, title TEXT NOT NULL, words TEXT NOT NULL, source BYTEA NOT NULL, "
        "doc TSVECTOR NOT NULL, title_doc TSVECTOR NOT NULL)"
    )
    db.execute_sql("CREATE INDEX meeting_search_doc ON meeting_search_text USING gin (doc)")
    db.execute_sql("CREATE INDEX meeting_search_title ON meeting_search_text USING gin (title_doc)")


def put(db: Database, meeting_id: int, new: tuple[str, str], packed: bytes) -> None:
    """One upsert: the old entry need not be read first, as a contentless FTS5 row must."""
    title, words = new
    title_terms = list(dict.fromkeys(_WORD.findall(title)))
    terms = list(dict.fromkeys([*title_terms, *words.split()]))
    db.execute_sql(
        "INSERT INTO meeting_search_text (meeting_id, title, words, source, doc, title_doc) "
        "VALUES (?, ?, ?, ?, array_to_tsvector(?::text[]), array_to_tsvector(?::text[])) "
        "ON CONFLICT (meeting_id) DO UPDATE SET title = EXCLUDED.title, words = EXCLUDED.words, "
        "source = EXCLUDED.source, doc = EXCLUDED.doc, title_doc = EXCLUDED.title_doc",
        (meeting_id, title, words, packed, terms, title_terms),
    )


def remove(db: Database, meeting_id: int) -> None:
    db.execute_sql("DELETE FROM meeting_search_text WHERE meeting_id = ?", (meeting_id,))


def check(db: Database) -> list[str]:
    """Every meeting indexed once, nothing indexed for a meeting that is gone; [] when sound."""
    missing = db.execute_sql(
        "SELECT count(*) FROM meeting m LEFT JOIN meeting_search_text s ON s.meeting_id = m.id "
        "WHERE s.meeting_id IS NULL"
    ).fetchone()[0]
    orphans = db.execute_sql(
        "SELECT count(*) FROM meeting_search_text s LEFT JOIN meeting m ON m.id = s.meeting_id WHERE m.id IS NULL"
    ).fetchone()[0]
    problems = []
    if missing:
        problems.append(f"meeting_search_text: {missing} meetings not indexed")
    if orphans:
        problems.append(f"meeting_search_text: {orphans} entries for meetings that are gone")
    return problems


def _tsquery(words: list[str]) -> str:
    """Each word a quoted lexeme, taken as it is (the words hold neither quotes nor backslashes)."""
    return " & ".join("'" + word + "'" for word in words)


def ranked(db: Database, words: list[str], limit: int) -> list[tuple[int, float]]:
    query = _tsquery(words)
    in_title = db.execute_sql(
        "SELECT meeting_id FROM meeting_search_text WHERE title_doc @@ ?::tsquery "
        "ORDER BY meeting_id DESC LIMIT ?",
        (query, limit),
    ).fetchall()
    hits = [(meeting_id, 2.0) for (meeting_id,) in in_title]
    if len(hits) < limit:
        rest = db.execute_sql(
            "SELECT meeting_id FROM meeting_search_text WHERE doc @@ ?::tsquery AND NOT title_doc @@ ?::tsquery "
            "ORDER BY meeting_id DESC LIMIT ?",
            (query, query, limit - len(hits)),
        ).fetchall()
        hits.extend((meeting_id, 1.0) for (meeting_id,) in rest)
    return hits
