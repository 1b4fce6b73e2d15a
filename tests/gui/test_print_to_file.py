"""Printing to a file passes the output gate and writes with an export's privacy, whichever way it prints."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from minutes_app.domain.model import Circulation
from minutes_app.gui import print_preview
from minutes_app.gui.print_preview import PrintPreviewDialog
from minutes_app.messages import UserError

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="file modes and FIFOs are POSIX")


def _printer(target, *, whole: bool) -> QPrinter:
    """A PDF printer writing to ``target``: the whole document (our PDF as is) or page 1 (raster pages)."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    if not whole:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 1)
    return printer


def _targets(db_path, tmp_path) -> dict:
    backups = db_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    backup = backups / "minutes-2022-09-20.sqlite3"
    backup.write_bytes(b"backup")
    wal = db_path.with_name(db_path.name + "-wal")
    (tmp_path / "folder.pdf").mkdir()
    return {
        "database": db_path,
        "wal": wal,
        "backup": backup,
        "link to the database": _link(tmp_path / "link.pdf", db_path),
        "folder": tmp_path / "folder.pdf",
    }


def _link(link, target):
    link.symlink_to(target)
    return link


@pytest.mark.parametrize("whole", [True, False], ids=["our pdf", "raster pages"])
@pytest.mark.parametrize("kind", ["database", "wal", "backup", "link to the database", "folder"])
def test_the_gate_refuses_the_archive_its_companions_backups_and_non_files(
    qtbot, store, db_path, tmp_path, sample_meeting, kind, whole
):
    """Nothing is written onto the open database, its -wal, a backup or a folder: a UserError says why."""
    target = _targets(db_path, tmp_path)[kind]
    before = db_path.read_bytes()
    existing = target.read_bytes() if target.is_file() else None
    dialog = PrintPreviewDialog(sample_meeting)
    qtbot.addWidget(dialog)
    with pytest.raises(UserError) as refused:
        dialog.print_to(_printer(target, whole=whole))
    assert refused.value.key == ("output.not_regular" if kind == "folder" else "output.archive")
    assert db_path.read_bytes() == before
    if existing is not None:
        assert target.read_bytes() == existing
    assert not list(tmp_path.glob("**/*.part"))


@posix_only
def test_a_fifo_is_refused_before_it_is_opened(qtbot, store, tmp_path, sample_meeting):
    """A FIFO chosen as the file is refused (opening it would block the window)."""
    fifo = tmp_path / "printer.pdf"
    os.mkfifo(fifo)
    dialog = PrintPreviewDialog(sample_meeting)
    qtbot.addWidget(dialog)
    for whole in (True, False):
        with pytest.raises(UserError) as refused:
            dialog.print_to(_printer(fifo, whole=whole))
        assert refused.value.key == "output.not_regular"


def test_the_print_dialog_tells_the_refusal(
    qtbot, store, db_path, sample_meeting, monkeypatch, message_boxes
):
    """Choosing the database as the file in the print dialog shows the gate's message; the database stays."""

    class ChoosingTheDatabase(QPrintDialog):
        def exec(self):
            self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer().setOutputFileName(str(db_path))
            self.printer().setPrintRange(QPrinter.PrintRange.PageRange)
            self.printer().setFromTo(1, 1)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_preview, "QPrintDialog", ChoosingTheDatabase)
    before = db_path.read_bytes()
    dialog = PrintPreviewDialog(sample_meeting)
    qtbot.addWidget(dialog)
    dialog.ui.printButton.click()
    assert db_path.read_bytes() == before
    assert message_boxes and message_boxes[-1][0] == "warning"
    assert (
        str(UserError("output.archive", path=str(db_path), database=str(db_path.resolve())))
        in (message_boxes[-1][1])
    )


@posix_only
@pytest.mark.parametrize("whole", [True, False], ids=["our pdf", "raster pages"])
def test_a_restricted_meeting_prints_to_an_owner_only_file(qtbot, tmp_path, sample_meeting, whole):
    """Lưu hành nội bộ: the printed file is 0600, as its export would be, whichever way it is printed."""
    sample_meeting.circulation = Circulation.INTERNAL
    target = tmp_path / "printed.pdf"
    dialog = PrintPreviewDialog(sample_meeting)
    qtbot.addWidget(dialog)
    dialog.print_to(_printer(target, whole=whole))
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@posix_only
@pytest.mark.parametrize("whole", [True, False], ids=["our pdf", "raster pages"])
def test_an_open_meeting_prints_with_the_mode_an_export_gets(qtbot, tmp_path, sample_meeting, whole):
    """Without restriction the printed file follows the umask, like an export of the same meeting."""
    from minutes_app import documents

    exported, printed = tmp_path / "exported.pdf", tmp_path / "printed.pdf"
    documents.render(sample_meeting, target=exported)
    dialog = PrintPreviewDialog(sample_meeting)
    qtbot.addWidget(dialog)
    dialog.print_to(_printer(printed, whole=whole))
    assert stat.S_IMODE(printed.stat().st_mode) == stat.S_IMODE(exported.stat().st_mode)
