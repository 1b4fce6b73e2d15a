"""Icons by freedesktop name: the desktop theme's when it has one, else the bundled SVG, cached once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from minutes_app.paths import ICONS


@cache
def get(name: str) -> QIcon:
    fallback = ICONS / f"{name}.svg"
    return QIcon.fromTheme(name, QIcon(str(fallback)) if fallback.exists() else QIcon())
