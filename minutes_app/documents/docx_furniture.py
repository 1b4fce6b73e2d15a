"""The DOCX page header and footer: page numbers from page 2, the marks, the fingerprint."""

from __future__ import annotations

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_app.documents import fonts
from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Block, Run
from minutes_app.documents.docx_writer import RIGHT, Writer
from minutes_app.documents.styles import Size
from minutes_app.documents.text import text_width


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


def boxed(w: Writer, container, label: str, size: Size, centre: float, column: float):
    """A bold mark in a single-line box (paragraph borders on all sides), centred at ``centre``."""
    s = w.sheet
    para = w.paragraph(container, Block("mark", (Run(label),)))
    width = text_width(label, fonts.BOLD, size.size) + 2 * s.mark_padding + 2
    left = max(centre - width / 2, 0)
    fmt = para.paragraph_format
    fmt.left_indent, fmt.right_indent = Pt(left), Pt(max(column - left - width, 0))
    for run in para.runs:
        run.font.size = Pt(size.size)
    fmt.line_spacing = Pt(size.leading)
    borders = OxmlElement("w:pBdr")
    eighths = str(max(round(s.rule_width * 8), 2))
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", eighths), ("space", "1"), ("color", "000000")):
            edge.set(qn(f"w:{key}"), value)
        borders.append(edge)
    para._p.get_or_add_pPr().insert_element_before(
        borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr"
    )
    return para


def furniture(w: Writer) -> None:
    """Page header: page number centred (not on page 1), DỰ THẢO right; on page 1 the ô 11 mark centred
    over the right header column under it; the fingerprint in the footer."""
    s, content = w.sheet, w.content
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    for header, numbered in ((section.first_page_header, False), (section.header, True)):
        para = header.paragraphs[0]
        para.style = w.doc.styles["Normal"]  # the Header style brings tab stops of its own
        para.paragraph_format.line_spacing = Pt(s.mark.leading)
        stops = para.paragraph_format.tab_stops
        stops.add_tab_stop(Pt(s.text_width / 2), WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(Pt(s.text_width), WD_TAB_ALIGNMENT.RIGHT)
        para.add_run("\t")
        if numbered:
            _field(para, "PAGE")
        para.add_run("\t")
        w.run(para, Run(f.DRAFT_MARK if content.draft else "", bold=True), s.mark.size, False, False)
        if content.circulation and not numbered:
            centre = s.header_left + s.header_right / 2
            boxed(w, header, content.circulation, s.circulation, centre, s.text_width)
    if content.fingerprint:
        for footer in (section.first_page_footer, section.footer):
            para = footer.paragraphs[0]
            para.alignment = RIGHT
            w.run(para, Run(f.FINGERPRINT + content.fingerprint), s.footer.size, False, False)
