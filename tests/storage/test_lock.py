"""One writer per file: a second writer is told who holds it; a dead holder's lock is taken over."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys

import pytest

from minutes_app.storage import LockedError, open_store
from minutes_app.storage.engines.sqlite_lock import WriterLock, holder_path

from .helpers import child_env, run_python

_SECOND_WRITER = """
import sys
from minutes_app.storage import open_store
store = open_store(sys.argv[1])
print(store.read_only)
print(type(store.read_only_reason).__name__)
print(str(store.read_only_reason))
"""

_HOLDER = """
import sys, time
from minutes_app.storage import open_store
store = open_store(sys.argv[1])
print(store.read_only, flush=True)
time.sleep(60)
"""


def test_second_writer_in_another_process_is_told_the_holder(stored):
    """The second program opens read-only and names the holder: pid, host and since when."""
    store, _ = stored
    result = run_python(_SECOND_WRITER, str(store.path))
    assert result.returncode == 0, result.stderr
    read_only, kind, message = result.stdout.splitlines()
    assert read_only == "True" and kind == "LockedError"
    assert str(os.getpid()) in message and socket.gethostname() in message
    assert "database is locked" not in message


def test_lock_file_names_the_holder(store):
    """The record beside the lock file says who holds it, for people and for the next program."""
    info = json.loads(holder_path(store.path).read_text(encoding="utf-8"))
    assert info["pid"] == os.getpid() and info["host"] == socket.gethostname()
    assert {"user", "program", "started"} <= set(info)


def test_second_writer_in_the_same_process(store):
    """Even within one process the lock is exclusive, so two windows cannot write one file."""
    with open_store(store.path) as second:
        assert second.read_only and isinstance(second.read_only_reason, LockedError)
    with pytest.raises(LockedError) as caught:
        WriterLock(store.path).acquire()
    assert str(os.getpid()) in str(caught.value)


def test_lock_is_released_on_close(db_path):
    """Closing the store lets the next writer in."""
    open_store(db_path).close()
    with open_store(db_path) as again:
        assert not again.read_only


def test_read_only_open_does_not_take_the_lock(db_path, sample_meeting):
    """Viewers (list, search, export) run beside the writer without blocking it."""
    open_store(db_path).close()
    with open_store(db_path, read_only=True) as viewer, open_store(db_path) as writer:
        assert not writer.read_only
        meeting_id = writer.add(sample_meeting)
        assert viewer.load(meeting_id).title == sample_meeting.title


def test_stale_lock_after_sigkill_is_taken_over(db_path):
    """A writer killed without cleanup leaves its lock file; the next program simply becomes the writer."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True, env=child_env()
    )
    try:
        assert child.stdout.readline().strip() == "False"
        with open_store(db_path) as blocked:
            assert blocked.read_only and str(child.pid) in str(blocked.read_only_reason)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert json.loads(holder_path(db_path).read_text(encoding="utf-8"))["pid"] == child.pid
    with open_store(db_path) as taken:
        assert not taken.read_only
        assert json.loads(holder_path(db_path).read_text(encoding="utf-8"))["pid"] == os.getpid()
