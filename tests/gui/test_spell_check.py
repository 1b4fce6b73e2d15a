"""Spell check in the window: wavy underlines, the suggestions menu, the user's list, on and off."""

from __future__ import annotations

import unicodedata

from gui_keys import type_text
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from minutes_app.domain import Attendee
from minutes_app.domain.model import ItemKind

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def _tab(window, name):
    return next(tab for tab, _title in window.tabs if type(tab).__name__ == name)


def underlined(field) -> list[str]:
    """The words of a text box drawn with the wavy underline, as Qt will paint them."""
    found = []
    block = field.document().firstBlock()
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == SPELL:
                found.append(block.text()[part.start : part.start + part.length])
        block = block.next()
    return found


def _type_into(qtbot, field, text):
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.moveCursor(QTextCursor.MoveOperation.End)
    type_text(field, text)


def _menu_at(qtbot, field, word, act=None) -> list[str]:
    """Right-click ``word`` in a text box; return the menu's entries, triggering the one named ``act``."""
    text = field.toPlainText()
    cursor = QTextCursor(field.document())
    cursor.setPosition(text.index(word) + 1)
    where = field.cursorRect(cursor).center()
    seen: list[str] = []

    def answer():
        menu = QApplication.activePopupWidget()
        seen.extend(action.text() for action in menu.actions())
        chosen = next((a for a in menu.actions() if a.text() == act), None)
        menu.close()
        if chosen is not None:
            chosen.trigger()

    QTimer.singleShot(100, answer)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, field.viewport().mapToGlobal(where))
    QApplication.sendEvent(field.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_a_misspelled_word_is_underlined_and_a_name_of_the_meeting_is_not(qtbot, window):
    """ "cườngg" gets the wavy underline; the chair's name, the province and UBND do not."""
    field = _tab(window, "GeneralTab").ui.agendaEdit
    _type_into(qtbot, field, " Đồng chí Trần Thị Lộc, UBND tỉnh Bắc Kạn cườngg công tác nghành tuyên giáo. ")
    assert underlined(field) == ["cườngg", "nghành"]


def test_the_word_being_typed_is_left_alone_until_it_is_finished(qtbot, window):
    """ "nhâ" on the way to "nhân" is not flagged between keystrokes; a finished typo is."""
    field = _tab(window, "DiscussionTab").ui.entryContentEdit
    window.ui.tabWidget.setCurrentIndex(3)
    _tab(window, "DiscussionTab").list.select_ids([window.editor.meeting.discussion[0].id])
    _type_into(qtbot, field, " nhâ")
    assert underlined(field) == []
    type_text(field, "nn ")
    assert underlined(field) == ["nhânn"]


def test_decomposed_input_is_underlined_in_the_right_place(qtbot, window):
    """Unikey's "tổ hợp" mode sends decomposed marks: the underline still covers the whole typo."""
    field = _tab(window, "GeneralTab").ui.otherInfoEdit
    _type_into(qtbot, field, unicodedata.normalize("NFD", "Hội nghị cườngg công tác "))
    assert [unicodedata.normalize("NFC", word) for word in underlined(field)] == ["cườngg"]


def test_menu_offers_suggestions_and_replaces_the_word_as_one_undo_step(qtbot, window, store):
    """A suggestion from the right-click menu replaces the typo, is stored, and undoes on its own."""
    field = _tab(window, "GeneralTab").ui.agendaEdit
    _type_into(qtbot, field, " cường công tác nghành tuyên giáo ")
    window.editor.flush()
    typed = window.editor.meeting.agenda
    entries = _menu_at(qtbot, field, "nghành", act="ngành")
    assert entries[0] == "ngành"
    assert "Thêm «nghành» vào từ điển" in entries
    assert window.spell_check.action.text() in entries  # the switch is at hand too
    assert window.editor.meeting.agenda == typed.replace("nghành", "ngành")
    assert underlined(field) == []
    qtbot.waitUntil(lambda: store.load(window.editor.meeting.id).agenda == typed.replace("nghành", "ngành"))
    window.editor.undo_stack.undo()
    assert window.editor.meeting.agenda == typed


def test_a_known_word_keeps_the_fields_own_menu(qtbot, window):
    """Right-clicking a correct word shows the usual Cut/Copy/Paste menu, with nothing added."""
    field = _tab(window, "GeneralTab").ui.agendaEdit
    entries = _menu_at(qtbot, field, "giáo")
    assert not any("từ điển" in entry for entry in entries)
    assert entries


def test_added_word_stops_being_flagged_and_is_kept_after_a_restart(qtbot, window, store, settings):
    """ "Thêm vào từ điển" writes the user's list: the word is accepted now and in the next session."""
    from minutes_app.gui.main_window import MainWindow

    field = _tab(window, "GeneralTab").ui.agendaEdit
    _type_into(qtbot, field, " phần mềm Zaloo nội bộ ")
    assert underlined(field) == ["Zaloo"]
    _menu_at(qtbot, field, "Zaloo", act="Thêm «Zaloo» vào từ điển")
    assert underlined(field) == []
    assert "Zaloo" in window.ui.statusBar.currentMessage()
    window.editor.flush()
    window.editor.autosave.retry_now()
    window.close()

    again = MainWindow(store, settings)
    qtbot.addWidget(again)
    again.open_newest()
    again_field = _tab(again, "GeneralTab").ui.agendaEdit
    assert "Zaloo" in again_field.toPlainText()
    assert underlined(again_field) == []
    again.editor.autosave.discard()


def test_the_check_can_be_switched_off_and_stays_off(qtbot, window, store, settings):
    """Edit › spell check off removes every underline, and the choice survives a restart."""
    from minutes_app.gui.main_window import MainWindow

    field = _tab(window, "GeneralTab").ui.agendaEdit
    _type_into(qtbot, field, " cườngg ")
    assert window.spell_check.action in window.ui.menuEdit.actions()
    window.spell_check.action.trigger()
    assert underlined(field) == []
    assert field.toPlainText().endswith(" cườngg ")
    window.close()
    again = MainWindow(store, settings)
    qtbot.addWidget(again)
    again.open_newest()
    assert not again.spell_check.action.isChecked()
    again.spell_check.action.trigger()
    assert underlined(_tab(again, "GeneralTab").ui.agendaEdit) == ["cườngg"]
    again.editor.autosave.discard()


def test_switching_the_underlines_is_not_an_edit(qtbot, window):
    """Formats are not text: turning the check off and on writes nothing and adds no undo step."""
    field = _tab(window, "GeneralTab").ui.agendaEdit
    _type_into(qtbot, field, " cườngg ")
    window.editor.flush()
    depth = window.editor.undo_stack.count()
    changes = []
    field.textChanged.connect(lambda: changes.append(1))
    window.spell_check.action.trigger()
    window.spell_check.action.trigger()
    assert changes == []
    assert window.editor.undo_stack.count() == depth


def test_a_new_attendee_name_stops_being_flagged(qtbot, window):
    """The meeting's names follow the attendee list: adding "Y Blốc Êban" clears his name's underline."""
    field = _tab(window, "GeneralTab").ui.agendaEdit
    _type_into(qtbot, field, " ý kiến của đồng chí Y Blốc Êban. ")
    assert underlined(field) == ["Blốc", "Êban"]
    window.editor.insert_item(ItemKind.ATTENDEES, Attendee(id="a99", name="Y Blốc Êban"))
    qtbot.waitUntil(lambda: underlined(field) == [], timeout=2000)


def test_title_line_is_underlined_where_the_word_is(qtbot, window):
    """A single-line prose field draws the wavy line under the typo, in red, and nowhere else."""
    title = _tab(window, "GeneralTab").ui.titleEdit
    title.setFocus()
    title.setText("Hội nghị nhânn dân tổng kết")
    title.setCursorPosition(0)
    layer = window.spell_check.underline_of(title)
    assert layer.spans() == [(9, 14)]
    image = title.grab().toImage()
    metrics = title.fontMetrics()
    origin = title.cursorRect().x() + 5
    left = origin + metrics.horizontalAdvance("Hội nghị ")
    right = origin + metrics.horizontalAdvance("Hội nghị nhânn")

    def red_columns(start, stop):
        return {
            x
            for x in range(start, stop)
            for y in range(title.height())
            if (c := image.pixelColor(x, y)).red() > 150 and c.green() < 110 and c.blue() < 110
        }

    red = red_columns(left - 2, right + 2)
    assert red and min(red) <= left + 2 and max(red) >= right - 3
    assert not red_columns(0, left - 1)
    assert not red_columns(right + 2, title.width())


def test_a_task_typed_in_the_table_is_checked_in_its_cell_editor(qtbot, window):
    """The content cell of a task is prose typed in a table: its editor gets the underline too."""
    tab = _tab(window, "DirectivesTab")
    window.ui.tabWidget.setCurrentWidget(tab)
    table = tab.ui.directivesTable
    content = next(i for i, c in enumerate(tab.model.columns) if c.field == "content")
    index = tab.model.index(0, content)
    table.setCurrentIndex(index)
    table.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.setText("Tăng cường công tác nghành tuyên giáo")
    layer = window.spell_check.underline_of(editor)
    assert layer is not None
    assert [editor.text()[a:b] for a, b in layer.spans()] == ["nghành"]
    assignee = next(i for i, c in enumerate(tab.model.columns) if c.field == "assignee")
    table.setCurrentIndex(tab.model.index(0, assignee))
    table.edit(tab.model.index(0, assignee))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)
    assert window.spell_check.underline_of(QApplication.focusWidget()) is None


def test_keyboard_menu_key_offers_suggestions_at_the_caret(qtbot, window):
    """The Menu key (no mouse) opens the suggestions for the word at the caret."""
    field = _tab(window, "GeneralTab").ui.agendaEdit
    _type_into(qtbot, field, " nhânn ")
    field.moveCursor(QTextCursor.MoveOperation.Left)
    field.moveCursor(QTextCursor.MoveOperation.Left)
    seen: list[str] = []

    def answer():
        menu = QApplication.activePopupWidget()
        seen.extend(action.text() for action in menu.actions())
        menu.close()

    QTimer.singleShot(100, answer)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), field.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(field, event)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == "nhân"


def test_a_finalized_meeting_offers_no_replacement(qtbot, window):
    """A read-only meeting is never changed from the menu: no suggestions, the word can still be added."""
    field = _tab(window, "GeneralTab").ui.agendaEdit
    _type_into(qtbot, field, " cườngg ")
    window.finalize()
    assert window.editor.read_only
    entries = _menu_at(qtbot, field, "cườngg")
    assert "cường" not in entries
    assert "Thêm «cườngg» vào từ điển" in entries


def test_the_menu_speaks_english_in_the_english_window(qapp, qtbot, store, settings):
    """The switch and the menu entries are translated like every other window string."""
    from minutes_app.gui.app import install_translators
    from minutes_app.gui.main_window import MainWindow

    install_translators(qapp, "en")
    try:
        english = MainWindow(store, settings)
        qtbot.addWidget(english)
        english.open_newest()
        english.show()
        qtbot.waitExposed(english)
        assert english.spell_check.action.text() == "Check &spelling as you type"
        field = _tab(english, "GeneralTab").ui.agendaEdit
        _type_into(qtbot, field, " cườngg ")
        assert "Add «cườngg» to the dictionary" in _menu_at(qtbot, field, "cườngg")
        english.editor.autosave.discard()
    finally:
        install_translators(qapp, "vi")


def test_a_word_being_composed_by_an_input_method_hides_the_lines_after_it(qtbot, window):
    """ibus-unikey shows the word it composes at the caret before it is text: lines drawn after the caret
    would sit under the wrong letters meanwhile, so only those before it stay."""
    from PySide6.QtGui import QInputMethodEvent

    title = _tab(window, "GeneralTab").ui.titleEdit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.setText("nhânn  cườngg")
    title.setCursorPosition(6)
    layer = window.spell_check.underline_of(title)
    assert layer.spans() == [(0, 5), (7, 13)]
    QApplication.sendEvent(title, QInputMethodEvent("vie", []))
    assert layer.spans() == [(0, 5)]
    QApplication.sendEvent(title, QInputMethodEvent("", []))
    assert layer.spans() == [(0, 5), (7, 13)]


def test_the_system_dictionary_is_read_after_the_window_is_up(qtbot, window):
    """Where hunspell-vi is installed its words count too ("basoi" is in it, not a syllable), once read
    after the first paint so that it never delays the start."""
    field = _tab(window, "GeneralTab").ui.agendaEdit
    _type_into(qtbot, field, " basoi ")
    if window.spell_check.checker.dictionary is None:
        assert underlined(field) == ["basoi"]
    qtbot.waitUntil(lambda: window.spell_check.checker.dictionary is not None, timeout=5000)
    assert underlined(field) == []


def test_the_subject_of_a_vote_is_checked_in_its_cell_editor(qtbot, window):
    """A vote's subject is prose typed in the votes table: its cell editor gets the underline as well."""
    tab = _tab(window, "DirectivesTab")
    window.ui.tabWidget.setCurrentWidget(tab)
    tab.votes.list.add()  # a new vote opens its subject for typing
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    type_text(editor, "Thông qua nghành chương trình công tác ")
    layer = window.spell_check.underline_of(editor)
    assert layer is not None
    assert [editor.text()[a:b] for a, b in layer.spans()] == ["nghành"]
