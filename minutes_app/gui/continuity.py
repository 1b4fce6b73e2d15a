"""Where the secretary was (meeting, tab, row, field, cursor), kept as she works and given back after a restart."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTime, QTimer, Slot
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from minutes_app.messages import UserError

SAVE_DELAY_MS = 500


def _field_of(widget: QWidget | None, tab: QWidget) -> QWidget | None:
    """The named field of ``tab`` that holds the focus: a combo for its line edit, a table for its cell editor."""
    while widget is not None and widget is not tab:
        name = widget.objectName()
        if name and not name.startswith("qt_") and not isinstance(widget.parent(), QComboBox):
            return widget
        widget = widget.parentWidget()
    return None


def _cursor_of(field: QWidget) -> int:
    if isinstance(field, QLineEdit):
        return field.cursorPosition()
    if isinstance(field, QComboBox) and field.lineEdit() is not None:
        return field.lineEdit().cursorPosition()
    if isinstance(field, QPlainTextEdit):
        return field.textCursor().position()
    if isinstance(field, QAbstractItemView):
        return max(field.currentIndex().column(), 0)
    return 0


def _put_cursor(field: QWidget, position: int) -> None:
    if isinstance(field, QComboBox) and field.lineEdit() is not None:
        field = field.lineEdit()
    if isinstance(field, QLineEdit):
        field.setCursorPosition(min(position, len(field.text())))
    elif isinstance(field, QPlainTextEdit):
        cursor = field.textCursor()
        cursor.setPosition(min(position, len(field.document().toRawText())))
        field.setTextCursor(cursor)
        field.ensureCursorVisible()
    elif isinstance(field, QAbstractItemView) and field.currentIndex().isValid():
        current = field.currentIndex()
        field.setCurrentIndex(current.sibling(current.row(), min(position, field.model().columnCount() - 1)))


class Continuity(QObject):
    """Notes the place on every change of focus, tab or row and after each save (so a crash loses at most
    a second of it), and puts the window back there: the same meeting, tab, row and field, the cursor
    where it was. The discussion bar's report is remembered per meeting, "none" included."""

    def __init__(self, window, settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self._restoring = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        app = QApplication.instance()
        app.focusChanged.connect(self._on_focus_changed)
        window.ui.tabWidget.currentChanged.connect(self._on_tab_changed)
        window.editor.autosave.saved.connect(self._on_saved)
        window.editor.meetingLoaded.connect(self._note)
        for tab, _title in window.tabs:
            if hasattr(tab, "list"):
                tab.list.currentItemChanged.connect(self._on_row_changed)
            if hasattr(tab, "reportChoiceChanged"):
                tab.remembered_report = settings.report_choice
                tab.reportChoiceChanged.connect(self._remember_report)

    # -- noting ------------------------------------------------------------------------------------
    @Slot()
    def _note(self) -> None:
        """Not restarted by later notes: while the secretary types, the place is still kept every half second."""
        if not self._restoring and not self._timer.isActive():
            self._timer.start()

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old, new) -> None:
        if new is not None and self.window.isAncestorOf(new):
            self._note()

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self._note()

    @Slot(QTime)
    def _on_saved(self, _moment) -> None:
        self._note()

    @Slot(str)
    def _on_row_changed(self, _item_id: str) -> None:
        self._note()

    def place(self) -> dict:
        editor, tabs = self.window.editor, self.window.ui.tabWidget
        tab = tabs.currentWidget()
        field = _field_of(QApplication.focusWidget(), tab) if tab is not None else None
        listing = getattr(tab, "list", None)
        return {
            "meeting": editor.meeting.id if editor.meeting is not None else None,
            "tab": tabs.currentIndex(),
            "item": listing.current_id() if listing is not None else "",
            "field": field.objectName() if field is not None else "",
            "cursor": _cursor_of(field) if field is not None else 0,
        }

    @Slot()
    def save(self) -> None:
        if self._restoring or self.window.editor.meeting is None:
            return
        self.settings.last_place = self.place()
        self.settings.sync()  # on disk now: a killed program keeps its place too

    @Slot(str)
    def _remember_report(self, report_id: str) -> None:
        meeting = self.window.editor.meeting
        if meeting is not None:
            self.settings.set_report_choice(meeting.id, report_id)
            self.settings.sync()

    # -- coming back ---------------------------------------------------------------------------------
    def open_meeting(self) -> bool:
        """Open the meeting last worked on; False when there is none or it is gone."""
        meeting_id = self.settings.last_place["meeting"]
        if meeting_id is None:
            return False
        try:
            self.window.store.load(meeting_id)
        except UserError:
            return False
        self.window.open_meeting(meeting_id)
        return self.window.editor.meeting is not None and self.window.editor.meeting.id == meeting_id

    def restore_view(self) -> None:
        """Tab, row, field and cursor as they were; anything that no longer exists is simply skipped."""
        place, tabs = self.settings.last_place, self.window.ui.tabWidget
        meeting = self.window.editor.meeting
        if meeting is None or place["meeting"] != meeting.id or not 0 <= place["tab"] < tabs.count():
            return
        self._restoring = True
        try:
            tabs.setCurrentIndex(place["tab"])
            tab = tabs.currentWidget()
            listing = getattr(tab, "list", None)
            if listing is not None and place["item"] and listing.model.row_of(place["item"]) >= 0:
                listing.select_ids([place["item"]], place["item"])
            field = tab.findChild(QWidget, place["field"]) if place["field"] else None
            if field is not None and field.isEnabled():
                field.setFocus()
                _put_cursor(field, place["cursor"])
        finally:
            self._restoring = False
