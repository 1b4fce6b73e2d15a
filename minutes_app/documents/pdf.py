"""Writing a neutral document as an A4 PDF in its layout, with the fonts subset-embedded."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from minutes_app import __version__
from minutes_app.documents import fonts
from minutes_app.documents.blocks import Document
from minutes_app.documents.flowables import body, data_table, ending, frame_height, header_table
from minutes_app.documents.pages import Furniture
from minutes_app.documents.styles import sheet
from minutes_app.documents.text import printable


def story(document: Document) -> list:
    s = sheet(document.layout)
    flowables = [*header_table(s, document.header), *body(s, document.blocks)]
    if document.table is not None:
        flowables.append(data_table(s, document.table))
    return flowables + ending(s, document)


def write_pdf(document: Document, handle: BinaryIO, *, invariant: bool = True) -> None:
    """Build the PDF into an open binary handle; ``invariant`` makes the bytes stable for the same input."""
    fonts.family()
    s = sheet(document.layout)
    template = BaseDocTemplate(
        handle,
        pagesize=(s.page_width, s.page_height),
        leftMargin=s.margin_left,
        rightMargin=s.margin_right,
        topMargin=s.margin_top,
        bottomMargin=s.margin_bottom,
        title=printable(document.title),
        creator=f"minutes_app {__version__}",
        author="",
        invariant=int(invariant),
        initialFontName=fonts.REGULAR,
        initialFontSize=s.body.size,
        lang="vi",
    )
    # No frame padding: the text area is exactly the page less the layout's margins.
    frame = Frame(
        s.margin_left,
        s.margin_bottom,
        s.text_width,
        frame_height(s),
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    # One template: the furniture itself leaves the page number off page 1 (onFirstPage/onLaterPages alike).
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=Furniture(s, document))])
    template.build(story(document))
