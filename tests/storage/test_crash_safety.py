"""Crash safety: a writer killed with SIGKILL at random moments never loses an edit it reported as saved."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from minutes_app.domain import ItemKind
from minutes_app.storage import open_store

from .helpers import child_env

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 24


def _run_and_kill(db_path: Path, first: int, rng: random.Random) -> tuple[int | None, list[int]]:
    """Start the child, let it save for a random while, SIGKILL it; (meeting id, edits it reported)."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), str(first)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
    )
    try:
        header = child.stdout.readline().decode()
        assert header.startswith("meeting "), child.stderr.read().decode()
        time.sleep(rng.uniform(0.0, 0.35))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    output = child.stdout.read().decode()
    child.stdout.close()
    child.stderr.close()
    complete = output.split("\n")[:-1]  # a line without its newline was not reported
    return int(header.split()[1]), [int(line) for line in complete]


def test_no_reported_edit_is_lost_across_kills(db_path):
    """After each of many SIGKILLs the file is sound and holds every edit the writer said it saved."""
    rng = random.Random(20221920)
    reported: dict[int, list[int]] = {}
    first = 0
    started = time.monotonic()
    for _ in range(KILLS):
        meeting_id, edits = _run_and_kill(db_path, first, rng)
        reported[meeting_id] = edits
        first += 10_000
        with open_store(db_path) as store:
            assert not store.read_only, store.read_only_reason
            assert store.check() == []
            for checked_id, numbers in reported.items():
                people = {a.id: a.name for a in store.load(checked_id).items(ItemKind.ATTENDEES)}
                for number in numbers:
                    if number % 2 == 0:
                        assert f"e{number}" in people, (checked_id, number)
                    else:
                        assert people[f"e{number - 1}"] == f"sửa {number}", (checked_id, number)
    assert sum(len(edits) for edits in reported.values()) > KILLS  # the child did save between kills
    assert time.monotonic() - started < 60
