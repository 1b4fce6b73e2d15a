"""Find and replace in the open meeting: Ctrl+F/Ctrl+H, each hit shown where it is typed, replacements undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from minutes_app.domain.model import ItemKind, Vote
from minutes_app.gui.find_dialog import FindReplaceDialog


def _tab(window, name):
    return next(tab for tab, _title in window.tabs if type(tab).__name__ == name)


def _activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _dialog(window, qtbot, text, replacing=False, **options) -> FindReplaceDialog:
    dialog = window.find_replace.open(replacing=replacing)
    qtbot.waitExposed(dialog)
    dialog.ui.findEdit.setText(text)
    dialog.ui.ignoreAccentsCheck.setChecked(options.get("ignore_accents", False))
    dialog.ui.matchCaseCheck.setChecked(options.get("match_case", False))
    dialog.ui.wholeWordsCheck.setChecked(options.get("whole_words", False))
    window.ui.tabWidget.setCurrentIndex(0)
    dialog._restart()
    return dialog


def _next(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.findNextButton, Qt.MouseButton.LeftButton)


def test_ctrl_f_opens_find_and_ctrl_h_opens_replace_seeded_with_the_selection(window, qtbot):
    """Ctrl+F shows the find box holding the words selected in the field; Ctrl+H adds the replace row."""
    _activate(window, qtbot)
    title = _tab(window, "GeneralTab").ui.titleEdit
    title.setFocus()
    title.setSelection(title.text().index("tuyên giáo"), len("tuyên giáo"))
    qtbot.keyClick(title, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.find_replace.dialog
    qtbot.waitExposed(dialog)
    assert dialog.ui.findEdit.text() == "tuyên giáo"
    assert not dialog.ui.replaceEdit.isVisible()
    dialog.close()
    _activate(window, qtbot)
    qtbot.keyClick(title, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitExposed(dialog)
    assert dialog.ui.replaceEdit.isVisible() and dialog.ui.replaceAllButton.isVisible()


def test_a_hit_in_a_contribution_switches_tab_selects_the_row_and_the_words(window, qtbot):
    """ "kinh nghiem" without accents: the Thảo luận tab, contribution 2 selected, its words selected."""
    dialog = _dialog(window, qtbot, "kinh nghiem", ignore_accents=True)
    _next(qtbot, dialog)
    discussion = _tab(window, "DiscussionTab")
    assert window.ui.tabWidget.currentWidget() is discussion
    assert discussion.list.current_id() == "d2"
    assert discussion.ui.entryContentEdit.textCursor().selectedText() == "kinh nghiệm"
    assert "Thảo luận › dòng 2 › Nội dung ý kiến" in dialog.ui.resultLabel.text()


def test_a_hit_in_a_table_cell_opens_the_cell_with_the_words_selected(window, qtbot):
    """A unit typed in the attendees table: the row is selected and the cell's editor shows the words selected."""
    dialog = _dialog(window, qtbot, "Sở Y tế")
    _next(qtbot, dialog)
    attendees = _tab(window, "AttendeesTab")
    assert window.ui.tabWidget.currentWidget() is attendees
    assert attendees.list.current_id() == "a15"
    table = attendees.ui.attendeesTable
    cell_editor = table.indexWidget(table.currentIndex())
    assert isinstance(cell_editor, QLineEdit)
    assert cell_editor.selectedText() == "Sở Y tế"


def test_a_recipient_line_is_selected_at_its_own_line(window, qtbot):
    """The third line of Nơi nhận is found where the field shows it, after the two lines above it."""
    dialog = _dialog(window, qtbot, "Lưu Văn phòng")
    _next(qtbot, dialog)
    recipients = _tab(window, "GeneralTab").ui.recipientsEdit
    cursor = recipients.textCursor()
    assert cursor.selectedText() == "Lưu Văn phòng"
    assert recipients.toPlainText()[cursor.selectionStart() :].startswith("Lưu Văn phòng Ban")


def test_hits_follow_the_tabs_and_wrap_around(window, qtbot):
    """Find next walks tab by tab from the one on screen; after the last hit it starts again and says so."""
    dialog = _dialog(window, qtbot, "Bắc Kạn")
    tabs = []
    for _ in range(len(dialog.ordered_hits())):
        _next(qtbot, dialog)
        tabs.append(window.ui.tabWidget.currentIndex())
    assert tabs == sorted(tabs)
    _next(qtbot, dialog)
    assert "đã quay lại từ đầu" in dialog.ui.resultLabel.text()
    qtbot.keyClick(dialog.ui.findEdit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.ui.tabWidget.currentIndex() == tabs[-1]


def test_a_hit_after_an_emoji_is_selected_exactly(window, qtbot):
    """Qt counts an emoji as two units: the selection still covers the found word, not a letter beside it."""
    window.editor.set_item_field(ItemKind.DISCUSSION, "d4", "content", "👍👍 Đồng ý với Đảng ủy.")
    dialog = _dialog(window, qtbot, "dang uy", ignore_accents=True)
    _next(qtbot, dialog)
    assert _tab(window, "DiscussionTab").ui.entryContentEdit.textCursor().selectedText() == "Đảng ủy"


def test_votes_are_searched_as_one_more_kind_of_item(window, qtbot):
    """A vote's subject is found in the votes table of the Kết luận tab, like any other kind of row."""
    window.editor.insert_item(ItemKind.VOTES, Vote("v1", "Thông qua quy chế làm việc", 12, 0, 0))
    dialog = _dialog(window, qtbot, "quy chế")
    _next(qtbot, dialog)
    votes = _tab(window, "DirectivesTab").votes
    assert window.ui.tabWidget.currentWidget() is _tab(window, "DirectivesTab")
    table = votes.ui.votesTable
    assert votes.list.current_id() == "v1"
    assert table.indexWidget(table.currentIndex()).selectedText() == "quy chế"


def test_replace_changes_the_hit_on_screen_as_one_undo_step(window, qtbot):
    """Replace writes the shown hit only, moves on to the next, and one undo restores the text."""
    meeting = window.editor.meeting
    before = meeting.discussion[1].content
    dialog = _dialog(window, qtbot, "kinh nghiệm", replacing=True)
    dialog.ui.replaceEdit.setText("cách làm")
    _next(qtbot, dialog)
    steps = window.editor.undo_stack.count()
    qtbot.mouseClick(dialog.ui.replaceButton, Qt.MouseButton.LeftButton)
    assert meeting.discussion[1].content == before.replace("kinh nghiệm", "cách làm")
    assert window.editor.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert meeting.discussion[1].content == before


def test_replace_all_is_one_undo_step_and_is_written_through(window, qtbot, store):
    """Every hit in every tab is replaced by one step; one undo puts every one of them back, on disk too."""
    editor = window.editor
    dialog = _dialog(window, qtbot, "tuyen giao", replacing=True, ignore_accents=True)
    dialog.ui.replaceEdit.setText("TG")
    hits = len(dialog.ordered_hits())
    steps = editor.undo_stack.count()
    qtbot.mouseClick(dialog.ui.replaceAllButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.resultLabel.text() == f"Đã thay {hits} chỗ."
    assert editor.undo_stack.count() == steps + 1
    assert dialog.ordered_hits() == []
    editor.flush()
    stored = store.load(editor.meeting.id)
    assert stored.issuing_body == "BAN TG"
    assert stored.discussion[0].content.count("TG") == 2
    window.undo_action.trigger()
    assert len(dialog.ordered_hits()) == hits
    editor.flush()
    assert "TUYÊN GIÁO" in store.load(editor.meeting.id).issuing_body


def test_replace_all_never_touches_a_finalized_meeting(window, qtbot, store):
    """A finalized meeting is searched but not changed: the buttons are off and a forced call changes nothing."""
    editor = window.editor
    editor.finalize()
    dialog = _dialog(window, qtbot, "Bắc Kạn", replacing=True)
    dialog.ui.replaceEdit.setText("Thái Nguyên")
    assert not dialog.ui.replaceAllButton.isEnabled() and not dialog.ui.replaceButton.isEnabled()
    _next(qtbot, dialog)
    assert "Kết quả 1/" in dialog.ui.resultLabel.text()
    assert dialog.replace_all() == 0
    dialog.replace()
    assert "chỉ xem" in dialog.ui.resultLabel.text()
    assert editor.undo_stack.count() == 0
    assert "Thái Nguyên" not in str(store.load(editor.meeting.id))


def test_nothing_found_is_said_plainly(window, qtbot):
    """A query with no hit says so in the dialog and changes nothing on screen."""
    dialog = _dialog(window, qtbot, "không có chữ này")
    _next(qtbot, dialog)
    assert dialog.ui.resultLabel.text() == "Không tìm thấy «không có chữ này» trong biên bản."
    assert window.ui.tabWidget.currentIndex() == 0
    assert QApplication.activeModalWidget() is None


def test_a_text_shown_in_no_tab_is_still_found_said_and_replaced(window, qtbot):
    """The notice signer (kept in the meeting, typed in no tab) is a hit the dialog names plainly and replaces."""
    from minutes_app.domain.model import NoticeSigner

    window.editor.set_meeting_field(
        "notice_signer", NoticeSigner("TL.", "TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "Ma Văn Bảy")
    )
    dialog = _dialog(window, qtbot, "Ma Văn Bảy", replacing=True)
    _next(qtbot, dialog)
    assert "(không có ô trong cửa sổ)" in dialog.ui.resultLabel.text()
    dialog.ui.replaceEdit.setText("Ma Văn Tám")
    assert dialog.replace_all() == 1
    assert window.editor.meeting.notice_signer == NoticeSigner(
        "TL.", "TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "Ma Văn Tám"
    )
