"""Carry-over in the window: the next meeting brings the unfinished directives into the Báo cáo tab, each
gets a status and a result, more are picked from earlier meetings, finalizing reports them on the source."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from minutes_app.domain.model import Directive, DirectiveStatus, FollowUp, Meeting
from minutes_app.gui.pick_directives import PickDirectivesDialog


@pytest.fixture
def next_meeting(window, store):
    """The sample after one follow-up (t2 done), and the meeting opened from it."""
    source = window.editor.meeting
    store.add_followup(source.id, FollowUp("t2", dt.date(2022, 11, 1), DirectiveStatus.DONE, "Xong"))
    window.editor.reload()
    window.ui.actionNewFromCurrent.trigger()
    assert window.editor.meeting.id != source.id
    return source.id


def _panel(window):
    return window.register.tab("ReportsTab").previous


def test_the_next_meeting_shows_the_unfinished_directives_in_the_reports_tab(window, qtbot, next_meeting):
    """t1, t3, t4, t5 (t2 is done) are in previousDirectivesTable on Báo cáo, in sight, not yet reported."""
    reports = window.register.tab("ReportsTab")
    window.ui.tabWidget.setCurrentWidget(reports)
    panel = reports.previous
    table = panel.ui.previousDirectivesTable
    assert table.objectName() == "previousDirectivesTable"
    qtbot.waitUntil(lambda: table.isVisible() and panel.splitter.sizes()[0] > 250)
    assert [item.source_directive_id for item in window.editor.meeting.previous_directives] == [
        "t1",
        "t3",
        "t4",
        "t5",
    ]
    model = panel.model
    assert model.rowCount() == 4
    assert model.data(model.index(0, model.column_of("status"))) == "(chưa báo cáo)"
    assert model.data(model.index(0, model.column_of("deadline_text"))) == "trong quý 4/2022 (31/12/2022)"
    assert table.rowViewportPosition(0) >= 0 and panel.ui.previousResultEdit.isVisible()


def test_status_and_result_are_typed_per_item_and_undone(window, qtbot, store, next_meeting):
    """The selected item's status (combo) and result (text) are stored; undo takes the status back."""
    panel = _panel(window)
    window.ui.tabWidget.setCurrentWidget(window.register.tab("ReportsTab"))
    panel.list.select_ids(["p2"], "p2")
    combo = panel.ui.previousStatusCombo
    combo.setCurrentIndex(combo.findData(DirectiveStatus.IN_PROGRESS))
    combo.activated.emit(combo.currentIndex())
    panel.ui.previousResultEdit.setFocus()
    type_text(panel.ui.previousResultEdit, "Đã góp ý lần 1")
    window.editor.flush()
    stored = store.load(window.editor.meeting.id).previous_directives[1]
    assert (stored.status, stored.result) == (DirectiveStatus.IN_PROGRESS, "Đã góp ý lần 1")
    model = panel.model
    assert model.data(model.index(1, model.column_of("status"))) == "Đang thực hiện"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert store.load(window.editor.meeting.id).previous_directives[1].status is None


def test_finalizing_the_next_meeting_reports_on_the_source(window, qtbot, store, next_meeting):
    """Finalize records each reviewed item on its source; the register shows the source directive done."""
    panel = _panel(window)
    meeting = window.editor.meeting
    window.editor.set_item_field(panel.model.KIND, "p1", "status", DirectiveStatus.DONE)
    window.editor.set_item_field(panel.model.KIND, "p1", "result", "Đã rà soát")
    window.finalize()
    followups = store.load(next_meeting).followups
    assert (followups[-1].directive, followups[-1].status, followups[-1].reported_in) == (
        "t1",
        "done",
        meeting.uid,
    )
    register = window.register.open_register()
    entry = register.model.entry_at(register.model.row_of(f"{next_meeting}.t1"))
    assert entry.status == DirectiveStatus.DONE and entry.last_followup.note == "Đã rà soát"
    assert not _panel(window).list.add_action.isEnabled()  # finalized: nothing to add


def test_directives_of_any_earlier_meeting_can_be_picked_in_one_step(window, qtbot, store, monkeypatch):
    """Thêm kết luận kỳ trước offers earlier meetings' directives; the chosen ones arrive as one undo step."""
    store.add(
        Meeting(
            "Họp tháng 8",
            dt.date(2022, 8, 10),
            uid="uid-aug",
            number="9",
            directives=[Directive("k1", "Chuẩn bị hội nghị", "Văn phòng", dt.date(2022, 9, 1))],
        )
    )
    window.ui.actionNewMeeting.trigger()  # today: both earlier meetings are in the past
    offered = []

    def fake_exec(dialog: PickDirectivesDialog) -> int:
        offered.extend(dialog.model.entry_at(row).ref for row in range(dialog.model.rowCount()))
        table = dialog.ui.pickDirectivesTable
        for row in (0, 1):
            table.selectionModel().select(
                dialog.model.index(row, 0),
                table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
            )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PickDirectivesDialog, "exec", fake_exec)
    _panel(window).ui.addPreviousButton.click()
    assert len(offered) == 6  # five open directives of the sample, one of August
    items = window.editor.meeting.previous_directives
    assert [item.id for item in items] == ["p1", "p2"]
    assert items[0].source_meeting_title == "Hội nghị giao ban công tác tuyên giáo quý 3/2022"
    assert items[0].source_number == ""  # the sample is not numbered
    window.undo_action.trigger()
    assert window.editor.meeting.previous_directives == []


def test_picking_skips_what_the_meeting_already_reviews(window, qtbot, monkeypatch, next_meeting):
    """A directive already under review is not added twice."""

    def fake_exec(dialog: PickDirectivesDialog) -> int:
        dialog.ui.pickDirectivesTable.selectAll()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PickDirectivesDialog, "exec", fake_exec)
    _panel(window).list.add_action.trigger()
    assert [item.source_directive_id for item in window.editor.meeting.previous_directives] == [
        "t1",
        "t3",
        "t4",
        "t5",
    ]


def test_find_shows_a_hit_in_a_reported_result_in_the_reports_tab(window, qtbot, next_meeting):
    """Edit › Find reaches the results typed for earlier directives, and shows them in their panel."""
    panel = _panel(window)
    window.editor.set_item_field(panel.model.KIND, "p3", "result", "Đã treo pa nô ở 8 huyện")
    dialog = window.find_replace.open(replacing=False)
    qtbot.waitExposed(dialog)
    dialog.ui.findEdit.setText("pa nô")
    dialog._restart()
    qtbot.mouseClick(dialog.ui.findNextButton, Qt.MouseButton.LeftButton)
    assert window.ui.tabWidget.currentWidget() is window.register.tab("ReportsTab")
    assert panel.list.current_id() == "p3"
    assert panel.ui.previousResultEdit.textCursor().selectedText() == "pa nô"
    dialog.close()
