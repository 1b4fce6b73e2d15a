"""Wavy underlines under unknown words: a syntax highlighter for text boxes, an overlay for line fields.

Both ask the same checker and leave alone the word being typed (the one that ends at the cursor of the
focused field), so that "nhâ" on the way to "nhân" is not flagged between two keystrokes. Only the
changed paragraph is checked again per keystroke, and the checker caches its answer per word.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

UNDERLINE_COLOR = QColor(220, 30, 30)


@contextlib.contextmanager
def _quiet(widget: QWidget):
    """Formats are not text: re-underlining must not look like an edit to textChanged's listeners."""
    blocked = widget.blockSignals(True)
    try:
        yield
    finally:
        widget.blockSignals(blocked)


def _typing_end(widget) -> int | None:
    """The cursor position when the field has the focus and nothing is selected: a word ending there is
    still being typed."""
    if not widget.hasFocus():
        return None
    if isinstance(widget, QLineEdit):
        return None if widget.hasSelectedText() else widget.cursorPosition()
    cursor = widget.textCursor()
    return None if cursor.hasSelection() else cursor.position()


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the unknown words of one QPlainTextEdit's paragraphs as Qt lays them out.

    It stays attached to its document for the document's whole life and is switched by a flag: a
    highlighter that Python owns (which PySide makes of one whose document is set again) may be
    deleted before its document, and clearing its formats then fires textChanged on a dying field.
    """

    def __init__(self, widget: QPlainTextEdit, checker) -> None:
        with _quiet(widget):
            super().__init__(widget.document())  # owned by the document
            self.widget = widget
            self.checker = checker
            self._enabled = False
            self.rehighlight()  # Qt's own first pass would come later, outside the quiet
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(UNDERLINE_COLOR)
        self._spared: tuple[int, int] | None = None  # (paragraph, cursor) of the word left alone
        widget.cursorPositionChanged.connect(self._release)
        widget.installEventFilter(self)

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self._enabled:
            self._enabled = enabled
            self.recheck()

    def recheck(self) -> None:
        with _quiet(self.widget):
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not self._enabled:
            return
        block = self.currentBlock()
        end = _typing_end(self.widget)
        at = None
        if end is not None and block.contains(end):
            at = end - block.position()
            self._spared = (block.blockNumber(), end)
        for start, stop in self.checker.misspellings(text):
            if stop != at:
                self.setFormat(start, stop - start, self.format)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._release()
        return False

    @Slot()
    def _release(self) -> None:
        """The cursor left the word it spared (or the field lost the focus): check that paragraph again."""
        if self._spared is None or not self.enabled:
            return
        number, position = self._spared
        if self.widget.hasFocus() and self.widget.textCursor().position() == position:
            return
        self._spared = None
        block = self.widget.document().findBlockByNumber(number)
        if block.isValid():
            with _quiet(self.widget):
                self.rehighlightBlock(block)


def wave(painter: QPainter, left: float, right: float, y: float) -> None:
    """The red zigzag that every word processor draws under a misspelling."""
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(x + 2.0, right)
        path.lineTo(QPointF(x, y - 1.5 if up else y))
        up = not up
    painter.drawPath(path)


class LineUnderline(QWidget):
    """A transparent layer over a QLineEdit that draws the wavy lines; QLineEdit has no text formats.

    Character positions come from the cursor rectangle the field reports to input methods (public API)
    and the font's advances, so the layer follows scrolling and works on cell editors created by Qt.
    """

    def __init__(self, line: QLineEdit, checker) -> None:
        super().__init__(line)
        self.line = line
        self.checker = checker
        self.enabled = True
        self._composing = False
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(line.rect())
        line.installEventFilter(self)
        for signal in (line.textChanged, line.cursorPositionChanged, line.selectionChanged):
            signal.connect(self.update)
        self.show()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.update()

    def recheck(self) -> None:
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.line.rect())
        elif event.type() == QEvent.Type.InputMethod:
            # An input method composing a word (ibus-unikey) shows it at the caret without it being in
            # text(): what follows the caret is drawn further right until the word is committed.
            self._composing = bool(event.preeditString())
            self.update()
        elif event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._composing = False
            self.update()
        return False

    def spans(self) -> list[tuple[int, int]]:
        """The unknown words to underline now: all of them but the one being typed."""
        if not self.enabled:
            return []
        at = _typing_end(self.line)
        found = [(start, end) for start, end in self.checker.misspellings(self.line.text()) if end != at]
        if self._composing:
            found = [(start, end) for start, end in found if end < self.line.cursorPosition()]
        return found

    def paintEvent(self, _event) -> None:
        spans = self.spans()
        if not spans:
            return
        line = self.line
        text = line.text()
        metrics = line.fontMetrics()
        cursor = QRectF(line.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)).toRect()
        # QLineEdit reports its cursor rectangle 5 px left of the caret, whose x is the advance of the
        # text before it plus the scroll offset: from both, the x of any character follows.
        origin = cursor.x() + 5 - metrics.horizontalAdvance(text[: line.cursorPosition()])
        y = cursor.y() + metrics.ascent() + 2.5
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(UNDERLINE_COLOR, 1.0))
        painter.setClipRect(line.contentsRect().adjusted(1, 0, -1, 0))
        for start, end in spans:
            left = origin + metrics.horizontalAdvance(text[:start])
            right = origin + metrics.horizontalAdvance(text[:end])
            wave(painter, left, right, y)
        painter.end()
