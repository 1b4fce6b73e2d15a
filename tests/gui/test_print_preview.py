"""The print preview shows the rendered PDF of each document and prints those same pages."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter

from minutes_app.gui.print_preview import PrintPreviewDialog


def test_preview_shows_pages_of_each_document(qtbot, sample_meeting):
    """Biên bản, danh sách đại biểu and thông báo kết luận each open with at least one page."""
    dialog = PrintPreviewDialog(sample_meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.ui.documentCombo.count()):
        dialog.ui.documentCombo.setCurrentIndex(index)
        assert dialog.pdf.pageCount() > 0, dialog.document_key
        assert dialog.pdf_bytes().startswith(b"%PDF")
    assert dialog.ui.printButton.isEnabled()


def test_printing_sends_every_page_to_the_printer(qtbot, sample_meeting, tmp_path):
    """Printing to a PDF printer yields as many pages as the preview shows."""
    from PySide6.QtPdf import QPdfDocument

    dialog = PrintPreviewDialog(sample_meeting)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setFullPage(True)
    dialog.print_to(printer)
    result = QPdfDocument()
    result.load(str(printed))
    assert result.pageCount() == dialog.pdf.pageCount() > 0
