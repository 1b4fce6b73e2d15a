"""The Thảo luận tab, the fast path: Ctrl+Enter, accent-free speaker search, Alt+digit recent speakers."""

from __future__ import annotations

import datetime as dt

from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tab_helpers import show

from minutes_app.gui.discussion_tab import DiscussionTab

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _keyboard():
    """Where a real key press goes: an open completion list grabs the keyboard, else the focus."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def _tab(qtbot, editor, clock=dt.time(10, 32)):
    tab = show(qtbot, DiscussionTab(editor))
    tab.clock = lambda: clock
    return tab


def test_ctrl_enter_with_tuan_typed_starts_his_contribution_and_typing_goes_in(qtbot, editor):
    """ "tuan" + Ctrl+Enter: a new entry for Lý Văn Tuấn (a5) at the clock's time, cursor in its text."""
    tab = _tab(qtbot, editor)
    qtbot.mouseClick(tab.ui.nextSpeakerEdit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.ui.nextSpeakerEdit, "tuan")
    assert tab.next_speaker.completer.completionCount() == 1
    assert QApplication.activePopupWidget() is tab.next_speaker.completer.popup()
    qtbot.keyClick(_keyboard(), Qt.Key.Key_Return, CTRL)
    entry = editor.meeting.discussion[-1]
    assert (entry.id, entry.speaker, entry.time, entry.report) == ("d5", "a5", dt.time(10, 32), "r1")
    assert QApplication.focusWidget() is tab.ui.entryContentEdit
    type_text(QApplication.focusWidget(), "Đề nghị bổ sung chỉ tiêu.")
    assert entry.content == "Đề nghị bổ sung chỉ tiêu."
    assert tab.ui.entrySpeakerEdit.text() == "Lý Văn Tuấn"
    assert tab.model.index(4, 1).data() == "Lý Văn Tuấn"
    assert tab.ui.nextSpeakerEdit.text() == ""
    qtbot.wait(10)
    assert not tab.next_speaker.completer.popup().isVisible()  # no list left open under the emptied bar


def test_ctrl_enter_while_typing_a_contribution_starts_the_next_one(qtbot, editor):
    """Ctrl+Enter (also on the keypad) inside the text of one entry starts another, later in the list."""
    tab = _tab(qtbot, editor)
    tab.ui.entryContentEdit.setFocus()
    qtbot.keyClick(tab.ui.entryContentEdit, Qt.Key.Key_Return, CTRL)
    tab.clock = lambda: dt.time(10, 40)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert [(e.id, e.time) for e in editor.meeting.discussion[-2:]] == [
        ("d5", dt.time(10, 32)),
        ("d6", dt.time(10, 40)),
    ]
    assert tab.list.current_id() == "d6"
    assert "\n" not in editor.meeting.discussion[3].content


def test_speaker_search_ignores_accents_and_picks_from_the_list(qtbot, editor):
    """ "thu" offers Đàm Thị Thu and Nguyễn Thị Thủy; Enter on the second starts her contribution (a10)."""
    tab = _tab(qtbot, editor)
    field = tab.ui.nextSpeakerEdit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "thu")
    completer = tab.next_speaker.completer
    names = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert [name.split(" — ")[0] for name in names] == ["Đàm Thị Thu", "Nguyễn Thị Thủy"]
    popup = completer.popup()
    assert _keyboard() is popup
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert field.text() == "Nguyễn Thị Thủy"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert [(e.id, e.speaker) for e in editor.meeting.discussion[3:]] == [("d4", ""), ("d5", "a10")]
    qtbot.waitUntil(lambda: field.text() == "")
    assert QApplication.focusWidget() is tab.ui.entryContentEdit


def test_enter_after_a_few_letters_starts_the_contribution_of_the_only_match(qtbot, editor):
    """ "khoa" then plain Enter (the completion list open) starts Đặng Văn Khoa's contribution at once."""
    tab = _tab(qtbot, editor)
    tab.ui.nextSpeakerEdit.setFocus()
    qtbot.keyClicks(tab.ui.nextSpeakerEdit, "khoa")
    qtbot.keyClick(_keyboard(), Qt.Key.Key_Return)
    assert [(e.id, e.speaker) for e in editor.meeting.discussion[4:]] == [("d5", "a15")]
    assert QApplication.focusWidget() is tab.ui.entryContentEdit


def test_ctrl_digit_picks_a_recent_speaker_for_the_new_entry(qtbot, editor):
    """Ctrl+1 names the latest speaker (Vũ Thị Hoài) on a just-started entry; Ctrl+3 names Lý Văn Tuấn next."""
    tab = _tab(qtbot, editor)
    assert [button.text() for button in tab.recent.buttons] == ["Hoài Ctrl+1", "Thu Ctrl+2", "Tuấn Ctrl+3"]
    tab.ui.entryContentEdit.setFocus()
    qtbot.keyClick(tab.ui.entryContentEdit, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)
    assert editor.meeting.discussion[-1].speaker == "a14"
    assert tab.ui.entryContentEdit.toPlainText() == ""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, CTRL)
    assert tab.ui.nextSpeakerEdit.text() == "Lý Văn Tuấn"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert editor.meeting.discussion[-1].speaker == "a5"


def test_stamped_fields_stay_editable_and_entries_reorder_and_remove_with_undo(qtbot, editor):
    """Time and speaker of an entry can be corrected; Alt+Up moves it; Delete removes it; undo restores."""
    tab = _tab(qtbot, editor)
    tab.list.select_ids(["d2"])
    time_edit = tab.ui.entryTimeEdit
    qtbot.mouseClick(time_edit, Qt.MouseButton.LeftButton)
    time_edit.selectAll()
    qtbot.keyClicks(time_edit, "9h25")
    qtbot.keyClick(time_edit, Qt.Key.Key_Tab)
    assert editor.meeting.discussion[1].time == dt.time(9, 25)
    speaker = tab.ui.entrySpeakerEdit
    speaker.setFocus()
    speaker.selectAll()
    qtbot.keyClicks(speaker, "hung")
    qtbot.keyClick(speaker, Qt.Key.Key_Tab)
    assert editor.meeting.discussion[1].speaker == "a9"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, ALT)
    assert [e.id for e in editor.meeting.discussion] == ["d2", "d1", "d3", "d4"]
    tab.ui.contributionsTable.setFocus()
    qtbot.keyClick(tab.ui.contributionsTable, Qt.Key.Key_Delete)
    assert [e.id for e in editor.meeting.discussion] == ["d1", "d3", "d4"]
    editor.undo_stack.undo()
    assert [e.id for e in editor.meeting.discussion] == ["d2", "d1", "d3", "d4"]


def test_read_only_meeting_starts_no_contribution(qtbot, editor):
    """On a finalized meeting Ctrl+Enter and Ctrl+1 change nothing and the text cannot be typed into."""
    tab = _tab(qtbot, editor)
    editor.finalize()
    tab.ui.contributionsTable.setFocus()
    qtbot.keyClick(tab.ui.contributionsTable, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(tab.ui.contributionsTable, Qt.Key.Key_1, CTRL)
    assert len(editor.meeting.discussion) == 4
    assert tab.ui.entryContentEdit.isReadOnly()
    assert not tab.ui.newContributionButton.isEnabled()


def test_report_under_discussion_is_the_latest_discussed_when_a_meeting_opens(qtbot, editor, store):
    """A tab built before the meeting opens (as the window does) still stamps the report last discussed."""
    from minutes_app.gui.editor import MeetingEditor

    empty = MeetingEditor(store)
    tab = show(qtbot, DiscussionTab(empty))
    empty.open_meeting(editor.meeting.id)
    assert tab.ui.currentReportCombo.currentData() == "r1"
    tab.clock = lambda: dt.time(11, 0)
    assert editor.meeting.discussion[0].report == "r1"
    tab.start_contribution()
    assert empty.meeting.discussion[-1].report == "r1"
    empty.flush()
