"""The date field: a date typed in full replaces the whole date, wherever the cursor was."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from minutes_app.domain.dates import EntryError, entry_form, make_date, parse_date
from minutes_app.gui.entry_marks import mark, unmark
from minutes_app.messages import UserError

_EDITING_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete}
_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_COMMIT_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class DateEdit(QDateEdit):
    """A QDateEdit that reads what is typed as a whole: "7/4/2025", "07/04/2025", "7-4-25", "2025-04-07".

    Qt's own date edit types into the section under the cursor, so "07/04/2025" typed after Home became
    another date. Here the first character typed after the field takes focus starts a fresh text (after
    Backspace or Delete, the text is edited instead), read when the secretary leaves the field or presses
    Enter. A day alone ("8") or day and month ("8/5") keep the rest of the
    shown date. What is not a date stays on screen, marked red with the reason, and changes nothing.
    Arrows, the wheel and the calendar work as in any date edit.
    """

    problem = Signal(str)  # why the typed text was refused; "" once a date is accepted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False
        self._fresh = True  # the next character typed replaces the whole text
        self.dateChanged.connect(self._on_date_changed)

    @property
    def typing(self) -> bool:
        return self._typing

    def setDate(self, date) -> None:
        self._end_typing()
        super().setDate(date)
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    def commit_typing(self) -> bool:
        """Read the typed text; True when it was a date (now shown), False when it stays marked."""
        if not self._typing:
            return True
        text = self.lineEdit().text()
        try:
            value = self._read(text)
        except UserError as error:  # EntryError: why the text is not a date, in the secretary's words
            mark(self, str(error))
            self.problem.emit(str(error))
            return False
        self.setDate(QDate(value))
        self.problem.emit("")
        return True

    def _read(self, text: str):
        form = entry_form(text)
        shown = self.date().toPython()
        if not form:
            raise EntryError("entry.date_required")
        if form.isdigit() and len(form) <= 2:
            return make_date(shown.year, shown.month, int(form))
        return parse_date(text, default_year=shown.year)

    def _start_typing(self, *, clear: bool) -> None:
        """Free text from here on. The line edit's signals are held back meanwhile: QDateTimeEdit listens
        to them and would force every keystroke into its day/month/year sections."""
        if not self._typing:
            self._typing = True
            self.lineEdit().blockSignals(True)
        if clear:
            self.lineEdit().setText("")

    def _end_typing(self) -> None:
        self._fresh = True
        if self._typing:
            self._typing = False
            self.lineEdit().blockSignals(False)
        unmark(self)

    @Slot()
    def _on_date_changed(self, *_args) -> None:
        """A date chosen in the calendar replaces whatever was being typed."""
        if self._typing:
            self._end_typing()
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    # -- Qt overrides ------------------------------------------------------------------------------
    def validate(self, text: str, position: int):
        """While typing, any text may stand on screen: it is read as a whole when the field is left."""
        if self._typing:
            return QValidator.State.Intermediate, text, position
        return super().validate(text, position)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in _COMMIT_KEYS and self._typing:
            self.commit_typing()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self._typing:
            self.setDate(self.date())
            self.problem.emit("")
            event.accept()
            return
        if key in _STEP_KEYS:
            super().keyPressEvent(event)  # stepBy ends typing first
            return
        text = event.text()
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        typed = bool(text) and text.isprintable() and not event.modifiers() & commands
        if typed or key in _EDITING_KEYS:
            self._start_typing(clear=typed and self._fresh)
            self._fresh = False
        if self._typing:
            self.lineEdit().event(event)
            return
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self._typing and not self.commit_typing():
            return
        super().stepBy(steps)

    def focusInEvent(self, event) -> None:
        self._fresh = True
        if self._typing:  # QDateTimeEdit would select one of its sections in the typed text
            self.lineEdit().event(event)
            QWidget.focusInEvent(self, event)
            return
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        if self._typing and event.reason() != Qt.FocusReason.PopupFocusReason and not self.commit_typing():
            # Qt would put the previous date back: keep the refused text where the secretary sees it.
            self.lineEdit().event(event)
            QWidget.focusOutEvent(self, event)
            return
        super().focusOutEvent(event)
