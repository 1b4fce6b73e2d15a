"""Honest behaviour: read-only commands create nothing, repeated finalize/reopen change nothing, and an
empty file, a foreign database or a row with broken UTF-8 is reported as what it is."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app import cli, paths

from .helpers import REPO, child_env, file_hash

READ_ONLY_COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["search", "tuyên giáo"],
    ["export", "1", "-o", "{out}"],
    ["export", "1", "-o", "{out}", "--format", "json"],
    ["check"],
    ["backup", "{out}"],
]


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): file_hash(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.mark.parametrize("command", READ_ONLY_COMMANDS, ids=" ".join)
def test_read_only_commands_create_nothing(tmp_path, capsys, command):
    """On a path with no archive (its folder missing too): exit 1, "no archive at PATH", no file made."""
    for database in (tmp_path / "none.sqlite3", tmp_path / "missing" / "deeper" / "none.sqlite3"):
        args = [part.format(out=tmp_path / "out" / "x.pdf") for part in command]
        code, _, err = _run(capsys, "--db", database, *args)
        assert code == 1, err
        assert f"Không có tệp dữ liệu biên bản tại {database}" in err and len(err.strip().splitlines()) == 1
        assert list(tmp_path.iterdir()) == [], list(tmp_path.rglob("*"))


def test_read_only_commands_leave_an_orphan_wal_alone(tmp_path, capsys):
    """A -wal without its database may be all that is left of an archive: no command empties it, and a
    new archive is not created over it."""
    wal = tmp_path / "minutes.sqlite3-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + os.urandom(4092))
    before = _tree(tmp_path)
    for command in READ_ONLY_COMMANDS:
        args = [part.format(out=tmp_path / "x.out") for part in command]
        assert _run(capsys, "--db", tmp_path / "minutes.sqlite3", *args)[0] == 1
    code, _, err = _run(capsys, "--db", tmp_path / "minutes.sqlite3", "import", paths.SAMPLE_MEETING)
    assert code == 1 and "minutes.sqlite3-wal" in err
    assert _tree(tmp_path) == before


def test_the_default_database_is_not_created_by_list(tmp_path):
    """Without --db, the read-only commands do not create the user's data folder either."""
    env = dict(child_env(), XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "minutes_app", "list"], capture_output=True, text=True, env=env, cwd=REPO
    )
    assert result.returncode == 1 and "minutes.sqlite3" in result.stderr
    assert not (tmp_path / "data").exists()


def _archive_state(path: Path) -> dict[str, str]:
    """The archive's bytes as any reader sees them: the file and its -wal (the verdict and locks aside)."""
    return {
        s: file_hash(path.with_name(path.name + s))
        for s in ("", "-wal")
        if path.with_name(path.name + s).exists()
    }


def test_finalize_twice_and_reopen_a_draft_change_nothing(tmp_path, capsys):
    """A second finalize prints the same fingerprint and adds no snapshot; reopen on a draft says it is a
    draft; neither writes a byte of the archive."""
    database = tmp_path / "minutes.sqlite3"
    assert _run(capsys, "--db", database, "import", paths.SAMPLE_MEETING)[0] == 0
    code, first, _ = _run(capsys, "--db", database, "finalize", "1")
    assert code == 0
    fingerprint = first.split("mã đối chiếu ")[1].rstrip(").\n")
    before = _archive_state(database)
    for _ in range(3):
        code, again, _ = _run(capsys, "--db", database, "finalize", "1")
        assert code == 0 and fingerprint in again and "đã hoàn tất từ trước" in again
    assert _archive_state(database) == before
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    assert connection.execute("SELECT count(*) FROM snapshot").fetchone()[0] == 1
    connection.close()
    assert _run(capsys, "--db", database, "reopen", "1")[0] == 0
    before = _archive_state(database)
    for _ in range(2):
        code, said, _ = _run(capsys, "--db", database, "reopen", "1")
        assert code == 0 and "đang là bản nháp" in said
    assert _archive_state(database) == before


def _foreign(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('ghi chú của chương trình khác')")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("kind", "make", "words"),
    [
        ("empty file", lambda p: p.write_bytes(b""), "rỗng"),
        ("another program's database", _foreign, "không phải tệp dữ liệu biên bản"),
        ("not SQLite", lambda p: p.write_bytes(b"PK\x03\x04" * 100), "không phải là tệp dữ liệu"),
    ],
)
def test_an_empty_or_foreign_file_is_named_for_what_it_is(tmp_path, capsys, kind, make, words):
    """list, export and check say what the file is (not "no such table", not "will be saved again")."""
    database = tmp_path / "minutes.sqlite3"
    make(database)
    for command in (["list"], ["export", "1", "-o", str(tmp_path / "x.pdf")], ["check"]):
        code, _, err = _run(capsys, "--db", database, *command)
        assert code == 1 and words in err, (kind, command, err)
        assert "no such table" not in err and "sẽ được lưu lại" not in err


def _break_utf8(database: Path, meeting_id: int) -> None:
    """Bytes that are not UTF-8 in the middle of a title, as a bad sector or another program leaves them."""
    connection = sqlite3.connect(database)
    title = connection.execute("SELECT title FROM meeting WHERE id = ?", (meeting_id,)).fetchone()[0]
    raw = title.encode()[:10] + b"\xff\xfe\xc3" + title.encode()[10:]
    connection.execute("UPDATE meeting SET title = CAST(? AS TEXT) WHERE id = ?", (raw, meeting_id))
    connection.commit()
    connection.close()


def test_a_row_with_broken_utf8_is_reported_as_damaged(tmp_path, capsys, sample_document):
    """list still lists every meeting; export of the broken one names it as damaged (exit 1), the other
    exports; check explains first and shows at most five raw lines."""
    import json

    database = tmp_path / "minutes.sqlite3"
    second = tmp_path / "second.json"
    sample_document["meeting"]["title"] = "Hội nghị thứ hai"
    second.write_text(json.dumps(sample_document, ensure_ascii=False), encoding="utf-8")
    assert _run(capsys, "--db", database, "import", paths.SAMPLE_MEETING)[0] == 0
    assert _run(capsys, "--db", database, "import", second)[0] == 0
    _break_utf8(database, 1)
    code, out, _ = _run(capsys, "--db", database, "list")
    assert code == 0 and "Hội nghị thứ hai" in out and "\ufffd" in out
    code, _, err = _run(capsys, "--db", database, "export", "1", "-o", tmp_path / "x.pdf")
    assert code == 1 and "cuộc họp số 1" in err and "bị hỏng" in err and "Không lưu được" not in err
    assert not (tmp_path / "x.pdf").exists()
    assert _run(capsys, "--db", database, "export", "2", "-o", tmp_path / "y.pdf")[0] == 0
    code, _, err = _run(capsys, "--db", database, "check")
    lines = err.strip().splitlines()
    assert code == 1 and "bị hỏng" in lines[0] and "cuộc họp số 1" in lines[1]


def test_check_shows_five_raw_lines_unless_verbose(tmp_path, capsys):
    """Structural damage: the explanation comes first, then at most five of SQLite's lines and how many
    more; --verbose shows them all."""
    database = tmp_path / "minutes.sqlite3"
    assert _run(capsys, "--db", database, "import", paths.SAMPLE_MEETING)[0] == 0
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'ON attendee (meeting_id, ordinal)', "
        "'ON attendee (name, ordinal)') WHERE name = 'attendee_order'"
    )
    connection.commit()
    connection.close()
    code, _, err = _run(capsys, "--db", database, "check")
    lines = err.strip().splitlines()
    assert code == 1 and "bị hỏng" in lines[0] and "Cấu trúc tệp bị hỏng" in lines[1]
    assert len(lines) == 2 + 5 + 1 and "--verbose" in lines[-1]
    code, _, err = _run(capsys, "--db", database, "check", "--verbose")
    assert code == 1 and len(err.strip().splitlines()) > 8 and "--verbose" not in err
