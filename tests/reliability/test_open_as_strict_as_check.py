"""Opening for writing reaches the verdict ``check`` reaches: a file ``check`` calls damaged is never written
by import, finalize or the window, whatever the kind of damage; a kept "sound" verdict never hides damage
made afterwards, even when the modification time is set back."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from minutes_app import cli, paths
from minutes_app.storage import open_store

from .helpers import file_hash


def _sql(path: Path, *statements: str, params=()) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement, params)
    connection.commit()
    connection.close()


def _index_disagrees_with_its_table(path: Path) -> None:
    """quick_check does not compare an index with its table; integrity_check does."""
    _sql(
        path,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'ON attendee (meeting_id, ordinal)', "
        "'ON attendee (name, ordinal)') WHERE name = 'attendee_order'",
    )


def _text_byte_changed(path: Path) -> None:
    """A byte of a stored text changed in place, keeping the file's structure: only checksums see it."""
    data = bytearray(path.read_bytes())
    where = data.find("Hoàng Văn Thắng".encode())
    assert where > 0
    data[where] ^= 0x02  # "Joàng"
    path.write_bytes(bytes(data))


def _row_changed_by_another_program(path: Path) -> None:
    _sql(path, "UPDATE contribution SET content = 'Nội dung bị sửa ngoài chương trình' WHERE id = 1")


DAMAGE = {
    "index disagrees with its table": _index_disagrees_with_its_table,
    "a text byte changed in place": _text_byte_changed,
    "a row changed by another program": _row_changed_by_another_program,
}


@pytest.fixture
def archive(tmp_path, capsys) -> Path:
    path = tmp_path / "minutes.sqlite3"
    for _ in range(2):
        assert cli.main(["--db", str(path), "import", str(paths.SAMPLE_MEETING)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_file_check_calls_damaged_is_never_written(archive, capsys, kind):
    """check says damaged; then import, finalize and reopen refuse with the same verdict, the file unchanged."""
    DAMAGE[kind](archive)
    assert cli.main(["--db", str(archive), "check"]) == 1
    assert "Đừng ghi thêm vào tệp này" in capsys.readouterr().err
    before = file_hash(archive)
    for command in (["import", str(paths.SAMPLE_MEETING)], ["finalize", "2"], ["reopen", "2"]):
        code = cli.main(["--db", str(archive), *command])
        err = capsys.readouterr().err
        assert code == 1 and "hỏng" in err, (command, err)
    assert file_hash(archive) == before
    with open_store(archive) as store:
        assert store.read_only and store.read_only_reason is not None
        assert store.check() != []


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_the_window_opens_a_damaged_file_read_only(archive, qtbot, message_box_log, monkeypatch, kind):
    """The window on a file check calls damaged: read-only, with the banner, nothing written."""
    from PySide6.QtWidgets import QApplication

    from minutes_app.gui import app as gui_app
    from minutes_app.gui.main_window import MainWindow

    DAMAGE[kind](archive)
    before = file_hash(archive)
    seen = {}

    def look(self):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[-1]
        seen["read_only"] = window.editor.read_only
        seen["banner"] = window.ui.bannerLabel.text()
        window.editor.autosave.discard()
        window.close()
        window.deleteLater()  # no later test may find this window among the visible ones
        return 0

    monkeypatch.setattr(QApplication, "exec", look)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", lambda *a, **k: 0x00010000)  # No
    assert gui_app.run(db_path=str(archive)) == 0
    assert seen["read_only"] and "hỏng" in seen["banner"]
    assert file_hash(archive) == before


def test_a_kept_verdict_never_hides_later_damage(archive, capsys):
    """A sound verdict is kept for the file's exact state: damage made afterwards (even with the
    modification time set back) is found by the next open."""
    with open_store(archive) as store:
        assert not store.read_only
    stat = archive.stat()
    _text_byte_changed(archive)
    os.utime(archive, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert archive.stat().st_size == stat.st_size and archive.stat().st_mtime_ns == stat.st_mtime_ns
    code = cli.main(["--db", str(archive), "import", str(paths.SAMPLE_MEETING)])
    assert code == 1 and "cuộc họp số" in capsys.readouterr().err


def test_every_write_leaves_every_row_sealed(tmp_path, sample_meeting):
    """Each writer of the Store (whole meetings, autosave's fine-grained writes, finalize, follow-ups)
    writes the checksums of what it changed in the same transaction: the file verifies after each."""
    import copy
    import datetime as dt

    from minutes_app.domain.model import Attendee, DirectiveStatus, FollowUp, ItemKind
    from minutes_app.storage import checksums

    with open_store(tmp_path / "minutes.sqlite3") as store:
        first = store.add(copy.deepcopy(sample_meeting))
        second = store.add_many([copy.deepcopy(sample_meeting)])[0]
        writes = [
            lambda: store.update_meeting_field(first, "agenda", "Chương trình mới"),
            lambda: store.update_item_field(first, ItemKind.ATTENDEES, "a1", "position", "Bí thư"),
            lambda: store.insert_item(first, ItemKind.ATTENDEES, Attendee(id="new", name="Lò Văn Mới"), 0),
            lambda: store.move_items(
                first, ItemKind.ATTENDEES, [a.id for a in reversed(store.load(first).attendees)]
            ),
            lambda: store.remove_item(first, ItemKind.ATTENDEES, "new"),
            lambda: store.replace(store.load(second)),
            lambda: store.finalize(first),
            lambda: store.add_followup(
                first,
                FollowUp(store.load(first).directives[0].id, dt.date(2022, 12, 1), DirectiveStatus.DONE),
            ),
            lambda: store.reopen(first),
            lambda: store.delete(second),
        ]
        for write in writes:
            write()
            assert checksums.damaged_rows(store._db) == []
            assert store.check() == []
        assert set(checksums.present(store._db)) == set(checksums.SEALED)
