"""The storage seam: one small engine per kind of database, owning only what differs between them.

A file name opens the SQLite engine (sqlite_store.py); a ``postgresql://`` URL opens a shared
archive on a server (pg_store.py). Everything else in storage/ is the same for both.
"""

from __future__ import annotations

import os

from minutes_app.storage.engines.pg_url import is_server_url


def open_store(target: str | os.PathLike, *, read_only: bool = False, own_folder: bool = False):
    """Open the archive at ``target``, a file or a server; see docs/API.md for the contract.

    ``own_folder`` (files only): the folder is the program's data folder, private to its owner.
    """
    if is_server_url(target):
        from minutes_app.storage.engines.pg_store import open_server

        return open_server(str(target), read_only=read_only)
    from minutes_app.storage.engines import sqlite_store

    return sqlite_store.open_store(target, read_only=read_only, own_folder=own_folder)
