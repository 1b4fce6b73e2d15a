"""Lists offer only what can be true (no absent chair, no self-substitute) and every popup stays on screen."""

from __future__ import annotations

from gui_keys import type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox
from tab_helpers import show

from minutes_app.domain.model import Attendance, ItemKind
from minutes_app.gui.attendees_tab import AttendeesTab
from minutes_app.gui.discussion_tab import DiscussionTab
from minutes_app.gui.entry_marks import PROBLEM
from minutes_app.gui.general_tab import GeneralTab
from minutes_app.gui.reports_tab import ReportsTab
from minutes_app.gui.speaker_completer import ID_ROLE


def _ids(combo: QComboBox) -> list[str]:
    return [combo.itemData(row, ID_ROLE) for row in range(combo.count())]


def _completion_ids(field) -> list[str]:
    completer = field.completer
    completer.setCompletionPrefix("")
    model = completer.completionModel()
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_chair_and_secretary_lists_offer_only_people_present(qtbot, editor):
    """The excused Triệu Văn Đức is not offered; someone marked absent leaves both lists at once."""
    tab = show(qtbot, GeneralTab(editor))
    for combo, field in ((tab.ui.chairCombo, tab.chair), (tab.ui.secretaryCombo, tab.secretary)):
        assert "a7" not in _ids(combo) and "a7" not in _completion_ids(field)
        assert "a3" in _ids(combo)
    editor.set_item_field(ItemKind.ATTENDEES, "a3", "attendance", Attendance.EXCUSED)
    for combo, field in ((tab.ui.chairCombo, tab.chair), (tab.ui.secretaryCombo, tab.secretary)):
        assert "a3" not in _ids(combo) and "a3" not in _completion_ids(field)


def test_a_chair_marked_absent_afterwards_is_shown_marked_not_dropped(qtbot, editor):
    """The stored chair stays on screen when the roll call marks her absent, marked with why."""
    tab = show(qtbot, GeneralTab(editor))
    editor.set_item_field(ItemKind.ATTENDEES, "a1", "attendance", Attendance.ABSENT)
    assert tab.ui.chairCombo.currentText() == "Trần Thị Lộc"
    assert "không thể chủ trì" in tab.ui.chairCombo.property(PROBLEM)


def test_a_typed_absent_chair_is_refused_with_the_reason(qtbot, editor):
    """ "duc" in the chair field names the excused Triệu Văn Đức: kept, marked, the chair unchanged."""
    tab = show(qtbot, GeneralTab(editor))
    combo = tab.ui.chairCombo
    combo.setFocus()
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "duc")
    qtbot.keyClick(QApplication.activePopupWidget() or combo, Qt.Key.Key_Tab)
    assert editor.meeting.chair == "a1"
    assert combo.currentText() == "duc"
    assert "Triệu Văn Đức không có mặt nên không thể chủ trì" in combo.property(PROBLEM)


def test_presenter_and_speaker_lists_leave_out_the_absent(qtbot, editor):
    """Nobody excused presents a report or speaks: neither list offers Triệu Văn Đức."""
    reports = show(qtbot, ReportsTab(editor))
    discussion = show(qtbot, DiscussionTab(editor))
    assert "a7" not in _ids(reports.ui.presenterCombo)
    for field in (reports.presenter, discussion.next_speaker, discussion.entry_speaker):
        ids = _completion_ids(field)
        assert "a7" not in ids and "a8" in ids


def _open_cell(qtbot, tab, person_id, field="substitute_for"):
    table = tab.ui.attendeesTable
    index = tab.model.index(tab.model.row_of(person_id), tab.model.column_of(field))
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    if not isinstance(combo, QComboBox):
        combo = combo.parent()
    return table, index, combo


def test_substitute_list_offers_only_absent_people_and_never_the_person_himself(qtbot, editor):
    """Hà Thị Bích may stand in for the excused; nobody for himself; an absent person for nobody."""
    editor.set_item_field(ItemKind.ATTENDEES, "a6", "attendance", Attendance.EXCUSED)
    tab = show(qtbot, AttendeesTab(editor))
    _table, _index, combo = _open_cell(qtbot, tab, "a8")
    assert _ids(combo) == ["", "a6", "a7"]
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    _table, _index, combo = _open_cell(qtbot, tab, "a6")
    assert _ids(combo) == [""]
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    assert [key for key, _label in tab.model.choices(tab.model.column_of("substitute_for"), 1)] == [
        "",
        "a6",
        "a7",
    ]


def test_a_substitute_typed_in_the_cell_is_chosen_or_kept_marked(qtbot, editor):
    """ "duc" in Hà Thị Bích's cell is Triệu Văn Đức; "thu" (present) stays in the cell, red, with why."""
    editor.set_item_field(ItemKind.ATTENDEES, "a8", "substitute_for", "")
    tab = show(qtbot, AttendeesTab(editor))
    for text, stored in (("duc", "a7"), ("thu", "a7")):
        table, index, combo = _open_cell(qtbot, tab, "a8")
        combo.lineEdit().selectAll()
        type_text(combo.lineEdit(), text)
        qtbot.keyClick(QApplication.activePopupWidget() or combo, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda table=table, index=index: table.indexWidget(index) is None)
        assert editor.meeting.attendee("a8").substitute_for == stored
    assert index.data() == "thu"
    assert "Đàm Thị Thu có mặt nên không cần người dự thay" in index.data(Qt.ItemDataRole.ToolTipRole)


def _on_screen(widget) -> bool:
    area = (widget.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    return area.contains(widget.frameGeometry())


def _at_right_edge(qtbot, tab):
    area = QGuiApplication.primaryScreen().availableGeometry()
    tab.move(area.right() - tab.frameGeometry().width() + 1, area.top())
    qtbot.waitUntil(lambda: tab.frameGeometry().right() == area.right())


def test_completion_lists_stay_on_screen_near_its_right_edge(qtbot, editor):
    """The 420-pixel list of a narrow field at the screen's right edge is moved back onto the screen."""
    tab = show(qtbot, DiscussionTab(editor), width=900, height=600)
    _at_right_edge(qtbot, tab)
    for field, person in (
        (tab.ui.nextSpeakerEdit, tab.next_speaker),
        (tab.ui.entrySpeakerEdit, tab.entry_speaker),
    ):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, "th")
        popup = person.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        assert popup.width() >= 420
        assert _on_screen(popup), (field.objectName(), popup.frameGeometry())
        qtbot.keyClick(popup, Qt.Key.Key_Escape)


def _check_popup(qtbot, popup):
    qtbot.waitUntil(popup.isVisible)
    assert _on_screen(popup), popup.frameGeometry()
    popup.hide()


def test_drop_down_lists_and_the_calendar_stay_on_screen(qtbot, editor):
    """Chair, secretary and presenter lists, a table cell's list and the date's calendar open inside the screen."""
    general = show(qtbot, GeneralTab(editor), width=900, height=600)
    _at_right_edge(qtbot, general)
    for combo in (general.ui.chairCombo, general.ui.secretaryCombo):
        combo.showPopup()
        _check_popup(qtbot, combo.view().window())
    date = general.ui.dateEdit
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton, pos=QPoint(date.width() - 6, date.height() // 2))
    _check_popup(qtbot, date.calendarWidget().window())
    reports = show(qtbot, ReportsTab(editor), width=900, height=600)
    _at_right_edge(qtbot, reports)
    reports.ui.presenterCombo.showPopup()
    _check_popup(qtbot, reports.ui.presenterCombo.view().window())
    attendees = show(qtbot, AttendeesTab(editor), width=900, height=600)
    _at_right_edge(qtbot, attendees)
    _table, _index, combo = _open_cell(qtbot, attendees, "a8")
    combo.showPopup()
    _check_popup(qtbot, combo.view().window())
