"""The DOCX building blocks: a page in the layout's measures, styled paragraphs, drawn rules and tables.

Everything is measured as the PDF measures it (same sheet, same font metrics), so that Word or LibreOffice
break lines and pages where the PDF does: explicit breaks in header names, cell margins as in the PDF's
tables, rows as tall as the PDF's rows.
"""

from __future__ import annotations

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_app.documents import fonts
from minutes_app.documents.blocks import Block, Document, Run
from minutes_app.documents.styles import Sheet, Size, sheet
from minutes_app.documents.text import docx_text, hanging_indent, paragraphs

CENTRE, LEFT, RIGHT, JUSTIFY = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.RIGHT,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
)
_BODY = ("body", "item", "heading", "subheading")
_KEEP_WITH_NEXT = ("heading", "subheading")
# Children of w:tblPr and w:trPr that must follow the ones we add (the schema fixes their order).
_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
_AFTER_LAYOUT = _AFTER_BORDERS[2:]
_AFTER_MARGINS = _AFTER_BORDERS[3:]
_AFTER_HEIGHT = ("w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden")
# Ascent and descent of Times New Roman and Liberation Serif, in ems. An editor centres this font box in
# an exactly spaced line, where reportlab sets the baseline one font size under the line's top.
_ASCENT, _DESCENT = 0.891, 0.216


def _below_baseline_offset(text: Size) -> float:
    """How much lower an editor's baseline sits in its line box than the PDF's, in points."""
    editor = (text.leading - (_ASCENT + _DESCENT) * text.size) / 2 + _DESCENT * text.size
    return editor - (text.leading - text.size)


def kinds(s: Sheet) -> dict[str, tuple[Size, bool, bool, object]]:
    """Block kind -> (size, bold, italic, alignment), mirroring styles.paragraph_styles."""
    return {
        "parent": (s.parent, False, False, CENTRE),
        "issuing": (s.issuing, True, False, CENTRE),
        "star": (s.star, False, False, CENTRE),
        "number": (s.number, False, False, CENTRE),
        "national": (s.national, True, False, CENTRE),
        "motto": (s.motto, True, False, CENTRE),
        "place_date": (s.place_date, False, True, RIGHT if s.place_date_right else CENTRE),
        "type": (s.doc_type, True, False, CENTRE),
        "title": (s.title, True, False, CENTRE),
        "body": (s.body, False, False, JUSTIFY),
        "item": (s.body, False, False, JUSTIFY),
        "heading": (s.body, True, False, JUSTIFY),
        "subheading": (s.body, False, False, JUSTIFY),
        "signature": (s.signature, True, False, CENTRE),
        "signature_note": (s.signature_note, False, True, CENTRE),
        "signature_name": (s.signature, True, False, CENTRE),
        "recipients_label": (s.recipients_label, False, False, LEFT),
        "recipients": (s.recipients, False, False, LEFT),
        "cell": (s.table, False, False, LEFT),
        "cell_centre": (s.table, False, False, CENTRE),
        "cell_head": (s.table, True, False, CENTRE),
        "mark": (s.mark, True, False, CENTRE),
        "circulation": (s.circulation, True, False, CENTRE),
    }


def name_font(element) -> None:
    """Name Times New Roman for every script slot of a run or style, so Word never falls back."""
    properties = element.get_or_add_rPr()
    fonts_element = properties.find(qn("w:rFonts"))
    if fonts_element is None:
        fonts_element = OxmlElement("w:rFonts")
        properties.insert(0, fonts_element)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts_element.set(qn(slot), fonts.DOCX_FONT)


def twips(points: float) -> str:
    return str(round(points * 20))


class Writer:
    """One DOCX being written: the document, its sheet, and paragraph and table helpers."""

    def __init__(self, document: Document) -> None:
        self.content = document
        self.sheet = sheet(document.layout)
        self.kinds = kinds(self.sheet)
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
        name_font(normal.element)

    def paragraph(self, container, item: Block):
        """A paragraph of a block kind; the body kinds keep widow control, headings keep with the next."""
        size, bold, italic, alignment = self.kinds[item.kind]
        para = container.add_paragraph()
        fmt = para.paragraph_format
        fmt.alignment = alignment
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(self.sheet.space_after if item.kind in _BODY else 0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(size.leading)
        if item.kind in _BODY:
            fmt.widow_control = True
            fmt.first_line_indent = Pt(self.sheet.first_indent)
        if item.kind == "item":
            hanging = hanging_indent(item.text, size.size)
            fmt.left_indent = Pt(self.sheet.first_indent + hanging)
            fmt.first_line_indent = Pt(-hanging)
        if item.kind in _KEEP_WITH_NEXT:
            fmt.keep_with_next = True
        for run in item.runs:
            self.run(para, run, size.size, bold, italic)
        return para

    def run(self, para, run: Run, size: float, bold: bool, italic: bool) -> None:
        """A run; a line break in the text is a line break in Word (header names as typed)."""
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
            name_font(text_run._element)

    def text(self, container, kind: str, text: str, **spacing) -> list:
        made = []
        for part in paragraphs(text):
            para = self.paragraph(container, Block(kind, (Run(part),)))
            for name, value in spacing.items():
                setattr(para.paragraph_format, name, Pt(value))
            made.append(para)
        return made

    def rule(self, container, length: float, column: float, above: Size) -> None:
        """A centred solid line under a text of size ``above``: an empty paragraph with a bottom border.

        The paragraph is as tall as the gap the PDF leaves, and the border is drawn at its bottom, so the
        line sits the layout's rule drop under the text's baseline, as in the PDF.
        """
        s = self.sheet
        para = container.add_paragraph()
        fmt = para.paragraph_format
        indent = max((column - min(length, column)) / 2, 0)
        fmt.left_indent = fmt.right_indent = Pt(indent)
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(max(s.rule_gap(above) - _below_baseline_offset(above), 1))
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        eighths = str(max(round(s.rule_width * 8), 2))  # Word measures borders in eighths of a point
        for key, value in (("val", "single"), ("sz", eighths), ("space", "0"), ("color", "000000")):
            bottom.set(qn(f"w:{key}"), value)
        borders.append(bottom)
        para._p.get_or_add_pPr().append(borders)
        # The paragraph mark's own font would set a minimum height in some editors: make it tiny.
        mark = OxmlElement("w:rPr")
        tiny = OxmlElement("w:sz")
        tiny.set(qn("w:val"), "2")
        mark.append(tiny)
        para._p.get_or_add_pPr().append(mark)

    def table(self, rows: int, widths: tuple[float, ...], *, grid: bool = False, padding: float = 0.0):
        """A fixed-width table; cell margins are set explicitly (editors' defaults differ from the PDF)."""
        table = self.doc.add_table(rows=rows, cols=len(widths))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        properties = table._tbl.tblPr
        if grid:
            table.style = self.doc.styles["Table Grid"]
        else:
            properties.insert_element_before(_edges("w:tblBorders", val="nil"), *_AFTER_BORDERS)
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        properties.insert_element_before(layout, *_AFTER_LAYOUT)
        properties.insert_element_before(
            _edges("w:tblCellMar", w=twips(padding), type="dxa", sides=("top", "left", "bottom", "right")),
            *_AFTER_MARGINS,
        )
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Pt(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Pt(width)
                cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        return table


def _edges(tag: str, sides=("top", "left", "bottom", "right", "insideH", "insideV"), **attributes):
    element = OxmlElement(tag)
    for side in sides:
        edge = OxmlElement(f"w:{side}")
        for key, value in attributes.items():
            edge.set(qn(f"w:{key}"), value)
        element.append(edge)
    return element


def row_height(row, points: float, rule: str = "atLeast", *, keep: bool = False) -> None:
    """A row at least (or exactly) this tall; ``keep`` stops Word from splitting it across pages."""
    properties = row._tr.get_or_add_trPr()
    if keep:
        properties.insert_element_before(OxmlElement("w:cantSplit"), "w:trHeight", *_AFTER_HEIGHT)
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), twips(points))
    height.set(qn("w:hRule"), rule)
    properties.insert_element_before(height, *_AFTER_HEIGHT)


def ensure_paragraph(cell) -> None:
    """Word needs at least one paragraph in every cell."""
    if not cell.paragraphs:
        cell.add_paragraph()
