"""Consistent copies through the SQLite online backup API, and the rotating set of them in backups/.

A copy is written to a temporary name and renamed, so a backup on disk is always complete. The rotating
set keeps the newest ten plus the newest of each of the last thirty days; copies made before a schema
upgrade are kept apart from the rotation.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import re
import sqlite3
import time
from pathlib import Path

from minutes_app.storage.errors import backups_folder

KEEP_NEWEST = 10
KEEP_DAYS = 30
ON_OPEN_INTERVAL = 3600.0
_STAMP = "%Y%m%d-%H%M%S"
_PAGES_PER_STEP = 1024


def _progress(_status: int, _remaining: int, _total: int) -> None:
    """Called between steps of a copy: Python runs signal handlers here (an interrupt, SIGTERM)."""


def _pattern(database: Path) -> re.Pattern:
    return re.compile(re.escape(database.stem) + r"-(\d{8}-\d{6})(?:-(\d+))?" + re.escape(database.suffix))


def copy_database(source: sqlite3.Connection, dest: Path) -> Path:
    """Copy ``source`` into ``dest`` atomically; the copy is a standalone file (no -wal needed), readable
    by its owner only (it holds the whole archive). An interrupt or SIGTERM during the copy removes the
    temporary file: the copy runs in steps, so a signal handler gets to raise between them."""
    dest = Path(dest)
    temporary = dest.with_name(f".{dest.name}.part")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        target = sqlite3.connect(temporary)
        try:
            source.backup(target, pages=_PAGES_PER_STEP, progress=_progress)
            target.execute("PRAGMA journal_mode = DELETE")
            target.commit()
        finally:
            target.close()
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    os.replace(temporary, dest)
    with contextlib.suppress(OSError):
        folder = os.open(dest.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    return dest


def stamped_path(database: Path, folder: Path, label: str = "") -> Path:
    """A new name in ``folder`` carrying the database's name and the time of the copy."""
    base = f"{database.stem}-{dt.datetime.now().strftime(_STAMP)}{label}"
    # Numbered past every copy of the same second, not into a gap that rotation left: a reused lower
    # number would sort as the oldest copy and be rotated away at once.
    same = re.compile(re.escape(base) + r"(?:-(\d+))?" + re.escape(database.suffix))
    numbers = (
        [int(m.group(1) or 1) for p in folder.iterdir() if (m := same.fullmatch(p.name))]
        if folder.is_dir()
        else []
    )
    if not numbers:
        return folder / f"{base}{database.suffix}"
    return folder / f"{base}-{max(numbers) + 1}{database.suffix}"


def backup_into_folder(source: sqlite3.Connection, database: Path, *, label: str = "") -> Path:
    """A new timestamped copy in backups/; ``label`` marks copies kept out of the rotation."""
    folder = backups_folder(database)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Copies killed half-way (an hour ago or more) leave their .part files; they would stay forever.
    for leftover in folder.glob(f".{glob.escape(database.stem)}-*{glob.escape(database.suffix)}.part"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < time.time() - 3600:
                leftover.unlink()
    written = copy_database(source, stamped_path(database, folder, label))
    if not label:
        rotate(database)
    return written


def backups(database: Path) -> list[Path]:
    """Every copy in backups/ for this database, newest first."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    mine = [
        p for p in folder.iterdir()
        if p.is_file() and p.name.startswith(database.stem + "-") and p.suffix == database.suffix
    ]  # fmt: skip
    return sorted(mine, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def _rotated(database: Path) -> list[tuple[dt.datetime, Path]]:
    pattern = _pattern(database)
    found = []
    for path in backups(database):
        match = pattern.fullmatch(path.name)
        if match:
            # Copies of the same second are numbered -2, -3, … -10: by number, not by name ("-10" < "-2").
            found.append((dt.datetime.strptime(match.group(1), _STAMP), int(match.group(2) or 1), path))
    return [(moment, path) for moment, _number, path in sorted(found, reverse=True)]


def rotate(database: Path, now: dt.datetime | None = None) -> list[Path]:
    """Remove rotating copies beyond the newest ten and the newest of each of the last thirty days."""
    now = now or dt.datetime.now()
    copies = _rotated(database)
    keep = {path for _, path in copies[:KEEP_NEWEST]}
    days_seen = set()
    for moment, path in copies:
        if (now.date() - moment.date()).days < KEEP_DAYS and moment.date() not in days_seen:
            days_seen.add(moment.date())
            keep.add(path)
    removed = []
    for _, path in copies:
        if path not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            removed.append(path)
    return removed


def due_on_open(database: Path) -> bool:
    """At most one automatic copy per hour, however often the program is started."""
    copies = _rotated(database)
    if not copies:
        return True
    return time.time() - copies[0][1].stat().st_mtime >= ON_OPEN_INTERVAL
