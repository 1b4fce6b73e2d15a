"""Typing into a field keeps the rest of its text exactly: no character is changed behind the secretary."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from minutes_app.storage import open_store
from tests.gui.gui_keys import type_text

from .helpers import close_window, open_window


def test_one_keystroke_keeps_no_break_spaces_and_line_breaks(qtbot, seeded_db, boxes):
    """A keystroke in a text field stores the field with its no-break spaces and line breaks as they were."""
    before = "Nghị quyết số\xa005-NQ/TU ngày\xa015/9\nDòng hai\n\nĐoạn\xa0ba"
    with open_store(seeded_db) as store:
        meeting_id = store.list_meetings()[0].id
        store.update_meeting_field(meeting_id, "agenda", before)
        window = open_window(qtbot, store)
        edit = window.ui.tabWidget.widget(0).ui.agendaEdit
        edit.setFocus()
        edit.moveCursor(QTextCursor.MoveOperation.End)
        type_text(edit, "!")
        window.editor.flush()
        assert store.load(meeting_id).agenda == before + "!"
        edit.moveCursor(QTextCursor.MoveOperation.End)
        edit.insertPlainText("\n")  # Enter between paragraphs is still a plain line break
        type_text(edit, "x")
        window.editor.flush()
        assert store.load(meeting_id).agenda == before + "!\nx"
        close_window(window)
