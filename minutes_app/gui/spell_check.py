"""Spell check in the window: which fields are checked, the suggestions menu, the user's word list.

The fields where the secretary types prose get wavy underlines (text boxes, the title fields, and the
cell editors of prose columns such as a task's content); name, time, number and code fields do not,
since what they hold is not prose. The words of the open meeting's names, units and places are never
flagged, and follow the attendee list as it changes. A replacement from the menu goes through the
field's own editing, so the binding stores it, as one undo step of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu, QPlainTextEdit, QWidget

from minutes_app.domain.spelling import SpellChecker, meeting_texts, system_dictionary
from minutes_app.gui.spell_underline import LineUnderline, SpellHighlighter
from minutes_app.messages import UserError
from minutes_app.user_words import UserWords

PROSE_LINE_EDITS = ("titleEdit", "locationEdit", "reportTitleEdit")
PROSE_COLUMNS = frozenset({"content", "subject", "title", "reason"})
_VOCABULARY_FIELDS = frozenset(
    {"parent_body", "issuing_body", "body_code", "place_name", "location", "notice_signer"}
)
_SUGGESTIONS = 5
DICTIONARY_DELAY_MS = 1500


class SpellCheck(QObject):
    """Owns the checker, the on/off action and one underline per checked field."""

    message = Signal(str)

    def __init__(self, editor, settings, parent: QWidget, *, user_words: UserWords | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.settings = settings
        self.user_words = user_words if user_words is not None else UserWords()
        self.checker = SpellChecker(user_words=self.user_words.words)
        # The system dictionary only adds loans and ranks suggestions: read once the window is up.
        QTimer.singleShot(DICTIONARY_DELAY_MS, self, self._load_dictionary)
        self._underlines: dict[QWidget, SpellHighlighter | LineUnderline] = {}
        self._roots: list[QWidget] = []
        self.action = QAction(self.tr("Kiểm tra &chính tả khi gõ"), parent)
        self.action.setCheckable(True)
        self.action.setChecked(settings.spell_check)
        self.action.setStatusTip(
            self.tr("Gạch chân đỏ các từ không phải tiếng Việt; bấm chuột phải vào từ để xem gợi ý")
        )
        self.action.toggled.connect(self._toggled)
        self._vocabulary_timer = QTimer(self)
        self._vocabulary_timer.setSingleShot(True)
        self._vocabulary_timer.setInterval(300)
        self._vocabulary_timer.timeout.connect(self.update_vocabulary)
        self._recheck_timer = QTimer(self)  # after the fields took the new meeting's text
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(0)
        self._recheck_timer.timeout.connect(self.recheck)
        editor.meetingLoaded.connect(self.update_vocabulary)
        editor.itemsReset.connect(self._on_items)
        editor.itemChanged.connect(self._on_item)
        editor.meetingFieldChanged.connect(self._on_meeting_field)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self.update_vocabulary()

    @property
    def enabled(self) -> bool:
        return self.action.isChecked()

    # -- which fields ------------------------------------------------------------------------------
    def watch(self, root: QWidget) -> None:
        """Check the prose fields under ``root``, and the cell editors of its tables' prose columns."""
        self._roots.append(root)
        for widget in root.findChildren(QPlainTextEdit):
            self.attach(widget)
        for name in PROSE_LINE_EDITS:
            widget = root.findChild(QLineEdit, name)
            if widget is not None:
                self.attach(widget)

    def attach(self, widget: QWidget) -> None:
        if widget in self._underlines:
            return
        if isinstance(widget, QPlainTextEdit):
            underline = SpellHighlighter(widget, self.checker)
            widget.viewport().installEventFilter(self)
        else:
            underline = LineUnderline(widget, self.checker)
        widget.installEventFilter(self)
        underline.set_enabled(self.enabled)
        self._underlines[widget] = underline
        widget.destroyed.connect(lambda *_args, key=widget: self._underlines.pop(key, None))

    def underline_of(self, widget: QWidget):
        return self._underlines.get(widget)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A table's cell editor for a prose column is checked like any other field while it lives."""
        if not isinstance(new, QLineEdit) or new in self._underlines:
            return
        viewport = new.parentWidget()
        view = viewport.parentWidget() if viewport is not None else None
        if not isinstance(view, QAbstractItemView) or not any(
            root.isAncestorOf(view) for root in self._roots
        ):
            return
        columns = getattr(view.model(), "columns", None)
        column = view.currentIndex().column()
        if columns is not None and 0 <= column < len(columns) and columns[column].field in PROSE_COLUMNS:
            self.attach(new)

    # -- on, off, and what is known ----------------------------------------------------------------
    @Slot(bool)
    def _toggled(self, enabled: bool) -> None:
        self.settings.spell_check = enabled
        self.set_enabled(enabled)

    def set_enabled(self, enabled: bool) -> None:
        """Show or hide the underlines (the menu's choice is kept in the settings by the action)."""
        for underline in self._underlines.values():
            underline.set_enabled(enabled)

    @Slot()
    def _load_dictionary(self) -> None:
        dictionary = system_dictionary()
        if dictionary is not None:
            self.checker.set_dictionary(dictionary)
            self.recheck()

    def recheck(self) -> None:
        for underline in self._underlines.values():
            underline.recheck()

    @Slot()
    def update_vocabulary(self) -> None:
        meeting = self.editor.meeting
        if self.checker.set_vocabulary(meeting_texts(meeting) if meeting is not None else []):
            self._recheck_timer.start()

    @Slot(str)
    def _on_items(self, kind: str) -> None:
        if kind == "attendees":
            self._vocabulary_timer.start()

    @Slot(str, str, str)
    def _on_item(self, kind: str, _item_id: str, _field: str) -> None:
        self._on_items(kind)

    @Slot(str)
    def _on_meeting_field(self, field: str) -> None:
        if field in _VOCABULARY_FIELDS:
            self._vocabulary_timer.start()

    def add_word(self, word: str) -> None:
        """Keep ``word`` in the user's list: no longer flagged, now and after a restart."""
        try:
            self.user_words.add(word)
            note = self.tr("Đã thêm «%1» vào từ điển riêng.").replace("%1", word)
        except UserError as error:
            note = str(error)
        self.checker.set_user_words(self.user_words.words)
        self.recheck()
        self.message.emit(note)

    # -- the menu ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not self.enabled:
            return False
        widget = watched if watched in self._underlines else watched.parentWidget()
        if widget not in self._underlines:
            return False
        menu = self.context_menu(widget, event)
        if menu is None:
            return False
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True

    def _word_at(self, widget: QWidget, event: QContextMenuEvent) -> tuple[int, int, str] | None:
        """(start, end, word) in the field's whole text of the unknown word under the mouse or caret."""
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        if isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor() if keyboard else widget.cursorForPosition(event.pos())
            block = cursor.block()
            text, base, offset = block.text(), block.position(), cursor.position() - block.position()
        else:
            text, base = widget.text(), 0
            offset = widget.cursorPosition() if keyboard else widget.cursorPositionAt(event.pos())
        for start, end in self.checker.misspellings(text):
            if start <= offset <= end:
                return base + start, base + end, text[start:end]
        return None

    def context_menu(self, widget: QWidget, event: QContextMenuEvent) -> QMenu | None:
        """The field's own menu with the suggestions for the word under the mouse on top; None when the
        word is not an unknown one, so that the field shows its menu as usual."""
        found = self._word_at(widget, event)
        if found is None:
            return None
        start, end, word = found
        if isinstance(widget, QPlainTextEdit):
            position = event.pos() if event.reason() != QContextMenuEvent.Reason.Keyboard else QPoint()
            menu = widget.createStandardContextMenu(position)
        else:
            menu = widget.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        editable = not widget.isReadOnly() and not self.editor.read_only
        suggestions = self.checker.suggestions(word, _SUGGESTIONS) if editable else []
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            bold = QFont(action.font())
            bold.setBold(True)
            action.setFont(bold)
            action.triggered.connect(lambda _checked=False, s=suggestion: self.replace(widget, start, end, s))
            menu.insertAction(first, action)
        if editable and not suggestions:
            none = QAction(self.tr("(không có gợi ý)"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = QAction(self.tr("Thêm «%1» vào từ điển").replace("%1", word), menu)
        add.setObjectName("addToDictionaryAction")
        add.triggered.connect(lambda _checked=False: self.add_word(word))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        menu.addSeparator()
        menu.addAction(self.action)
        return menu

    def replace(self, widget: QWidget, start: int, end: int, text: str) -> None:
        """Put ``text`` in place of the characters start…end, as an edit of the field's own."""
        self.editor.flush()  # what was typed before stays its own undo step
        if isinstance(widget, QPlainTextEdit):
            cursor = QTextCursor(widget.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)
            widget.setTextCursor(cursor)
        else:
            widget.setSelection(start, end - start)
            widget.insert(text)
        self.editor.flush()
