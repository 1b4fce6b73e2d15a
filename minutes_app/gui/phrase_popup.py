"""The phrase picker: a popup at the text cursor, filtered as the secretary types, Enter to choose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHeaderView, QTreeWidgetItem, QWidget

from minutes_app.domain.phrases import Phrase, filter_phrases
from minutes_app.gui.forms.ui_phrase_popup import Ui_PhrasePopup

_NAVIGATION = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}
_PHRASE_ROLE = Qt.ItemDataRole.UserRole


class PhrasePopup(QFrame):
    """Lists (phrase, filled text) pairs; ``chosen`` carries the filled text, ``dismissed`` an Esc or a click away."""

    chosen = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.ui = Ui_PhrasePopup()
        self.ui.setupUi(self)
        self._entries: list[tuple[Phrase, str]] = []
        self._done = False
        palette = self.palette()
        self._group_brush = palette.brush(palette.ColorGroup.Disabled, palette.ColorRole.Text)
        ui = self.ui
        header = ui.phraseList.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        ui.phraseFilterEdit.textChanged.connect(self._refilter)
        ui.phraseFilterEdit.installEventFilter(self)
        ui.phraseList.itemActivated.connect(lambda _item, _column: self.choose())
        ui.phraseList.itemClicked.connect(lambda _item, _column: self.choose())

    def set_entries(self, entries: list[tuple[Phrase, str]]) -> None:
        self._entries = entries
        self.ui.phraseFilterEdit.clear()
        self._refilter()

    @Slot()
    def _refilter(self, *_args) -> None:
        query = self.ui.phraseFilterEdit.text()
        tree = self.ui.phraseList
        tree.clear()
        filled_of = {id(phrase): filled for phrase, filled in self._entries}
        for phrase in filter_phrases([phrase for phrase, _filled in self._entries], query):
            filled = filled_of[id(phrase)]
            item = QTreeWidgetItem([phrase.group, filled])
            item.setData(0, _PHRASE_ROLE, filled)
            item.setToolTip(1, filled if filled == phrase.text else f"{filled}\n\n{phrase.text}")
            item.setForeground(0, self._group_brush)
            tree.addTopLevelItem(item)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))

    def visible_texts(self) -> list[str]:
        tree = self.ui.phraseList
        return [tree.topLevelItem(row).data(0, _PHRASE_ROLE) for row in range(tree.topLevelItemCount())]

    def open_at(self, anchor: QRect) -> None:
        """Below the cursor rectangle (global coordinates), above it where the screen ends, never off screen."""
        self._done = False
        screen = QGuiApplication.screenAt(anchor.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        width = min(self.width(), area.width())
        height = min(self.height(), area.height())
        self.resize(width, height)
        x = max(area.left(), min(anchor.left(), area.right() - width + 1))
        y = anchor.bottom() + 2
        if y + height > area.bottom() + 1:
            y = max(area.top(), anchor.top() - height - 2)
        self.move(QPoint(x, y))
        self.show()
        self.ui.phraseFilterEdit.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot()
    def choose(self) -> None:
        item = self.ui.phraseList.currentItem()
        if item is None or self._done:
            return
        self._done = True
        self.hide()
        self.chosen.emit(item.data(0, _PHRASE_ROLE))

    def eventFilter(self, watched, event):
        """Arrows and page keys in the filter move through the list; Enter chooses; Esc closes."""
        if watched is self.ui.phraseFilterEdit and event.type() == QEvent.Type.KeyPress:
            if event.key() in _NAVIGATION:
                copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
                QCoreApplication.sendEvent(self.ui.phraseList, copy)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Cancel) or event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event):
        """Closing by Esc or a click elsewhere gives the cursor back to the field, untouched."""
        super().hideEvent(event)
        if not self._done:
            self._done = True
            self.dismissed.emit()
