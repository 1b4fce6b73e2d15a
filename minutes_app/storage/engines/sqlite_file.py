"""What only an SQLite file archive knows: its header, "is this our archive?", read-only URIs and probes,
integrity_check and FTS5's check, and a private copy for a folder that cannot be written.

Everything here reads without writing: probes use ``mode=ro`` connections (``immutable`` only where no
WAL can hold anything newer), and nothing is decided about a file by opening it for writing.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import peewee
from peewee import SqliteDatabase

from minutes_app.storage import migrations

HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_NEEDS_RECOVERY = ("SQLITE_READONLY_ROLLBACK", "SQLITE_READONLY_RECOVERY")


def _lenient_text(raw: bytes) -> str:
    """Bytes of a damaged row that are not UTF-8 come back as lone surrogates instead of an error that
    would make every meeting of the file unreadable; their checksum then names the damaged meeting."""
    return raw.decode("utf-8", "surrogateescape")


class ArchiveDatabase(SqliteDatabase):
    """peewee's SQLite database with the lenient text of damaged rows on every connection it makes."""

    def _connect(self):
        connection = super()._connect()
        connection.text_factory = _lenient_text
        return connection


def connect(target: str | Path, *, uri: bool = False, pragmas: list | tuple = ()) -> ArchiveDatabase:
    db = ArchiveDatabase(str(target), uri=uri, pragmas=list(pragmas), timeout=BUSY_TIMEOUT_MS / 1000)
    db.connect()
    return db


def open_copy(path: Path) -> ArchiveDatabase:
    """A read-only database on a copy (a backup): to look into it without changing a byte."""
    return connect(read_only_uri(path), uri=True, pragmas=[("query_only", 1)])


def companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def folder_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK)


def read_only_uri(path: Path) -> str:
    """mode=ro never writes the file; immutable also spares a folder we may not write (no -shm there),
    and is used only when no WAL content can be missed by it (see ``needs_private_copy``)."""
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    if not folder_writable(path) and not companion(path, "-shm").exists():
        uri += "&immutable=1"
    return uri


def needs_private_copy(path: Path) -> bool:
    """In a folder we cannot write, SQLite cannot build the WAL index (-shm) nor roll back a journal;
    ``immutable`` would then show the file without its newest commits. Read a private copy instead."""
    if folder_writable(path):
        return False
    wal, shm, journal = (companion(path, s) for s in ("-wal", "-shm", "-journal"))
    wal_holds_commits = wal.exists() and wal.stat().st_size > 0 and not shm.exists()
    return wal_holds_commits or (journal.exists() and journal.stat().st_size > 0)


def _state(paths: list[Path]) -> list[tuple[int, int] | None]:
    found = []
    for item in paths:
        try:
            info = item.stat()
            found.append((info.st_size, info.st_mtime_ns))
        except FileNotFoundError:
            found.append(None)
    return found


def private_copy(path: Path, attempts: int = 5) -> Path:
    """The file and its -wal or -journal copied into a new 0700 folder; the copy's path.

    A writer may be running (as another user who can write the folder): the copy is taken again until
    no file changed while it was made.
    """
    folder = Path(tempfile.mkdtemp(prefix="minutes-readonly-"))
    sources = [path, *(companion(path, s) for s in ("-wal", "-journal"))]
    try:
        for _ in range(attempts):
            before = _state(sources)
            for source in sources:
                if source.exists():
                    shutil.copyfile(source, folder / (path.name + source.name[len(path.name) :]))
            if _state(sources) == before:
                return folder / path.name
        raise sqlite3.OperationalError("the file kept changing while it was copied")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def remove_private_copy(copy: Path) -> None:
    shutil.rmtree(copy.parent, ignore_errors=True)


@dataclass(frozen=True)
class Probe:
    """What a file is, read without writing a byte of it."""

    size: int
    version: int = 0
    application_id: int = 0
    columns: dict[str, frozenset[str]] | None = None  # table → column names
    findings: tuple[str, ...] = ()  # quick_check's, ("ok",) when sound


def _read(connection: sqlite3.Connection, quick_check: bool) -> Probe:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    columns = {}
    for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        names = connection.execute(f'SELECT name FROM pragma_table_info("{table}")').fetchall()
        columns[table] = frozenset(name for (name,) in names)
    findings = ()
    if quick_check:
        findings = tuple(row[0] for row in connection.execute("PRAGMA quick_check").fetchall())
    return Probe(0, version, application_id, columns, findings)


def _probe_connection(target: str, *, uri: bool, quick_check: bool) -> Probe:
    connection = sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.text_factory = _lenient_text
    try:
        return _read(connection, quick_check)
    finally:
        connection.close()


def probe(path: Path, *, quick_check: bool = True) -> Probe:
    """The header and schema of ``path`` (and quick_check's findings, () when skipped); sqlite3.Error
    when SQLite cannot read it at all.

    A write killed in rollback-journal mode (or while switching to WAL) leaves a hot journal that a
    read-only connection may not roll back: SQLite's own recovery on a writable connection puts the file
    back as it was before that write; a live writer's journal is never hot.
    """
    size = path.stat().st_size
    if size == 0:
        return Probe(0)
    copy = private_copy(path) if needs_private_copy(path) else None
    try:
        if copy is not None:
            found = _probe_connection(str(copy), uri=False, quick_check=quick_check)
        else:
            found = _probe_connection(read_only_uri(path), uri=True, quick_check=quick_check)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") not in _NEEDS_RECOVERY or not folder_writable(path):
            raise
        found = _probe_connection(str(path), uri=False, quick_check=quick_check)
    finally:
        if copy is not None:
            remove_private_copy(copy)
    return Probe(size, found.version, found.application_id, found.columns, found.findings)


def header_of(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(len(HEADER))


_DERIVED = "meeting_search"  # the search index: its layout changed under earlier versions, it is rebuilt


@functools.cache
def expected_columns(version: int) -> dict[str, frozenset[str]]:
    """The tables and columns a file of ``version`` has (the search index aside, which is derived data
    whose layout earlier programs varied): the migrations run on an empty database."""
    db = SqliteDatabase(":memory:")
    db.connect()
    try:
        for step in range(version):
            migrations.MIGRATIONS[step](db)
        cursor = db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = [name for (name,) in cursor.fetchall() if not name.startswith(_DERIVED)]
        return {
            table: frozenset(row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall())
            for table in tables
        }
    finally:
        db.close()


def foreign_reason(found: Probe, newest: int) -> str | None:
    """Why a readable SQLite file is not a minutes archive (a short technical reason), or None if it is.

    Files from schema 6 on carry the application id; earlier ones are recognised by their version and
    their tables, each with the columns that version gave it. A newer version (a later program's file)
    is recognised by the tables this program knows.
    """
    if found.application_id not in (0, migrations.APPLICATION_ID):
        return f"application_id {found.application_id:#x}"
    if found.version <= 0:
        return f"user_version {found.version}"
    expected = expected_columns(min(found.version, newest))
    columns = found.columns or {}
    for table, names in expected.items():
        if table not in columns:
            return f"no table {table}"
        missing = names - columns[table]
        if missing:
            return f"table {table} lacks {', '.join(sorted(missing))}"
    return None


def integrity_findings(db: SqliteDatabase) -> list[str]:
    """integrity_check's findings on the database's connection; [] when sound. A file too damaged for the
    check to finish is a finding too (SQLite's own words)."""
    try:
        rows = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall()]
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def search_index_findings(path: Path) -> list[str] | None:
    """FTS5's check of the search index, on a short connection of its own: FTS5 runs it as an INSERT,
    which a read-only connection refuses; nothing is written (the transaction is rolled back). None when
    the file or its folder cannot be written, so the check cannot run."""
    if not os.access(path, os.W_OK) or not folder_writable(path):
        return None
    connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE name = 'meeting_search'").fetchall()
        if not tables:
            return []  # a file of schema 1 has no index yet; the upgrade builds it
        connection.execute("BEGIN")
        try:
            connection.execute("INSERT INTO meeting_search (meeting_search) VALUES ('integrity-check')")
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_READONLY")):
                return None
            return [f"meeting_search: {exc}"]
        finally:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        return []
    finally:
        connection.close()


_EXPECTED = "minutes_expected_index"


def search_index_differences(path: Path, *, uri: bool) -> list[str]:
    """The search index compared entry by entry with what it should hold: an index built, in the
    connection's private temp schema, from the sealed text rows beside it (their checksums are verified
    with the other rows). FTS5's own check cannot see a changed term or document number inside its
    blocks; this comparison does. Read-only: nothing but the temp schema is written."""
    connection = sqlite3.connect(str(path), uri=uri, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.text_factory = _lenient_text
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(meeting_search_text)")}
        if "checksum" not in columns:  # before schema 6 the index is rebuilt by the upgrade anyway
            return []
        connection.execute(
            f"CREATE VIRTUAL TABLE temp.{_EXPECTED} USING fts5("
            "title, body, content = '', tokenize = 'unicode61 remove_diacritics 0')"
        )
        connection.execute(
            f"INSERT INTO temp.{_EXPECTED} (rowid, title, body) "
            "SELECT meeting_id, title, words FROM main.meeting_search_text"
        )
        connection.execute(
            f"CREATE VIRTUAL TABLE temp.{_EXPECTED}_terms USING fts5vocab(temp, {_EXPECTED}, 'instance')"
        )
        connection.execute(
            "CREATE VIRTUAL TABLE temp.minutes_stored_terms USING fts5vocab(main, meeting_search, 'instance')"
        )
        entries = "SELECT term, doc, col, offset FROM temp.{}"
        missing, extra = (
            connection.execute(
                f"SELECT count(*) FROM ({entries.format(a)} EXCEPT {entries.format(b)})"
            ).fetchone()[0]
            for a, b in (
                (f"{_EXPECTED}_terms", "minutes_stored_terms"),
                ("minutes_stored_terms", f"{_EXPECTED}_terms"),
            )
        )
    except sqlite3.Error as exc:
        return [f"meeting_search: {exc}"]
    finally:
        connection.close()
    if missing or extra:
        return [
            f"meeting_search: {missing} entries missing from the index, {extra} entries it should not hold"
        ]
    return []


def _type_check(name: str, declared: str) -> str:
    allowed = {"TEXT": "'text'", "INTEGER": "'integer'", "BLOB": "'blob'"}.get(
        declared, "'text', 'integer', 'blob'"
    )
    return f"typeof(\"{name}\") NOT IN ({allowed}, 'null')"


def damaged_rows(db: SqliteDatabase) -> list:
    """checksums.damaged_rows, computed inside SQLite: the digest is registered as an SQL function of the
    row's values, text passed as its UTF-8 bytes, so no row is built in Python and no text decoded (about
    three times less processor time on a large archive); the digest itself is the engine-neutral one of
    checksums.py. A column holding another type than it was declared with (a damaged type byte) makes
    the row damaged as well."""
    from minutes_app.storage import checksums

    connection = db.connection()
    found = []
    for table in checksums.present(db):
        declared = {column.name: column.data_type.upper() for column in db.get_columns(table)}
        names = checksums.columns(declared)
        texts = frozenset(name for name in names if declared[name] == "TEXT")
        function = f"minutes_checksum_{table}"
        connection.create_function(
            function, len(names), checksums.digester(table, names, texts), deterministic=True
        )
        owner, key = checksums.SEALED[table], checksums.key_column(table)
        arguments = ", ".join(f'CAST("{n}" AS BLOB)' if n in texts else f'"{n}"' for n in names)
        types = " OR ".join(_type_check(n, declared[n]) for n in names)
        query = (
            f'SELECT "{key}", "{owner}" FROM "{table}" '
            f"WHERE {checksums.COLUMN} IS NOT {function}({arguments}) OR {types}"
        )
        found.extend(checksums.BadRow(table, k, o) for k, o in connection.execute(query).fetchall())
    return found
