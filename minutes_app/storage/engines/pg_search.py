"""The search index of a server archive: each meeting's folded words as a text array under a GIN index.

PostgreSQL's unaccent does not fold đ, and its text-search parser splits words its own way; so the
words indexed are exactly the ones the file's index gets (storage/search.py folds and splits them),
and a query matches the meetings whose array holds every folded query word: the same whole words,
ANDed, as FTS5 on a file. Ranking counts the query words found in the title (ten times) and among the
distinct words, ties newest first.
"""

from __future__ import annotations

import re

from peewee import Database

_WORD = re.compile(r"[^\W_]+")


def create_index(db: Database) -> None:
    db.execute_sql(
        "CREATE TABLE meeting_search_text ("
        "meeting_id BIGINT PRIMARY KEY, title TEXT NOT NULL, words TEXT NOT NULL, source BYTEA NOT NULL, "
        "terms TEXT[] NOT NULL, title_terms TEXT[] NOT NULL)"
    )
    db.execute_sql("CREATE INDEX meeting_search_terms ON meeting_search_text USING gin (terms)")


def indexed(db: Database, meeting_id: int) -> tuple[str, str] | None:
    row = db.execute_sql(
        "SELECT title, words FROM meeting_search_text WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()
    return tuple(row) if row is not None else None


def put(
    db: Database, meeting_id: int, old: tuple[str, str] | None, new: tuple[str, str], packed: bytes
) -> None:
    title, words = new
    title_terms = list(dict.fromkeys(_WORD.findall(title)))
    terms = list(dict.fromkeys([*title_terms, *words.split()]))
    db.execute_sql(
        "INSERT INTO meeting_search_text (meeting_id, title, words, source, terms, title_terms) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE SET title = EXCLUDED.title, "
        "words = EXCLUDED.words, source = EXCLUDED.source, terms = EXCLUDED.terms, "
        "title_terms = EXCLUDED.title_terms",
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


def ranked(db: Database, words: list[str], limit: int) -> list[tuple[int, float]]:
    rows = db.execute_sql(
        "SELECT meeting_id, 10 * cardinality(ARRAY(SELECT unnest(title_terms) INTERSECT SELECT unnest(?::text[]))) "
        "+ 1.0 / (1 + cardinality(terms)) AS rank "
        "FROM meeting_search_text WHERE terms @> ?::text[] ORDER BY rank DESC, meeting_id DESC LIMIT ?",
        (words, words, limit),
    ).fetchall()
    return [(meeting_id, float(rank)) for meeting_id, rank in rows]
