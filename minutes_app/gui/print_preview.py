"""The print preview: shows the very PDF that will be printed and sends its pages to any printer."""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from minutes_app.domain import Meeting
from minutes_app.gui import printing
from minutes_app.gui.forms.ui_print_preview import Ui_PrintPreviewDialog
from minutes_app.messages import UserError
from minutes_app.outputs import is_private


class PrintPreviewDialog(QDialog):
    """What the secretary sees here is byte for byte what goes to the printer: one PDF, rendered once."""

    def __init__(self, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)
        self.meeting = meeting
        self.pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        documents = [
            ("minutes", self.tr("Biên bản")),
            ("attendance", self.tr("Danh sách đại biểu")),
            ("conclusion", self.tr("Thông báo kết luận")),
        ]
        for key, label in documents:
            self.ui.documentCombo.addItem(label, key)
        view = self.ui.pdfView
        view.setDocument(self.pdf)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)
        self.ui.documentCombo.currentIndexChanged.connect(self.load_document)
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.closeButton.clicked.connect(self.reject)
        self.load_document()

    @property
    def document_key(self) -> str:
        return self.ui.documentCombo.currentData()

    @Slot()
    def load_document(self) -> None:
        """Render with documents/ (imported here so the window starts without reportlab)."""
        from minutes_app import documents

        target = io.BytesIO()
        try:
            documents.render(self.meeting, document=self.document_key, fmt="pdf", target=target)
        except UserError as error:
            self.pdf.close()
            self.ui.pageCountLabel.setText(str(error))
            self.ui.printButton.setEnabled(False)
            return
        self.pdf.close()
        self._bytes = QByteArray(target.getvalue())
        buffer = QBuffer(self._bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        pages = self.pdf.pageCount()
        self.ui.pageCountLabel.setText(self.tr("%n trang", "", pages))
        self.ui.printButton.setEnabled(pages > 0)

    def pdf_bytes(self) -> bytes:
        return bytes(self._bytes.data())

    @Slot()
    def print_document(self) -> None:
        if self.pdf.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.meeting.title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.pdf.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except printing.PrintingError as error:
            where = f"{error.where} ({error.reason})" if error.reason else error.where
            QMessageBox.warning(
                self,
                self.tr("Không in được"),
                self.tr("Máy in không nhận lệnh in: %1").replace("%1", where),
            )
        except UserError as error:  # a file refused by the output gate, or held open elsewhere
            QMessageBox.warning(self, self.tr("Không in được"), str(error))

    def print_to(self, printer: QPrinter) -> str:
        """Our PDF straight to a CUPS queue or a PDF file; raster pages elsewhere (see printing.py)."""
        return printing.print_pdf(self.pdf_bytes(), self.pdf, printer, private=is_private(self.meeting))
