"""A foreign SQLite file or a failed upgrade writes nothing: "is this our archive?" is decided before any
write; a foreign file stays byte-identical for every command and the window; an upgrade makes its backup
first and names it truly, and retries do not pile up copies."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from minutes_app import cli, paths
from minutes_app.storage import migrations, open_store

from .helpers import file_hash

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _another_programs_database(path: Path) -> None:
    _sql(
        path,
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)",
        "INSERT INTO contacts VALUES (1, 'A')",
    )


def _with_user_version(version: int):
    def make(path: Path) -> None:
        shutil.copy(FIXTURES / "schema-v5.sqlite3", path)
        _sql(path, f"PRAGMA user_version = {version}")

    return make


def _empty_sqlite(path: Path) -> None:
    _sql(path, "PRAGMA user_version = 0", "CREATE TABLE t (x)", "DROP TABLE t")


def _other_application(path: Path) -> None:
    shutil.copy(FIXTURES / "schema-v5.sqlite3", path)
    _sql(path, "PRAGMA application_id = 1234")


def _meeting_table_of_another_shape(path: Path) -> None:
    _sql(path, "CREATE TABLE meeting (id INTEGER PRIMARY KEY, subject TEXT)", "PRAGMA user_version = 3")


FOREIGN = {
    "another program's database": _another_programs_database,
    "our tables at user_version 0": _with_user_version(0),
    "our tables at user_version -1": _with_user_version(-1),
    "an empty SQLite database": _empty_sqlite,
    "another application id": _other_application,
    "a meeting table of another shape": _meeting_table_of_another_shape,
}


def _companions(path: Path) -> list[str]:
    return sorted(
        p.name for p in path.parent.iterdir() if p.name != path.name and not p.name.startswith("out")
    )


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_a_foreign_file_stays_byte_identical(tmp_path, capsys, kind):
    """import, finalize, list, export, check and backup refuse it as not a minutes archive; its bytes,
    header included, never change and no backup of it is made."""
    path = tmp_path / "minutes.sqlite3"
    FOREIGN[kind](path)
    before = file_hash(path)
    for command in (
        ["import", str(paths.SAMPLE_MEETING)],
        ["finalize", "1"],
        ["list"],
        ["export", "1", "-o", str(tmp_path / "out.pdf")],
        ["check"],
        ["backup", str(tmp_path / "out.sqlite3")],
    ):
        code = cli.main(["--db", str(path), *command])
        err = capsys.readouterr().err
        assert code == 1 and "không phải tệp dữ liệu biên bản" in err, (kind, command, err)
    assert file_hash(path) == before
    assert not (tmp_path / "backups").exists()
    assert [n for n in _companions(path) if not n.endswith((".lock", ".lock.json", "-wal", "-shm"))] == []


def test_the_window_refuses_a_foreign_file_without_writing(tmp_path, monkeypatch, message_box_log):
    """gui.app.run on another program's database says so and writes nothing."""
    from PySide6.QtWidgets import QApplication

    from minutes_app.gui import app as gui_app

    path = tmp_path / "minutes.sqlite3"
    _another_programs_database(path)
    before = file_hash(path)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert gui_app.run(db_path=str(path)) == 1
    assert any("không phải tệp dữ liệu biên bản" in text for _, text in message_box_log)
    assert file_hash(path) == before


def _schema_3_with_a_conflicting_table(path: Path) -> None:
    shutil.copy(FIXTURES / "schema-v3.sqlite3", path)
    _sql(path, "CREATE TABLE followup (note TEXT)")  # a table of that name comes with schema 5


def test_a_failed_upgrade_writes_nothing_and_retries_pile_nothing_up(tmp_path, capsys):
    """A schema-3 file whose upgrade cannot succeed: every retry refuses with the reason, the file stays
    byte-identical (header too: not switched to WAL), and no copy is left in backups/."""
    path = tmp_path / "minutes.sqlite3"
    _schema_3_with_a_conflicting_table(path)
    before = file_hash(path)
    for _ in range(3):
        code = cli.main(["--db", str(path), "import", str(paths.SAMPLE_MEETING)])
        err = capsys.readouterr().err
        assert code == 1 and "không thay đổi gì" in err and "followup" in err, err
    assert file_hash(path) == before
    assert [p for p in (tmp_path / "backups").iterdir() if not p.name.startswith(".")] == []
    assert not list((tmp_path / "backups").glob(".*"))
    assert cli.main(["--db", str(path), "list"]) == 0  # still readable as the old version
    capsys.readouterr()


def test_an_upgrade_makes_its_backup_first_and_names_its_true_path(tmp_path, monkeypatch):
    """When writing the upgraded file fails after the backup, the message names that backup, which
    exists and is the old version; a retry reuses it instead of making another."""
    from minutes_app.storage.engines import sqlite_upgrade as upgrade

    path = tmp_path / "minutes.sqlite3"
    shutil.copy(FIXTURES / "schema-v5.sqlite3", path)
    before = file_hash(path)

    def failing_write(db, upgraded):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(upgrade, "write_into", failing_write)
    named = set()
    for _ in range(2):
        with pytest.raises(Exception) as caught:
            open_store(path)
        message = str(caught.value)
        kept = [p for p in (tmp_path / "backups").iterdir() if "before-schema" in p.name]
        assert len(kept) == 1 and str(kept[0]) in message, message
        named.add(kept[0])
        assert file_hash(path) == before
    assert len(named) == 1
    connection = sqlite3.connect(f"file:{named.pop()}?mode=ro", uri=True)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 5
    connection.close()
    monkeypatch.undo()
    with open_store(path) as store:
        assert not store.read_only and len(store.list_meetings()) == 3
    assert len([p for p in (tmp_path / "backups").iterdir() if "before-schema" in p.name]) == 1


def test_a_new_archive_is_never_left_at_version_0(tmp_path):
    """Creating an archive is one transaction before the switch to WAL: the new file is complete, marked
    as a minutes archive, and an empty file left by a killed start is simply created again."""
    path = tmp_path / "minutes.sqlite3"
    path.write_bytes(b"")
    with open_store(path) as store:
        assert not store.read_only
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
    assert connection.execute("PRAGMA application_id").fetchone()[0] == 0x4D696E75
    connection.close()
