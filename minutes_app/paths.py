"""Where things are: the bundled resources (package data) and the user's folders on Windows, macOS and Linux.

The bundled files are the package ``minutes_app.resources`` (the repository's top-level ``resources/``
folder, mapped into the package by setup.cfg), found through importlib.resources, so a checkout, an
installed wheel and the one-folder application all find them the same way. The user's folders come from
platformdirs: ``%LOCALAPPDATA%`` on Windows, ``~/Library/Application Support`` on macOS, XDG on Linux.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "minutes_app"
DATABASE_NAME = "minutes.sqlite3"


def _resource_root() -> Path:
    """The folder of the bundled files; they must be real files (fonts and Qt read them by path)."""
    root = resources.files("minutes_app.resources")
    if not isinstance(root, Path):
        raise RuntimeError(f"minutes_app.resources is not a folder on disk: {root!r}")
    return root


RESOURCES = _resource_root()
SAMPLE_MEETING = RESOURCES / "samples" / "giao-ban-tuyen-giao-q3-2022.json"
SCHEMA = RESOURCES / "schema" / "meeting.schema.json"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"
PHRASES = RESOURCES / "phrases" / "vi.json"


def data_folder() -> Path:
    """The archive's folder (its backups/ sit inside): ``platformdirs.user_data_dir("minutes_app")``."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME))


def default_database(explicit: str | os.PathLike | None = None) -> Path | str:
    """``--db`` wins, then MINUTES_APP_DB, then the per-user data folder (ARCHITECTURE.md).

    A ``postgresql://`` URL (a shared archive on a server) is returned as it is: a path would fold its
    two slashes into one.
    """
    chosen = explicit or os.environ.get("MINUTES_APP_DB")
    if chosen and str(chosen).lower().startswith(("postgresql://", "postgres://")):
        return str(chosen)
    if chosen:
        return Path(chosen).expanduser()
    return data_folder() / DATABASE_NAME


def settings_folder() -> Path:
    """Where Qt keeps the window's INI settings (``minutes_app/minutes_app.ini`` inside).

    ``%APPDATA%`` on Windows, ``~/Library/Application Support`` on macOS (Qt alone would use ~/.config
    there), ``~/.config`` on Linux.
    """
    import platformdirs

    return Path(platformdirs.user_config_dir(roaming=True))


def lock_folder() -> Path:
    """Per-user writer locks keyed by a database's device and inode (see storage/engines/sqlite_lock.py)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "locks"
