"""The main window as the secretary meets it: the sample open, the archive, the banner, new meetings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from minutes_app.domain import Attendance


def test_window_opens_with_the_sample_meeting(window, store):
    """On start the newest meeting is open, named in the title bar and selected in the archive."""
    meeting = window.editor.meeting
    assert meeting is not None and "tuyên giáo" in meeting.title
    assert meeting.title in window.windowTitle()
    assert window.ui.tabWidget.count() >= 1
    view = window.archive.ui.meetingsView
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole) == meeting.id
    assert not window.ui.bannerFrame.isVisible()


def _add_other_meeting(store, title="Họp Chi bộ Văn phòng tháng 10", year=2023):
    import datetime as dt

    from minutes_app.domain import Meeting

    return store.add(Meeting(title=title, date=dt.date(year, 10, 5)))


def test_archive_search_ignores_accents_and_case(window, store, qtbot):
    """Typing "tuyen giao" without accents finds the sample meeting and hides the others."""
    _add_other_meeting(store)
    window.archive.refresh_all()
    model = window.archive.model
    assert model.rowCount() == 2
    qtbot.keyClicks(window.archive.ui.searchEdit, "tuyen giao")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert "tuyên giáo" in model.index(0, model.TITLE).data()
    window.archive.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=2000)


def test_archive_filters_by_year_and_status(window, store):
    """The year and status filters narrow the list without a search."""
    _add_other_meeting(store)
    archive = window.archive
    archive.refresh_all()
    archive.ui.yearCombo.setCurrentIndex(archive.ui.yearCombo.findData(2023))
    assert archive.model.rowCount() == 1
    archive.ui.yearCombo.setCurrentIndex(0)
    archive.ui.statusCombo.setCurrentIndex(archive.ui.statusCombo.findData("final"))
    assert archive.model.rowCount() == 0


def test_choosing_a_meeting_in_the_archive_opens_it(window, store, qtbot):
    """Clicking another meeting in the list opens it in the tabs."""
    other = _add_other_meeting(store)
    window.archive.refresh_all()
    view = window.archive.ui.meetingsView
    row = window.archive.model.row_of(other)
    rect = view.visualRect(window.archive.model.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.meeting.id == other


def test_new_meeting_from_this_one_resets_attendance(window, store):
    """The next session keeps people, bodies and layout, marks everyone present and starts with no content."""
    previous = window.editor.meeting
    assert any(a.attendance != Attendance.PRESENT for a in previous.attendees)
    window.ui.actionNewFromCurrent.trigger()
    created = window.editor.meeting
    assert created.id != previous.id
    assert [a.name for a in created.attendees] == [a.name for a in previous.attendees]
    assert all(a.attendance == Attendance.PRESENT and not a.reason for a in created.attendees)
    assert (created.layout, created.issuing_body) == (previous.layout, previous.issuing_body)
    assert created.discussion == [] and created.directives == []
    assert len(store.list_meetings()) == 2
    assert [a.attendance for a in store.load(created.id).attendees] == [Attendance.PRESENT] * len(
        created.attendees
    )


def test_second_instance_shows_the_banner_and_stays_read_only(qtbot, store, db_path, settings):
    """A second window on a database another program writes says why in a banner and allows no edit."""
    from minutes_app.gui.main_window import MainWindow
    from minutes_app.storage import open_store

    second = open_store(db_path)
    try:
        assert second.read_only and second.read_only_reason is not None
        main = MainWindow(second, settings)
        qtbot.addWidget(main)
        main.open_newest()
        main.show()
        assert main.ui.bannerFrame.isVisible()
        assert main.ui.bannerLabel.text() == str(second.read_only_reason)
        assert main.ui.bannerFrame.height() < main.height() // 4
        assert main.save_status.save_label.text() == "Chỉ xem"
        assert main.editor.read_only
        general = next(tab for tab, _title in main.tabs if type(tab).__name__ == "GeneralTab")
        assert general.ui.titleEdit.isReadOnly()
        assert not main.ui.actionNewMeeting.isEnabled() and not main.ui.actionFinalize.isEnabled()
        title = main.editor.meeting.title
        main.editor.set_meeting_field("title", "Sửa trộm")
        assert main.editor.meeting.title == title
    finally:
        second.close()


def test_finalize_and_reopen(window, store, message_boxes):
    """Finalizing makes the fields read-only and shows why; reopening makes them editable again."""
    general = next(tab for tab, _title in window.tabs if type(tab).__name__ == "GeneralTab")
    assert not general.ui.titleEdit.isReadOnly()
    window.ui.actionFinalize.trigger()
    assert window.editor.read_only
    assert general.ui.titleEdit.isReadOnly() and general.ui.agendaEdit.isReadOnly()
    assert window.ui.bannerFrame.isVisible()
    assert not window.ui.actionFinalize.isEnabled() and window.ui.actionReopen.isEnabled()
    assert store.load(window.editor.meeting.id).status == "final"
    fingerprint = store.finalized_versions(window.editor.meeting.id)[0][1]
    assert any(kind == "information" and fingerprint in text for kind, text in message_boxes)
    window.ui.actionReopen.trigger()
    assert not window.editor.read_only
    assert not general.ui.titleEdit.isReadOnly()
    assert not window.ui.bannerFrame.isVisible()


def test_archive_follows_title_and_date_edits(window, store, qtbot):
    """Renaming the open meeting in its title field shows at once in the archive; a new date re-sorts it."""
    import datetime as dt

    from gui_keys import type_text

    other = _add_other_meeting(store, year=2021)
    window.archive.refresh_all()
    model = window.archive.model
    title = next(tab for tab, _title in window.tabs if type(tab).__name__ == "GeneralTab").ui.titleEdit
    title.setFocus()
    title.end(False)
    type_text(title, " (sửa)")
    assert model.index(model.row_of(window.editor.meeting.id), model.TITLE).data().endswith("3/2022 (sửa)")
    window.editor.set_meeting_field("date", dt.date(2020, 1, 2))
    assert model.meeting_id(0) == other
    assert window.archive.ui.yearCombo.findData(2020) >= 0


def test_empty_database_says_how_to_start(qtbot, db_path, settings):
    """A window on a database without meetings tells how to create the first one, and Ctrl+N does."""
    from minutes_app.gui.main_window import MainWindow
    from minutes_app.storage import open_store

    with open_store(db_path) as empty:
        main = MainWindow(empty, settings)
        qtbot.addWidget(main)
        main.open_newest()
        main.show()
        assert main.ui.bannerFrame.isVisible() and "Ctrl+N" in main.ui.bannerLabel.text()
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
        qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert main.editor.meeting is not None and not main.editor.read_only
        assert not main.ui.bannerFrame.isVisible()
        main.editor.autosave.discard()
