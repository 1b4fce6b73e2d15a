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
    """Open ``path``; a database that does not exist yet is created (never by a read-only open, which
    says there is no archive), with the sample meeting when ``seed``.

    ``seed`` is true for the program's own data folder, which is also kept private to its owner.
    """
    from minutes_app.storage import open_store
    from minutes_app.storage.engines.pg_url import is_server_url

    if is_server_url(path):  # a shared archive is created empty, by whoever opens it first to write
        return open_store(path, read_only=read_only)
    path = Path(path)
    if read_only:
        return open_store(path, read_only=True)
    created = not path.exists()
    store = open_store(path, own_folder=seed)
    if created and seed and not store.read_only and not store.list_meetings():
        seed_sample(store)
    return store
