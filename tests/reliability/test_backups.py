"""Backups: every copy is sound and restores to identical content, rotation keeps the promised set, and a
restore from the window works and is undone by restoring again."""

from __future__ import annotations

import copy
import datetime as dt
import shutil

from minutes_app.domain import canonical
from minutes_app.gui import recovery
from minutes_app.storage import open_store
from minutes_app.storage.engines import sqlite_backup as backup

from .helpers import close_window, integrity, open_window

ROUNDS = 12


def _contents(store) -> dict:
    return {s.id: canonical.to_document(store.load(s.id)) for s in store.list_meetings()}


def test_every_backup_is_sound_and_restores_identical_content(db_path, sample_meeting, tmp_path):
    """Backups taken between edits each pass integrity_check and give back exactly that moment's meetings."""
    taken = []
    with open_store(db_path) as store:
        meeting_id = store.add(sample_meeting)
        for number in range(ROUNDS):
            store.update_meeting_field(meeting_id, "agenda", f"Chương trình lần {number} " * (number + 1))
            if number % 3 == 0:
                extra = copy.deepcopy(sample_meeting)
                extra.title = f"Hội nghị {number}"
                store.add(extra)
            target = store.backup_now() if number % 2 else store.backup_to(tmp_path / f"cli-{number}.sqlite3")
            taken.append((target, _contents(store)))
    for target, expected in taken:
        assert integrity(target) == [], target
        restored = tmp_path / "restore" / "minutes.sqlite3"
        shutil.rmtree(restored.parent, ignore_errors=True)
        restored.parent.mkdir()
        shutil.copy(target, restored)
        with open_store(restored) as store:
            assert not store.read_only
            assert _contents(store) == expected
            assert store.search("tuyen giao")


def test_rotation_keeps_ten_newest_and_one_a_day(db_path, sample_meeting, monkeypatch):
    """Over 40 days of copies, plus many in one second: the ten newest and each day's newest remain."""
    with open_store(db_path) as store:
        store.add(sample_meeting)
        folder = db_path.parent / "backups"
        folder.mkdir(exist_ok=True)
        today = dt.datetime(2024, 6, 30, 18, 0, 0)
        for day in range(40):
            for hour in (9, 15):
                moment = today - dt.timedelta(days=day, hours=18 - hour)
                name = f"{db_path.stem}-{moment.strftime('%Y%m%d-%H%M%S')}{db_path.suffix}"
                shutil.copy(db_path, folder / name)
        labelled = backup.backup_into_folder(store._db.connection(), db_path, label="-before-restore")
        removed = backup.rotate(db_path, now=today)
        kept = {p.name for p in store.backups()}
        assert labelled.name in kept and labelled not in removed
        days = {name.split("-")[1] for name in kept if name != labelled.name}
        expected_days = {(today - dt.timedelta(days=d)).strftime("%Y%m%d") for d in range(30)}
        assert days == expected_days
        assert (
            len(kept) == 30 + 5 + 1
        )  # each day's newest, the five 9:00 copies among the ten newest, the labelled

        # Many copies within one second: the ten made last are the ten kept.
        class Frozen(dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return dt.datetime(2024, 7, 1, 8, 0, 0)

        for path in store.backups():
            path.unlink()
        monkeypatch.setattr(backup.dt, "datetime", Frozen)
        made = [store.backup_now() for _ in range(13)]
        assert sorted(p.name for p in store.backups()) == sorted(p.name for p in made[-10:]), [
            p.name for p in store.backups()
        ]
    for path in made[-10:]:
        assert integrity(path) == []


def test_restore_from_the_window_and_undo_it_by_restoring_again(qtbot, seeded_db, boxes):
    """File › restore brings back a backup's meeting in the open window; restoring the kept copy undoes it."""
    store = open_store(seeded_db)
    try:
        window = open_window(qtbot, store)
        restorer = recovery.install(window)
        assert restorer.action.isEnabled() and restorer.action in window.ui.menuFile.actions()
        original = window.editor.meeting.title
        first = store.backup_now()
        window.editor.set_meeting_field("title", "Tiêu đề sửa sau bản sao lưu", typing=True)
        window.editor.flush()
        assert store.load(window.editor.meeting.id).title == "Tiêu đề sửa sau bản sao lưu"
        kept = restorer.restore(first)
        assert kept is not None and integrity(store.path) == [] and integrity(kept) == []
        assert window.editor.meeting.title == original
        assert store.load(window.editor.meeting.id).title == original
        assert window.ui.tabWidget.widget(0).ui.titleEdit.text() == original
        # Undo the restore: restore the copy made just before it.
        again = restorer.restore(kept)
        assert again is not None
        assert window.editor.meeting.title == "Tiêu đề sửa sau bản sao lưu"
        assert store.check() == []
        # And typing goes on into the restored file.
        window.editor.set_meeting_field("title", "Sau khi khôi phục", typing=True)
        window.editor.flush()
        close_window(window)
    finally:
        store.close()
    with open_store(seeded_db) as reopened:
        assert reopened.list_meetings()[0].title == "Sau khi khôi phục"
        assert reopened.check() == []
