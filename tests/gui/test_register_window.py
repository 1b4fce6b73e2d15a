"""The register window driven through its widgets: filters, counts, follow-ups and merges undone, one-click
opening of the source meeting, the overdue notice, reports."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from minutes_app.domain.model import Directive, DirectiveStatus, FollowUp, Meeting
from minutes_app.gui.followup_dialog import FollowUpDialog
from minutes_app.gui.register_models import RegisterTableModel, UnitCountsModel
from minutes_app.gui.register_window import RegisterWindow

FAR = dt.date.today() + dt.timedelta(days=400)


@pytest.fixture
def other(store):
    """A later meeting whose directives are given to two spellings of one unit and to another unit."""
    meeting = Meeting(
        "Họp giao ban tháng 10",
        dt.date(2022, 10, 25),
        directives=[
            Directive("k1", "Tổng kết đề án tuyên truyền", "HU Ba Bể", FAR),
            Directive("k2", "Báo cáo dư luận xã hội", "huyện ủy ba bể", dt.date(2022, 11, 1)),
            Directive("k3", "Rà soát tài liệu", "Ba Bể", status=DirectiveStatus.DONE),
        ],
    )
    return store.add(meeting)


def _refs(register: RegisterWindow) -> list[str]:
    model = register.model
    return [model.entry_at(row).ref for row in range(model.rowCount())]


def _open(window, qtbot) -> RegisterWindow:
    window.register.action.trigger()
    register = window.register.register_window
    qtbot.waitExposed(register)
    return register


def test_the_register_lists_every_directive_and_filters_it(window, qtbot, other):
    """Ctrl+Shift+T shows all directives, newest meeting first; status, overdue, unit and words narrow them."""
    register = _open(window, qtbot)
    ui = register.ui
    refs = _refs(register)
    assert refs[:3] == [f"{other}.k1", f"{other}.k2", f"{other}.k3"] and len(refs) == 8
    ui.overdueCheck.setChecked(True)
    assert [ref.split(".")[1] for ref in _refs(register)] == ["k2", "t1", "t2"]
    ui.overdueCheck.setChecked(False)
    qtbot.keyClicks(ui.unitEdit, "huyen uy ba be")
    qtbot.waitUntil(lambda: len(_refs(register)) == 2)
    ui.unitEdit.clear()
    ui.registerStatusCombo.setCurrentIndex(ui.registerStatusCombo.findData("done"))
    assert _refs(register) == [f"{other}.k3"]
    ui.clearFiltersButton.click()
    qtbot.keyClicks(ui.registerSearchEdit, "du luan")
    qtbot.waitUntil(lambda: len(_refs(register)) == 2)
    assert ui.registerCountLabel.text() == "2 kết luận"


def test_counts_per_unit_and_category_are_at_a_glance(window, qtbot, other):
    """The summary line counts REGISTER.md's categories; each unit's line its overdue, pending and done."""
    register = _open(window, qtbot)
    assert "3 đang thực hiện quá hạn" in register.ui.summaryLabel.text()
    units = register.units_model
    lines = {units.tally_at(row).name: units.tally_at(row) for row in range(units.rowCount())}
    ba_be = lines["huyện ủy ba bể"]  # "HU Ba Bể" and "huyện ủy ba bể" are one unit by their key
    index = units.index(list(lines).index("huyện ủy ba bể"), UnitCountsModel.OVERDUE)
    assert units.data(index) == 1 and ba_be.summary.total == 2
    assert units.data(index, Qt.ItemDataRole.ToolTipRole) == "huyện ủy ba bể: 1 quá hạn, 1 đang thực hiện"


def _answer(monkeypatch, status: str, note: str, day: dt.date) -> None:
    def fake_exec(dialog: FollowUpDialog) -> int:
        ui = dialog.ui
        ui.followUpStatusCombo.setCurrentIndex(ui.followUpStatusCombo.findData(status))
        ui.followUpNoteEdit.setPlainText(note)
        ui.followUpDateEdit.setDate(day)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FollowUpDialog, "exec", fake_exec)


def test_recording_progress_is_one_undoable_step(window, qtbot, store, monkeypatch):
    """Ghi tiến độ writes a follow-up (the register shows it done); undo takes it back, redo writes it again."""
    register = _open(window, qtbot)
    meeting_id = store.list_meetings()[0].id
    register.select(f"{meeting_id}.t1")
    _answer(monkeypatch, "done", "Đã rà soát xong", dt.date(2022, 12, 28))
    register.ui.recordProgressButton.click()
    assert [(f.directive, f.status, f.note) for f in store.load(meeting_id).followups] == [
        ("t1", DirectiveStatus.DONE, "Đã rà soát xong")
    ]
    entry = register.model.entry_at(register.model.row_of(f"{meeting_id}.t1"))
    assert entry.status == DirectiveStatus.DONE and not entry.overdue
    assert window.editor.meeting.followups[-1].note == "Đã rà soát xong"  # the open meeting's export sees it
    register.undo_action.trigger()
    assert store.load(meeting_id).followups == [] and window.editor.meeting.followups == []
    assert register.model.entry_at(register.model.row_of(f"{meeting_id}.t1")).overdue
    register.redo_action.trigger()
    assert len(store.load(meeting_id).followups) == 1
    assert "1 hoàn thành đúng hạn" in register.ui.summaryLabel.text()


def test_progress_can_be_recorded_on_finalized_minutes(window, qtbot, store, monkeypatch):
    """A finalized meeting takes follow-ups from the register; its fingerprint does not move."""
    meeting_id = store.list_meetings()[0].id
    fingerprint = store.finalize(meeting_id)
    window.editor.reload()
    register = _open(window, qtbot)
    register.select(f"{meeting_id}.t3")
    _answer(monkeypatch, "in_progress", "Đang góp ý", dt.date(2022, 10, 1))
    register.record_progress()
    assert store.load(meeting_id).followups[0].note == "Đang góp ý"
    assert store.finalize(meeting_id) == fingerprint


def test_one_click_on_the_meeting_opens_it_at_the_directive(window, qtbot, other):
    """Clicking the meeting's name in a line opens that meeting on Kết luận with the directive selected."""
    register = _open(window, qtbot)
    table = register.ui.registerTable
    row = register.model.row_of(f"{other}.k2")
    rect = table.visualRect(register.model.index(row, RegisterTableModel.MEETING))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.meeting.id == other
    directives = window.register.tab("DirectivesTab")
    assert window.ui.tabWidget.currentWidget() is directives
    assert directives.list.selected_ids() == ["k2"]


def test_the_overdue_notice_leads_to_the_register_filtered_on_them(window, qtbot):
    """When the window opens the status bar says how many are overdue; a click shows just those."""
    notice = window.register.notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.objectName() == "overdueNoticeButton" and "2 kết luận quá hạn" in notice.text()
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    register = window.register.register_window
    assert register.ui.overdueCheck.isChecked()
    assert [ref.split(".")[1] for ref in _refs(register)] == ["t1", "t2"]


def test_no_notice_when_nothing_is_overdue(qtbot, store, settings):
    """An archive with nothing overdue shows no notice at all."""
    from minutes_app.gui.main_window import MainWindow

    for summary in store.list_meetings():
        for key in ("t1", "t2"):
            store.add_followup(summary.id, FollowUp(key, dt.date(2022, 12, 1), DirectiveStatus.DONE))
    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    main.open_newest()
    main.show()
    qtbot.wait(50)
    assert not main.register.notice.isVisible()


def test_merging_unit_spellings_is_an_alias_undone_in_one_step(window, qtbot, store, other, monkeypatch):
    """Two lines of the counts merged into a chosen name become one; undo brings both back."""
    register = _open(window, qtbot)
    units = register.units_model
    names = [units.tally_at(row).name for row in range(units.rowCount())]
    selection = register.ui.unitCountsTable.selectionModel()
    for name in ("huyện ủy ba bể", "Ba Bể"):
        index = units.index(names.index(name), 0)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("Huyện ủy Ba Bể", True))
    register.ui.mergeUnitsButton.click()
    merged = {units.tally_at(row).name: units.tally_at(row).summary.total for row in range(units.rowCount())}
    assert merged["Huyện ủy Ba Bể"] == 3 and "Ba Bể" not in merged
    assert store.load(other).directives[2].assignee == "Ba Bể"  # the minutes keep what was typed
    register.undo_action.trigger()
    again = {units.tally_at(row).name for row in range(units.rowCount())}
    assert {"huyện ủy ba bể", "Ba Bể"} <= again and store.unit_aliases() == {}


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_the_register_is_reported_from_the_window(window, qtbot, tmp_path, monkeypatch, fmt):
    """In, xuất báo cáo writes the filtered register as a report or a sheet."""
    register = _open(window, qtbot)
    register.ui.overdueCheck.setChecked(True)
    target = tmp_path / f"so-theo-doi.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    menu = register.ui.exportRegisterButton.menu()
    next(action for action in menu.actions() if fmt.upper() in action.text()).trigger()
    assert target.exists()
    if fmt == "xlsx":
        from openpyxl import load_workbook

        rows = list(load_workbook(target).active.iter_rows(values_only=True))
        assert rows[0][0] == "ref" and len(rows) == 3  # the header and the two overdue directives
    else:
        from pypdf import PdfReader

        text = " ".join(page.extract_text() for page in PdfReader(target).pages)
        assert "BÁO CÁO" in text and "chỉ các nhiệm vụ quá hạn" in " ".join(text.split())


def test_the_register_pages_through_a_large_archive(window, qtbot, store):
    """Only a page is read at first; scrolling asks for the rest."""
    directives = [Directive(f"k{n}", f"Nhiệm vụ {n}", "Sở Y tế") for n in range(450)]
    store.add(Meeting("Họp lớn", dt.date(2023, 1, 5), directives=directives))
    register = _open(window, qtbot)
    model = register.model
    assert model.total == 455 and model.rowCount() == 200 and model.canFetchMore()
    register.ui.registerTable.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 455


def test_register_models_pass_the_model_tester(qtmodeltester, window, qtbot, other):
    """The lines and the counts are well-behaved Qt models."""
    register = _open(window, qtbot)
    qtmodeltester.check(register.model)
    qtmodeltester.check(register.units_model)


def test_the_register_speaks_english(qapp, qtbot, store, settings):
    """With the English translation the register, its counts and the reviewed directives are in English."""
    from minutes_app.gui.app import install_translators
    from minutes_app.gui.main_window import MainWindow

    install_translators(qapp, "en")
    try:
        main = MainWindow(store, settings)
        qtbot.addWidget(main)
        main.open_newest()
        assert main.register.action.text() == "&Directive register…"
        register = main.register.open_register()
        assert register.windowTitle() == "Directive register"
        assert (
            register.model.headerData(RegisterTableModel.LAST, Qt.Orientation.Horizontal)
            == "Latest follow-up"
        )
        assert register.ui.recordProgressButton.text() == "Record &progress…"
        assert "in progress overdue" in register.ui.summaryLabel.text()
        panel = main.register.tab("ReportsTab").previous
        assert panel.ui.previousDirectivesGroup.title() == "Results on earlier directives"
        main.register.refresh_notice()
        assert main.register.notice.text() == "⚠ 2 overdue directives"
    finally:
        install_translators(qapp, "vi")


def test_the_unit_field_completes_from_the_units_used_without_accents(window, qtbot, other):
    """Typing "ba be" in Đơn vị offers the spellings in use, accents and all."""
    register = _open(window, qtbot)
    edit = register.ui.unitEdit
    edit.setFocus()
    qtbot.waitUntil(lambda: register._units_loaded)
    qtbot.keyClicks(edit, "ba be")
    completer = register.completer
    offered = {completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())}
    assert {"HU Ba Bể", "huyện ủy ba bể", "Ba Bể"} <= offered
    assert "Ban Tuyên giáo các huyện ủy, thành ủy" not in offered
