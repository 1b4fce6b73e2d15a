"""The phrase bank: Ctrl+M at the cursor, filtered without accents, filled from the meeting, undoable; the list edited."""

from __future__ import annotations

import json

from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from minutes_app.domain.phrases import MISSING, Phrase
from minutes_app.gui.phrase_bank_dialog import PhraseBankDialog
from minutes_app.gui.phrase_insert import GAP, SHORTCUT
from minutes_app.phrase_file import PhraseBank, builtin_phrases, default_path


def _tab(window, name):
    return next(tab for tab, _title in window.tabs if type(tab).__name__ == name)


def _activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _ctrl_m(qtbot, widget):
    qtbot.keyClick(widget, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)


def _choose(qtbot, window, query):
    popup = window.phrase_inserter.popup
    assert popup is not None and popup.isVisible()
    type_text(popup.ui.phraseFilterEdit, query)
    chosen = popup.visible_texts()[0]
    qtbot.keyClick(popup.ui.phraseFilterEdit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    return chosen


def _end_of(edit):
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)


def test_the_key_is_one_vietnamese_input_methods_leave_alone():
    """Unikey takes Ctrl+Shift chords and input method frameworks Ctrl+Space: the phrase key is neither."""
    key = QKeySequence(SHORTCUT)[0]
    assert key.keyboardModifiers() == Qt.KeyboardModifier.ControlModifier
    assert key.key() != Qt.Key.Key_Space


def test_the_mark_selected_after_insertion_is_the_empty_slot_mark():
    """The window selects the same "…" that the domain writes for a slot without value."""
    assert GAP == MISSING


def test_ctrl_m_in_the_conclusion_inserts_a_filled_phrase_at_the_cursor_as_one_undo_step(window, qtbot):
    """ "ket luan" finds the chair's conclusion phrase; it goes in at the cursor with her name; one undo removes it."""
    _activate(window, qtbot)
    window.ui.tabWidget.setCurrentWidget(_tab(window, "DirectivesTab"))
    edit = _tab(window, "DirectivesTab").ui.conclusionEdit
    _end_of(edit)
    type_text(edit, " Tiếp theo,")
    typed = window.editor.meeting.conclusion
    _ctrl_m(qtbot, edit)
    chosen = _choose(qtbot, window, "ket luan")
    assert chosen == "Đồng chí Trần Thị Lộc, Trưởng ban, kết luận hội nghị như sau: …"
    assert window.editor.meeting.conclusion == typed + chosen
    assert edit.textCursor().selectedText() == "…"  # ready to be typed over
    window.undo_action.trigger()
    assert window.editor.meeting.conclusion == typed


def test_the_speaker_slot_is_the_current_contributions_speaker(window, qtbot):
    """In contribution 2, {người phát biểu} is Đàm Thị Thu, who is credited with it."""
    _activate(window, qtbot)
    discussion = _tab(window, "DiscussionTab")
    window.ui.tabWidget.setCurrentWidget(discussion)
    discussion.list.select_ids(["d2"], "d2")
    edit = discussion.ui.entryContentEdit
    _end_of(edit)
    _ctrl_m(qtbot, edit)
    chosen = _choose(qtbot, window, "giai trinh")
    assert chosen.startswith("Đồng chí Đàm Thị Thu giải trình")
    assert window.editor.meeting.discussion[1].content.endswith(chosen)


def test_a_phrase_goes_into_a_line_field_and_a_table_cell_too(window, qtbot):
    """The title (a line) and a task being typed in its cell both take a phrase where the cursor is."""
    _activate(window, qtbot)
    title = _tab(window, "GeneralTab").ui.titleEdit
    title.setFocus()
    title.end(False)
    _ctrl_m(qtbot, title)
    _choose(qtbot, window, "khong co y kien khac")
    assert window.editor.meeting.title.endswith("quý 3/2022Không có ý kiến khác.")

    directives = _tab(window, "DirectivesTab")
    window.ui.tabWidget.setCurrentWidget(directives)
    table = directives.ui.directivesTable
    table.setFocus()
    table.setCurrentIndex(directives.model.index(4, directives.model.column_of("content")))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.end(False)
    type_text(cell, " ")
    _ctrl_m(qtbot, cell)
    _choose(qtbot, window, "van phong theo doi")
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and cell.text().endswith(
        "phức tạp. Văn phòng có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo tại cuộc họp giao ban tiếp theo."
    )
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.meeting.directives[4].content.endswith("giao ban tiếp theo."))


def test_escape_inserts_nothing(window, qtbot):
    """Closing the popup with Esc leaves the field as it was, cursor included."""
    _activate(window, qtbot)
    edit = _tab(window, "GeneralTab").ui.agendaEdit
    _end_of(edit)
    before = edit.toPlainText()
    _ctrl_m(qtbot, edit)
    popup = window.phrase_inserter.popup
    qtbot.keyClick(popup.ui.phraseFilterEdit, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert edit.toPlainText() == before and window.editor.undo_stack.count() == 0


def test_no_popup_outside_a_writable_text_field(window, qtbot):
    """On a table or in a finalized meeting Ctrl+M explains instead of inserting anywhere."""
    _activate(window, qtbot)
    attendees = _tab(window, "AttendeesTab")
    window.ui.tabWidget.setCurrentWidget(attendees)
    attendees.ui.attendeesTable.setFocus()
    _ctrl_m(qtbot, attendees.ui.attendeesTable)
    assert "Hãy đặt con trỏ vào ô cần gõ" in window.ui.statusBar.currentMessage()
    window.editor.finalize()
    window.ui.tabWidget.setCurrentIndex(0)
    title = _tab(window, "GeneralTab").ui.titleEdit
    title.setFocus()
    _ctrl_m(qtbot, title)
    assert window.ui.statusBar.currentMessage() == "Ô này chỉ để xem, không chèn được."
    assert window.phrase_inserter.popup is None or not window.phrase_inserter.popup.isVisible()


def test_the_list_is_edited_saved_to_the_data_folder_and_offered_at_once(window, qtbot):
    """A phrase added in the list dialog is saved atomically in the data folder and offered by the next Ctrl+M."""
    inserter = window.phrase_inserter
    dialog = PhraseBankDialog(inserter.bank, inserter.phrases(), inserter.context_for(None), window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.addPhraseButton, Qt.MouseButton.LeftButton)
    table = dialog.ui.phrasesTable
    table.item(table.currentRow(), 1).setText("Đồng chí {thư ký} đọc lại biên bản.")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    saved = json.loads(default_path().read_text(encoding="utf-8"))
    assert {"group": "Khai mạc", "text": "Đồng chí {thư ký} đọc lại biên bản."} in saved["phrases"]
    assert len(saved["phrases"]) == len(builtin_phrases()) + 1

    _activate(window, qtbot)
    title = _tab(window, "GeneralTab").ui.locationEdit
    title.setFocus()
    _ctrl_m(qtbot, title)
    assert _choose(qtbot, window, "doc lai bien ban") == "Đồng chí Ma Thị Nguyệt đọc lại biên bản."


def test_export_and_import_through_files(window, qtbot, tmp_path, monkeypatch):
    """The list is exported to a file; importing a file adds only the phrases the list does not have."""
    bank = PhraseBank(tmp_path / "mine.json")
    dialog = PhraseBankDialog(bank, [Phrase("Câu một.", "A")], None, window)
    qtbot.addWidget(dialog)
    exported = tmp_path / "xuat.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(exported), ""))
    qtbot.mouseClick(dialog.ui.exportPhrasesButton, Qt.MouseButton.LeftButton)
    assert json.loads(exported.read_text(encoding="utf-8"))["phrases"] == [{"group": "A", "text": "Câu một."}]

    other = tmp_path / "nhan.json"
    other.write_text(json.dumps(["Câu một.", "Câu hai."], ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(other), ""))
    qtbot.mouseClick(dialog.ui.importPhrasesButton, Qt.MouseButton.LeftButton)
    assert dialog.phrases() == [Phrase("Câu một.", "A"), Phrase("Câu hai.")]
    assert not bank.path.exists()  # nothing is written before Save


def test_a_bad_import_file_is_refused_with_its_reason(window, qtbot, tmp_path, monkeypatch, message_boxes):
    """A file that is not a phrase list changes nothing and says why."""
    dialog = PhraseBankDialog(PhraseBank(tmp_path / "mine.json"), [Phrase("Câu một.")], None, window)
    qtbot.addWidget(dialog)
    wrong = tmp_path / "bien-ban.json"
    wrong.write_text('{"format_version": 1}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(wrong), ""))
    assert dialog.import_file() == 0
    assert dialog.phrases() == [Phrase("Câu một.")]
    assert message_boxes[-1][0] == "warning" and "không đúng định dạng" in message_boxes[-1][1]
