"""Text fields stop accepting input at the maximum length the interchange schema gives them, and say why.

A value longer than the schema allows could be stored but never exported or imported again; the window
refuses it where it is typed or pasted. Single-line fields use QLineEdit's own maximum; multi-line fields
take back what went beyond it (the end of a paste, the last keystroke). Either way a tooltip at the field
says what the maximum is. A longer value that is already stored (from an earlier version) is shown
whole and may be shortened, never cut by being shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolTip, QWidget


def _units(text: str) -> int:
    """Length in UTF-16 code units, Qt's cursor positions (an emoji beyond the BMP counts two)."""
    return len(text.encode("utf-16-le")) // 2


def _chars_in(text: str, units: int) -> int:
    """How many characters of ``text`` fill ``units`` UTF-16 code units."""
    count = 0
    for index, char in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
    return len(text)


class LengthLimits(QObject):
    """Enforces maxima on the fields of one binder, or on the cell editors of one table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._allowed: dict[int, int] = {}

    def message(self, limit: int) -> str:
        number = QLocale().toString(limit)  # 1.000 in Vietnamese, 1,000 in English
        return self.tr("Trường này dài tối đa %1 ký tự; phần vượt quá không được nhận.").replace("%1", number)

    def tell(self, widget: QWidget, limit: int, where: QPoint | None = None) -> None:
        """Say why input stopped, at the cursor; kept as the widget's status tip too."""
        text = self.message(limit)
        widget.setStatusTip(text)
        QToolTip.showText(widget.mapToGlobal(where or QPoint(0, widget.height())), text, widget)

    # -- single line ------------------------------------------------------------------------------
    def limit_line(self, widget: QLineEdit, limit: int | None) -> None:
        if limit is None:
            return
        widget.setMaxLength(limit)
        widget.inputRejected.connect(lambda: self._line_rejected(widget, limit))

    @staticmethod
    def show_line(widget: QLineEdit, value: str, limit: int | None) -> None:
        """Put a stored value in the field whole, even one longer than the maximum."""
        if limit is not None:
            widget.setMaxLength(max(limit, _units(value)))
        widget.setText(value)

    def _line_rejected(self, widget: QLineEdit, limit: int) -> None:
        if _units(widget.text()) >= min(widget.maxLength(), limit):  # not a validator's refusal
            self.tell(widget, limit, widget.cursorRect().bottomLeft())

    # -- multi-line -------------------------------------------------------------------------------
    def limit_text(self, widget: QPlainTextEdit, limit: int | None, programmatic: Callable[[], bool]) -> None:
        """``programmatic()`` is true while the program itself sets the text (showing a stored value)."""
        if limit is None:
            return
        widget.textChanged.connect(lambda: self._changed(widget, limit, programmatic()))

    def _changed(self, widget: QPlainTextEdit, limit: int, programmatic: bool) -> None:
        text = widget.document().toRawText()
        if programmatic:
            self._allowed[id(widget)] = max(limit, len(text))
            return
        allowed = max(limit, self._allowed.get(id(widget), limit))
        excess = len(text) - allowed
        if excess > 0:
            self._cut(widget, text, excess)
            self.tell(widget, limit, widget.cursorRect().bottomLeft())
        self._allowed[id(widget)] = max(limit, min(allowed, len(widget.document().toRawText())))

    @staticmethod
    def _cut(widget: QPlainTextEdit, text: str, excess: int) -> None:
        """Remove ``excess`` characters just before the cursor (where they were typed or pasted); the end
        of the text when the cursor is not after them."""
        end = _chars_in(text, widget.textCursor().position())
        start = end - excess
        if start < 0:
            start, end = len(text) - excess, len(text)
        cut = QTextCursor(widget.document())
        cut.setPosition(_units(text[:start]))
        cut.setPosition(_units(text[:end]), QTextCursor.MoveMode.KeepAnchor)
        cut.removeSelectedText()
