"""Ctrl+Z in a text field undoes the meeting's last step, not only the field's own typing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_CTRL_Y = QKeySequence("Ctrl+Y")[0]


class UndoKeyRouter(QObject):
    """Text fields claim Ctrl+Z for their private undo; this lets the window's undo action have it.

    Without it, undo would depend on where the cursor is: a field's own undo changes the text without
    the meeting's undo stack knowing, and the two histories drift apart.
    """

    def __init__(self, editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor

    def watch(self, container: QWidget) -> None:
        for widget in container.findChildren(QWidget):
            if isinstance(widget, _FIELDS):
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            any(event.matches(key) for key in _KEYS) or event.keyCombination() == _CTRL_Y
        ):
            self.editor.flush()
            event.ignore()
            return True
        return False
