"""The Báo cáo tab: adding a report, filling it in from the keyboard, removing it with undo."""

from __future__ import annotations

import datetime as dt

from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tab_helpers import show

from minutes_app.gui.reports_tab import ReportsTab


def _tab(qtbot, editor):
    return show(qtbot, ReportsTab(editor))


def test_add_report_puts_the_cursor_in_its_title_and_fields_store(qtbot, editor):
    """After "Thêm báo cáo" the title takes typing; presenter, time and content store on the new report."""
    tab = _tab(qtbot, editor)
    assert tab.ui.reportTitleEdit.text().startswith("Báo cáo kết quả công tác tuyên giáo quý 3")
    qtbot.mouseClick(tab.ui.addReportButton, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is tab.ui.reportTitleEdit
    type_text(tab.ui.reportTitleEdit, "Tờ trình về kế hoạch năm 2023")
    report = editor.meeting.reports[1]
    assert report.title == "Tờ trình về kế hoạch năm 2023"
    qtbot.keyClick(tab.ui.reportTitleEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.ui.presenterCombo
    qtbot.keyClick(tab.ui.presenterCombo, Qt.Key.Key_Down)
    assert report.presenter == "a1"
    qtbot.keyClick(tab.ui.presenterCombo, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "9h50")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert report.time == dt.time(9, 50)
    type_text(QApplication.focusWidget(), "Dự thảo kế hoạch")
    assert report.content == "Dự thảo kế hoạch"
    assert tab.model.index(1, 2).data() == "Trần Thị Lộc"


def test_remove_report_and_undo_brings_it_back_selected(qtbot, editor):
    """Delete on the list removes the report; undo restores it with its text."""
    tab = _tab(qtbot, editor)
    tab.ui.reportsTable.setFocus()
    qtbot.keyClick(tab.ui.reportsTable, Qt.Key.Key_Delete)
    assert editor.meeting.reports == []
    assert not tab.ui.reportTitleEdit.isEnabled()
    editor.undo_stack.undo()
    assert editor.meeting.reports[0].id == "r1"
    tab.list.select_ids(["r1"])
    assert tab.ui.reportTitleEdit.text().startswith("Báo cáo kết quả")


def test_read_only_report_fields_refuse_typing(qtbot, editor):
    """A finalized meeting shows its reports but no field or button changes them."""
    tab = _tab(qtbot, editor)
    editor.finalize()
    tab.list.select_ids(["r1"])
    assert tab.ui.reportTitleEdit.isReadOnly() and tab.ui.reportContentEdit.isReadOnly()
    assert not tab.ui.presenterCombo.isEnabled()
    assert not tab.ui.addReportButton.isEnabled()
