"""Printing sends our PDF itself to a real CUPS queue (started here, cups-pdf backend); raster elsewhere."""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from minutes_app.gui import printing
from minutes_app.gui.print_preview import PrintPreviewDialog

QUEUE = "MinutesTest"
CUPSD = shutil.which("cupsd") or "/usr/sbin/cupsd"  # installed by scripts/bootstrap --test


@pytest.fixture
def cups(monkeypatch):
    """A private cupsd on a socket in a temporary folder, with one cups-pdf queue; its spool folder."""
    folder = Path(tempfile.mkdtemp(prefix="cups-"))
    for name in ("spool", "cache", "state", "tmp", "log"):
        (folder / name).mkdir()
    socket = folder / "cups.sock"
    (folder / "cupsd.conf").write_text(
        f"Listen {socket}\nLogLevel warn\nPreserveJobFiles Yes\nPreserveJobHistory Yes\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
    )
    (folder / "cups-files.conf").write_text(
        f"ServerRoot {folder}\nRequestRoot {folder}/spool\nCacheDir {folder}/cache\nStateDir {folder}/state\n"
        f"TempDir {folder}/tmp\nErrorLog {folder}/log/error_log\nAccessLog {folder}/log/access_log\n"
        f"PageLog {folder}/log/page_log\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\nSandboxing Relaxed\n"
    )
    daemon = subprocess.Popen(
        [CUPSD, "-f", "-c", str(folder / "cupsd.conf"), "-s", str(folder / "cups-files.conf")]
    )
    monkeypatch.setenv("CUPS_SERVER", str(socket))
    try:
        deadline = time.monotonic() + 20
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        ppd = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"
        subprocess.run(
            ["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", ppd], check=True, capture_output=True
        )
        library = ctypes.util.find_library("cups")
        if library:  # Qt's print support asks libcups, which caches the server it first talked to
            ctypes.CDLL(library).cupsSetServer(str(socket).encode())
        yield folder / "spool"
    finally:
        daemon.terminate()
        daemon.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


def _spooled(spool: Path, timeout: float = 20) -> tuple[Path, bytes]:
    """The first job's document file and its control file (IPP attributes) once cupsd has written both."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        documents, controls = sorted(spool.glob("d*-001")), sorted(spool.glob("c*"))
        if documents and controls and documents[0].stat().st_size:
            return documents[0], controls[0].read_bytes()
        time.sleep(0.2)
    pytest.fail("no job was spooled")


def _integer_attribute(control: bytes, name: str) -> int:
    """An IPP integer attribute (tag 0x21) from a CUPS control file."""
    key = bytes([0x21, 0, len(name)]) + name.encode()
    at = control.index(key) + len(key)
    return int.from_bytes(control[at + 2 : at + 6], "big")


def _printer(copies: int = 1, first: int = 0, last: int = 0) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(QUEUE)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setDocName("Biên bản hội nghị")
    printer.setCopyCount(copies)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    if first:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(first, last)
    return printer


@pytest.mark.parametrize("document", ["minutes", "attendance", "conclusion"])
def test_the_queue_receives_our_pdf_with_text_fonts_copies_and_pages(qtbot, sample_meeting, cups, document):
    """The spooled job is our PDF: its text (pdftotext), our embedded fonts, 2 copies, every page."""
    dialog = PrintPreviewDialog(sample_meeting)
    qtbot.addWidget(dialog)
    dialog.ui.documentCombo.setCurrentIndex(dialog.ui.documentCombo.findData(document))
    printer = _printer(copies=2)
    assert printer.printerName() == QUEUE and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    assert dialog.print_to(printer) == "cups"
    data, control = _spooled(cups)
    text = subprocess.run(["pdftotext", str(data), "-"], capture_output=True, text=True, check=True).stdout
    assert "BAN TUYÊN GIÁO" in text and "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    fonts = subprocess.run(["pdffonts", str(data)], capture_output=True, text=True, check=True).stdout
    assert "LiberationSerif-Bold" in fonts or "TimesNewRoman" in fonts
    flags = [
        re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line) for line in fonts.splitlines()[2:]
    ]
    assert flags and all(flag and flag.group(1) == "yes" for flag in flags)  # every font embedded
    info = subprocess.run(["pdfinfo", str(data)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) == dialog.pdf.pageCount()
    assert _integer_attribute(control, "copies") == 2


def test_the_dialogs_options_become_lp_options(monkeypatch):
    """Copies, collation, duplex and a page range are passed to the queue as CUPS job options."""
    monkeypatch.setattr(printing.shutil, "which", lambda name: "/usr/bin/lp")
    job = printing.Job("Office", "Biên bản", 3, False, 2, 4, 9, "two-sided-short-edge")
    command = printing.lp_command(job)
    assert command[:5] == ["/usr/bin/lp", "-d", "Office", "-n", "3"]
    for option in ("collate=false", "sides=two-sided-short-edge", "page-ranges=2-4"):
        assert option in command
    whole = printing.lp_command(printing.Job("Office", "", 1, True, 1, 9, 9, "one-sided"))
    assert not any(part.startswith("page-ranges") for part in whole)


def test_a_page_range_reaches_the_queue_as_the_jobs_page_ranges(qtbot, sample_meeting, cups):
    """Pages 2–3 of the minutes: the whole PDF is spooled with page-ranges 2-3 for the printer to pick."""
    dialog = PrintPreviewDialog(sample_meeting)
    qtbot.addWidget(dialog)
    assert dialog.print_to(_printer(first=2, last=3)) == "cups"
    _data, control = _spooled(cups)
    key = bytes([0x33, 0, 11]) + b"page-ranges"  # rangeOfInteger
    at = control.index(key) + len(key)
    assert control[at + 2 : at + 10] == (2).to_bytes(4, "big") + (3).to_bytes(4, "big")


def test_without_cups_pages_are_rasterised_at_600_dpi_or_more(qtbot, sample_meeting, tmp_path, monkeypatch):
    """No lp command: each page becomes an image of at least 600 dpi (A4: 4961 pixels wide)."""
    monkeypatch.setattr(printing.shutil, "which", lambda name: None)
    dialog = PrintPreviewDialog(sample_meeting)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "raster.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 1)
    assert dialog.print_to(printer) == "raster"
    images = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "raster.pdf")], capture_output=True, text=True
    )
    widths = [int(line.split()[3]) for line in images.stdout.splitlines()[2:]]
    assert (
        widths
        and sum(widths) >= 4961 * 0.99
        and min(int(line.split()[4]) for line in images.stdout.splitlines()[2:])
    )
    result = QPdfDocument()
    result.load(str(tmp_path / "raster.pdf"))
    assert result.pageCount() == 1
