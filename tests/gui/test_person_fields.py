"""Person fields: a typed name ends chosen, kept and marked as naming nobody, or with the list asking."""

from __future__ import annotations

from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tab_helpers import show

from minutes_app.domain.model import Attendee, ItemKind
from minutes_app.gui.discussion_tab import DiscussionTab
from minutes_app.gui.entry_marks import PROBLEM
from minutes_app.gui.general_tab import GeneralTab
from minutes_app.gui.reports_tab import ReportsTab

CTRL = Qt.KeyboardModifier.ControlModifier


def _with_y(editor):
    """Quách Thị Ý joins: "y" now fits her, Lý Văn Tuấn, Nguyễn Thị Thủy and Lương Văn Quý."""
    editor.insert_item(ItemKind.ATTENDEES, Attendee(id="a17", name="Quách Thị Ý", organization="Sở Nội vụ"))
    editor.undo_stack.clear()


def _discussion(qtbot, editor):
    _with_y(editor)
    tab = show(qtbot, DiscussionTab(editor))
    tab.list.select_ids(["d2"], "d2")
    return tab


def _popup_names(field):
    completer = field.completer
    model = completer.completionModel()
    return [model.index(row, 0).data().split(" — ")[0] for row in range(model.rowCount())]


def test_y_enter_then_click_away_keeps_y_marked_and_the_old_speaker_visibly_unchanged(qtbot, editor):
    """The reported slip: "y", Enter, click into Nội dung. The field keeps "y", says it fits several
    people, the list asked first; the contribution is not silently credited to anyone new or old."""
    tab = _discussion(qtbot, editor)
    messages = []
    tab.statusMessage.connect(messages.append)
    field = tab.ui.entrySpeakerEdit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "y")
    popup = tab.entry_speaker.completer.popup()
    qtbot.keyClick(QApplication.activePopupWidget() or field, Qt.Key.Key_Return)
    qtbot.waitUntil(popup.isVisible)
    assert not popup.currentIndex().isValid()  # asking, nobody highlighted
    assert {"Quách Thị Ý", "Lý Văn Tuấn"} <= set(_popup_names(tab.entry_speaker))
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.mouseClick(tab.ui.entryContentEdit, Qt.MouseButton.LeftButton)
    assert field.text() == "y"
    assert "khớp với" in tab.ui.entrySpeakerEdit.property(PROBLEM)
    assert editor.meeting.discussion[1].speaker == "a6"
    assert any("khớp với" in message for message in messages)


def test_the_highlighted_entry_of_the_list_is_the_person_chosen(qtbot, editor):
    """ "y", Down to Quách Thị Ý's line, Enter: she is the speaker and the field shows her name, unmarked."""
    tab = _discussion(qtbot, editor)
    field = tab.ui.entrySpeakerEdit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "quach")
    popup = tab.entry_speaker.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.meeting.discussion[1].speaker == "a17"
    assert field.text() == "Quách Thị Ý" and not field.property(PROBLEM)


def test_a_unique_match_is_chosen_when_the_field_is_left(qtbot, editor):
    """ "khoa" then Tab: Đặng Văn Khoa, the only name with those letters, is the speaker."""
    tab = _discussion(qtbot, editor)
    field = tab.ui.entrySpeakerEdit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "khoa")
    qtbot.keyClick(QApplication.activePopupWidget() or field, Qt.Key.Key_Tab)
    assert editor.meeting.discussion[1].speaker == "a15"
    assert field.text() == "Đặng Văn Khoa"


def test_an_unknown_name_is_kept_as_typed_and_marked_across_rows(qtbot, editor):
    """A name not in the list stays, marked as such; looking at another entry and back finds it there."""
    tab = _discussion(qtbot, editor)
    field = tab.ui.entrySpeakerEdit
    field.setFocus()
    field.selectAll()
    type_text(field, "Nguyễn Văn Bình")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "Nguyễn Văn Bình"
    assert "không có trong danh sách thành phần" in field.property(PROBLEM)
    assert editor.meeting.discussion[1].speaker == "a6"
    tab.list.select_ids(["d1"], "d1")
    assert field.text() == "Lý Văn Tuấn" and not field.property(PROBLEM)
    tab.list.select_ids(["d2"], "d2")
    assert field.text() == "Nguyễn Văn Bình" and field.property(PROBLEM)


def test_enter_on_an_unclear_next_speaker_asks_instead_of_starting_a_blank_contribution(qtbot, editor):
    """In the bar, "y" + Enter opens the list; no contribution without its speaker is started."""
    tab = _discussion(qtbot, editor)
    field = tab.ui.nextSpeakerEdit
    field.setFocus()
    qtbot.keyClicks(field, "y")
    qtbot.keyClick(QApplication.activePopupWidget() or field, Qt.Key.Key_Return)
    qtbot.waitUntil(tab.next_speaker.completer.popup().isVisible)
    assert len(editor.meeting.discussion) == 4


def test_ctrl_enter_with_an_unclear_name_starts_the_entry_and_carries_the_name_marked(qtbot, editor):
    """Ctrl+Enter must start at once: the new entry's speaker field then shows "y", marked, to choose."""
    tab = _discussion(qtbot, editor)
    field = tab.ui.nextSpeakerEdit
    field.setFocus()
    qtbot.keyClicks(field, "y")
    qtbot.keyClick(QApplication.activePopupWidget() or field, Qt.Key.Key_Return, CTRL)
    assert len(editor.meeting.discussion) == 5 and editor.meeting.discussion[-1].speaker == ""
    assert tab.ui.entrySpeakerEdit.text() == "y"
    assert "khớp với" in tab.ui.entrySpeakerEdit.property(PROBLEM)


def _type_in_combo(qtbot, combo, text):
    combo.setFocus()
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), text)
    qtbot.keyClick(QApplication.activePopupWidget() or combo, Qt.Key.Key_Tab)


def test_chair_and_secretary_take_a_typed_name_and_keep_one_that_fits_nobody(qtbot, editor):
    """The chair and secretary fields read letters without accents like the speaker field, never revert."""
    _with_y(editor)
    tab = show(qtbot, GeneralTab(editor))
    _type_in_combo(qtbot, tab.ui.chairCombo, "tuan")
    assert editor.meeting.chair == "a5" and tab.ui.chairCombo.currentText() == "Lý Văn Tuấn"
    _type_in_combo(qtbot, tab.ui.secretaryCombo, "y")
    assert editor.meeting.secretary == "a4"
    assert tab.ui.secretaryCombo.currentText() == "y"
    assert "khớp với" in tab.ui.secretaryCombo.property(PROBLEM)
    _type_in_combo(qtbot, tab.ui.chairCombo, "Hoàng Văn Zzz")
    assert editor.meeting.chair == "a5" and tab.ui.chairCombo.currentText() == "Hoàng Văn Zzz"
    assert "không có trong danh sách" in tab.ui.chairCombo.property(PROBLEM)


def test_a_presenter_is_typed_like_a_speaker(qtbot, editor):
    """The presenter field: "hanh" chooses Nông Thị Hạnh; "y" stays, marked, and asks on Enter."""
    _with_y(editor)
    tab = show(qtbot, ReportsTab(editor))
    combo = tab.ui.presenterCombo
    _type_in_combo(qtbot, combo, "hanh")
    assert editor.meeting.reports[0].presenter == "a3"
    _type_in_combo(qtbot, combo, "y")
    assert editor.meeting.reports[0].presenter == "a3"
    assert combo.currentText() == "y" and combo.property(PROBLEM)
