"""Row checksums: damage that SQLite cannot see (a changed byte inside a stored text) is caught on read.

Every row of meeting content (the meeting, each item table, snapshots, follow-ups) and the search text
beside the index carries ``checksum``: a BLAKE2b digest of the row's values, written in the same
transaction as the row and verified whenever the row is read and by ``check``. The digest is computed
from the values as the database returns them (table name, then each column but ``checksum`` in name
order, each value tagged with its type), never from pages, so a PostgreSQL archive computes the same one.

Writers change rows with ordinary statements and then ``seal`` what they touched; ``seal_all`` and
``damaged_rows`` walk a whole archive (upgrades, ``check``). Functions here use portable SQL only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from peewee import Database

COLUMN = "checksum"

SEALED: dict[str, str] = {
    "meeting": "id",
    "attendee": "meeting_id",
    "report": "meeting_id",
    "contribution": "meeting_id",
    "vote": "meeting_id",
    "directive": "meeting_id",
    "previous_directive": "meeting_id",
    "snapshot": "meeting_id",
    "followup": "meeting_id",
    "meeting_search_text": "meeting_id",
}
"""Every sealed table and its column naming the meeting a row belongs to."""

_KEYS = {"meeting_search_text": "meeting_id"}  # the row's own key where it is not ``id``
_BATCH = 500


def key_column(table: str) -> str:
    return _KEYS.get(table, "id")


def _value_bytes(value: object) -> bytes:
    """Type-tagged and length-prefixed, so that no two different rows give the same byte string.

    Text is encoded with ``surrogatepass``: bytes that were not UTF-8 in the file come back as lone
    surrogates, and their digest then differs from the text's that was sealed.
    """
    if value is None:
        return b"n"
    if isinstance(value, bool | int):
        return b"i%d" % value
    if isinstance(value, float):
        return b"f" + value.hex().encode()
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return b"s%d:" % len(data) + data
    data = bytes(value)  # BLOB (bytes, memoryview)
    return b"b%d:" % len(data) + data


def digester(table: str, names: Sequence[str], as_utf8: frozenset[str] = frozenset()) -> Callable[..., str]:
    """A function of the values of ``names`` (column names in name order, ``checksum`` not among them)
    giving the row's checksum; made once per table for walks over many rows. Columns in ``as_utf8``
    arrive as the UTF-8 bytes of their text (or None), which spares decoding and encoding it again."""
    seed = table.encode()
    prefixes = [(b"\x00" + name.encode() + b"=", name in as_utf8) for name in names]

    def checksum(*values: object) -> str:
        hasher = hashlib.blake2b(seed, digest_size=16)
        for (prefix, utf8), value in zip(prefixes, values, strict=True):
            hasher.update(prefix)
            if utf8 and value is not None:
                hasher.update(b"s%d:" % len(value))
                hasher.update(value)
            else:
                hasher.update(_value_bytes(value))
        return hasher.hexdigest()

    return checksum


def columns(row_names: Iterable[str]) -> list[str]:
    """The columns a checksum covers, in the order it covers them."""
    return sorted(name for name in row_names if name != COLUMN)


def digest(table: str, row: dict[str, object]) -> str:
    """The checksum of one row: ``row`` maps column names to values (``checksum`` itself is ignored)."""
    names = columns(row)
    return digester(table, names)(*(row[name] for name in names))


def sound(table: str, row: dict[str, object]) -> bool:
    return row.get(COLUMN) == digest(table, row)


def rows(db: Database, table: str, where: str = "", params: Sequence = ()) -> Iterator[dict[str, object]]:
    """Rows of ``table`` as dicts of column → value (``where``: SQL after WHERE with ``?`` placeholders,
    which a server engine's database turns into its own)."""
    cursor = db.execute_sql(f'SELECT * FROM "{table}"' + (f" WHERE {where}" if where else ""), tuple(params))
    names = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def seal(db: Database, table: str, where: str = "", params: Sequence = ()) -> int:
    """Write the checksum of each row of ``table`` matching ``where``; call inside the writer's transaction."""
    key = key_column(table)
    updates = [(digest(table, row), row[key]) for row in rows(db, table, where, params)]
    for start in range(0, len(updates), _BATCH):
        for checksum, value in updates[start : start + _BATCH]:
            db.execute_sql(f'UPDATE "{table}" SET {COLUMN} = ? WHERE {key} = ?', (checksum, value))
    return len(updates)


def seal_meeting(db: Database, meeting_id: int, tables: Iterable[str] | None = None) -> None:
    """Seal the meeting's rows in ``tables`` (all sealed tables but the search text when None)."""
    for table in tables if tables is not None else [t for t in SEALED if t != "meeting_search_text"]:
        seal(db, table, f"{SEALED[table]} = ?", (meeting_id,))


def present(db: Database) -> list[str]:
    """The sealed tables of this file that have their checksum column (none before schema 6)."""
    tables = set(db.get_tables())
    return [t for t in SEALED if t in tables and COLUMN in {c.name for c in db.get_columns(t)}]


def seal_all(db: Database) -> int:
    """Seal every row of every sealed table: upgrades, and after a schema step changed a table's columns."""
    return sum(seal(db, table) for table in present(db))


@dataclass(frozen=True)
class BadRow:
    table: str
    key: object
    meeting_id: object


def damaged_rows(db: Database, tables: Iterable[str] | None = None) -> list[BadRow]:
    """Every row whose checksum does not match its values, in every sealed table of the file."""
    found = []
    for table in tables if tables is not None else present(db):
        owner, key = SEALED[table], key_column(table)
        found.extend(BadRow(table, row[key], row[owner]) for row in rows(db, table) if not sound(table, row))
    return found


def damaged_rows_of(db: Database, table: str, meeting_id: object) -> list[BadRow]:
    """The rows of one meeting in ``table`` whose checksums fail."""
    owner, key = SEALED[table], key_column(table)
    found = rows(db, table, f"{owner} = ?", (meeting_id,))
    return [BadRow(table, row[key], row[owner]) for row in found if not sound(table, row)]


class Damaged(Exception):
    """Raised by readers that met rows whose checksums fail; the Store turns it into a message naming
    the meeting and the newest backup that holds a sound copy of it."""

    def __init__(self, bad: list[BadRow]) -> None:
        super().__init__(f"{len(bad)} damaged rows")
        self.bad = bad


def verified(table: str, found: Iterable[dict[str, object]]) -> list[dict[str, object]]:
    """The rows of ``found``, raising Damaged when one fails its checksum (files of schemas before 6,
    opened read-only, have no checksums and are taken as they are)."""
    found = list(found)
    bad = [
        BadRow(table, row[key_column(table)], row[SEALED[table]])
        for row in found
        if COLUMN in row and not sound(table, row)
    ]
    if bad:
        raise Damaged(bad)
    return found
