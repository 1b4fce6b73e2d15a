"""The window on a shared archive (PostgreSQL): writes off the window's thread, the server lost and found
while typing, one editor per meeting with a banner naming who, a role that may only read."""

from __future__ import annotations

import copy
import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from gui_keys import type_text

from minutes_app.domain import Attendee, ItemKind
from minutes_app.storage import journal, open_store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def server_store(pg_url, sample_meeting):
    opened = open_store(pg_url)
    opened.add(sample_meeting)
    yield opened
    opened.close()


def _window(qtbot, store, settings):
    from minutes_app.gui.main_window import MainWindow

    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    main.open_newest()
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def server_window(qtbot, server_store, settings):
    main = _window(qtbot, server_store, settings)
    yield main
    main.editor.autosave.discard()
    main.close()


def _general(window):
    return next(tab for tab, _title in window.tabs if type(tab).__name__ == "GeneralTab")


def _stored(url, meeting_id):
    with open_store(url, read_only=True) as reader:
        return reader.load(meeting_id)


def test_typing_is_written_to_the_server_by_the_writer_thread(server_window, server_store, pg_url, qtbot):
    """Keystrokes reach the server within about a second, and never from the window's own thread."""
    threads = []
    real = server_store.update_meeting_field

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    server_store.update_meeting_field = recorded
    meeting_id = server_window.editor.meeting.id
    location = _general(server_window).ui.locationEdit
    location.setFocus()
    location.end(False)
    type_text(location, " (tầng 2)")
    expected = location.text()
    qtbot.waitUntil(lambda: _stored(pg_url, meeting_id).location == expected, timeout=3000)
    assert threads and threading.main_thread() not in threads
    qtbot.waitUntil(
        lambda: server_window.save_status.save_label.text().startswith("Đã lưu lúc "), timeout=2000
    )


def test_server_stopped_while_typing_keeps_every_edit_in_order(server_window, pg_server, pg_url, qtbot):
    """Stop the server mid-typing: the status bar says the text is kept on this computer, the journal holds
    the queue, and once the server is back every edit is on it, in order (row inserted before its edit)."""
    editor, status = server_window.editor, server_window.save_status
    meeting_id = editor.meeting.id
    editor.set_meeting_field("agenda", "Trước khi mất mạng", typing=True)
    qtbot.waitUntil(lambda: _stored(pg_url, meeting_id).agenda == "Trước khi mất mạng", timeout=3000)
    pg_server.stop("immediate")
    typed = ""
    for word in ["Trong", "lúc", "mất", "mạng", "vẫn", "gõ", "tiếp"]:
        typed = f"{typed} {word}".strip()
        editor.set_meeting_field("agenda", typed, typing=True)
        qtbot.wait(120)
    editor.insert_item(ItemKind.ATTENDEES, Attendee(id="a900", name="Đại biểu mới"))
    editor.set_item_field(ItemKind.ATTENDEES, "a900", "position", "Chuyên viên", typing=True)
    editor.flush()
    qtbot.waitUntil(lambda: status.save_label.text().startswith("Đã giữ trên máy này lúc "), timeout=5000)
    assert status.alert_label.isVisible() and "Mất kết nối" in status.alert_label.text()
    database = pg_url.split("?")[0].rsplit("/", 1)[1]
    assert f"máy chủ lưu trữ localhost/{database}." in status.alert_label.text()  # short: no URL, no user
    kept = editor.autosave.journal.load()
    assert [op.call for op in kept] == ["update_meeting_field", "insert_item", "update_item_field"]
    assert kept[0].args["value"] == typed and editor.meeting.agenda == typed
    pg_server.start()
    qtbot.waitUntil(lambda: not editor.autosave.pending, timeout=10000)
    stored = _stored(pg_url, meeting_id)
    assert stored.agenda == typed
    assert next(a for a in stored.attendees if a.id == "a900").position == "Chuyên viên"
    assert not editor.autosave.journal.exists()
    assert not status.alert_label.isVisible()


def test_closing_while_the_server_is_away_keeps_the_edits_for_the_next_start(
    qtbot, server_store, pg_server, pg_url, settings
):
    """Closing offline asks nothing (the journal keeps the edits); the next window writes them first."""
    window = _window(qtbot, server_store, settings)
    meeting_id = window.editor.meeting.id
    pg_server.stop("immediate")
    window.editor.set_meeting_field("other_info", "Ghi chú lúc mất mạng")
    qtbot.waitUntil(lambda: window.editor.autosave.kept_on_disk, timeout=5000)
    assert window.close()
    server_store.close()
    pg_server.start()
    with open_store(pg_url) as again:
        second = _window(qtbot, again, settings)
        qtbot.waitUntil(
            lambda: _stored(pg_url, meeting_id).other_info == "Ghi chú lúc mất mạng", timeout=5000
        )
        qtbot.waitUntil(lambda: not second.editor.autosave.journal.exists(), timeout=3000)
        second.close()


def test_a_meeting_edited_elsewhere_opens_read_only_naming_who_then_frees(server_window, pg_url, qtbot):
    """Another session holds the meeting: read-only with a banner naming user, machine and since when;
    it becomes editable, freshly read, once they close it."""
    editor = server_window.editor
    meeting_id = editor.meeting.id
    server_window.open_meeting(None)
    other = open_store(pg_url)
    try:
        assert other.lease(meeting_id) is None
        other.update_meeting_field(meeting_id, "location", "Sửa ở máy khác")
        server_window.open_meeting(meeting_id)
        assert editor.read_only and editor.lease_holder
        banner = server_window.ui.bannerLabel.text()
        assert server_window.ui.bannerFrame.isVisible()
        assert "đang được" in banner and os.uname().nodename in banner and " từ " in banner
        editor.set_meeting_field("location", "Không được ghi")
        assert editor.meeting.location == "Sửa ở máy khác"
    finally:
        other.close()
    qtbot.waitUntil(lambda: not editor.read_only, timeout=8000)
    assert not server_window.ui.bannerFrame.isVisible()
    assert editor.meeting.location == "Sửa ở máy khác"
    editor.set_meeting_field("location", "Giờ sửa được")
    qtbot.waitUntil(lambda: _stored(pg_url, meeting_id).location == "Giờ sửa được", timeout=3000)


def test_a_crashed_holder_frees_the_meeting(server_window, pg_url, qtbot):
    """The holder's laptop dies (SIGKILL): the server drops its lease and the meeting becomes editable."""
    editor = server_window.editor
    meeting_id = editor.meeting.id
    server_window.open_meeting(None)
    code = (
        "import sys, time\nfrom minutes_app.storage import open_store\n"
        "store = open_store(sys.argv[1]); assert store.lease(int(sys.argv[2])) is None\n"
        "print('held', flush=True); time.sleep(60)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen(
        [sys.executable, "-c", code, pg_url, str(meeting_id)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout.readline().strip() == "held"
        server_window.open_meeting(meeting_id)
        assert editor.read_only and editor.lease_holder
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        qtbot.waitUntil(lambda: not editor.read_only, timeout=10000)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(10)


def test_two_windows_edit_two_meetings_at_once(
    server_window, server_store, sample_meeting, pg_url, qtbot, tmp_path
):
    """A second window (another process, as on another machine) types into one meeting while this window
    edits another: both are saved, neither is locked out."""
    later = copy.deepcopy(sample_meeting)
    later.title, later.date, later.uid = "Họp chi bộ tháng 11", dt.date(2030, 11, 5), ""
    second_id = server_store.add(later)
    first_id = server_window.editor.meeting.id
    env = dict(
        os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "xdg")
    )
    child = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "tests" / "reliability" / "typing_child.py"),
            pg_url,
            str(tmp_path / "s"),
            "7",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(REPO),
    )
    try:
        ready = child.stdout.readline().split()
        assert ready[0] == "ready" and int(ready[1]) == second_id  # the newest meeting is the child's
        server_window.open_meeting(first_id)
        assert not server_window.editor.read_only
        server_window.editor.set_meeting_field("location", "Phòng họp số 1")
        qtbot.waitUntil(lambda: _stored(pg_url, first_id).location == "Phòng họp số 1", timeout=3000)
        saved = 0
        deadline = time.monotonic() + 20
        while saved < 2 and time.monotonic() < deadline:
            line = child.stdout.readline()
            saved += line.startswith("saved")
        assert saved >= 2
        server_window.open_meeting(second_id)
        assert server_window.editor.read_only and server_window.editor.lease_holder
    finally:
        child.kill()
        child.wait(10)
    report = _stored(pg_url, second_id).reports
    assert report and report[0].content.strip()


def test_a_reader_role_opens_every_meeting_read_only(qtbot, server_store, pg_reader_url, settings):
    """GRANT SELECT only: the banner says the account may only read; nothing can be edited or created."""
    with open_store(pg_reader_url) as reader:
        window = _window(qtbot, reader, settings)
        assert window.editor.meeting is not None and window.editor.read_only
        assert "chỉ có quyền xem" in window.ui.bannerLabel.text()
        assert not window.ui.actionNewMeeting.isEnabled() and not window.ui.actionImportJson.isEnabled()
        assert window.save_status.save_label.text() == "Chỉ xem"
        window.close()


def test_a_window_killed_offline_replays_its_journal_at_the_next_start(
    qtbot, server_store, pg_server, pg_url, settings, tmp_path, monkeypatch
):
    """The real window types, the server stops, the window is SIGKILLed: at the next start the journal it
    left is written to the server, so nothing typed before the kill (but its last second) is lost."""
    meeting_id = server_window_meeting = server_store.list_meetings()[0].id
    data = tmp_path / "xdg"
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(data))
    child = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "tests" / "reliability" / "typing_child.py"),
            pg_url,
            str(tmp_path / "s"),
            "3",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(REPO),
    )
    journal_folder = data / "minutes_app" / "journal"
    typed: list[tuple[int, float]] = []
    try:
        assert child.stdout.readline().startswith(f"ready {server_window_meeting}")
        while not any(line.startswith("saved") for line in [child.stdout.readline()]):
            pass
        pg_server.stop("immediate")
        stopped = time.monotonic()
        while time.monotonic() - stopped < 4 or not list(journal_folder.glob("*.json")):
            parts = child.stdout.readline().split()
            if parts and parts[0] == "typed":
                typed.append((int(parts[1]), float(parts[2])))
            assert time.monotonic() - stopped < 30
        child.send_signal(signal.SIGKILL)
        killed = time.monotonic()
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(10)
    pg_server.start()
    monkeypatch.setattr(journal, "default_folder", lambda: journal_folder)
    kept = journal.Journal(server_store.path, journal_folder).load()
    assert kept and kept[-1].call == "update_item_field"
    with open_store(pg_url) as again:
        window = _window(qtbot, again, settings)
        qtbot.waitUntil(lambda: not list(journal_folder.glob("*.json")), timeout=8000)
        window.close()
    content = _stored(pg_url, meeting_id).reports[0].content
    assert content == kept[-1].args["value"]
    older = [length for length, moment in typed if moment < killed - 1.3]
    assert older and len(content) >= max(older)


def test_a_password_in_the_url_is_never_shown_or_kept(
    qtbot, pg_server, pg_database, sample_meeting, settings, message_boxes
):
    """With the password in the URL: title, banner, status bar, About text and the journal never hold it."""
    from pgserver import WRITER_PASSWORD
    from PySide6.QtWidgets import QLabel

    url = pg_server.url(pg_database, password=WRITER_PASSWORD)
    with open_store(url) as store:
        store.add(sample_meeting)
        window = _window(qtbot, store, settings)
        window.ui.actionAbout.trigger()
        shown = [text for kind, text in message_boxes if kind == "about"]
        pg_server.stop("immediate")
        window.editor.set_meeting_field("location", "Phòng họp mất mạng")
        qtbot.waitUntil(lambda: window.editor.autosave.kept_on_disk, timeout=5000)
        texts = [label.text() for label in window.findChildren(QLabel)] + shown + [window.windowTitle()]
        texts.append(window.editor.autosave.journal.path.read_text(encoding="utf-8"))
        pg_server.start()
        qtbot.waitUntil(lambda: not window.editor.autosave.pending, timeout=8000)
        window.close()
    assert shown and any("Mất kết nối" in text for text in texts)
    assert not [text for text in texts if WRITER_PASSWORD in text]


def test_the_register_window_works_on_the_server(server_window, server_store, qtbot, monkeypatch):
    """The register over a shared archive: lines and filters, and progress recorded and undone on the
    server, the lines and counts read again once the writer thread has written it."""
    from PySide6.QtWidgets import QDialog

    from minutes_app.domain.model import DirectiveStatus
    from minutes_app.gui.followup_dialog import FollowUpDialog

    server_window.register.action.trigger()
    register = server_window.register.register_window
    qtbot.waitExposed(register)
    meeting_id = server_store.list_meetings()[0].id
    lines = register.model.rowCount()
    assert lines == len(server_store.load(meeting_id).directives) > 1
    qtbot.keyClicks(register.ui.registerSearchEdit, "ke hoach")
    qtbot.waitUntil(lambda: 0 < register.model.rowCount() < lines)
    register.ui.registerSearchEdit.clear()
    qtbot.keyClicks(register.ui.unitEdit, "zzz")
    qtbot.waitUntil(lambda: register.model.rowCount() == 0)

    def answered(dialog: FollowUpDialog) -> int:
        dialog.ui.followUpStatusCombo.setCurrentIndex(dialog.ui.followUpStatusCombo.findData("done"))
        dialog.ui.followUpNoteEdit.setPlainText("Đã xong")
        dialog.ui.followUpDateEdit.setDate(dt.date(2022, 12, 28))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FollowUpDialog, "exec", answered)
    register.ui.unitEdit.clear()
    qtbot.waitUntil(lambda: register.model.rowCount() == lines)
    register.select(f"{meeting_id}.t1")
    register.ui.recordProgressButton.click()
    qtbot.waitUntil(lambda: bool(server_store.load(meeting_id).followups), timeout=3000)  # written off-thread
    followups = server_store.load(meeting_id).followups
    assert [(f.directive, f.status) for f in followups] == [("t1", DirectiveStatus.DONE)]
    qtbot.waitUntil(lambda: "1 hoàn thành đúng hạn" in register.ui.summaryLabel.text(), timeout=3000)
    register.undo_action.trigger()
    qtbot.waitUntil(lambda: not server_store.load(meeting_id).followups, timeout=3000)
    qtbot.waitUntil(lambda: "0 hoàn thành đúng hạn" in register.ui.summaryLabel.text(), timeout=3000)
