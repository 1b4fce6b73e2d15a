"""The folded full-text index of every meeting, kept in step by the writers, and ranked search.

What is indexed is decided here, the same for every engine: the folded title, and the distinct folded
words of the rest of the text. Indexing each word once per meeting keeps the index and each autosave's
share of it small; search needs whole words, ANDed, not phrases or counts. How it is indexed and
queried is the engine's (engines/fts5_index.py on a file, engines/pg_search.py on a server).

Beside it, ``meeting_search_text`` keeps what was indexed and the original text, compressed, for
snippets cut from what the secretary typed, accents included. Queries are folded the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from peewee import Database

from minutes_app.domain.model import ItemKind, Layout, SearchHit, Status
from minutes_app.domain.vietnamese import fold, nfc
from minutes_app.storage import checksums
from minutes_app.storage.codec import printable
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


def _index(db: Database):
    """The engine's index: the server's when the database says so, FTS5 on a file."""
    chosen = getattr(db, "search_index", None)
    if chosen is not None:
        return chosen
    from minutes_app.storage.engines import fts5_index

    return fts5_index


def create_index(db: Database) -> None:
    _index(db).create_index(db)


def _distinct_words(folded: str) -> str:
    """What FTS5 indexes for the body: each word once, in order of first occurrence."""
    return " ".join(dict.fromkeys(_WORD.findall(folded)))


def _quoted(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _source_text(
    db: Database, meeting_id: int, item_text: dict[str, tuple[str, ...]] = _ITEM_TEXT
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
    if item_text:  # every item table in one statement: one round trip to a server, not six
        width = max(len(columns) for columns in item_text.values())
        selects = [
            f"SELECT {number}, ordinal, {_quoted(columns)}{', NULL' * (width - len(columns))} "
            f"FROM {table} WHERE meeting_id = ?"
            for number, (table, columns) in enumerate(item_text.items())
        ]
        cursor = db.execute_sql(" UNION ALL ".join(selects) + " ORDER BY 1, 2", (meeting_id,) * len(selects))
        for _table, _ordinal, *values in cursor:
            parts.extend(v for v in values if v)
    return title, SEPARATOR.join(parts)


def reindex(
    db: Database, meeting_id: int, item_text: dict[str, tuple[str, ...]] = _ITEM_TEXT, *, seal: bool = True
) -> None:
    """Rewrite the meeting's index entry; called inside the writer's transaction so both commit together.

    The text row beside the index is sealed with its checksum (upgrades seal every row at their end).
    """
    text = _source_text(db, meeting_id, item_text)
    if text is None:
        remove(db, meeting_id)
        return
    title, source = text
    _index(db).put(db, meeting_id, (fast_fold(title), _distinct_words(fast_fold(source))), pack(source))
    if seal:
        checksums.seal(db, "meeting_search_text", "meeting_id = ?", (meeting_id,))


def reindex_all(db: Database) -> None:
    """Fill the index from every stored meeting; an upgrade runs this before later steps have added
    the tables and columns they add, so only the item tables present in the file are read, and the text
    rows are sealed only where they have their checksum column."""
    present = set(db.get_tables())
    item_text = {table: columns for table, columns in _ITEM_TEXT.items() if table in present}
    sealed = "meeting_search_text" in checksums.present(db)  # the text rows have checksums from version 6
    for (meeting_id,) in db.execute_sql("SELECT id FROM meeting").fetchall():
        reindex(db, meeting_id, item_text, seal=sealed)


def remove(db: Database, meeting_id: int) -> None:
    _index(db).remove(db, meeting_id)


def check(db: Database) -> list[str]:
    """The index's own consistency check; [] when sound."""
    return _index(db).check(db)


def query_words(query: str) -> list[str]:
    """The folded words of what was typed; punctuation and FTS operators are just separators or words."""
    return _WORD.findall(fold(nfc(query)))[:_MAX_WORDS]


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Best matches first (the title weighing ten times the rest); empty for a query without words."""
    words = query_words(query)
    if not words or limit <= 0:
        return []
    ranked = _index(db).ranked(db, words, limit)
    if not ranked:
        return []
    ids = [meeting_id for meeting_id, _ in ranked]
    marks = ", ".join("?" * len(ids))
    details = {
        row[0]: row[1:]
        for row in db.execute_sql(
            f"SELECT id, date, title, layout, status FROM meeting WHERE id IN ({marks})", ids
        )
    }
    hits = []
    for meeting_id, score in ranked:
        if meeting_id not in details:
            continue
        date, title, layout, status = details[meeting_id]
        try:
            hit = SearchHit(
                id=meeting_id,
                date=dt.date.fromisoformat(date),
                title=printable(title),
                layout=Layout(layout),
                status=Status(status),
                snippet=_snippet(db, meeting_id, words),
                rank=score,
            )
        except (TypeError, ValueError):
            continue  # a meeting row changed outside the program: ``check`` names it
        hits.append(hit)
    return hits


def _snippet(db: Database, meeting_id: int, words: list[str]) -> str:
    """Cut from the text kept beside the index; nothing when that row fails its checksum (``check``
    names it), so a snippet never shows text changed outside the program."""
    for row in checksums.rows(db, "meeting_search_text", "meeting_id = ?", (meeting_id,)):
        if checksums.COLUMN in row and not checksums.sound("meeting_search_text", row):
            return ""
        try:
            return snippet(bytes(row["source"]), words)
        except Exception:  # a source that no longer decompresses
            return ""
    return ""
