"""The one verdict on an archive file, reached the same way by ``check`` and by opening for writing.

A file is sound when SQLite's integrity_check finds nothing, FTS5's check of the search index finds
nothing (where it can run: it needs a file and folder that can be written), and every sealed row
matches its checksum. Opening for writing uses the verdict kept by sqlite_verdicts.py when the file is
in the state it was given for, and verifies otherwise; ``check`` always verifies.
"""

from __future__ import annotations

from pathlib import Path

from minutes_app.storage import checksums, damage, migrations
from minutes_app.storage.engines import sqlite_file, sqlite_verdicts
from minutes_app.storage.verification import Report


def verify(db, path: Path, *, index_file: Path | None = None) -> Report:
    """Verify the archive open as ``db`` (at ``path``; ``index_file`` is the file FTS5's check runs on
    when it is not ``path``, e.g. a private copy). The verdict is remembered when sound, forgotten when not."""
    report = Report(path)
    report.integrity = sqlite_file.integrity_findings(db)
    index = sqlite_file.search_index_findings(index_file or path)
    report.index_checked = index is not None
    report.index = index or []
    if not report.integrity and not report.index:
        target = index_file or path
        uri = index_file is None
        report.index = sqlite_file.search_index_differences(
            sqlite_file.read_only_uri(target) if uri else target, uri=uri
        )
    try:
        bad = sqlite_file.damaged_rows(db)
    except Exception:  # a structurally damaged file may not give all its rows; integrity said so
        if not report.integrity:
            raise
        bad = []
    if bad:
        report.damaged = damage.describe(db, path, bad)
    if index_file is None:
        if report.sound:
            sqlite_verdicts.remember_sound(path)
        else:
            sqlite_verdicts.forget(path)
    return report


def verify_unless_known(db, path: Path) -> Report:
    """``verify``, unless the file is in the state a sound verdict was kept for."""
    if sqlite_verdicts.known_sound(path):
        return Report(path)
    return verify(db, path)


def copy_problems(copy: Path) -> list[str]:
    """What is wrong with a copy (a backup) offered as a replacement: unreadable, damaged (integrity or
    checksums), foreign or of a schema this program cannot write; [] when it may be restored."""
    try:
        found = sqlite_file.probe(copy)
    except Exception as exc:  # unreadable: not a candidate, whatever the reason
        return [type(exc).__name__]
    reason = sqlite_file.foreign_reason(found, migrations.schema_version())
    if reason is not None:
        return [reason]
    if not 0 < found.version <= migrations.schema_version():
        return [f"user_version {found.version}"]
    try:
        db = sqlite_file.open_copy(copy)
    except Exception as exc:
        return [type(exc).__name__]
    try:
        problems = sqlite_file.integrity_findings(db)
        if not problems:
            problems = [f"{row.table} {row.key}" for row in checksums.damaged_rows(db)]
    except Exception as exc:
        problems = [type(exc).__name__]
    finally:
        db.close()
    return problems
