"""The documents as DOCX, so that an office can still edit the text in Word before it is signed.

Same neutral content and order as the PDF, A4 with the layout's margins, "Times New Roman" named for every
script (ascii, hAnsi, eastAsia, cs), the header as a borderless two-column table. Page numbers (from page
2), DỰ THẢO, the classification and the fingerprint go into the page header and footer.
"""

from __future__ import annotations

from typing import BinaryIO

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_app.documents import fonts
from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Block, Document, Run
from minutes_app.documents.styles import Sheet, Size, sheet
from minutes_app.documents.text import docx_text, paragraphs, text_width, title_rule_length

_CENTRE, _LEFT, _RIGHT, _JUSTIFY = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.RIGHT,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
)


def _kinds(s: Sheet) -> dict[str, tuple[Size, bool, bool, object]]:
    """Block kind -> (size, bold, italic, alignment), mirroring styles.paragraph_styles."""
    return {
        "parent": (s.parent, False, False, _CENTRE),
        "issuing": (s.issuing, True, False, _CENTRE),
        "star": (s.star, False, False, _CENTRE),
        "number": (s.number, False, False, _CENTRE),
        "national": (s.national, True, False, _CENTRE),
        "motto": (s.motto, True, False, _CENTRE),
        "place_date": (s.place_date, False, True, _RIGHT if s.place_date_right else _CENTRE),
        "type": (s.doc_type, True, False, _CENTRE),
        "title": (s.title, True, False, _CENTRE),
        "body": (s.body, False, False, _JUSTIFY),
        "heading": (s.body, True, False, _JUSTIFY),
        "signature": (s.signature, True, False, _CENTRE),
        "signature_note": (s.signature_note, False, True, _CENTRE),
        "signature_name": (s.signature, True, False, _CENTRE),
        "recipients_label": (s.recipients_label, False, False, _LEFT),
        "recipients": (s.recipients, False, False, _LEFT),
        "cell": (s.table, False, False, _LEFT),
        "cell_centre": (s.table, False, False, _CENTRE),
        "cell_head": (s.table, True, False, _CENTRE),
    }


def _font(element) -> None:
    """Name Times New Roman for every script slot of a run or style, so Word never falls back."""
    properties = element.get_or_add_rPr()
    fonts_element = properties.find(qn("w:rFonts"))
    if fonts_element is None:
        fonts_element = OxmlElement("w:rFonts")
        properties.insert(0, fonts_element)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts_element.set(qn(slot), fonts.DOCX_FONT)


class _Writer:
    def __init__(self, document: Document) -> None:
        self.content = document
        self.sheet = sheet(document.layout)
        self.kinds = _kinds(self.sheet)
        self.doc = docx.Document()
        self._page()
        self._defaults()

    def _page(self) -> None:
        s, section = self.sheet, self.doc.sections[0]
        section.page_width, section.page_height = Pt(s.page_width), Pt(s.page_height)
        section.top_margin, section.bottom_margin = Pt(s.margin_top), Pt(s.margin_bottom)
        section.left_margin, section.right_margin = Pt(s.margin_left), Pt(s.margin_right)
        section.header_distance = Pt(s.page_number_from_top - s.page_number.size)
        section.footer_distance = Pt(s.footer_from_bottom)

    def _defaults(self) -> None:
        normal = self.doc.styles["Normal"]
        normal.font.name = fonts.DOCX_FONT
        normal.font.size = Pt(self.sheet.body.size)
        _font(normal.element)

    def paragraph(self, container, item: Block):
        size, bold, italic, alignment = self.kinds[item.kind]
        para = container.add_paragraph()
        fmt = para.paragraph_format
        fmt.alignment = alignment
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(self.sheet.space_after if item.kind in ("body", "heading") else 0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(size.leading)
        if item.kind in ("body", "heading"):
            fmt.first_line_indent = Pt(self.sheet.first_indent)
        for run in item.runs:
            self.run(para, run, size.size, bold, italic)
        return para

    def run(self, para, run: Run, size: float, bold: bool, italic: bool) -> None:
        for index, line in enumerate(docx_text(run.text).split("\n")):
            if index:
                para.add_run().add_break()
            if not line:
                continue
            text_run = para.add_run(line)
            text_run.font.size = Pt(size)
            text_run.bold = bold or run.bold or None
            text_run.italic = italic or run.italic or None
            text_run.underline = run.underline or None
            _font(text_run._element)

    def text(self, container, kind: str, text: str, **spacing) -> None:
        for part in paragraphs(text):
            para = self.paragraph(container, Block(kind, (Run(part),)))
            for name, value in spacing.items():
                setattr(para.paragraph_format, name, Pt(value))

    def rule(self, container, length: float, column: float) -> None:
        """A centred solid line: an empty paragraph whose bottom border spans between its indents."""
        para = container.add_paragraph()
        fmt = para.paragraph_format
        indent = max((column - min(length, column)) / 2, 0)
        fmt.left_indent = fmt.right_indent = Pt(indent)
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(self.sheet.rule_gap)
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        eighths = str(round(self.sheet.rule_width * 8))  # Word measures borders in eighths of a point
        for key, value in (("val", "single"), ("sz", eighths), ("space", "0"), ("color", "000000")):
            bottom.set(qn(f"w:{key}"), value)
        borders.append(bottom)
        para._p.get_or_add_pPr().append(borders)

    def table(self, rows: int, widths: tuple[float, ...], *, grid: bool = False):
        table = self.doc.add_table(rows=rows, cols=len(widths))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        if grid:
            table.style = self.doc.styles["Table Grid"]
        else:
            _no_borders(table)
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        table._tbl.tblPr.append(layout)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Pt(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Pt(width)
                cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        return table


def _no_borders(table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _ensure_paragraph(cell) -> None:
    """Word needs at least one paragraph in every cell."""
    if not cell.paragraphs:
        cell.add_paragraph()


def _header(w: _Writer) -> None:
    s, header = w.sheet, w.content.header
    table = w.table(1, (s.header_left, s.header_right))
    left, right = table.rows[0].cells
    w.text(left, "parent", header.parent)
    w.text(left, "issuing", header.issuing)
    if s.title_rule_text:
        w.text(left, "star", f.STAR)
    elif header.issuing.strip():
        width = min(text_width(header.issuing, fonts.BOLD, s.issuing.size), s.header_left)
        w.rule(left, width * s.issuing_rule_fraction, s.header_left)
    w.text(left, "number", header.number, space_before=s.number_space_before)
    if s.title_rule_text:
        w.text(right, "national", f.PARTY_TITLE)
        w.rule(right, text_width(f.PARTY_TITLE, fonts.BOLD, s.national.size), s.header_right)
    else:
        w.text(right, "national", f.NATIONAL_TITLE)
        w.text(right, "motto", f.MOTTO)
        w.rule(right, text_width(f.MOTTO, fonts.BOLD, s.motto.size), s.header_right)
    w.text(right, "place_date", header.place_date, space_before=s.place_date_space_before)
    for cell in (left, right):
        _ensure_paragraph(cell)


def _blocks(w: _Writer, blocks: tuple[Block, ...]) -> None:
    s = w.sheet
    last_title = max((i for i, b in enumerate(blocks) if b.kind == "title"), default=-1)
    for index, item in enumerate(blocks):
        para = w.paragraph(w.doc, item)
        if item.kind == "type":
            para.paragraph_format.space_before = Pt(s.header_gap)
        if index == last_title:
            if s.title_rule_text:
                w.paragraph(w.doc, Block("title", (Run(s.title_rule_text),)))
            else:
                title = " ".join(b.text for b in blocks if b.kind == "title")
                size, fraction = s.title.size, s.title_rule_fraction
                w.rule(
                    w.doc, title_rule_length(title, fonts.BOLD, size, fraction, s.text_width), s.text_width
                )
            w.doc.paragraphs[-1].paragraph_format.space_after = Pt(s.title_rule_after)


def _data_table(w: _Writer) -> None:
    data = w.content.table
    if data is None:
        return
    widths = (
        tuple(share * w.sheet.text_width for share in data.widths) if data.widths else w.sheet.table_columns
    )
    table = w.table(len(data.rows) + 1, widths, grid=True)
    head = table.rows[0]
    row_properties = head._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    row_properties.append(repeat)
    for cell, name in zip(head.cells, data.columns, strict=True):
        w.paragraph(cell, Block("cell_head", (Run(name),)))
    for index, (row, values) in enumerate(zip(table.rows[1:], data.rows, strict=True)):
        if index in data.groups:  # a group's heading: its number, then its name across the other columns
            w.paragraph(row.cells[0], Block("cell_centre", (Run(values[0], bold=True),)))
            w.paragraph(row.cells[1], Block("cell", (Run(values[1], bold=True),)))
            for cell in row.cells[2:]:
                _ensure_paragraph(cell)
            row.cells[1].merge(row.cells[-1])
            continue
        for column, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            w.text(cell, "cell_centre" if column == 0 else "cell", value)
            _ensure_paragraph(cell)


def _signatures(w: _Writer) -> None:
    """Signature columns side by side; a single signer sits right with Nơi nhận level with it at the left."""
    columns = list(w.content.signatures)
    if not columns:
        _recipients(w, w.doc)
        return
    s = w.sheet
    w.doc.add_paragraph().paragraph_format.space_after = Pt(s.signature_gap)
    cells = [None, *columns] if len(columns) == 1 else columns
    table = w.table(1, tuple(s.text_width / len(cells) for _ in cells))
    for cell, column in zip(table.rows[0].cells, cells, strict=True):
        if column is None:
            _recipients(w, cell)
        else:
            w.text(cell, "signature", column.title)
            w.text(cell, "signature_note", column.note)
            w.text(cell, "signature_name", column.name, space_before=s.signing_space)
        _ensure_paragraph(cell)
    if len(columns) > 1:
        _recipients(w, w.doc)


def _recipients(w: _Writer, container) -> None:
    if not w.content.recipients:
        return
    label = w.paragraph(container, Block("recipients_label", (f.recipients_label(w.sheet.layout),)))
    if container is w.doc:
        label.paragraph_format.space_before = Pt(w.sheet.recipients_gap)
    for line in w.content.recipients:
        w.paragraph(container, Block("recipients", (Run(line),)))


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


def _furniture(w: _Writer) -> None:
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
            para.alignment = _RIGHT
            w.run(para, Run(f.FINGERPRINT + content.fingerprint), s.footer.size, False, False)


def write_docx(document: Document, handle: BinaryIO) -> None:
    """Write the document as DOCX into an open binary handle."""
    w = _Writer(document)
    body = w.doc.paragraphs[0]._p if w.doc.paragraphs else None
    if body is not None:
        body.getparent().remove(body)
    _header(w)
    _blocks(w, document.blocks)
    _data_table(w)
    _blocks(w, document.closing)
    _signatures(w)
    _furniture(w)
    # File properties only (never printed); Word's core properties hold at most 255 characters.
    w.doc.core_properties.title = docx_text(document.title)[:255]
    w.doc.save(handle)
