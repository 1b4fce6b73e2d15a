"""The documents as DOCX, so that an office can still edit the text in Word before it is signed.

Same neutral content and order as the PDF, A4 with the layout's margins, "Times New Roman" named for every
script (ascii, hAnsi, eastAsia, cs), the header as a borderless two-column table, header names broken
where the PDF breaks them, signatures in rows so that the names sit level. Page numbers (from page 2),
the marks and the fingerprint go into the page header and footer (docx_furniture.py).
"""

from __future__ import annotations

from typing import BinaryIO

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_app.documents import file_properties, fonts
from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Block, Run
from minutes_app.documents.blocks import Document as Content
from minutes_app.documents.docx_furniture import boxed, furniture
from minutes_app.documents.docx_writer import Writer, ensure_paragraph, row_height
from minutes_app.documents.text import balanced_lines, docx_text, text_width, title_rule_length


def _name(w: Writer, cell, kind: str, text: str, column: float) -> list[str]:
    """A header name in the lines the PDF prints it in, as one paragraph with line breaks."""
    size = getattr(w.sheet, kind)
    lines = balanced_lines(text, fonts.BOLD if kind == "issuing" else fonts.REGULAR, size.size, column)
    if lines:
        w.paragraph(cell, Block(kind, (Run("\n".join(lines)),)))
    return lines


def _header(w: Writer) -> None:
    s, header = w.sheet, w.content.header
    table = w.table(1, (s.header_left, s.header_right))
    left, right = table.rows[0].cells
    _name(w, left, "parent", header.parent, s.header_left)
    lines = _name(w, left, "issuing", header.issuing, s.header_left)
    if s.title_rule_text:
        w.text(left, "star", f.STAR)
    elif lines:
        width = min(max(text_width(line, fonts.BOLD, s.issuing.size) for line in lines), s.header_left)
        w.rule(left, width * s.issuing_rule_fraction, s.header_left, s.issuing)
    w.text(left, "number", header.number, space_before=s.number_space_before)
    if header.secrecy:
        mark = boxed(w, left, header.secrecy, s.mark, s.header_left / 2, s.header_left)
        mark.paragraph_format.space_before = Pt(s.secrecy_space_before + s.mark_padding)
    if s.title_rule_text:
        w.text(right, "national", f.PARTY_TITLE)
        w.rule(right, text_width(f.PARTY_TITLE, fonts.BOLD, s.national.size), s.header_right, s.national)
    else:
        w.text(right, "national", f.NATIONAL_TITLE)
        w.text(right, "motto", f.MOTTO)
        w.rule(right, text_width(f.MOTTO, fonts.BOLD, s.motto.size), s.header_right, s.motto)
    w.text(right, "place_date", header.place_date, space_before=s.place_date_space_before)
    for cell in (left, right):
        ensure_paragraph(cell)


def _blocks(w: Writer, blocks: tuple[Block, ...]) -> list:
    s = w.sheet
    made = []
    last_title = max((i for i, b in enumerate(blocks) if b.kind == "title"), default=-1)
    for index, item in enumerate(blocks):
        para = w.paragraph(w.doc, item)
        made.append(para)
        if item.kind == "type":
            para.paragraph_format.space_before = Pt(s.header_gap)
        if index == last_title:
            if s.title_rule_text:
                w.paragraph(w.doc, Block("title", (Run(s.title_rule_text),)))
            else:
                title = " ".join(b.text for b in blocks if b.kind == "title")
                size, fraction = s.title.size, s.title_rule_fraction
                length = title_rule_length(title, fonts.BOLD, size, fraction, s.text_width)
                w.rule(w.doc, length, s.text_width, s.title)
            w.doc.paragraphs[-1].paragraph_format.space_after = Pt(s.title_rule_after)
    return made


def _data_table(w: Writer) -> None:
    """The sign-in table: the PDF's cell padding and row height (room to sign), header row repeated."""
    s, data = w.sheet, w.content.table
    if data is None:
        return
    spacer = w.doc.add_paragraph()  # the PDF's space before the table
    spacer.paragraph_format.space_before = spacer.paragraph_format.space_after = Pt(0)
    spacer.paragraph_format.line_spacing = Pt(s.table_space_before)
    widths = tuple(share * s.text_width for share in data.widths) if data.widths else s.table_columns
    table = w.table(len(data.rows) + 1, widths, grid=True, padding=s.table_padding)
    head = table.rows[0]
    row_height(head, 0, keep=True)
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    head._tr.get_or_add_trPr().append(repeat)
    for cell, name in zip(head.cells, data.columns, strict=True):
        w.paragraph(cell, Block("cell_head", (Run(name),)))
    for index, (row, values) in enumerate(zip(table.rows[1:], data.rows, strict=True)):
        if data.signing:
            row_height(row, s.table_row_height)
        if index in data.groups:  # a group's heading: its number, then its name across the other columns
            for cell, kind, value in (
                (row.cells[0], "cell_centre", values[0]),
                (row.cells[1], "cell", values[1]),
            ):
                w.paragraph(
                    cell, Block(kind, (Run(value, bold=True),))
                ).paragraph_format.keep_with_next = True
            for cell in row.cells[2:]:
                ensure_paragraph(cell)
            row.cells[1].merge(row.cells[-1])
            continue
        for column, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            w.text(cell, "cell_centre" if column == 0 else "cell", value)
            ensure_paragraph(cell)


def _signatures(w: Writer) -> None:
    """Signers side by side in rows (titles, notes, the blank space to sign, names), so names sit level.

    A single signer (a notice) sits right, with Nơi nhận level with it at the left, as the PDF lays out.
    """
    columns = list(w.content.signatures)
    if not columns:
        _recipients(w, w.doc)
        return
    s = w.sheet
    single = len(columns) == 1
    width = s.text_width / (2 if single else len(columns))
    rows = [("signature", "title"), ("signature_note", "note"), (None, None), ("signature_name", "name")]
    if not any(column.note for column in columns):
        rows.remove(("signature_note", "note"))
    table = w.table(len(rows), tuple(width for _ in range(2 if single else len(columns))))
    for row, (kind, field) in zip(table.rows, rows, strict=True):
        row_height(row, s.signing_space if kind is None else 0, "exact" if kind is None else "atLeast")
        cells = row.cells[1:] if single else row.cells
        for cell, column in zip(cells, columns, strict=True):
            if kind is not None:
                w.text(cell, kind, getattr(column, field))
        for cell in row.cells:
            ensure_paragraph(cell)
    first = table.rows[0]
    for cell in first.cells:
        cell.paragraphs[0].paragraph_format.space_before = Pt(s.signature_gap)
    for row in table.rows:
        row_height_keep(row)
    if single:
        left = table.cell(0, 0)
        for merged in range(1, len(rows)):
            left = left.merge(table.cell(merged, 0))
        for para in list(left.paragraphs):
            para._p.getparent().remove(para._p)
        _recipients(w, left)
        ensure_paragraph(left)
        left.paragraphs[0].paragraph_format.space_before = Pt(s.signature_gap)
    else:
        _recipients(w, w.doc)


def row_height_keep(row) -> None:
    """Signature rows never split across pages."""
    properties = row._tr.get_or_add_trPr()
    if properties.find(qn("w:cantSplit")) is None:
        properties.insert(0, OxmlElement("w:cantSplit"))


def _recipients(w: Writer, container) -> None:
    if not w.content.recipients:
        return
    label = w.paragraph(container, Block("recipients_label", (f.recipients_label(w.sheet.layout),)))
    if container is w.doc:
        label.paragraph_format.space_before = Pt(w.sheet.recipients_gap)
    for line in w.content.recipients:
        w.paragraph(container, Block("recipients", (Run(line),)))


def write_docx(document: Content, handle: BinaryIO) -> None:
    """Write the document as DOCX into an open binary handle."""
    w = Writer(document)
    body = w.doc.paragraphs[0]._p if w.doc.paragraphs else None
    if body is not None:
        body.getparent().remove(body)
    _header(w)
    _blocks(w, document.blocks)
    _data_table(w)
    closing = _blocks(w, document.closing)
    if closing and document.signatures:
        closing[-1].paragraph_format.keep_with_next = True  # widow control keeps its last two lines
    _signatures(w)
    furniture(w)
    # File properties only (never printed): the meeting's, not the template's (file_properties.py).
    file_properties.apply(w.doc.core_properties, document.properties, clean=docx_text)
    file_properties.apply_extended(w.doc.part.package, document.properties, clean=docx_text)
    file_properties.save(w.doc, handle, document.properties)
