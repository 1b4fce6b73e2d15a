"""The numbered strip of the people who spoke last, picked with Alt+1…Alt+9 while the tab is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolButton, QWidget

from minutes_app.domain.model import ItemKind

LIMIT = 9
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, LIMIT + 1)}


def recent_speaker_ids(meeting, limit: int = LIMIT) -> list[str]:
    """Distinct speakers of the discussion, the latest first: who spoke is who speaks again."""
    seen: list[str] = []
    for entry in reversed(meeting.discussion if meeting else []):
        if entry.speaker and entry.speaker not in seen and meeting.attendee(entry.speaker):
            seen.append(entry.speaker)
    return seen[:limit]


def short_names(people: list) -> list[str]:
    """Given names as the room says them ("Tuấn", "Thu"), with the middle name where two share one."""
    given = [person.name.split()[-1] if person.name.split() else "" for person in people]
    names = []
    for person, first in zip(people, given, strict=True):
        words = person.name.split()
        names.append(" ".join(words[-2:]) if given.count(first) > 1 else first)
    return names


class RecentSpeakersStrip(QObject):
    """Buttons "1 Tuấn", "2 Thu"… kept in step with the discussion; Alt+digit wins over the tab bar.

    The main window's tab titles use Alt+1…Alt+5 as mnemonics. While the focus is inside ``host`` the
    strip takes those keys first (as a ShortcutOverride), so that the secretary's hands stay on the
    keyboard without switching tabs by accident; elsewhere the keys keep their meaning.
    """

    picked = Signal(str)  # attendee id

    def __init__(self, editor, layout: QHBoxLayout, host: QWidget, empty_text: str):
        super().__init__(host)
        self.editor, self.layout, self.host = editor, layout, host
        self.ids: list[str] = []
        self.buttons: list[QToolButton] = []
        self.empty_label = QLabel(empty_text, host)
        self.empty_label.setEnabled(False)
        layout.addWidget(self.empty_label)
        editor.meetingLoaded.connect(self.rebuild)
        editor.itemsReset.connect(self._on_reset)
        editor.itemChanged.connect(self._on_item_changed)
        host.installEventFilter(self)
        self.rebuild()

    @Slot(str)
    def _on_reset(self, kind: str) -> None:
        if kind in (ItemKind.DISCUSSION.value, ItemKind.ATTENDEES.value):
            self.rebuild()

    @Slot(str, str, str)
    def _on_item_changed(self, kind: str, _item_id: str, field: str) -> None:
        if (kind, field) in ((ItemKind.DISCUSSION.value, "speaker"), (ItemKind.ATTENDEES.value, "name")):
            self.rebuild()

    @Slot()
    def rebuild(self) -> None:
        meeting = self.editor.meeting
        ids = recent_speaker_ids(meeting)
        people = [meeting.attendee(i) for i in ids]
        for button in self.buttons:
            self.layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for number, (person, short) in enumerate(zip(people, short_names(people), strict=True), start=1):
            button = QToolButton(self.host)
            button.setText(f"{number} {short}")
            details = ", ".join(part for part in (person.position, person.organization) if part)
            button.setToolTip(f"{person.name}" + (f" — {details}" if details else "") + f" (Alt+{number})")
            button.setAccessibleName(
                self.tr("Người phát biểu gần đây số {number}: {name}").format(number=number, name=person.name)
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, person_id=person.id: self.picked.emit(person_id))
            self.layout.addWidget(button)
            self.buttons.append(button)
        self.ids = ids
        self.empty_label.setVisible(not ids)

    def pick(self, number: int) -> str:
        """The id behind button ``number`` (1-based), announced; "" when there is no such button."""
        if not 1 <= number <= len(self.ids):
            return ""
        self.picked.emit(self.ids[number - 1])
        return self.ids[number - 1]

    def eventFilter(self, watched, event):
        kind = event.type()
        if watched is self.host:
            if kind == QEvent.Type.Show:
                QApplication.instance().installEventFilter(self)
            elif kind == QEvent.Type.Hide:
                QApplication.instance().removeEventFilter(self)
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        number = _DIGITS.get(event.key())
        focus = QApplication.focusWidget()
        if modifiers != Qt.KeyboardModifier.AltModifier or number is None or focus is None:
            return False
        if not (focus is self.host or self.host.isAncestorOf(focus)):
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            self.pick(number)
        return True
