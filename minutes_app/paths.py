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
PHRASES = RESOURCES / "phrases" / "vi.json"


def default_database(explicit: str | os.PathLike | None = None) -> Path:
    """``--db`` wins, then MINUTES_APP_DB, then the per-user data folder (ARCHITECTURE.md)."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get("MINUTES_APP_DB")
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("minutes_app")) / "minutes.sqlite3"
