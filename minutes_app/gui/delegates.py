"""Cell editors for the item tables: a combo box for fixed choices and for people of the meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QTableView


class ChoiceDelegate(QStyledItemDelegate):
    """Offers ``model.choices(column)``; the stored value is the choice's key, never its label."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key, label in index.model().choices(index.column()):
            combo.addItem(label, key)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def install_delegates(view: QTableView, widths: dict[str, int] | None = None) -> None:
    """Combo editors where a column offers choices, and starting widths (the last column stretches)."""
    model = view.model()
    delegate = ChoiceDelegate(view)
    for column, spec in enumerate(model.columns):
        if spec.kind in ("choice", "attendee"):
            view.setItemDelegateForColumn(column, delegate)
        if widths and spec.field in widths:
            view.setColumnWidth(column, widths[spec.field])
    view.horizontalHeader().setStretchLastSection(True)
