"""The one reader and writer of QSettings: window state and defaults for new meetings, never minutes."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from minutes_app import paths
from minutes_app.domain import Layout

ORGANIZATION = "minutes_app"
APPLICATION = "minutes_app"
LANGUAGES = ("vi", "en")

# The system's own settings folder (Qt alone would use ~/.config on macOS); a test may point it elsewhere later.
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.settings_folder()))


class Settings:
    """Typed access with defaults, so that a missing or mangled key never reaches the window as junk."""

    def __init__(self) -> None:
        # An explicit format and names keep tests (QSettings.setPath) and the program on the same file.
        self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    def _text(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def sync(self) -> None:
        self._qs.sync()

    # ui
    @property
    def language(self) -> str:
        value = self._text("ui/language", "vi")
        return value if value in LANGUAGES else "vi"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value if value in LANGUAGES else "vi")

    # typing help
    @property
    def spell_check(self) -> bool:
        value = self._qs.value("typing/spell_check", True)
        return value not in (False, "false", "0", 0)

    @spell_check.setter
    def spell_check(self, value: bool) -> None:
        self._qs.setValue("typing/spell_check", bool(value))

    # defaults for new meetings
    @property
    def parent_body(self) -> str:
        return self._text("defaults/parent_body")

    @parent_body.setter
    def parent_body(self, value: str) -> None:
        self._qs.setValue("defaults/parent_body", value)

    @property
    def issuing_body(self) -> str:
        return self._text("defaults/issuing_body")

    @issuing_body.setter
    def issuing_body(self, value: str) -> None:
        self._qs.setValue("defaults/issuing_body", value)

    @property
    def body_code(self) -> str:
        return self._text("defaults/body_code")

    @body_code.setter
    def body_code(self, value: str) -> None:
        self._qs.setValue("defaults/body_code", value)

    @property
    def place_name(self) -> str:
        return self._text("defaults/place_name")

    @place_name.setter
    def place_name(self, value: str) -> None:
        self._qs.setValue("defaults/place_name", value)

    @property
    def layout(self) -> Layout:
        try:
            return Layout(self._text("defaults/layout", Layout.STATE.value))
        except ValueError:
            return Layout.STATE

    @layout.setter
    def layout(self, value: Layout) -> None:
        self._qs.setValue("defaults/layout", Layout(value).value)

    # paths
    @property
    def last_folder(self) -> str:
        return self._text("paths/last_folder")

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._qs.setValue("paths/last_folder", value)

    # window
    @property
    def window_geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def archive_visible(self) -> bool:
        value = self._qs.value("window/archive_visible", True)
        return value not in (False, "false", "0", 0)

    @archive_visible.setter
    def archive_visible(self, value: bool) -> None:
        self._qs.setValue("window/archive_visible", bool(value))

    @property
    def splitter_state(self) -> QByteArray:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/splitter", value)

    # where the secretary was, to come back to after a restart (continuity.py)
    @property
    def last_place(self) -> dict:
        """meeting (id or None), tab, item, field, cursor: read defensively, a mangled file means "none"."""

        def number(key: str) -> int | None:
            value = self._qs.value(f"continuity/{key}")
            try:
                return int(value) if value not in (None, "") else None
            except (TypeError, ValueError):
                return None

        return {
            "meeting": number("meeting"),
            "tab": number("tab") or 0,
            "item": self._text("continuity/item"),
            "field": self._text("continuity/field"),
            "cursor": number("cursor") or 0,
        }

    @last_place.setter
    def last_place(self, place: dict) -> None:
        for key in ("meeting", "tab", "item", "field", "cursor"):
            value = place.get(key)
            self._qs.setValue(f"continuity/{key}", "" if value is None else value)

    def report_choice(self, meeting_id: int | None) -> str | None:
        """The report the discussion bar was set to in that meeting ("" for none), None if never set."""
        if meeting_id is None:
            return None
        value = self._qs.value(f"continuity/report_choice/{meeting_id}")
        return value if isinstance(value, str) else None

    def set_report_choice(self, meeting_id: int, report_id: str) -> None:
        self._qs.setValue(f"continuity/report_choice/{meeting_id}", report_id)
