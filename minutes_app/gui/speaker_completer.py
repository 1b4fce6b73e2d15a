"""Choosing a person of the meeting by typing a few letters without accents, or from a combo box."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QCompleter, QLineEdit

from minutes_app.domain.model import ItemKind
from minutes_app.domain.vietnamese import fold

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
_ROOT = QModelIndex()


class AttendeeListModel(QAbstractListModel):
    """The attendees of the open meeting in protocol order, kept in step with every edit of the list.

    With ``none_label`` the first row stands for "nobody" (id ""), as the chair and presenter combos
    need; with ``detailed`` a row also shows the unit, so that two people of the same name differ.
    """

    def __init__(self, editor, *, none_label: str | None = None, detailed: bool = False, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.none_label = none_label
        self.detailed = detailed
        editor.meetingLoaded.connect(self._reset)
        editor.itemsReset.connect(self._on_items_reset)
        editor.itemChanged.connect(self._on_item_changed)

    def _people(self) -> list:
        return self.editor.meeting.attendees if self.editor.meeting is not None else []

    def _offset(self) -> int:
        return 0 if self.none_label is None else 1

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self._people()) + self._offset()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        row = index.row() - self._offset()
        if row < 0:
            values = {
                Qt.ItemDataRole.DisplayRole: self.none_label,
                ID_ROLE: "",
                NAME_ROLE: "",
                FOLDED_ROLE: "",
            }
            return values.get(role)
        person = self._people()[row]
        if role == Qt.ItemDataRole.DisplayRole:
            unit = person.organization or person.position
            return f"{person.name} — {unit}" if self.detailed and unit else person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(part for part in (person.name, person.position, person.organization) if part)
        if role == ID_ROLE:
            return person.id
        if role == NAME_ROLE:
            return person.name
        if role == FOLDED_ROLE:
            return fold(person.name)
        return None

    @Slot()
    def _reset(self):
        self.beginResetModel()
        self.endResetModel()

    @Slot(str)
    def _on_items_reset(self, kind: str):
        if kind == ItemKind.ATTENDEES.value:
            self._reset()

    @Slot(str, str, str)
    def _on_item_changed(self, kind: str, item_id: str, field: str):
        if kind != ItemKind.ATTENDEES.value or field not in ("name", "organization", "position"):
            return
        row = next((i for i, person in enumerate(self._people()) if person.id == item_id), -1)
        if row >= 0:
            index = self.index(row + self._offset())
            self.dataChanged.emit(index, index)


class FoldingCompleter(QCompleter):
    """Matches the typed letters anywhere in the folded name: "tuan" finds "Lý Văn Tuấn"."""

    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self.setCompletionRole(FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(9)
        # Wider than a narrow field: name and unit must both show to tell two people apart.
        self.popup().setMinimumWidth(420)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index) -> str:
        return index.data(NAME_ROLE) or ""


class SpeakerField(QObject):
    """A line edit that names one attendee: completes accent-insensitively and resolves to an id.

    What the user types is resolved when a completion is picked or when focus leaves: an exact name
    first, then the only name containing the letters; anything else keeps no one.
    """

    speakerChosen = Signal(str)  # attendee id, "" for nobody

    def __init__(self, editor, line_edit: QLineEdit, parent=None):
        super().__init__(parent or line_edit)
        self.editor = editor
        self.line_edit = line_edit
        self.speaker_id = ""
        self.model = AttendeeListModel(editor, detailed=True, parent=self)
        self.completer = FoldingCompleter(self.model, self)
        line_edit.setCompleter(self.completer)
        line_edit.setClearButtonEnabled(True)
        self.completer.activated[QModelIndex].connect(self._on_completion)
        line_edit.editingFinished.connect(self._on_editing_finished)
        line_edit.installEventFilter(self)  # Tab out of an open completion list skips editingFinished
        editor.itemChanged.connect(self._on_item_changed)

    def matches(self, text: str) -> list:
        folded = fold(text.strip())
        people = self.editor.meeting.attendees if self.editor.meeting else []
        exact = [person for person in people if fold(person.name) == folded]
        return exact or [person for person in people if folded in fold(person.name)]

    def resolve(self) -> str | None:
        """The id the current text stands for ("" for an empty field), or None when it is unclear.

        A completion picked from the list wins, so that two people of the same name stay apart.
        """
        text = self.line_edit.text()
        if not text.strip():
            return ""
        chosen = (
            self.editor.meeting.attendee(self.speaker_id) if self.speaker_id and self.editor.meeting else None
        )
        if chosen is not None and fold(chosen.name) == fold(text.strip()):
            return self.speaker_id
        found = self.matches(text)
        return found[0].id if len(found) == 1 else None

    @Slot()
    def _on_editing_finished(self) -> None:
        """Leaving the field with a clear name shows it in full; an unclear one stays for correction."""
        speaker_id = self.resolve()
        if speaker_id is not None and speaker_id != self.speaker_id:
            self._choose(speaker_id)
        elif speaker_id is not None:
            self.set_speaker(speaker_id)

    def eventFilter(self, watched, event):
        # The completion list opening takes the focus too: that is no leaving of the field.
        if (
            watched is self.line_edit
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self._on_editing_finished()
        return False

    @Slot(QModelIndex)
    def _on_completion(self, index: QModelIndex) -> None:
        self._choose(index.data(ID_ROLE) or "")

    def _choose(self, speaker_id: str) -> None:
        self.set_speaker(speaker_id)
        self.speakerChosen.emit(speaker_id)

    def set_speaker(self, speaker_id: str) -> None:
        """Show a person without telling anyone: used to display the stored speaker of an entry."""
        self.speaker_id = speaker_id or ""
        person = self.editor.meeting.attendee(speaker_id) if speaker_id and self.editor.meeting else None
        name = person.name if person else ""
        if self.line_edit.text() != name:
            self.line_edit.setText(name)

    @Slot(str, str, str)
    def _on_item_changed(self, kind: str, item_id: str, field: str) -> None:
        if kind == ItemKind.ATTENDEES.value and item_id == self.speaker_id and field == "name":
            self.set_speaker(item_id)
