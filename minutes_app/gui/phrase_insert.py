"""Inserting a phrase of the bank at the cursor of the field being typed (Ctrl+M), filled from the meeting.

The key is Ctrl+M ("mẫu câu"): Vietnamese input methods take Ctrl+Shift chords (Unikey's switch) and
Ctrl+Space, never Ctrl+M. The text goes in through the field's own insertion, as typing does, so the
field's binding stores it and any highlighter sees it; it is an undo step of its own. In a table cell
the cell's editor closes while the popup has the keyboard, so it is opened again where it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit, QTabWidget, QWidget
from shiboken6 import isValid

from minutes_app.gui.field_places import FieldPlaces, utf16_offset

SHORTCUT = "Ctrl+M"
GAP = "…"  # domain.phrases.MISSING: what an empty slot becomes, selected after insertion to be typed over


@dataclass
class _Target:
    """The field to insert into, and for a table cell where to find its editor again."""

    widget: QWidget
    view: QAbstractItemView | None = None
    index: QPersistentModelIndex | None = None
    start: int = 0  # the cell editor's selection (or cursor, when length is 0), in Qt's units
    length: int = 0

    @classmethod
    def of(cls, widget: QWidget | None) -> _Target | None:
        if not isinstance(widget, (QLineEdit, QPlainTextEdit)):
            return None
        view = widget.parent().parent() if widget.parent() is not None else None
        if isinstance(view, QAbstractItemView) and view.indexWidget(view.currentIndex()) is widget:
            index = QPersistentModelIndex(view.currentIndex())
            if isinstance(widget, QLineEdit) and widget.hasSelectedText():
                return cls(widget, view, index, widget.selectionStart(), widget.selectionLength())
            position = (
                widget.cursorPosition() if isinstance(widget, QLineEdit) else widget.textCursor().position()
            )
            return cls(widget, view, index, position)
        return cls(widget)

    def cursor_rect(self) -> QRect:
        """The text cursor in global coordinates, where the popup opens."""
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            rect = widget.cursorRect()
            return QRect(widget.viewport().mapToGlobal(rect.topLeft()), rect.size())
        rect = QRectF(widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)).toRect()
        return QRect(widget.mapToGlobal(rect.topLeft()), rect.size())

    def field(self) -> QWidget | None:
        """The live text widget: the same one, or a table cell's editor opened again."""
        if self.view is None:
            return self.widget if isValid(self.widget) else None
        if not isValid(self.view) or not self.index.isValid():
            return None
        index = QModelIndex(self.index)
        editor = self.view.indexWidget(index)
        if editor is None:
            self.view.setCurrentIndex(index)
            self.view.edit(index)
            editor = self.view.indexWidget(index)
            if isinstance(editor, QLineEdit) and self.length:
                editor.setSelection(self.start, self.length)
            elif isinstance(editor, QLineEdit):
                editor.setCursorPosition(self.start)
        return editor if isinstance(editor, (QLineEdit, QPlainTextEdit)) else None


def insert_at_cursor(widget: QWidget, text: str) -> None:
    """Insert as typing would (replacing a selection), then select the first "…" to be typed over."""
    length = utf16_offset(text, len(text))
    gap = text.find(GAP)
    if isinstance(widget, QLineEdit):
        widget.insert(text)
        if gap >= 0:
            widget.setSelection(widget.cursorPosition() - length + utf16_offset(text, gap), 1)
        return
    cursor = widget.textCursor()
    cursor.insertText(text)
    if gap >= 0:
        start = cursor.position() - length + utf16_offset(text, gap)
        cursor.setPosition(start)
        cursor.setPosition(start + 1, cursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)


class PhraseInserter(QObject):
    """Owns the two menu actions, the bank and the popup; the bank, the phrases' code and the popup are
    loaded on first use, so that they cost the window's start nothing."""

    message = Signal(str)

    def __init__(self, editor, tab_widget: QTabWidget, window: QWidget, bank=None):
        super().__init__(window)
        self.editor, self.window = editor, window
        self.places = FieldPlaces(tab_widget)
        self._bank = bank
        self._loaded = False
        self._target: _Target | None = None
        self.popup = None
        self.insert_action = QAction(self.tr("Chèn &mẫu câu…"), window)
        self.insert_action.setShortcut(QKeySequence(SHORTCUT))
        self.insert_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.insert_action.setStatusTip(
            self.tr("Chèn một câu hay dùng vào chỗ con trỏ; tên người chủ trì, ngày họp… được điền sẵn")
        )
        self.insert_action.triggered.connect(self.open_popup)
        self.manage_action = QAction(self.tr("&Danh sách mẫu câu…"), window)
        self.manage_action.triggered.connect(self.edit_bank)
        self.actions = [self.insert_action, self.manage_action]

    # -- the bank ----------------------------------------------------------------------------------
    @property
    def bank(self):
        if self._bank is None:
            from minutes_app.phrase_file import PhraseBank

            self._bank = PhraseBank()
        return self._bank

    def phrases(self) -> list:
        if not self._loaded:
            self.bank.load()
            self._loaded = True
            if self.bank.problem is not None:
                self.message.emit(str(self.bank.problem))
        return self.bank.phrases

    def context_for(self, widget: QWidget | None):
        """What the slots are filled from: the meeting and the items current in the widget's tab."""
        from minutes_app.domain.phrases import Context

        meeting = self.editor.meeting
        if meeting is None:
            return None
        return Context(meeting, self.places.current_items(self.places.tab_of_widget(widget)))

    # -- inserting ---------------------------------------------------------------------------------
    @Slot()
    def open_popup(self):
        from minutes_app.domain.phrases import fill
        from minutes_app.gui.phrase_popup import PhrasePopup

        widget = QApplication.focusWidget()
        target = _Target.of(widget)
        if target is None:
            self.message.emit(
                self.tr("Hãy đặt con trỏ vào ô cần gõ rồi nhấn %1 để chèn mẫu câu.").replace("%1", SHORTCUT)
            )
            return None
        if target.widget.isReadOnly() or (self.editor.read_only and self.places.tab_of_widget(widget) >= 0):
            self.message.emit(self.tr("Ô này chỉ để xem, không chèn được."))
            return None
        context = self.context_for(widget)
        entries = [
            (phrase, fill(phrase.text, context) if context else phrase.text) for phrase in self.phrases()
        ]
        if self.popup is None:
            self.popup = PhrasePopup(self.window)
            self.popup.chosen.connect(self._insert)
        self._target = target
        self.popup.set_entries(entries)
        self.popup.open_at(target.cursor_rect())
        return self.popup

    @Slot(str)
    def _insert(self, text: str) -> None:
        target, self._target = self._target, None
        widget = target.field() if target is not None else None
        if widget is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.flush()  # what was typed before stays its own undo step
        insert_at_cursor(widget, text)
        self.editor.flush()  # and the phrase is one step, never merged with the typing after it

    # -- editing the bank --------------------------------------------------------------------------
    @Slot()
    def edit_bank(self) -> None:
        from minutes_app.gui.phrase_bank_dialog import PhraseBankDialog

        focus = QApplication.focusWidget()
        dialog = PhraseBankDialog(self.bank, self.phrases(), self.context_for(focus), self.window)
        dialog.exec()
        dialog.deleteLater()
