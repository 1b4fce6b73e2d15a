"""The General tab's print fields: circulation mark, notice signer, and the closing sentences shown."""

from __future__ import annotations

import datetime as dt

from gui_keys import type_text
from PySide6.QtCore import Qt
from tab_helpers import show

from minutes_app.domain import canonical
from minutes_app.domain.model import Circulation, NoticeSigner
from minutes_app.gui.general_tab import GeneralTab


def _tab(qtbot, editor):
    return show(qtbot, GeneralTab(editor))


def _choose(qtbot, combo, data) -> None:
    combo.setFocus()
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_circulation_mark_is_chosen_stored_and_undone(qtbot, editor, store):
    """Picking XEM XONG TRẢ LẠI stores the circulation field; undo brings back none."""
    tab = _tab(qtbot, editor)
    _choose(qtbot, tab.ui.circulationCombo, Circulation.RETURN_AFTER_READING)
    assert editor.meeting.circulation == Circulation.RETURN_AFTER_READING
    editor.flush()
    assert store.load(editor.meeting.id).circulation == Circulation.RETURN_AFTER_READING
    editor.undo_stack.undo()
    assert tab.ui.circulationCombo.currentData() == Circulation.NONE


def test_notice_signer_is_typed_stored_and_survives_the_json_round_trip(qtbot, editor, store):
    """Authority, on whose behalf, title and name go into notice_signer and through JSON unchanged."""
    tab = _tab(qtbot, editor)
    _choose(qtbot, tab.ui.signerAuthorityCombo, "TL.")
    for edit, text in (
        (tab.ui.signerOnBehalfEdit, "Trưởng ban"),
        (tab.ui.signerTitleEdit, "Chánh Văn phòng"),
        (tab.ui.signerNameEdit, "Hoàng Văn Nam"),
    ):
        edit.setFocus()
        type_text(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    expected = NoticeSigner("TL.", "Trưởng ban", "Chánh Văn phòng", "Hoàng Văn Nam")
    assert editor.meeting.notice_signer == expected
    editor.flush()
    stored = store.load(editor.meeting.id)
    assert stored.notice_signer == expected
    again = canonical.from_document(canonical.to_document(stored))
    assert again.notice_signer == expected
    editor.undo_stack.undo()
    assert tab.ui.signerNameEdit.text() == ""


def test_empty_signer_shows_the_chair_who_will_sign(qtbot, editor):
    """With no notice signer the fields show, as placeholders, the chair's position and name."""
    tab = _tab(qtbot, editor)
    assert tab.ui.signerNameEdit.text() == "" and tab.ui.signerNameEdit.placeholderText() == "Trần Thị Lộc"
    assert tab.ui.signerAuthorityCombo.currentData() == ""


def test_the_sentences_the_minutes_add_are_shown_next_to_the_closing_note(qtbot, editor):
    """The label shows the end-time and copies sentences, and drops the one the note comes to say."""
    tab = _tab(qtbot, editor)
    label = tab.ui.closingFormulasLabel
    assert "Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày." in label.text()
    assert "Biên bản được lập thành 02 bản." in label.text()
    note = tab.ui.closingNoteEdit
    note.setFocus()
    note.moveCursor(note.textCursor().MoveOperation.End)
    type_text(note, " Biên bản được lập thành 02 bản.")
    assert "lập thành" not in label.text() and "kết thúc vào hồi" in label.text()
    editor.set_meeting_field("end_time", None)
    editor.set_meeting_field("end_time", dt.time(11, 45))
    assert "11 giờ 45" in label.text()
