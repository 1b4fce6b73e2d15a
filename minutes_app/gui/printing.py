"""Sending a rendered PDF to the printer the secretary chose; knows nothing of layouts.

Where CUPS runs (Linux, macOS) the PDF itself goes to the queue with the dialog's options, so the printer
draws vectors and the job carries text and fonts. Elsewhere, or when the queue refuses the PDF, each page
is rasterised at the printer's resolution, never below 600 dpi, in bands so that memory stays small.
A PDF file chosen as output receives our PDF unchanged. Printing to a file is an output like an export:
it passes the same gate (never onto the open archive, its companions or backups, nor onto a device) and
is written the same way (atomically, owner-only for a classified or restricted meeting).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from minutes_app import outputs
from minutes_app.atomic import write_bytes_atomically

RASTER_DPI_MIN = 600
RASTER_DPI_MAX = 1200
BAND_PIXELS = 16_000_000  # one band of a page at most (64 MB as 32-bit colour)
_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


class PrintingError(RuntimeError):
    """The printer could not be opened or refused the job; ``where`` names the printer or the file and
    ``reason`` says why, when the system said."""

    def __init__(self, where: str, reason: str = "") -> None:
        super().__init__(where, reason)
        self.where = where
        self.reason = reason


@dataclass(frozen=True)
class Job:
    """What the print dialog asked for, independent of how it is sent."""

    printer: str
    title: str
    copies: int
    collate: bool
    first: int  # 1-based, inclusive
    last: int
    pages: int
    sides: str

    @property
    def whole(self) -> bool:
        return self.first == 1 and self.last == self.pages


def job_of(printer: QPrinter, pages: int) -> Job:
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first == 0:
        first, last = 1, pages
    first, last = max(1, first), min(max(last, first), pages)
    return Job(
        printer=printer.printerName(),
        title=printer.docName(),
        copies=max(printer.copyCount(), 1),
        collate=printer.collateCopies(),
        first=first,
        last=last,
        pages=pages,
        sides=_SIDES.get(printer.duplex(), "one-sided"),
    )


def lp_command(job: Job) -> list[str] | None:
    """The CUPS command that queues a PDF read from standard input with the job's options, if CUPS is here."""
    lp = shutil.which("lp")
    if lp is None or sys.platform == "win32" or not job.printer:
        return None
    command = [lp, "-d", job.printer, "-n", str(job.copies), "-o", f"collate={str(job.collate).lower()}"]
    command += ["-o", f"sides={job.sides}", "-t", job.title or "minutes"]
    if not job.whole:
        command += ["-o", f"page-ranges={job.first}-{job.last}"]
    return command


def send_to_cups(pdf: bytes, job: Job) -> bool:
    """Queue the PDF itself; False when there is no CUPS or the queue refused it (then rasterise)."""
    command = lp_command(job)
    if command is None:
        return False
    try:
        done = subprocess.run(command, input=pdf, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def print_pdf(pdf: bytes, document: QPdfDocument, printer: QPrinter, *, private: bool = False) -> str:
    """Print the PDF to the printer as its dialog left it; returns how: "file", "cups" or "raster".

    A file chosen as output is refused by the output gate (UserError) before anything is written;
    ``private`` makes it owner-only, as an export of the same meeting would be.
    """
    job = job_of(printer, document.pageCount())
    native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    target = printer.outputFileName()
    if target:
        outputs.check_output(target)
        if not native and job.whole and job.copies == 1:
            _write_file(target, pdf, private)
            return "file"
        _rasterise_to_file(document, printer, job, target, private)
        return "raster"
    if native and send_to_cups(pdf, job):
        return "cups"
    rasterise(document, printer, job)
    return "raster"


def _write_file(target: str, data: bytes, private: bool) -> None:
    try:
        write_bytes_atomically(target, data, private=private)
    except OSError as error:
        raise PrintingError(target, error.strerror or "") from error


def _rasterise_to_file(
    document: QPdfDocument, printer: QPrinter, job: Job, target: str, private: bool
) -> None:
    """Raster pages for a file: Qt draws them into a private temporary file, which is then written to the
    target through the gate like any output, so Qt never creates the target itself."""
    with tempfile.TemporaryDirectory(prefix="minutes-print-") as folder:
        drawn = Path(folder) / "print.pdf"
        printer.setOutputFileName(str(drawn))
        try:
            rasterise(document, printer, job)
        finally:
            printer.setOutputFileName(target)
        try:
            data = drawn.read_bytes()
        except OSError as error:
            raise PrintingError(target, error.strerror or "") from error
        _write_file(target, data, private)


def raster_dpi(printer: QPrinter) -> int:
    return max(RASTER_DPI_MIN, min(printer.resolution(), RASTER_DPI_MAX))


def rasterise(document: QPdfDocument, printer: QPrinter, job: Job) -> None:
    """Draw each page as an image at the printer's resolution (at least 600 dpi), band by band."""
    dpi = raster_dpi(printer)
    printer.setResolution(dpi)
    printer.setFullPage(True)  # the PDF has its own margins; paper coordinates map one to one
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintingError(printer.printerName())
    try:
        for number in range(job.first, job.last + 1):
            if number > job.first:
                printer.newPage()
            _draw_page(document, painter, number - 1, dpi)
    finally:
        painter.end()


def _draw_page(document: QPdfDocument, painter: QPainter, index: int, dpi: int) -> None:
    points = document.pagePointSize(index)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    area = QRectF(painter.viewport())
    scale = min(area.width() / size.width(), area.height() / size.height())
    band = max(1, BAND_PIXELS // max(size.width(), 1))
    for top in range(0, size.height(), band):
        height = min(band, size.height() - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(size)
        options.setScaledClipRect(QRect(0, top, size.width(), height))
        image = document.render(index, QSize(size.width(), height), options)
        target = QRectF(
            area.topLeft() + QPointF(0, top * scale), QSize(size.width(), height).toSizeF() * scale
        )
        painter.drawImage(target, image)
