"""The writer lock belongs to the file, not to its name: every way of naming one archive meets the same lock.

A holder in another process opens the archive by one name; a second writer comes by another name (a
symlink to the file, a symlinked folder, a relative path, ``..``, a hard link beside it or in another
folder) and must get a read-only store that names the holder, and `minutes-app import` must refuse.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from minutes_app import paths
from minutes_app.storage import LockedError, open_store
from minutes_app.storage.engines.sqlite_lock import WriterLock

from .helpers import cli, file_hash, spawn


def _names(db: Path, tmp: Path) -> dict[str, str]:
    """Other names of ``db``: each one made the way a user or a script would make it."""
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    (tmp / "link.sqlite3").symlink_to(db)
    (tmp / "folder-link").symlink_to(db.parent, target_is_directory=True)
    os.link(db, tmp / "hard.sqlite3")
    os.link(db, elsewhere / "hard.sqlite3")
    (tmp / "sub").mkdir()
    return {
        "symlink to the file": str(tmp / "link.sqlite3"),
        "symlinked folder": str(tmp / "folder-link" / db.name),
        "relative path": os.path.relpath(db),
        "dot-dot": str(tmp / "sub" / ".." / db.relative_to(tmp)),
        "hard link beside it": str(tmp / "hard.sqlite3"),
        "hard link in another folder": str(elsewhere / "hard.sqlite3"),
    }


@pytest.fixture
def held(tmp_path, seeded_db):
    """The seeded archive in tmp/archive/, held for writing by a child process; yields (path, child)."""
    folder = tmp_path / "archive"
    folder.mkdir()
    db = folder / seeded_db.name
    seeded_db.rename(db)
    holder = spawn("writer_child.py", "hold", db)
    try:
        assert holder.stdout.readline().decode().strip() == "ready"
        line = holder.stdout.readline().decode().split()
        assert line[:1] == ["holding"], holder.stderr.read().decode()
        yield db, holder
    finally:
        holder.kill()  # SIGKILL; TerminateProcess on Windows
        holder.wait()
        holder.stdout.close()
        holder.stderr.close()


def test_every_name_of_the_file_meets_the_holders_lock(held, tmp_path, monkeypatch):
    """Symlink, symlinked folder, relative path, `..`, hard links: read-only naming the holder, import refused."""
    db, holder = held
    pid = holder.pid
    monkeypatch.chdir(tmp_path)
    before = file_hash(db)
    for how, name in _names(db, tmp_path).items():
        with open_store(name) as second:
            assert second.read_only, how
            assert isinstance(second.read_only_reason, LockedError), how
            assert f"tiến trình {pid}" in str(second.read_only_reason), how
        done = cli("--db", Path(name).absolute(), "import", paths.SAMPLE_MEETING)
        assert done.returncode == 1 and f"tiến trình {pid}" in done.stderr, (how, done.stderr)
    assert file_hash(db) == before


def test_names_share_one_lock_within_one_process(tmp_path, seeded_db, monkeypatch):
    """Two windows of one program by two names of the file: the second is refused, and the first release frees both."""
    monkeypatch.chdir(tmp_path)
    names = _names(seeded_db, tmp_path)
    with open_store(seeded_db) as first:
        assert not first.read_only
        for how, name in names.items():
            with pytest.raises(LockedError):
                WriterLock(Path(name)).acquire()
            with open_store(name) as second:
                assert second.read_only, how
    for how, name in names.items():
        with open_store(name) as writer:
            assert not writer.read_only, how


def test_a_dead_holders_lock_is_taken_over_by_another_name(held):
    """After SIGKILL of the holder the kernel drops both locks: a hard link in another folder becomes the writer."""
    db, holder = held
    other = db.parent.parent / "other" / "hard.sqlite3"
    other.parent.mkdir()
    os.link(db, other)
    with open_store(other) as blocked:
        assert blocked.read_only and f"tiến trình {holder.pid}" in str(blocked.read_only_reason)
    holder.kill()
    holder.wait()
    with open_store(other) as taken:
        assert not taken.read_only
        taken.add(taken.load(taken.list_meetings()[0].id))
    with open_store(db, read_only=True) as viewer:
        assert len(viewer.list_meetings()) == 2
