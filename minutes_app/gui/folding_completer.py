"""Completion that ignores accents and case: "ba be" offers "Huyện ủy Ba Bể"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from minutes_app.domain.vietnamese import fold

_FOLDED_ROLE = Qt.ItemDataRole.UserRole + 3


class FoldingCompleter(QCompleter):
    """Completes units whatever the accents: "ba be" offers "Huyện ủy Ba Bể"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setModel(QStandardItemModel(self))
        self.setCompletionRole(_FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_names(self, names: list[str]) -> None:
        model = self.model()
        model.clear()
        for name in names:
            item = QStandardItem(name)
            item.setData(fold(name), _FOLDED_ROLE)
            model.appendRow(item)

    def splitPath(self, path: str) -> list[str]:  # Qt override: match the folded text
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:  # Qt override: insert the name as spelled
        return index.data(Qt.ItemDataRole.DisplayRole) or ""
