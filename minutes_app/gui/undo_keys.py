"""Ctrl+Z in a text field undoes the meeting's last step, not only the field's own typing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
_CTRL_Y = QKeySequence("Ctrl+Y")[0]


class UndoKeyRouter(QObject):
    """Text fields claim Ctrl+Z for their private undo; this lets the window's undo action have it.

    Without it, undo would depend on where the cursor is: a field's own undo changes the text without
    the meeting's undo stack knowing, and the two histories drift apart.
    """

    def __init__(self, editor, parent: QObject | None = None, *, undo=None, redo=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.undo, self.redo = undo, redo  # the window's steps, for keys that reach a field anyway

    def watch(self, container: QWidget) -> None:
        for widget in container.findChildren(QWidget):
            if isinstance(widget, _FIELDS):
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        is_undo = event.matches(QKeySequence.StandardKey.Undo)
        if not (is_undo or event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() == _CTRL_Y):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            self.editor.flush()
            event.ignore()
            return True
        # The window's action was disabled (nothing to undo yet), so the key reached the field: what
        # the field holds unread may become the step to undo; the field's own undo is never used.
        step = self.undo if is_undo else self.redo
        if step is not None:
            step()
        return True
