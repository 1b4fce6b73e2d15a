"""Repairing text pasted from old TCVN3 or VNI documents in the field being edited, when the secretary asks.

Offices paste from decades-old .VnTime and VNI-Times files; the text arrives as "Hµ Néi" or "Haø Noäi".
The repair is a menu command rather than automatic because a foreign word can look like mojibake. It goes
through the widget's own editing, so the field's binding stores it, and it is one undo step of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from minutes_app.domain.legacy_text import repair_legacy

SHORTCUT = "Ctrl+Shift+U"


class LegacyTextRepair(QObject):
    """Owns the menu action; reports what it did through ``message`` for the status bar."""

    message = Signal(str)

    def __init__(self, editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.action = QAction(self.tr("Sửa chữ &phông cũ (TCVN3, VNI) trong ô đang gõ"), parent)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setStatusTip(
            self.tr("Chuyển chữ dán từ văn bản cũ (.VnTime, VNI-Times) sang chữ Unicode trong ô đang gõ")
        )
        self.action.triggered.connect(self.repair_focused)

    @Slot()
    def repair_focused(self) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit):
            text = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
        else:
            self.message.emit(self.tr("Hãy đặt con trỏ vào ô có chữ cần sửa rồi chọn lại lệnh này."))
            return
        if widget.isReadOnly() or self.editor.read_only:
            self.message.emit(self.tr("Ô này chỉ để xem, không sửa được."))
            return
        repaired = repair_legacy(text)
        if repaired is None:
            self.message.emit(
                self.tr("Không thấy chữ phông cũ (TCVN3, VNI) trong ô này; không có gì thay đổi.")
            )
            return
        new_text, encoding = repaired
        self.editor.flush()  # what was typed before stays its own undo step
        if isinstance(widget, QLineEdit):
            widget.selectAll()
            widget.insert(new_text)
        else:
            widget.selectAll()
            widget.insertPlainText(new_text)
        self.editor.flush()
        self.message.emit(self.tr("Đã chuyển chữ %1 sang Unicode.").replace("%1", encoding.upper()))
