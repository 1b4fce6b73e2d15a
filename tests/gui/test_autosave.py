"""No Save button: typed text reaches the database within a second, at once on focus out, and survives failures."""

from __future__ import annotations

import pytest
from gui_keys import type_text
from PySide6.QtGui import QTextCursor

from minutes_app.storage import DiskFullError


def _stored(store, meeting_id, field):
    return getattr(store.load(meeting_id), field)


@pytest.fixture
def failing_disk(store, monkeypatch):
    """A disk that is full until the test frees it: every meeting-field write raises DiskFullError."""
    state = {"full": True}
    real = store.update_meeting_field

    def update(*args, **kwargs):
        if state["full"]:
            raise DiskFullError("db.disk_full", path=str(store.path))
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "update_meeting_field", update)
    return state


def _field(window, name):
    general = next(tab for tab, _title in window.tabs if type(tab).__name__ == "GeneralTab")
    window.activateWindow()
    return getattr(general.ui, name)


def test_typing_is_written_within_a_second(window, store, qtbot):
    """The database holds typed text about a second after typing stops, without any save command."""
    meeting_id = window.editor.meeting.id
    location = _field(window, "locationEdit")
    location.setFocus()
    location.end(False)
    type_text(location, " (tầng 2)")
    expected = location.text()
    assert _stored(store, meeting_id, "location") != expected
    qtbot.waitUntil(lambda: _stored(store, meeting_id, "location") == expected, timeout=1500)
    assert window.save_status.save_label.text().startswith("Đã lưu lúc ")


def test_leaving_a_field_writes_at_once(window, store, qtbot):
    """When focus leaves a field the text is in the database before anything else happens."""
    meeting_id = window.editor.meeting.id
    qtbot.waitUntil(window.isActiveWindow)
    agenda = _field(window, "agendaEdit")
    agenda.setFocus()
    qtbot.waitUntil(agenda.hasFocus)
    agenda.moveCursor(QTextCursor.MoveOperation.End)
    type_text(agenda, " Thông qua chương trình công tác tháng 10.")
    expected = agenda.toPlainText()
    _field(window, "locationEdit").setFocus()
    assert _stored(store, meeting_id, "agenda") == expected


def test_failed_write_keeps_the_text_and_retries(window, store, qtbot, failing_disk):
    """A full disk shows a red message, keeps the text in the window, and saves once space is back."""
    meeting_id = window.editor.meeting.id
    qtbot.waitUntil(window.isActiveWindow)
    location = _field(window, "locationEdit")
    location.setFocus()
    qtbot.waitUntil(location.hasFocus)
    location.selectAll()
    type_text(location, "Phòng họp tầng 3")
    _field(window, "titleEdit").setFocus()
    assert window.save_status.alert_label.isVisible()
    assert "đầy" in window.save_status.alert_label.text()
    assert location.text() == window.editor.meeting.location == "Phòng họp tầng 3"
    assert window.editor.autosave.pending == 1
    failing_disk["full"] = False
    qtbot.waitUntil(lambda: _stored(store, meeting_id, "location") == "Phòng họp tầng 3", timeout=5000)
    assert not window.save_status.alert_label.isVisible()
    assert window.save_status.save_label.text().startswith("Đã lưu lúc ")


def test_pending_writes_keep_their_order_and_coalesce(window, store, qtbot, failing_disk):
    """While failing, many edits of one field become one write; other writes keep their order."""
    editor = window.editor
    for text in ("A", "AB", "ABC"):
        editor.set_meeting_field("agenda", text, typing=True)
    editor.set_meeting_field("documents", "Tài liệu", typing=True)
    editor.flush()
    assert editor.autosave.pending == 2
    failing_disk["full"] = False
    editor.autosave.retry_now()
    stored = store.load(editor.meeting.id)
    assert (stored.agenda, stored.documents) == ("ABC", "Tài liệu")


def test_periodic_backup_follows_edits(window, store, qtbot):
    """While the secretary edits, a copy lands in backups/; without edits no copy is made."""
    from minutes_app.gui.autosave import PeriodicBackup

    backup = PeriodicBackup(store, interval_ms=50)
    before = len(store.backups())
    backup.backup_if_edited()
    assert len(store.backups()) == before
    window.editor.autosave.saved.connect(backup.note_edit)
    window.editor.set_meeting_field("location", "Phòng họp số 2")
    qtbot.waitUntil(lambda: len(store.backups()) > before, timeout=3000)


def test_closing_with_unsaved_edits_asks_first(window, qtbot, failing_disk, message_boxes):
    """The window does not close silently over edits the database refused; it asks, and stays open."""
    window.editor.set_meeting_field("location", "Phòng họp chưa lưu", typing=True)
    assert not window.close()
    assert window.isVisible()
    assert any(kind == "exec" for kind, _text in message_boxes)
    failing_disk["full"] = False
    qtbot.waitUntil(lambda: window.editor.autosave.pending == 0, timeout=5000)
    assert window.close()


def test_unsaved_meeting_is_not_left_or_finalized(window, store, qtbot, failing_disk, message_boxes):
    """While a write fails, switching meetings or finalizing is refused, so queued text is never hidden."""
    import datetime as dt

    from minutes_app.domain import Meeting

    other = store.add(Meeting(title="Họp khác", date=dt.date(2021, 5, 5)))
    window.archive.refresh_all()
    current = window.editor.meeting.id
    window.editor.set_meeting_field("location", "Phòng họp chưa lưu")
    window.open_meeting(other)
    assert window.editor.meeting.id == current
    assert window.editor.meeting.location == "Phòng họp chưa lưu"
    window.ui.actionFinalize.trigger()
    assert store.load(current).status == "draft"
    assert sum(kind == "warning" for kind, _text in message_boxes) == 2
    failing_disk["full"] = False
    qtbot.waitUntil(lambda: window.editor.autosave.pending == 0, timeout=5000)
    window.open_meeting(other)
    assert window.editor.meeting.id == other


def test_quitting_writes_pending_typing(window, store, qapp):
    """When the session ends without a close event, typed text still reaches the database."""
    window.editor.set_meeting_field("other_info", "Ghi chú cuối buổi", typing=True)
    assert store.load(window.editor.meeting.id).other_info != "Ghi chú cuối buổi"
    qapp.aboutToQuit.emit()
    assert store.load(window.editor.meeting.id).other_info == "Ghi chú cuối buổi"


def test_failing_writes_are_retried_by_the_timer_not_by_every_focus_change(window, store, failing_disk):
    """While the database refuses writes, leaving fields does not retry (each try may block); the timer does."""
    attempts = []
    failing = store.update_meeting_field

    def counted(*args, **kwargs):
        attempts.append(args)
        return failing(*args, **kwargs)

    store.update_meeting_field = counted
    window.editor.set_meeting_field("location", "Phòng 1")
    assert len(attempts) == 1 and window.editor.autosave.failing
    for _ in range(5):
        window.editor.flush()
    assert len(attempts) == 1
    window.editor.autosave.retry_now()
    assert len(attempts) == 2
