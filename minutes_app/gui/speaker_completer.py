"""The people of the open meeting as a list model, and the accent-insensitive completer over it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import QCompleter

from minutes_app.domain.model import ItemKind
from minutes_app.domain.vietnamese import fold
from minutes_app.gui.popups import keep_on_screen

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
_ROOT = QModelIndex()


class AttendeeListModel(QAbstractListModel):
    """The attendees of the open meeting in protocol order, kept in step with every edit of the list.

    With ``none_label`` the first row stands for "nobody" (id ""), as the chair and presenter combos
    need; with ``detailed`` a row also shows the unit, so that two people of the same name differ.
    With ``accepts`` only the people it accepts are listed (the present, for a chair): a list offers
    only what can be true.
    """

    def __init__(
        self,
        editor,
        *,
        none_label: str | None = None,
        detailed: bool = False,
        accepts: Callable[[object], bool] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.editor = editor
        self.none_label = none_label
        self.detailed = detailed
        self.accepts = accepts
        self._rows: list = self._listed()
        editor.meetingLoaded.connect(self._reset)
        editor.itemsReset.connect(self._on_items_reset)
        editor.itemChanged.connect(self._on_item_changed)

    def _listed(self) -> list:
        people = self.editor.meeting.attendees if self.editor.meeting is not None else []
        return [person for person in people if self.accepts(person)] if self.accepts else list(people)

    def _people(self) -> list:
        return self._rows

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
        self._rows = self._listed()
        self.endResetModel()

    def refilter(self) -> None:
        """Who is accepted changed for a reason the model cannot see (another row of a table)."""
        if self._listed() != self._rows:
            self._reset()

    @Slot(str)
    def _on_items_reset(self, kind: str):
        if kind == ItemKind.ATTENDEES.value:
            self._reset()

    @Slot(str, str, str)
    def _on_item_changed(self, kind: str, item_id: str, field: str):
        if kind != ItemKind.ATTENDEES.value:
            return
        if field in ("attendance", "substitute_for") and self.accepts is not None:
            self.refilter()
            return
        if field not in ("name", "organization", "position"):
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
        # Wider than a narrow field: name and unit must both show to tell two people apart; moved back
        # onto the screen when the field is near its right edge.
        self.popup().setMinimumWidth(420)
        keep_on_screen(self.popup())

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index) -> str:
        return index.data(NAME_ROLE) or ""
