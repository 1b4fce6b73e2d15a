"""The find and replace dialog: each hit of the open meeting shown in its tab, row and field.

The search itself is domain.find; this module walks its hits in the order of the window (tab by tab,
row by row), shows each one selected where it is typed, and writes replacements through the editor:
one command per Replace, one macro for Replace all, nothing at all in a read-only meeting.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from minutes_app.domain import find
from minutes_app.domain.find import FieldEdit, Hit, Query
from minutes_app.gui.field_places import FieldPlaces, close_cell_editors, select_text
from minutes_app.gui.forms.ui_find_replace_dialog import Ui_FindReplaceDialog
from minutes_app.messages import UserError

_PREFILL_LIMIT = 80  # a longer selection is not what someone means to search for


class FindReplaceDialog(QDialog):
    """Modeless, like Word's: the secretary can correct a hit in place and go on searching."""

    message = Signal(str)

    def __init__(self, editor, tab_widget: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.places = FieldPlaces(tab_widget)
        self.ui = Ui_FindReplaceDialog()
        self.ui.setupUi(self)
        self.setModal(False)
        self._current: Hit | None = None  # the hit last shown
        self._after: tuple = ()  # the order key the next search starts after
        self._shown_in: QWidget | None = None
        ui = self.ui
        ui.findNextButton.clicked.connect(self.find_next)
        ui.findPreviousButton.clicked.connect(self.find_previous)
        ui.replaceButton.clicked.connect(self.replace)
        ui.replaceAllButton.clicked.connect(self.replace_all)
        ui.closeButton.clicked.connect(self.close)
        ui.findEdit.textEdited.connect(self._restart)
        for check in (ui.ignoreAccentsCheck, ui.matchCaseCheck, ui.wholeWordsCheck):
            check.toggled.connect(self._restart)
        editor.meetingLoaded.connect(self._restart)
        editor.readOnlyChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- opening -----------------------------------------------------------------------------------
    def open_for(self, replacing: bool) -> None:
        """Show the dialog for finding (replace row hidden) or replacing, seeded with the selected words."""
        seed = _selected_text(QApplication.focusWidget())
        ui = self.ui
        if seed and "\n" not in seed and len(seed) <= _PREFILL_LIMIT:
            ui.findEdit.setText(seed)
            self._restart()
        for widget in (ui.replaceLabel, ui.replaceEdit, ui.replaceButton, ui.replaceAllButton):
            widget.setVisible(replacing)
        self.setWindowTitle(self.tr("Tìm và thay") if replacing else self.tr("Tìm trong biên bản"))
        self._update_buttons()
        if not self.isVisible():
            self._place_beside_the_text()
        self.show()
        self.raise_()
        self.activateWindow()
        target = ui.replaceEdit if replacing and ui.findEdit.text() else ui.findEdit
        target.setFocus()
        target.selectAll()

    def _place_beside_the_text(self) -> None:
        """Bottom left, over the archive and the foot of the lists: the fields a hit selects are on the right."""
        window = self.parentWidget()
        if window is None:
            return
        self.adjustSize()
        frame = window.frameGeometry()
        x = frame.left() + 16
        y = frame.bottom() - self.height() - 48
        screen = window.screen().availableGeometry() if window.screen() else None
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
            y = max(screen.top(), min(y, screen.bottom() - self.height()))
        self.move(x, y)

    # -- the query and the hits --------------------------------------------------------------------
    def query(self) -> Query:
        ui = self.ui
        return Query(
            ui.findEdit.text(),
            match_case=ui.matchCaseCheck.isChecked(),
            ignore_accents=ui.ignoreAccentsCheck.isChecked(),
            whole_words=ui.wholeWordsCheck.isChecked(),
        )

    def ordered_hits(self) -> list[tuple[tuple, Hit]]:
        """Hits with their order keys: the window's tab first, then the model's order within it."""
        meeting = self.editor.meeting
        if meeting is None or not self.ui.findEdit.text():
            return []
        sequence = {place: index for index, (place, _text) in enumerate(find.texts(meeting))}
        tabs: dict[tuple, int] = {}
        keyed = []
        for hit in find.find_all(meeting, self.query()):
            place = hit.place
            field_key = (place.kind, place.field)
            if field_key not in tabs:
                tab = self.places.tab_of(place.kind, place.field)
                tabs[field_key] = tab if tab >= 0 else self.places.tab_widget.count()
            keyed.append(((tabs[field_key], sequence[place], hit.start), hit))
        keyed.sort(key=lambda pair: pair[0])
        return keyed

    @Slot()
    def _restart(self, *_args) -> None:
        """A new query (or meeting) searches again from the start of the tab on screen."""
        self._current = None
        self._after = (self.places.tab_widget.currentIndex(), -1, -1)
        self.ui.resultLabel.clear()

    # -- finding -----------------------------------------------------------------------------------
    @Slot()
    def find_next(self) -> bool:
        return self._step(forward=True)

    @Slot()
    def find_previous(self) -> bool:
        return self._step(forward=False)

    def _step(self, forward: bool) -> bool:
        if not self.ui.findEdit.text():
            self.ui.resultLabel.setText(self.tr("Hãy gõ chữ cần tìm."))
            return False
        self.editor.flush()
        keyed = self.ordered_hits()
        if not keyed:
            self._current = None
            self.ui.resultLabel.setText(
                self.tr("Không tìm thấy «%1» trong biên bản.").replace("%1", self.ui.findEdit.text())
            )
            return False
        keys = [key for key, _hit in keyed]
        if forward:
            position = next((i for i, key in enumerate(keys) if key > self._after), None)
            wrapped = position is None
            position = 0 if wrapped else position
        else:
            position = next((i for i in range(len(keys) - 1, -1, -1) if keys[i] < self._after), None)
            wrapped = position is None
            position = len(keys) - 1 if wrapped else position
        self._show(keyed[position][1], keys[position], position, len(keys), wrapped)
        return True

    def _show(self, hit: Hit, key: tuple, position: int, total: int, wrapped: bool) -> None:
        place = hit.place
        self._current, self._after = hit, key
        close_cell_editors(self._shown_in)
        widget = self.places.show(place.kind, place.item_id, place.field)
        self._shown_in = widget
        if widget is not None:
            shown = _shown_text(widget)
            offset = _line_offset(self.editor.meeting, place)
            select_text(widget, shown, hit.start + offset, hit.end + offset)
        where = self.describe(hit)
        text = self.tr("Kết quả %1/%2: %3").replace("%1", str(position + 1)).replace("%2", str(total))
        text = text.replace("%3", where)
        if wrapped:
            text += " " + self.tr("(đã quay lại từ đầu)")
        self.ui.resultLabel.setText(text)

    def describe(self, hit: Hit) -> str:
        """ "Thảo luận › dòng 2 › Nội dung ý kiến": the tab, the row, the field, as the window names them."""
        place = hit.place
        parts = []
        tab = self.places.tab_of(place.kind, place.field)
        if tab >= 0:
            parts.append(self.places.tab_title(tab))
        else:  # kept in the meeting (imported, or typed elsewhere) but shown in no tab of this window
            parts.append(self.tr("(không có ô trong cửa sổ)"))
        if place.kind is not None:
            rows = [item.id for item in self.editor.meeting.items(place.kind)]
            if place.item_id in rows:
                parts.append(self.tr("dòng %1").replace("%1", str(rows.index(place.item_id) + 1)))
        parts.append(self.places.field_label(place.kind, place.field))
        if place.part is not None:
            parts.append(place.part)
        if place.line is not None:
            parts.append(self.tr("dòng %1").replace("%1", str(place.line + 1)))
        return " › ".join(parts)

    # -- replacing ---------------------------------------------------------------------------------
    def _refuse_read_only(self) -> bool:
        if self.editor.meeting is not None and not self.editor.read_only:
            return False
        self.ui.resultLabel.setText(self.tr("Biên bản này chỉ xem được: không thay chữ được."))
        return True

    @Slot()
    def replace(self) -> None:
        """Replace the hit on screen, then show the next; with none on screen, find the first."""
        if self._refuse_read_only():
            return
        self.editor.flush()
        hit = self._current
        try:
            edit = (
                find.replace_hit(self.editor.meeting, hit, self.query(), self._replacement()) if hit else None
            )
        except UserError as error:
            self.ui.resultLabel.setText(str(error))
            return
        if edit is not None:
            close_cell_editors(self._shown_in)
            self._apply(edit)
            self.editor.flush()  # the replacement is its own step, never merged with typing after it
            tab, sequence, start = self._after
            self._after = (tab, sequence, start + len(self._replacement()) - 1)
            self._current = None
        self.find_next()

    @Slot()
    def replace_all(self) -> int:
        """Every hit in one undo step; returns how many were replaced."""
        if self._refuse_read_only() or not self.ui.findEdit.text():
            return 0
        self.editor.flush()
        close_cell_editors(self._shown_in)
        try:
            edits, count = find.replace_all(self.editor.meeting, self.query(), self._replacement())
        except UserError as error:
            self.ui.resultLabel.setText(str(error))
            return 0
        if not edits:
            self.ui.resultLabel.setText(
                self.tr("Không tìm thấy «%1» trong biên bản.").replace("%1", self.ui.findEdit.text())
            )
            return 0
        stack = self.editor.undo_stack
        stack.beginMacro(
            self.tr("Thay «%1» bằng «%2»")
            .replace("%1", self.ui.findEdit.text())
            .replace("%2", self._replacement())
        )
        try:
            for edit in edits:
                self._apply(edit)
        finally:
            stack.endMacro()
        self._restart()
        result = self.tr("Đã thay %n chỗ.", "", count)
        self.ui.resultLabel.setText(result)
        self.message.emit(result)
        return count

    def _replacement(self) -> str:
        return self.ui.replaceEdit.text()

    def _apply(self, edit: FieldEdit) -> None:
        if edit.kind is None:
            self.editor.set_meeting_field(edit.field, edit.value)
        else:
            self.editor.set_item_field(edit.kind, edit.item_id, edit.field, edit.value)

    @Slot()
    def _update_buttons(self, *_args) -> None:
        writable = self.editor.meeting is not None and not self.editor.read_only
        for button in (self.ui.replaceButton, self.ui.replaceAllButton):
            button.setEnabled(writable)


def _selected_text(widget: QWidget | None) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().selectedText()
    return ""


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return ""


def _line_offset(meeting, place: find.Place) -> int:
    """Where a line of a list field starts in its widget, which shows the lines one under another."""
    if place.line is None:
        return 0
    owner = (
        meeting if place.kind is None else next(i for i in meeting.items(place.kind) if i.id == place.item_id)
    )
    lines = getattr(owner, place.field)
    return sum(len(line) + 1 for line in lines[: place.line])
