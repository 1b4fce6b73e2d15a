"""Cell editors for the item tables: a combo box for fixed choices, a person field for people."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
)

from minutes_app.domain.people import PersonRole
from minutes_app.gui.person_field import PersonField, person_combo
from minutes_app.gui.popups import keep_on_screen


class ChoiceDelegate(QStyledItemDelegate):
    """Offers ``model.choices(column)``; the stored value is the choice's key, never its label."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key, label in index.model().choices(index.column(), index.row()):
            combo.addItem(label, key)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        keep_on_screen(combo.view().window())
        return combo

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PersonDelegate(QStyledItemDelegate):
    """A person cell (substitute, presenter, speaker) typed like every person field, or picked.

    The list offers only who can fill the role in this row. A name that fits nobody is kept in the cell,
    marked (the model refuses it); Enter on a name that fits several opens the list to choose from.
    """

    def createEditor(self, parent, option, index):
        model = index.model()
        column, item = model.columns[index.column()], model.item_at(index.row())
        holder = (lambda: item) if column.role == PersonRole.SUBSTITUTE_FOR else None
        combo = QComboBox(parent)
        field = person_combo(
            model.editor, combo, column.role, none_label="—", holder=holder, settle_on_leave=False
        )
        field.setObjectName("cellPersonField")
        combo.activated.connect(lambda _i: QTimer.singleShot(0, lambda: self._picked(combo)))
        return combo

    def _picked(self, editor) -> None:
        """A pick from the drop-down list ends the edit (opening the list reports an "activation" too)."""
        if shiboken6.isValid(editor) and not editor.view().isVisible():
            self._finish(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    @staticmethod
    def field(editor: QComboBox) -> PersonField:
        return editor.findChild(PersonField, "cellPersonField")

    def setEditorData(self, editor, index):
        field = self.field(editor)
        refused = index.model().refused(index.row(), index.model().columns[index.column()].field)
        if refused is not None:
            field.show_text(*refused)
        else:
            field.show_person(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):
        field = self.field(editor)
        reading = field.reading()
        if reading.person_id is not None:
            model.setData(index, reading.person_id, Qt.ItemDataRole.EditRole)
        else:
            model.refuse(index, field.line_edit.text(), str(reading.problem))

    def eventFilter(self, editor, event):
        """Enter on a name that fits several people asks which one instead of closing the cell.

        Keys that leave the cell are acted on after the event: they may arrive from inside the open
        completion list, which must not see its field closed under it.
        """
        if event.type() == QEvent.Type.FocusOut and isinstance(editor, QComboBox):
            if event.reason() != Qt.FocusReason.PopupFocusReason:
                QTimer.singleShot(0, lambda: self._finish_if_left(editor))
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(editor, QComboBox):
            return super().eventFilter(editor, event)
        hints = {
            Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
            Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
            Qt.Key.Key_Return: QAbstractItemDelegate.EndEditHint.SubmitModelCache,
            Qt.Key.Key_Enter: QAbstractItemDelegate.EndEditHint.SubmitModelCache,
        }
        field = self.field(editor)
        if field is None or event.key() not in hints:
            return super().eventFilter(editor, event)
        field.take_highlighted()
        reading = field.reading()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and reading.person_id is None
            and reading.matches
        ):
            field.settle(ask=True)
            return True
        hint = hints[event.key()]
        QTimer.singleShot(0, lambda: self._finish(editor, hint))
        return True

    def _finish_if_left(self, editor) -> None:
        """Focus went elsewhere (a click, or Tab from inside the completion list): commit and close."""
        if not shiboken6.isValid(editor) or QApplication.activePopupWidget() is not None:
            return
        focus = QApplication.focusWidget()
        if focus is None or not (focus is editor or editor.isAncestorOf(focus)):
            self._finish(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _finish(self, editor, hint) -> None:
        if shiboken6.isValid(editor) and editor.isVisible():
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, hint)


CONTENT_ROWS_MEASURED = 40


def set_up_table(view: QTableView, stretch: dict[str, int]) -> None:
    """Combo editors where a column offers choices; ``stretch`` columns share the width by weight.

    The other columns fit their contents, so that names and times are never cut while long texts
    (units, reasons, contents) take what is left and show in full as tooltips.
    """
    model = view.model()
    delegate, people = ChoiceDelegate(view), PersonDelegate(view)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    # Fitting a column to its contents measures every row, on every change: with 200 attendees that cost
    # 0.3 s per opened meeting. The first rows tell the width well enough.
    header.setResizeContentsPrecision(CONTENT_ROWS_MEASURED)
    for column, spec in enumerate(model.columns):
        if spec.kind == "choice":
            view.setItemDelegateForColumn(column, delegate)
        elif spec.kind == "attendee":
            view.setItemDelegateForColumn(column, people)
        mode = (
            QHeaderView.ResizeMode.Stretch
            if spec.field in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
