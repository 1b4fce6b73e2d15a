"""A write killed in rollback-journal mode (a restored backup or an old file at its first open, before WAL)
leaves a hot journal: the next start must recover it, not refuse the file as read-only."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys

from minutes_app.storage import open_store

from .helpers import child_env, cli, table_dump

KILLED_WRITER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode = DELETE")
connection.execute("PRAGMA cache_size = 5")  # the change spills into the file: the journal is hot
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE meeting SET title = 'nửa chừng', agenda = ?", ("x" * 200000,))
connection.execute("DELETE FROM attendee")
print("written", flush=True)
sys.stdin.readline()
"""


def _hot_journal(db_path) -> None:
    """A database in rollback-journal mode whose writer was killed inside a transaction."""
    with open_store(db_path) as store:  # a sound file, then as a backup copy is: journal_mode DELETE
        store.backup_to(db_path.with_name("copy.sqlite3"))
    db_path.unlink()
    db_path.with_name("copy.sqlite3").rename(db_path)
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=child_env(),
    )
    assert writer.stdout.readline().strip() == b"written"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert db_path.with_name(db_path.name + "-journal").stat().st_size > 0


def test_hot_journal_is_rolled_back_on_the_next_open(seeded_db):
    """open_store after the kill: writable, sound, and the half-done write is gone."""
    before = table_dump(seeded_db)
    _hot_journal(seeded_db)
    with open_store(seeded_db) as store:
        assert not store.read_only, store.read_only_reason
        assert store.check() == []
        assert store.list_meetings()[0].title != "nửa chừng"
    assert table_dump(seeded_db) == before


def test_hot_journal_does_not_stop_the_command_line(seeded_db):
    """A read-only command (list) on such a file works instead of calling the folder read-only."""
    _hot_journal(seeded_db)
    done = cli("--db", seeded_db, "list")
    assert done.returncode == 0, done.stderr
    assert "nửa chừng" not in done.stdout and done.stdout.strip()
    connection = sqlite3.connect(seeded_db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
