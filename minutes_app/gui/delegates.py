"""Cell editors for the item tables: a combo box for fixed choices and for people of the meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QStyledItemDelegate, QTableView

from minutes_app.gui.length_limits import LengthLimits
from minutes_app.interchange.limits import max_length


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


class TextDelegate(QStyledItemDelegate):
    """The cell editor of a text column stops at the field's maximum length and says why."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.limits = LengthLimits(self)

    def _limit(self, index) -> int | None:
        model = index.model()
        return max_length(model.KIND, model.columns[index.column()].field)

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            self.limits.limit_line(editor, self._limit(index))
        return editor

    def setEditorData(self, editor, index):
        if isinstance(editor, QLineEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            LengthLimits.show_line(editor, "" if value is None else str(value), self._limit(index))
            return
        super().setEditorData(editor, index)


CONTENT_ROWS_MEASURED = 40


def set_up_table(view: QTableView, stretch: dict[str, int]) -> None:
    """Combo editors where a column offers choices, length-limited editors for text; ``stretch`` columns
    share the width by weight.

    The other columns fit their contents, so that names and times are never cut while long texts
    (units, reasons, contents) take what is left and show in full as tooltips.
    """
    model = view.model()
    delegate, text_delegate = ChoiceDelegate(view), TextDelegate(view)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    # Fitting a column to its contents measures every row, on every change: with 200 attendees that cost
    # 0.3 s per opened meeting. The first rows tell the width well enough.
    header.setResizeContentsPrecision(CONTENT_ROWS_MEASURED)
    for column, spec in enumerate(model.columns):
        if spec.kind in ("choice", "attendee"):
            view.setItemDelegateForColumn(column, delegate)
        elif spec.kind == "text" and spec.editable:
            view.setItemDelegateForColumn(column, text_delegate)
        mode = (
            QHeaderView.ResizeMode.Stretch
            if spec.field in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
