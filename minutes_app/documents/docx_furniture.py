"""The DOCX page header and footer: page numbers from page 2, the marks, the fingerprint."""

from __future__ import annotations

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Run
from minutes_app.documents.docx_writer import RIGHT, Writer


def _field(para, instruction: str) -> None:
    """A Word field (PAGE), so that Word numbers the pages after any edit."""
    for kind, text in (("begin", None), (None, instruction), ("end", None)):
        run = para.add_run()
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def furniture(w: Writer) -> None:
    """Page header: stamp left, page number centred (not on page 1), DỰ THẢO right; fingerprint in the footer."""
    s, content = w.sheet, w.content
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    for header, numbered in ((section.first_page_header, False), (section.header, True)):
        para = header.paragraphs[0]
        para.style = w.doc.styles["Normal"]  # the Header style brings tab stops of its own
        stops = para.paragraph_format.tab_stops
        stops.add_tab_stop(Pt(s.text_width / 2), WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(Pt(s.text_width), WD_TAB_ALIGNMENT.RIGHT)
        w.run(para, Run(content.classification, bold=True), s.mark.size, False, False)
        para.add_run("\t")
        if numbered:
            _field(para, "PAGE")
        para.add_run("\t")
        w.run(para, Run(f.DRAFT_MARK if content.draft else "", bold=True), s.mark.size, False, False)
    if content.fingerprint:
        for footer in (section.first_page_footer, section.footer):
            para = footer.paragraphs[0]
            para.alignment = RIGHT
            w.run(para, Run(f.FINGERPRINT + content.fingerprint), s.footer.size, False, False)
