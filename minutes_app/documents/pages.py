"""Page furniture: page number from page 2, DỰ THẢO on every page, the ô 11 mark on page 1, fingerprint.

Drawn in onFirstPage/onLaterPages rather than as flowables so that it can never push content around, and
always inside the left and right margins of the layout.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from minutes_app.documents import fonts
from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Document
from minutes_app.documents.styles import Sheet


class Furniture:
    """Callable given to reportlab for the first and the later pages."""

    def __init__(self, sheet: Sheet, document: Document) -> None:
        self.sheet = sheet
        self.document = document

    def __call__(self, canvas, doc) -> None:
        canvas.saveState()
        try:
            page = canvas.getPageNumber()
            if page > 1:
                self._page_number(canvas, page)
            if self.document.draft:
                self._boxed(canvas, f.DRAFT_MARK, self.sheet.mark, self._right_of, self.sheet.mark_from_top)
            if self.document.circulation and page == 1:
                s = self.sheet
                self._boxed(
                    canvas,
                    self.document.circulation,
                    s.circulation,
                    self._over_right_column,
                    s.circulation_from_top,
                )
            if self.document.fingerprint:
                self._fingerprint(canvas)
        finally:
            canvas.restoreState()

    def _page_number(self, canvas, page: int) -> None:
        """Arabic page number centred over the text area, in the top margin."""
        s = self.sheet
        canvas.setFont(fonts.REGULAR, s.page_number.size)
        centre = s.margin_left + s.text_width / 2
        canvas.drawCentredString(centre, s.page_height - s.page_number_from_top, str(page))

    def _right_of(self, width: float) -> float:
        """DỰ THẢO: its box flush with the right margin."""
        s = self.sheet
        return s.page_width - s.margin_right - s.mark_padding - width

    def _over_right_column(self, width: float) -> float:
        """ô 11 (Phụ lục I, Sơ đồ): centred over the right header column (Quốc hiệu or Party title)."""
        s = self.sheet
        return s.margin_left + s.header_left + (s.header_right - width) / 2

    def _boxed(self, canvas, label: str, size, place, from_top: float) -> None:
        """A bold upper-case mark in a single-line box in the top margin (baseline ``from_top``)."""
        s, pad = self.sheet, self.sheet.mark_padding
        width = stringWidth(label, fonts.BOLD, size.size)
        x, y = place(width), s.page_height - from_top
        canvas.setFont(fonts.BOLD, size.size)
        canvas.drawString(x, y, label)
        canvas.setLineWidth(s.rule_width)
        descent = size.leading - size.size
        canvas.rect(
            x - pad, y - pad - descent, width + 2 * pad, size.size + descent + 2 * pad, stroke=1, fill=0
        )

    def _fingerprint(self, canvas) -> None:
        s = self.sheet
        canvas.setFont(fonts.REGULAR, s.footer.size)
        x = s.page_width - s.margin_right
        canvas.drawRightString(x, s.footer_from_bottom, f.FINGERPRINT + self.document.fingerprint)
