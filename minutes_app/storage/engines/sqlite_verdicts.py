"""Remembering that an archive file was verified sound, so that opening it again costs a glance at its state.

The full verification (integrity_check, the search index's check, every row's checksum) reads the whole
file: seconds for a large archive. Its "sound" verdict is kept beside the file (``minutes.sqlite3.checked``)
with the state it was given for: device, inode, size, modification and change times of the file and of
its -wal, the header's change counter and the schema this program writes. Any change by another
program changes that state (the change time cannot be set back), and the next open verifies again. A
writer that opened the file verified also leaves its verdict when it closes, since every change in
between was its own. ``check`` always verifies, and forgets the verdict when it finds damage.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

SUFFIX = ".checked"
_FORMAT = 1


def verdict_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def _file_state(path: Path) -> list[int] | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


def _wal_state(path: Path) -> list[int] | None:
    """An empty -wal (as any connection creates it) holds nothing: the same state as none."""
    found = _file_state(path)
    return None if found is None or found[2] == 0 else found


def _change_counter(path: Path) -> int | None:
    try:
        with open(path, "rb") as handle:
            handle.seek(24)
            return int.from_bytes(handle.read(4), "big")
    except OSError:
        return None


def state(database: Path) -> dict:
    from minutes_app.storage import migrations

    return {
        "format": _FORMAT,
        "schema": migrations.schema_version(),
        "file": _file_state(database),
        "wal": _wal_state(database.with_name(database.name + "-wal")),
        "counter": _change_counter(database),
    }


def known_sound(database: Path) -> bool:
    """Whether the file is in exactly the state a sound verdict was kept for."""
    try:
        kept = json.loads(verdict_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(kept, dict) and kept.get("state") == state(database) and kept.get("sound") is True


def remember_sound(database: Path) -> None:
    """Keep the verdict for the file's present state (best effort: a folder we cannot write keeps none)."""
    target = verdict_path(database)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "w", encoding="utf-8") as handle:
            json.dump({"sound": True, "state": state(database)}, handle)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def forget(database: Path) -> None:
    with contextlib.suppress(OSError):
        verdict_path(database).unlink()
