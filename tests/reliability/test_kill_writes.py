"""Kill during writes of every kind: import, backups, finalize, export; nothing half-written is ever seen."""

from __future__ import annotations

import json
import os
import random
import zipfile

import pytest

from minutes_app import interchange, paths
from minutes_app.domain import Status, canonical
from minutes_app.storage import open_store

from .helpers import integrity, table_dump
from .killing import run_and_kill

BOTH_ENGINES = {
    "test_kill_during_cli_import",
    "test_kill_during_finalize",
}  # these scenarios run on a SQLite file and on a PostgreSQL server

KILLS = 5


def _document(meeting) -> dict:
    """The meeting's content; each stored copy has a uid of its own."""
    document = canonical.to_document(canonical.normalize(meeting))
    document["meeting"].pop("uid", None)
    return document


def test_kill_during_cli_import(seeded_db):
    """A killed import leaves a sound file holding each reported meeting whole, and no partial meeting."""
    rng = random.Random(21)
    expected = _document(interchange.read_meeting(paths.SAMPLE_MEETING))
    reported: list[int] = []
    for _ in range(KILLS):
        lines = run_and_kill(
            "writer_child.py", ["import", seeded_db, paths.SAMPLE_MEETING], rng.uniform(0.05, 1.0)
        )
        reported += [int(line[1]) for line in lines if line[0] == "imported"]
        assert integrity(seeded_db) == []
        with open_store(seeded_db) as store:
            ids = [s.id for s in store.list_meetings()]
            assert set(reported) <= set(ids)
            for meeting_id in ids:  # every stored meeting is complete: no import stopped half-way
                assert _document(store.load(meeting_id)) == expected
    assert reported


@pytest.mark.parametrize("mode", ["backup_now", "backup_cli"])
def test_kill_during_backup(seeded_db, tmp_path, mode):
    """A killed backup leaves the old copy or a complete sound one under every backup name, never a part."""
    rng = random.Random(22)
    dest = tmp_path / "copy.sqlite3"
    content = table_dump(seeded_db)
    reported = 0
    for _ in range(KILLS):
        lines = run_and_kill("writer_child.py", [mode, seeded_db, dest], rng.uniform(0.0, 0.8))
        reported += len(lines)
        assert integrity(seeded_db) == []
        copies = [dest] if mode == "backup_cli" else list((seeded_db.parent / "backups").glob("minutes-*"))
        for copy in copies:
            if copy.exists():
                assert integrity(copy) == [], copy
                assert table_dump(copy) == content, copy
    assert reported


def test_kill_during_finalize(seeded_db):
    """A killed finalize leaves the meeting either draft or final, every reported snapshot whole."""
    rng = random.Random(23)
    finalized = 0
    for _ in range(KILLS):
        lines = run_and_kill("writer_child.py", ["finalize", seeded_db], rng.uniform(0.0, 0.8))
        finalized += len(lines)
        assert integrity(seeded_db) == []
        with open_store(seeded_db) as store:
            meeting_id = store.list_meetings()[0].id
            meeting = store.load(meeting_id)
            assert meeting.status in (Status.DRAFT, Status.FINAL)
            versions = store.finalized_versions(meeting_id)
            assert len(versions) >= finalized
            for _at, fingerprint, snapshot in versions:
                assert fingerprint == canonical.fingerprint(snapshot)
                assert _document(snapshot)["attendees"] == _document(meeting)["attendees"]
    assert finalized


def _complete(fmt: str, path) -> None:
    data = path.read_bytes()
    if fmt == "pdf":
        import pypdf

        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
        assert len(pypdf.PdfReader(path).pages) >= 1
    elif fmt == "docx":
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None
        import docx

        assert docx.Document(str(path)).paragraphs
    else:
        interchange.parse_document(json.loads(data.decode("utf-8")))


@pytest.mark.parametrize("fmt", ["pdf", "docx", "json"])
def test_kill_during_export(seeded_db, tmp_path, fmt):
    """A killed export leaves the old complete file or none under the target name, never a partial one."""
    rng = random.Random(24)
    out = tmp_path / f"bien-ban.{fmt}"
    exported = 0
    for _ in range(KILLS):
        lines = run_and_kill("writer_child.py", ["export", seeded_db, fmt, out], rng.uniform(0.0, 1.5))
        exported += len(lines)
        if out.exists():
            _complete(fmt, out)
        else:
            assert exported == 0, "a complete export disappeared"
    assert exported


def _age(paths, seconds: float = 7200) -> None:
    for path in paths:
        stat = path.stat()
        os.utime(path, (stat.st_atime - seconds, stat.st_mtime - seconds))


def test_temporary_files_of_killed_writes_do_not_pile_up(seeded_db, tmp_path):
    """Killed exports and backups leave hidden .part files; the next write clears those over an hour old."""
    rng = random.Random(25)
    out = tmp_path / "bien-ban.pdf"
    for _ in range(4):
        run_and_kill("writer_child.py", ["export", seeded_db, "pdf", out], rng.uniform(0.05, 0.6))
        run_and_kill("writer_child.py", ["backup_now", seeded_db], rng.uniform(0.0, 0.3))
    backups = seeded_db.parent / "backups"
    left = list(tmp_path.glob(".*.part")) + list(backups.glob(".*.part"))
    print("leftover temporary files after kills:", len(left))
    _age(left)
    fresh = tmp_path / ".bien-ban.pdf.fresh.part"  # a write in progress elsewhere, not to be touched
    fresh.write_bytes(b"%PDF-")
    from minutes_app import documents

    with open_store(seeded_db) as store:
        meeting = store.load(store.list_meetings()[0].id)
        store.backup_now()
    documents.render(meeting, document="minutes", fmt="pdf", target=out)
    assert fresh.exists()
    assert [p for p in tmp_path.glob(".*.part") if p != fresh] == []
    assert list(backups.glob(".*.part")) == []
