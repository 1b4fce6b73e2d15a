"""Outputs never destroy the archive nor replace what is not a regular file: every output path (export in
every format and document, backup, the window's export dialogs) against every name of the archive, its
companions and backups, and every kind of special file; ``-o -`` writes to standard output."""

from __future__ import annotations

import hashlib
import io
import json
import os
import socket
import stat
import zipfile
from pathlib import Path

import pytest

from minutes_app import cli, interchange
from minutes_app.storage import open_store

EXPORTS = [
    (fmt, document)
    for fmt, documents in (
        ("pdf", ("minutes", "attendance", "conclusion")),
        ("docx", ("minutes",)),
        ("json", (None,)),
    )
    for document in documents
]


def _export_args(fmt: str, document: str | None) -> list[str]:
    return ["--format", fmt, *(["--document", document] if document else [])]


def _digests(folder: Path) -> dict[str, str]:
    """Every file under the archive's folder (database, companions, backups), by relative name.

    A read-only look at a WAL file may add an empty -wal and a -shm index beside it; neither is an
    output, so they are left out."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink() and not p.name.endswith((".checked", "-wal", "-shm"))
    }


@pytest.fixture
def archive(tmp_path, sample_meeting) -> Path:
    """A closed archive holding the sample meeting, with one backup in backups/."""
    path = tmp_path / "data" / "minutes.sqlite3"
    with open_store(path) as store:
        store.add(sample_meeting)
        store.backup_now()
    return path


def _names_of_the_archive(archive: Path, elsewhere: Path) -> dict[str, Path]:
    """Every way of naming a protected file: itself, its companions, a backup, through links and ``..``."""
    backup = next((archive.parent / "backups").iterdir())
    elsewhere.mkdir(exist_ok=True)
    names = {
        "same path": archive,
        "relative with ..": Path(os.path.relpath(archive.parent / ".." / archive.parent.name / archive.name)),
        "-wal": archive.with_name(archive.name + "-wal"),
        "-shm": archive.with_name(archive.name + "-shm"),
        "lock": archive.with_name(archive.name + ".lock"),
        "backup by its name": backup,
        "new name in backups/": archive.parent / "backups" / "export.pdf",
        "backups/ through ..": archive.parent / "backups" / ".." / "backups" / "x.json",
        "the backups folder's own name": archive.parent / "backups",
    }
    for label, target in (("symlink to the archive", archive), ("symlink to a backup", backup)):
        link = elsewhere / f"{label.replace(' ', '-')}.pdf"
        link.symlink_to(target)
        names[label] = link
    for label, target in (("hard link to the archive", archive), ("hard link to a backup", backup)):
        link = elsewhere / f"{label.replace(' ', '-')}.json"
        os.link(target, link)
        names[label] = link
    folder_link = elsewhere / "linked-folder"
    folder_link.symlink_to(archive.parent, target_is_directory=True)
    names["through a symlinked folder"] = folder_link / archive.name
    return names


def test_no_output_lands_on_the_archive_its_companions_or_backups(archive, tmp_path, capsys, monkeypatch):
    """export (every format and document) and backup refuse every name of a protected file: exit 2, one
    line, and not a byte of the archive, its companions or backups changes."""
    monkeypatch.chdir(tmp_path)
    names = _names_of_the_archive(archive, tmp_path / "elsewhere")
    before = _digests(archive.parent)
    refused = 0
    for label, target in names.items():
        commands = [["export", "1", "-o", str(target), *_export_args(f, d)] for f, d in EXPORTS]
        commands.append(["backup", str(target)])
        for command in commands:
            code = cli.main(["--db", str(archive), *command])
            err = capsys.readouterr().err.strip()
            assert code == 2, (label, command, err)
            assert len(err.splitlines()) == 1 and "Traceback" not in err, (label, err)
            refused += 1
    assert _digests(archive.parent) == before
    assert refused == len(names) * (len(EXPORTS) + 1)


def test_an_open_archive_is_refused_too(archive, tmp_path, capsys):
    """While the window has the archive open (its -wal and -shm exist), they are refused as outputs."""
    with open_store(archive) as store:
        store.update_meeting_field(1, "agenda", "Sửa trong lúc mở")
        wal = archive.with_name(archive.name + "-wal")
        assert wal.exists()
        for target in (wal, archive.with_name(archive.name + "-shm"), archive):
            assert cli.main(["--db", str(archive), "export", "1", "-o", str(target), "--format", "json"]) == 2
        assert store.load(1).agenda == "Sửa trong lúc mở"
    capsys.readouterr()


def test_the_backups_folder_name_is_kept_free(tmp_path, capsys, sample_meeting):
    """Before the first backup exists, an output named like the archive's backups/ folder is refused: a
    file there would keep every later backup from being made."""
    path = tmp_path / "minutes.sqlite3"
    with open_store(path) as store:
        store.add(sample_meeting)
    assert not (tmp_path / "backups").exists()
    for command in (["backup", str(tmp_path / "backups")], ["export", "1", "-o", str(tmp_path / "backups")]):
        assert cli.main(["--db", str(path), *command]) == 2
    capsys.readouterr()
    assert not (tmp_path / "backups").exists()


def _special_files(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    fifo = folder / "fifo.pdf"
    os.mkfifo(fifo)
    sock = folder / "socket.pdf"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock))
    server.close()
    found = {"character device": Path("/dev/null"), "FIFO": fifo, "socket": sock, "folder": folder}
    if os.geteuid() == 0:
        # Root could replace the real /dev/null (the program before this fix did): root gets device nodes
        # of its own here instead, a null device and a block device (neither is ever opened).
        null = folder / "null.pdf"
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        found["character device"] = null
        block = folder / "block.pdf"
        os.mknod(block, stat.S_IFBLK | 0o600, os.makedev(7, 250))
        found["block device"] = block
    return found


def test_special_files_are_never_replaced(archive, tmp_path, capsys):
    """-o naming a device, FIFO, socket or folder exits 2 and leaves it what it was (run as root, the
    program before this fix replaced /dev/null with a PDF)."""
    specials = _special_files(tmp_path / "special")
    for label, target in specials.items():
        kind = stat.S_IFMT(os.lstat(target).st_mode)
        for command in (
            *(["export", "1", "-o", str(target), *_export_args(f, d)] for f, d in EXPORTS),
            ["backup", str(target)] if label != "folder" else ["backup", str(target / "fifo.pdf")],
        ):
            code = cli.main(["--db", str(archive), *command])
            err = capsys.readouterr().err.strip()
            assert code == 2, (label, command, err)
            assert len(err.splitlines()) == 1
        assert stat.S_IFMT(os.lstat(target).st_mode) == kind, label
    assert not list((tmp_path / "special").glob(".*.part"))


def test_dash_writes_every_format_to_standard_output(archive, capsysbinary, tmp_path, monkeypatch):
    """``-o -`` writes every format and document to standard output, nothing to a file named "-"."""
    monkeypatch.chdir(tmp_path)
    produced = {}
    for fmt, document in EXPORTS:
        code = cli.main(["--db", str(archive), "export", "1", "-o", "-", *_export_args(fmt, document)])
        out = capsysbinary.readouterr()
        assert code == 0, out.err
        produced[(fmt, document)] = out.out
    assert not Path("-").exists()
    assert all(produced[(fmt, d)].startswith(b"%PDF") for fmt, d in EXPORTS if fmt == "pdf")
    assert produced[("docx", "minutes")].startswith(b"PK")
    json_out = produced[("json", None)].decode("utf-8")
    assert interchange.parse_document(json.loads(json_out)).title == json.loads(json_out)["meeting"]["title"]


def test_dash_is_standard_output_in_binary(archive, tmp_path):
    """A PDF and a DOCX piped out are byte for byte what the file export writes."""
    import subprocess
    import sys

    from .helpers import REPO, child_env

    for fmt in ("pdf", "docx"):
        piped = subprocess.run(
            [
                sys.executable,
                "-m",
                "minutes_app",
                "--db",
                str(archive),
                "export",
                "1",
                "-o",
                "-",
                "--format",
                fmt,
            ],
            capture_output=True,
            env=child_env(),
            cwd=REPO,
            check=True,
        ).stdout
        target = tmp_path / f"file.{fmt}"
        assert cli.main(["--db", str(archive), "export", "1", "-o", str(target), "--format", fmt]) == 0
        assert piped == target.read_bytes()
        if fmt == "docx":
            assert zipfile.ZipFile(io.BytesIO(piped)).testzip() is None


def test_backup_to_standard_output_is_a_sound_copy(archive, tmp_path):
    """``backup -`` streams a complete archive that opens with the same meetings."""
    import subprocess
    import sys

    from .helpers import REPO, child_env, integrity

    copy = tmp_path / "piped.sqlite3"
    with open(copy, "wb") as handle:
        subprocess.run(
            [sys.executable, "-m", "minutes_app", "--db", str(archive), "backup", "-"],
            stdout=handle,
            env=child_env(),
            cwd=REPO,
            check=True,
        )
    assert integrity(copy) == []
    with open_store(copy, read_only=True) as store:
        assert [s.title for s in store.list_meetings()] == [
            s.title for s in open_store(archive, read_only=True).list_meetings()
        ]


def test_a_symlink_output_replaces_the_link_not_its_file(archive, tmp_path, capsys):
    """An ordinary file reached through a symlink is left as it was; the link becomes the export."""
    kept = tmp_path / "kept.txt"
    kept.write_text("không được ghi đè", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(kept)
    assert cli.main(["--db", str(archive), "export", "1", "-o", str(link), "--format", "json"]) == 0
    capsys.readouterr()
    assert kept.read_text(encoding="utf-8") == "không được ghi đè"
    assert not link.is_symlink() and json.loads(link.read_text(encoding="utf-8"))["meeting"]["title"]


def test_help_says_what_a_symlink_output_does(capsys):
    """The help of export tells that a symlink is replaced and the file it pointed to is left alone."""
    assert cli.main(["export", "--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "symlink is replaced" in said and "- for standard output" in said


@pytest.mark.parametrize("kind", ["json", "pdf", "docx"])
def test_the_windows_export_dialogs_refuse_the_archive(
    archive, tmp_path, qtbot, message_box_log, monkeypatch, kind
):
    """File › Export (JSON, PDF, DOCX) pointed at a name of the archive or of a backup warns and writes nothing."""
    from PySide6.QtWidgets import QFileDialog

    from minutes_app.gui.meeting_files import MeetingFiles
    from minutes_app.gui.settings import Settings

    from .helpers import open_window

    backup = next((archive.parent / "backups").iterdir())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / f"symlink.{kind}").symlink_to(archive)
    os.link(archive, elsewhere / f"hardlink.{kind}")
    os.link(backup, elsewhere / f"backup-hardlink.{kind}")
    targets = [*sorted(elsewhere.iterdir()), archive.parent / "backups" / f"chosen.{kind}"]
    backups_before = _digests(archive.parent / "backups")
    store = open_store(archive)
    try:
        window = open_window(qtbot, store)
        files = MeetingFiles(window, Settings())
        for target in targets:
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=str(target), **k: (t, ""))
            message_box_log.clear()
            if kind == "json":
                files.export_json(window.editor.meeting)
            else:
                files.export_document(window.editor.meeting, kind)
            assert [shown for shown, _ in message_box_log] == ["warning"], (target, message_box_log)
            assert "tệp dữ liệu" in message_box_log[0][1]
        window.editor.flush()
        window.close()
    finally:
        store.close()
    assert _digests(archive.parent / "backups") == backups_before
    assert (elsewhere / f"symlink.{kind}").is_symlink()
    with open_store(archive, read_only=True) as reopened:
        assert reopened.check() == [] and reopened.load(1).title
