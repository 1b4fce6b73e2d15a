"""The strip of the people who spoke last, picked with Ctrl+1…Ctrl+9 while the Thảo luận tab has the focus."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from minutes_app.domain.model import ItemKind

LIMIT = 9


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


def chord(number: int) -> QKeySequence:
    """Ctrl+digit: Alt+digit switches the window's tabs, and Vietnamese input methods take Ctrl+Shift
    and Ctrl+Space, never Ctrl with a digit."""
    return QKeySequence(Qt.Modifier.CTRL | getattr(Qt.Key, f"Key_{number}"))


class RecentSpeakersStrip(QObject):
    """Buttons "Tuấn Ctrl+1", "Thu Ctrl+2"… kept in step with the discussion, the key shown on each.

    The keys work wherever the focus is inside ``host``; the tab labels keep Alt+1…Alt+5 for
    themselves, everywhere, as they show.
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
        self.actions: list[QAction] = []
        for number in range(1, LIMIT + 1):
            action = QAction(host)
            action.setShortcut(chord(number))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, n=number: self.pick(n))
            host.addAction(action)
            self.actions.append(action)
        editor.meetingLoaded.connect(self.rebuild)
        editor.itemsReset.connect(self._on_reset)
        editor.itemChanged.connect(self._on_item_changed)
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
            keys = chord(number).toString(QKeySequence.SequenceFormat.NativeText)
            button = QToolButton(self.host)
            button.setText(f"{short} {keys}")
            details = ", ".join(part for part in (person.position, person.organization) if part)
            button.setToolTip(f"{person.name}" + (f" — {details}" if details else "") + f" ({keys})")
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
