"""Every text field of the window stops accepting input at the maximum the bundled schema documents, and
says why: what the window stores can always be exported and imported again. A longer value stored by an
earlier version is shown whole, never cut by being shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolTip

from minutes_app.domain.model import ItemKind
from minutes_app.gui.bindings import FieldBinder
from minutes_app.interchange.limits import max_length
from minutes_app.storage import open_store

from .helpers import close_window, open_window


def _says(limit: int) -> bool:
    """The tooltip names the maximum (with the locale's digit grouping or without)."""
    shown = QToolTip.text()
    return str(limit) in "".join(c for c in shown if c not in ".,\u00a0 ") and "ký tự" in shown


def _tab(window, kind):
    return next(tab for tab, _ in window.tabs if type(tab).__name__ == kind)


def test_every_bound_text_field_has_its_schema_maximum(seeded_db, qtbot):
    """Each line and text field the window binds knows its field's maximum from the schema."""
    store = open_store(seeded_db)
    try:
        window = open_window(qtbot, store)
        binders = window.findChildren(FieldBinder)
        checked = 0
        for binder in binders:
            for link in binder._links:
                widget = link.widget
                typed = isinstance(widget, QPlainTextEdit) or (
                    isinstance(widget, QLineEdit) and link.read == widget.text  # not a time or a person
                )
                if typed:
                    limit = max_length(binder.kind, link.field)
                    assert limit is not None, (binder.kind, link.field)
                    if isinstance(widget, QLineEdit):
                        assert widget.maxLength() == limit, link.field
                    checked += 1
        assert checked >= 15
        close_window(window)
    finally:
        store.close()


def test_a_line_field_stops_at_its_maximum_and_says_why(seeded_db, qtbot):
    """Typing past the title's 1,000 characters adds nothing, shows why, and stores 1,000 characters."""
    store = open_store(seeded_db)
    try:
        window = open_window(qtbot, store)
        edit = _tab(window, "GeneralTab").ui.titleEdit
        limit = max_length(None, "title")
        edit.setFocus()
        edit.setText("Đ" * (limit - 3))
        edit.textEdited.emit(edit.text())
        edit.end(False)
        QTest.keyClicks(edit, "ABCDEFG")
        assert len(edit.text()) == limit and edit.text().endswith("ABC")
        assert _says(limit) and "tối đa" in QToolTip.text()
        window.editor.flush()
        assert len(window.editor.meeting.title) == limit
        close_window(window)
    finally:
        store.close()
    with open_store(seeded_db, read_only=True) as reopened:
        assert len(reopened.list_meetings()[0].title) == limit


def test_a_text_field_takes_back_what_a_paste_adds_beyond_its_maximum(seeded_db, qtbot):
    """A 250,000-character paste into a contribution keeps 200,000 characters, says why, stores them."""
    store = open_store(seeded_db)
    try:
        window = open_window(qtbot, store)
        tab = _tab(window, "DiscussionTab")
        entry = window.editor.meeting.discussion[0].id
        tab._show_entry(entry)
        edit = tab.ui.entryContentEdit
        limit = max_length(ItemKind.DISCUSSION, "content")
        edit.setFocus()
        edit.selectAll()
        edit.insertPlainText("Ý kiến 🇻🇳 dài. " * 17_000)  # beyond the BMP too: Qt counts those twice
        assert len(edit.toPlainText()) == limit
        assert _says(limit)
        QTest.keyClick(edit, Qt.Key.Key_A)
        assert len(edit.toPlainText()) == limit
        window.editor.flush()
        assert len(window.editor.meeting.discussion[0].content) == limit
        close_window(window)
    finally:
        store.close()


def test_a_longer_stored_value_is_shown_whole(seeded_db, qtbot):
    """A title longer than today's maximum (stored by an earlier version) is shown and kept whole; it may
    be shortened but not lengthened."""
    with open_store(seeded_db) as store:
        meeting_id = store.list_meetings()[0].id
        store.update_meeting_field(meeting_id, "title", "Tiêu đề cũ " * 150)
    store = open_store(seeded_db)
    try:
        window = open_window(qtbot, store)
        edit = _tab(window, "GeneralTab").ui.titleEdit
        assert edit.text() == "Tiêu đề cũ " * 150
        edit.setFocus()
        edit.end(False)
        QTest.keyClicks(edit, "x")
        assert edit.text() == "Tiêu đề cũ " * 150
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        window.editor.flush()
        assert window.editor.meeting.title == ("Tiêu đề cũ " * 150)[:-1]
        close_window(window)
    finally:
        store.close()


def test_a_table_cell_editor_stops_at_its_maximum(seeded_db, qtbot):
    """The attendee table's name cell editor takes at most the schema's 300 characters and says why."""
    store = open_store(seeded_db)
    try:
        window = open_window(qtbot, store)
        table = _tab(window, "AttendeesTab").ui.attendeesTable
        model = table.model()
        index = model.index(0, model.column_of("name"))
        window.ui.tabWidget.setCurrentIndex(1)
        table.setCurrentIndex(index)
        table.edit(index)
        editor = table.findChild(QLineEdit)
        assert editor is not None and editor.maxLength() == max_length(ItemKind.ATTENDEES, "name") == 300
        editor.setText("Nguyễn " * 42)
        editor.end(False)
        QTest.keyClicks(editor, "ABCDEFGHIJ")
        assert len(editor.text()) == 300 and _says(300)
        close_window(window)
    finally:
        store.close()
