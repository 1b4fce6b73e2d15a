"""Corruption on open: damaged, truncated, WAL-less and foreign files are detected before any write; the
window explains it, offers the newest sound backup, and keeps the damaged file aside untouched."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes_app.gui import app as gui_app
from minutes_app.gui.main_window import MainWindow
from minutes_app.storage import open_store

from .helpers import REPO, child_env, file_hash, integrity, table_dump

CRASH_CHILD = REPO / "tests" / "storage" / "crash_child.py"


@pytest.fixture
def backed_up(seeded_db, sample_meeting):
    """A database of several meetings with two backups; the newest backup is damaged, the older sound."""
    import copy

    with open_store(seeded_db) as store:
        for number in range(8):
            meeting = copy.deepcopy(sample_meeting)
            meeting.title = f"Hội nghị số {number}"
            store.add(meeting)
        sound = store.backup_now()
        time.sleep(1.1)  # a later stamp: this copy is the newest, and it is damaged below
        damaged = store.backup_now()
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\x00garbage" * 1024
    damaged.write_bytes(bytes(data))
    os.utime(damaged)  # newest by time too
    return seeded_db, sound


def _overwrite_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096 * 3] = random.Random(1).randbytes(4096 * 3)
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 3)


def _garbage(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 not a database at all " * 500)


def _fingerprints(path: Path, suffixes=("", "-wal")) -> dict[str, str]:
    """Hashes of the file and of its -wal (when there is one), keyed by suffix.

    A read-only look at a WAL file may create an empty -wal and a -shm index beside it; neither changes
    the file, so only companions that existed before are compared.
    """
    found = {}
    for suffix in suffixes:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            found[suffix] = file_hash(companion)
    return found


def _run_window(monkeypatch, db_path: Path, answer) -> tuple[int, dict]:
    """gui.app.run on ``db_path`` with the event loop replaced by a look at the shown window."""
    seen: dict = {}

    def look(_app) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[-1]
        seen.update(
            meeting=window.editor.meeting.title if window.editor.meeting else None,
            read_only=window.store.read_only,
            banner=window.ui.bannerLabel.text() if window.ui.bannerFrame.isVisible() else "",
        )
        window.editor.autosave.discard()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", look)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answer)
    return gui_app.run(db_path), seen


DAMAGES = {"overwritten": _overwrite_middle, "truncated": _truncate, "garbage": _garbage}


@pytest.mark.parametrize("damage", DAMAGES)
def test_damaged_file_offers_newest_sound_backup(backed_up, monkeypatch, boxes, damage):
    """The window names the problem, opens the newest sound backup on Yes, and keeps the damaged file aside."""
    db_path, sound = backed_up
    expected = table_dump(sound)
    DAMAGES[damage](db_path)
    before = _fingerprints(db_path)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or 0)
    status, seen = _run_window(monkeypatch, db_path, QMessageBox.StandardButton.Yes)
    assert status == 0
    assert not seen["read_only"] and seen["meeting"]
    assert integrity(db_path) == [] and table_dump(db_path) == expected
    aside = [
        p for p in db_path.parent.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(aside) == 1
    assert _fingerprints(aside[0], tuple(before)) == before  # the damaged file is kept, byte for byte
    assert any("đã mở" in t.lower() or "đang dùng bản sao lưu" in t.lower() for _k, t in boxes)


@pytest.mark.parametrize("damage", DAMAGES)
def test_damaged_file_is_never_written_when_backup_declined(backed_up, monkeypatch, boxes, damage):
    """Declining the backup: the damaged file keeps its hash; a readable one is shown read-only with why."""
    db_path, _sound = backed_up
    DAMAGES[damage](db_path)
    before = _fingerprints(db_path)
    status, seen = _run_window(monkeypatch, db_path, QMessageBox.StandardButton.No)
    assert _fingerprints(db_path, tuple(before)) == before
    if status == 0:
        assert seen["read_only"] and "hỏng" in seen["banner"]
    else:
        assert any(kind == "critical" and ("hỏng" in t or "không phải" in t) for kind, t in boxes)


def _killed_writer_without_wal(db_path: Path, delay: float) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CRASH_CHILD), str(db_path), "0"], stdout=subprocess.PIPE, env=child_env()
    )
    child.stdout.readline()
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    db_path.with_name(db_path.name + "-wal").unlink(missing_ok=True)


def test_deleted_wal_after_kill_is_sound_or_detected(seeded_db, monkeypatch, boxes):
    """A writer killed and its -wal deleted: the file opens sound, or is detected and never written."""
    rng = random.Random(4)
    outcomes = {"sound": 0, "detected": 0}
    for attempt in range(4):
        path = seeded_db.parent / f"wal{attempt}" / "minutes.sqlite3"
        path.parent.mkdir()
        shutil.copy(seeded_db, path)
        _killed_writer_without_wal(path, rng.uniform(0.3, 1.5))
        before = _fingerprints(path)
        problems_found = integrity(path)
        status, seen = _run_window(monkeypatch, path, QMessageBox.StandardButton.No)
        if problems_found:
            outcomes["detected"] += 1
            assert _fingerprints(path, tuple(before)) == before
            assert status != 0 or seen["read_only"]
        else:
            outcomes["sound"] += 1
            assert status == 0 and not seen["read_only"]
            assert integrity(path) == []
    print("deleted-wal:", outcomes)


@pytest.mark.parametrize("damage", DAMAGES)
def test_cli_check_explains_damage_and_what_to_do(backed_up, damage):
    """``check`` on a damaged file exits 1 with a message naming the backups folder, and writes nothing."""
    from .helpers import cli

    db_path, _sound = backed_up
    DAMAGES[damage](db_path)
    before = file_hash(db_path)
    done = cli("--db", db_path, "check")
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr
    assert "backups" in done.stderr and ("Hãy" in done.stderr or "hãy" in done.stderr), done.stderr
    assert file_hash(db_path) == before


def test_cli_check_findings_come_with_what_to_do(seeded_db, monkeypatch, capsys):
    """``check`` finding problems in a readable file says first what they mean and what to do, then
    SQLite's own lines."""
    from minutes_app import cli
    from minutes_app.storage import verification
    from minutes_app.storage.engines.sqlite_store import FileStore

    raw = ["*** in database main ***", "row 3 missing from index x"]
    monkeypatch.setattr(FileStore, "verify", lambda self: verification.Report(self.path, integrity=raw))
    assert cli.main(["--db", str(seeded_db), "check"]) == 1
    said = capsys.readouterr().err.splitlines()
    assert "bị hỏng" in said[0] and str(seeded_db.parent / "backups") in said[0]
    assert said[-1] == "row 3 missing from index x"
