"""The measurements of a layout (``Sheet``) and the paragraph styles made from them.

Every number of the printed page lives in ``state.py`` or ``party.py``; this module only turns a sheet
into reportlab styles, so that checking a layout against FORMAT.md means reading one short file.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from minutes_app.documents import fonts
from minutes_app.domain.model import Layout


@dataclass(frozen=True)
class Size:
    """A font size with its line distance, both in points."""

    size: float
    leading: float


@dataclass(frozen=True)
class Sheet:
    """All measurements of one layout, in points (use ``mm()`` in the layout modules)."""

    layout: Layout
    page_width: float
    page_height: float
    margin_top: float
    margin_bottom: float
    margin_left: float
    margin_right: float
    header_left: float  # width of the left header column
    header_right: float
    header_gap: float  # space between the header and the document type
    parent: Size
    issuing: Size
    number: Size
    number_space_before: float
    national: Size  # Quốc hiệu, or the Party title
    motto: Size  # Tiêu ngữ (state only)
    place_date: Size
    place_date_space_before: float
    place_date_right: bool  # party: right-aligned; state: centred under the motto
    star: Size
    rule_width: float  # thickness of the short solid lines
    rule_drop: float  # from the baseline of a text down to the middle of the line under it
    issuing_rule_fraction: float  # share of the issuing body's text length
    title_rule_fraction: float  # state: the line under the title, a share of the title's length
    title_rule_text: str  # party: a dashed line of text instead of a drawn line
    title_rule_after: float  # space between the title's line and the first body paragraph
    doc_type: Size
    title: Size
    body: Size
    first_indent: float
    space_after: float
    signature_gap: float  # space above the signature columns
    signature: Size
    signature_note: Size
    signing_space: float  # room for the hand-written signature and the seal
    recipients_gap: float
    recipients_label: Size
    recipients: Size
    table: Size
    table_padding: float
    table_line: float
    table_columns: tuple[float, float, float, float]  # STT | Họ và tên | Chức vụ, đơn vị | Ký tên
    table_space_before: float
    table_row_height: float  # minimum height of a row of the sign-in table
    page_number: Size
    page_number_from_top: float  # baseline distance from the top edge
    mark: Size  # DỰ THẢO and the secrecy mark (ô 10a)
    circulation: Size  # the circulation mark (ô 11)
    mark_padding: float
    mark_from_top: float
    circulation_from_top: float
    secrecy_space_before: float
    footer: Size
    footer_from_bottom: float

    @property
    def text_width(self) -> float:
        return self.page_width - self.margin_left - self.margin_right

    def rule_gap(self, text: Size) -> float:
        """Space between the bottom of a text's last line box and the line drawn under it.

        A line box of ``leading`` holds its baseline ``size`` below its top, so the baseline sits
        ``leading - size`` above the box's bottom; the rest of the drop is the gap.
        """
        return max(self.rule_drop - (text.leading - text.size) - self.rule_width / 2, 0.0)


def sheet(layout: Layout) -> Sheet:
    from minutes_app.documents.styles import party, state

    return party.SHEET if layout == Layout.PARTY else state.SHEET


def _style(name: str, size: Size, *, font: str = fonts.REGULAR, **kwargs) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size.size, leading=size.leading, splitLongWords=1, **kwargs
    )


@functools.cache
def paragraph_styles(layout: Layout) -> dict[str, ParagraphStyle]:
    """Styles by block kind; the family is registered first so that <b>/<i> map to our faces."""
    fonts.family()
    s = sheet(layout)
    centre, bold, italic = TA_CENTER, fonts.BOLD, fonts.ITALIC
    body = dict(
        alignment=TA_JUSTIFY,
        firstLineIndent=s.first_indent,
        spaceAfter=s.space_after,
        allowWidows=0,
        allowOrphans=0,
    )
    return {
        "parent": _style("parent", s.parent, alignment=centre),
        "issuing": _style("issuing", s.issuing, font=bold, alignment=centre),
        "star": _style("star", s.star, alignment=centre),
        "number": _style("number", s.number, alignment=centre, spaceBefore=s.number_space_before),
        "national": _style("national", s.national, font=bold, alignment=centre),
        "motto": _style("motto", s.motto, font=bold, alignment=centre),
        "place_date": _style(
            "place_date",
            s.place_date,
            font=italic,
            alignment=TA_RIGHT if s.place_date_right else centre,
            spaceBefore=s.place_date_space_before,
        ),
        "type": _style("type", s.doc_type, font=bold, alignment=centre, spaceBefore=s.header_gap),
        "title": _style("title", s.title, font=bold, alignment=centre),
        # No line of a paragraph alone at the foot (orphan) or the top (widow) of a page.
        "body": _style("body", s.body, **body),
        "item": _style("item", s.body, **body),  # hanging indent per marker: see flowables.paragraph
        # Headings and the italic lead-ins ("Báo cáo:") stay with the paragraph they introduce.
        "heading": _style("heading", s.body, font=bold, keepWithNext=1, **body),
        "subheading": _style("subheading", s.body, keepWithNext=1, **body),
        "signature": _style("signature", s.signature, font=bold, alignment=centre),
        "signature_note": _style("signature_note", s.signature_note, font=italic, alignment=centre),
        "signature_name": _style("signature_name", s.signature, font=bold, alignment=centre),
        "recipients_label": _style("recipients_label", s.recipients_label, alignment=TA_LEFT),
        "recipients": _style("recipients", s.recipients, alignment=TA_LEFT),
        "cell": _style("cell", s.table, alignment=TA_LEFT),
        "cell_centre": _style("cell_centre", s.table, alignment=centre),
        "cell_head": _style("cell_head", s.table, font=bold, alignment=centre),
    }
