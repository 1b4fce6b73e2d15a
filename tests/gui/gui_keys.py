"""Typing Vietnamese as a keyboard method would: QTest.keyClicks only knows ASCII keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent


def type_text(widget, text: str) -> None:
    """Send each character as a key press and release carrying its text, as an input method delivers it."""
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
