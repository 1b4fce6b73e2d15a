"""Danh sách mẫu câu: the user's phrases, edited in a table, saved to the data folder, exported and imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
)

from minutes_app.domain.phrases import SLOTS, Context, Phrase, fill, merge
from minutes_app.gui.forms.ui_phrase_bank_dialog import Ui_PhraseBankDialog
from minutes_app.messages import UserError
from minutes_app.phrase_file import PhraseBank, builtin_phrases, read_phrases, write_phrases

GROUP, TEXT = 0, 1
_FILTER = "JSON (*.json)"


class PhraseBankDialog(QDialog):
    """Changes stay in the dialog until Save, which writes the whole list at once (atomically)."""

    def __init__(self, bank: PhraseBank, phrases: list[Phrase], context: Context | None, parent=None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.context = context
        self.ui = Ui_PhraseBankDialog()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.phrasesTable.horizontalHeader()
        header.setSectionResizeMode(GROUP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        ui.phrasesTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        slots = ", ".join("{" + name + "}" for name in SLOTS)
        ui.slotsLabel.setText(
            self.tr("Chỗ trống được điền từ cuộc họp: %1. Chỗ không có thông tin được để là «…».").replace(
                "%1", slots
            )
        )
        self.set_phrases(phrases)
        ui.addPhraseButton.clicked.connect(self.add_phrase)
        ui.removePhraseButton.clicked.connect(self.remove_phrase)
        ui.movePhraseUpButton.clicked.connect(lambda: self.move_phrase(-1))
        ui.movePhraseDownButton.clicked.connect(lambda: self.move_phrase(1))
        ui.importPhrasesButton.clicked.connect(self.import_file)
        ui.exportPhrasesButton.clicked.connect(self.export_file)
        ui.restorePhrasesButton.clicked.connect(self.restore_builtin)
        ui.phrasesTable.currentCellChanged.connect(self._preview)
        ui.phrasesTable.itemChanged.connect(self._preview)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lưu"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))

    # -- the table ---------------------------------------------------------------------------------
    def set_phrases(self, phrases: list[Phrase]) -> None:
        table = self.ui.phrasesTable
        table.setRowCount(0)
        for phrase in phrases:
            self._append(phrase)
        if phrases:
            table.setCurrentCell(0, TEXT)
        self._preview()

    def _append(self, phrase: Phrase, row: int | None = None) -> int:
        table = self.ui.phrasesTable
        row = table.rowCount() if row is None else row
        table.insertRow(row)
        table.setItem(row, GROUP, QTableWidgetItem(phrase.group))
        table.setItem(row, TEXT, QTableWidgetItem(phrase.text))
        return row

    def phrases(self) -> list[Phrase]:
        """The rows as phrases; blank and repeated texts are left out, as the file format does."""
        table, result, seen = self.ui.phrasesTable, [], set()
        for row in range(table.rowCount()):
            text = (table.item(row, TEXT).text() if table.item(row, TEXT) else "").strip()
            group = (table.item(row, GROUP).text() if table.item(row, GROUP) else "").strip()
            if text and text not in seen:
                seen.add(text)
                result.append(Phrase(text, group))
        return result

    @Slot()
    def add_phrase(self) -> None:
        table = self.ui.phrasesTable
        current = table.currentRow()
        group = table.item(current, GROUP).text() if current >= 0 and table.item(current, GROUP) else ""
        row = self._append(Phrase("", group), current + 1 if current >= 0 else None)
        table.setCurrentCell(row, TEXT)
        table.editItem(table.item(row, TEXT))

    @Slot()
    def remove_phrase(self) -> None:
        table = self.ui.phrasesTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            table.setCurrentCell(min(row, table.rowCount() - 1), TEXT)

    def move_phrase(self, step: int) -> None:
        table = self.ui.phrasesTable
        row = table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < table.rowCount():
            return
        for column in (GROUP, TEXT):
            first, second = table.takeItem(row, column), table.takeItem(other, column)
            table.setItem(row, column, second)
            table.setItem(other, column, first)
        table.setCurrentCell(other, TEXT)

    @Slot()
    def _preview(self, *_args) -> None:
        """The selected phrase as it would go into the open meeting, slots filled."""
        table = self.ui.phrasesTable
        item = table.item(table.currentRow(), TEXT) if table.currentRow() >= 0 else None
        if item is None or self.context is None:
            self.ui.previewLabel.setText("")
            return
        self.ui.previewLabel.setText(self.tr("Khi chèn: %1").replace("%1", fill(item.text(), self.context)))

    # -- files -------------------------------------------------------------------------------------
    @Slot()
    def import_file(self) -> int:
        """Add the phrases of a file that the list does not have yet; returns how many were added."""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Nhập mẫu câu từ tệp"), "", _FILTER)
        if not path:
            return 0
        try:
            added = read_phrases(path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Không nhập được mẫu câu"), str(error))
            return 0
        return self._add_new(added)

    @Slot()
    def restore_builtin(self) -> int:
        return self._add_new(builtin_phrases())

    def _add_new(self, added: list[Phrase]) -> int:
        before = self.phrases()
        merged = merge(before, added)
        for phrase in merged[len(before) :]:
            self._append(phrase)
        count = len(merged) - len(before)
        QMessageBox.information(self, self.tr("Mẫu câu"), self.tr("Đã thêm %n mẫu câu.", "", count))
        return count

    @Slot()
    def export_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Xuất mẫu câu ra tệp"), str(Path.home() / "mau-cau.json"), _FILTER
        )
        if not path:
            return
        try:
            write_phrases(path, self.phrases())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Không xuất được mẫu câu"), str(error))

    @Slot()
    def save(self) -> None:
        try:
            self.bank.save(self.phrases())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Không lưu được mẫu câu"), str(error))
            return
        self.accept()

    def keyPressEvent(self, event):
        """Enter edits a phrase in the table instead of closing the dialog half-way through a list."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.phrasesTable.hasFocus():
            table = self.ui.phrasesTable
            if table.currentItem() is not None:
                table.editItem(table.currentItem())
            return
        super().keyPressEvent(event)
