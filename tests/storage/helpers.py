"""Helpers shared by the storage tests: file hashes, sets of meetings, running Python in a child."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def several_meetings(sample_meeting, count: int = 6) -> list:
    """Copies of the sample spread over two years, titles numbered, so lists and searches differ."""
    meetings = []
    for number in range(count):
        meeting = copy.deepcopy(sample_meeting)
        meeting.title = f"{sample_meeting.title} (lần {number})"
        meeting.date = dt.date(2021 + number % 2, 1 + number, 10)
        meetings.append(meeting)
    return meetings


def child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_python(code: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
        **kwargs,
    )
