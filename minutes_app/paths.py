"""Where things are: the bundled resources and the default database location."""

from __future__ import annotations

import os
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_MEETING = RESOURCES / "samples" / "giao-ban-tuyen-giao-q3-2022.json"
SCHEMA = RESOURCES / "schema" / "meeting.schema.json"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"


def default_database(explicit: str | os.PathLike | None = None) -> Path | str:
    """``--db`` wins, then MINUTES_APP_DB, then the per-user data folder (ARCHITECTURE.md).

    A ``postgresql://`` URL (a shared archive on a server) is returned as it is: a path would fold its
    two slashes into one.
    """
    from minutes_app.storage.engines.pg_url import is_server_url

    chosen = explicit or os.environ.get("MINUTES_APP_DB")
    if chosen and is_server_url(str(chosen)):
        return str(chosen)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("minutes_app")) / "minutes.sqlite3"
