"""The Thời hạn cell: spoken deadlines keep their words and get the latest date they allow; nothing is dropped."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tab_helpers import show

from minutes_app.gui.directives_tab import DirectivesTab


def _tab(qtbot, editor):
    return show(qtbot, DirectivesTab(editor))


def _type_in_cell(qtbot, tab, row, field, text, leave=Qt.Key.Key_Tab):
    table = tab.ui.directivesTable
    index = tab.model.index(row, tab.model.column_of(field))
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell_editor = QApplication.focusWidget()
    cell_editor.selectAll()
    type_text(cell_editor, text)
    qtbot.keyClick(cell_editor, leave)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)
    return index


def test_an_impossible_date_as_deadline_is_kept_as_words_and_the_cell_says_why(qtbot, editor):
    """31/04/2026, Tab: the cell is not emptied; it keeps the words, red, and its tooltip says April has 30 days."""
    tab = _tab(qtbot, editor)
    messages = []
    tab.statusMessage.connect(messages.append)
    index = _type_in_cell(qtbot, tab, 2, "deadline_text", "31/04/2026")
    directive = editor.meeting.directives[2]
    assert (directive.deadline_text, directive.deadline) == ("31/04/2026", None)
    assert index.data() == "31/04/2026"
    assert "chỉ có 30 ngày" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert messages and "chỉ có 30 ngày" in messages[-1]


@pytest.mark.parametrize(
    ("spoken", "latest"),
    [
        ("trước 15/10/2026", dt.date(2026, 10, 14)),
        ("chậm nhất 15/10/2026", dt.date(2026, 10, 15)),
        ("trong quý 4/2026", dt.date(2026, 12, 31)),
        ("tháng 11/2026", dt.date(2026, 11, 30)),
        ("cuối năm 2026", dt.date(2026, 12, 31)),
        ("thường xuyên", None),
        ("ngay sau hội nghị", dt.date(2022, 9, 20)),
    ],
)
def test_a_spoken_deadline_keeps_its_words_and_gets_the_latest_date_it_allows(qtbot, editor, spoken, latest):
    """The words stay as typed for printing; the Hạn chót column shows the date they allow."""
    tab = _tab(qtbot, editor)
    index = _type_in_cell(qtbot, tab, 2, "deadline_text", spoken)
    directive = editor.meeting.directives[2]
    assert (directive.deadline_text, directive.deadline) == (spoken, latest)
    assert index.data() == spoken
    date_cell = tab.model.index(2, tab.model.column_of("deadline"))
    assert date_cell.data() == (latest.strftime("%d/%m/%Y") if latest else "")
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_deadline_is_one_undo_step_for_words_and_date(qtbot, editor):
    """One Ctrl+Z takes back both the words and the date they gave."""
    tab = _tab(qtbot, editor)
    _type_in_cell(qtbot, tab, 0, "deadline_text", "trước 15/10/2026")
    assert editor.meeting.directives[0].deadline == dt.date(2026, 10, 14)
    editor.undo_stack.undo()
    directive = editor.meeting.directives[0]
    assert (directive.deadline_text, directive.deadline) == ("trong quý 4/2022", dt.date(2022, 12, 31))


def test_a_bare_date_is_the_deadline_and_shows_in_the_standard_form(qtbot, editor):
    """ "7/4/25" in Thời hạn is 07/04/2025: a date, with no words to keep beside it."""
    tab = _tab(qtbot, editor)
    index = _type_in_cell(qtbot, tab, 3, "deadline_text", "7/4/25")
    directive = editor.meeting.directives[3]
    assert (directive.deadline_text, directive.deadline) == ("", dt.date(2025, 4, 7))
    assert index.data() == "07/04/2025"


def test_an_unknown_phrase_is_words_without_a_date_and_says_so(qtbot, editor):
    """ "khi có yêu cầu" is kept for printing; the tooltip says no date was understood."""
    tab = _tab(qtbot, editor)
    index = _type_in_cell(qtbot, tab, 0, "deadline_text", "khi có yêu cầu")
    directive = editor.meeting.directives[0]
    assert (directive.deadline_text, directive.deadline) == ("khi có yêu cầu", None)
    assert "Chưa hiểu" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_an_impossible_date_in_the_date_column_stays_red_with_the_reason(qtbot, editor):
    """The Hạn chót cell, a table cell with a date: 31/04/2026 is kept in the cell, marked, not stored."""
    tab = _tab(qtbot, editor)
    index = _type_in_cell(qtbot, tab, 1, "deadline", "31/04/2026", leave=Qt.Key.Key_Return)
    assert editor.meeting.directives[1].deadline == dt.date(2022, 12, 31)
    assert index.data() == "31/04/2026"
    assert "chỉ có 30 ngày" in index.data(Qt.ItemDataRole.ToolTipRole)
