"""The print preview: shows the very PDF that will be printed and sends its pages to any printer."""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from minutes_app.domain import Meeting
from minutes_app.gui.forms.ui_print_preview import Ui_PrintPreviewDialog
from minutes_app.messages import UserError

PRINT_DPI_CAP = 300  # enough for text on paper; 1200 dpi pages would need half a gigabyte each


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
        printer.setFullPage(True)  # the PDF has its own margins; paper coordinates map one to one
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.pdf.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except RuntimeError as error:
            QMessageBox.warning(self, self.tr("Không in được"), str(error))

    def print_to(self, printer: QPrinter) -> None:
        first, last = printer.fromPage(), printer.toPage()
        if first == 0:
            first, last = 1, self.pdf.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError(self.tr("Máy in không sẵn sàng."))
        try:
            dpi = min(printer.resolution(), PRINT_DPI_CAP)
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.pdf.pagePointSize(number - 1)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.pdf.render(number - 1, size)
                area = QRectF(painter.viewport())
                scaled = QSize(size).scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(area.topLeft(), scaled.toSizeF()), image)
        finally:
            painter.end()
