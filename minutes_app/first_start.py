"""Opening the archive, creating it with the sample meeting the first time, so the window never opens empty."""

from __future__ import annotations

import os
from pathlib import Path

from minutes_app import paths


def seed_sample(store) -> int:
    """Import the bundled sample meeting (the giao ban of Ban Tuyên giáo Tỉnh ủy Bắc Kạn) and return its id."""
    from minutes_app import interchange

    return store.add(interchange.read_meeting(paths.SAMPLE_MEETING))


def open_default_store(path: str | os.PathLike, *, seed: bool, read_only: bool = False):
    """Open ``path``; a database that does not exist yet is created, with the sample meeting when ``seed``.

    Creating needs a writable open even when the caller only reads; the file is then reopened as asked.
    """
    from minutes_app.storage import open_store
    from minutes_app.storage.engines.pg_url import is_server_url

    if is_server_url(path):  # a shared archive is created empty, by whoever opens it first to write
        return open_store(path, read_only=read_only)
    path = Path(path)
    if not path.exists():
        store = open_store(path)
        if seed and not store.read_only and not store.list_meetings():
            seed_sample(store)
        if not read_only:
            return store
        store.close()
    return open_store(path, read_only=read_only)
