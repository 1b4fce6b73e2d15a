"""Page furniture drawn on every page: page number from page 2, DỰ THẢO, classification stamp, fingerprint.

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
                self._boxed(canvas, f.DRAFT_MARK, right=True)
            if self.document.classification:
                self._boxed(canvas, self.document.classification, right=False)
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

    def _boxed(self, canvas, label: str, *, right: bool) -> None:
        """A bold framed mark in the top margin, flush with the right or left margin."""
        s = self.sheet
        size, pad = s.mark.size, s.mark_padding
        width = stringWidth(label, fonts.BOLD, size)
        x = s.page_width - s.margin_right - pad - width if right else s.margin_left + pad
        y = s.page_height - s.mark_from_top
        canvas.setFont(fonts.BOLD, size)
        canvas.drawString(x, y, label)
        canvas.setLineWidth(s.rule_width)
        descent = s.mark.leading - size
        canvas.rect(x - pad, y - pad - descent, width + 2 * pad, size + 2 * pad, stroke=1, fill=0)

    def _fingerprint(self, canvas) -> None:
        s = self.sheet
        canvas.setFont(fonts.REGULAR, s.footer.size)
        x = s.page_width - s.margin_right
        canvas.drawRightString(x, s.footer_from_bottom, f.FINGERPRINT + self.document.fingerprint)
