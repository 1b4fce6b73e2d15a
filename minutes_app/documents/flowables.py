"""reportlab flowables for the neutral content: header table, rules, paragraphs, tables, signatures."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from minutes_app.documents import fonts
from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Block, Document, Header, Run
from minutes_app.documents.blocks import Table as DataTable
from minutes_app.documents.styles import Sheet, paragraph_styles
from minutes_app.documents.text import markup, paragraphs, text_width, title_rule_length


class Rule(Flowable):
    """A solid horizontal line of a given length, centred in the space it is given."""

    def __init__(self, length: float, thickness: float, gap: float, after: float = 0) -> None:
        super().__init__()
        self.length, self.thickness, self.gap, self.after = length, thickness, gap, after

    def wrap(self, available_width, available_height):
        self.length = min(self.length, available_width)
        self.width = available_width
        self.height = self.gap + self.thickness + self.after
        return available_width, self.height

    def draw(self):
        self.canv.setLineWidth(self.thickness)
        left = (self.width - self.length) / 2
        y = self.height - self.gap - self.thickness / 2
        self.canv.line(left, y, left + self.length, y)


def run_markup(run: Run) -> str:
    text = markup(run.text)
    if run.bold:
        text = f"<b>{text}</b>"
    if run.italic:
        text = f"<i>{text}</i>"
    if run.underline:
        text = f"<u>{text}</u>"
    return text


def paragraph(sheet: Sheet, item: Block) -> Paragraph:
    """A paragraph built only from escaped text and our own <b>/<i>/<u>/<br/> tags."""
    return Paragraph("".join(run_markup(run) for run in item.runs), paragraph_styles(sheet.layout)[item.kind])


def _text(sheet: Sheet, kind: str, text: str) -> list[Paragraph]:
    return [paragraph(sheet, Block(kind, (Run(part),))) for part in paragraphs(text)]


def rule_under(sheet: Sheet, text: str, font: str, size: float, fraction: float, column: float) -> Rule:
    """A line under a text: its length is a share of the text's width, never wider than the column."""
    width = min(text_width(text, font, size), column)
    return Rule(width * fraction, sheet.rule_width, sheet.rule_gap)


def header_columns(sheet: Sheet, header: Header) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables of the two header columns: bodies and number left, national or Party title right."""
    left: list[Flowable] = _text(sheet, "parent", header.parent) + _text(sheet, "issuing", header.issuing)
    if sheet.title_rule_text:  # party: a star under the issuing body
        left.append(paragraph(sheet, Block("star", (Run(f.STAR),))))
    elif header.issuing.strip():
        size = sheet.issuing.size
        left.append(
            rule_under(
                sheet, header.issuing, fonts.BOLD, size, sheet.issuing_rule_fraction, sheet.header_left
            )
        )
    left += _text(sheet, "number", header.number)
    if sheet.title_rule_text:
        right: list[Flowable] = _text(sheet, "national", f.PARTY_TITLE)
        right.append(rule_under(sheet, f.PARTY_TITLE, fonts.BOLD, sheet.national.size, 1, sheet.header_right))
    else:
        right = _text(sheet, "national", f.NATIONAL_TITLE) + _text(sheet, "motto", f.MOTTO)
        right.append(rule_under(sheet, f.MOTTO, fonts.BOLD, sheet.motto.size, 1, sheet.header_right))
    right += _text(sheet, "place_date", header.place_date)
    return left, right


def side_by_side(columns: list[list[Flowable]], widths, frame_height: float) -> list[Flowable]:
    """A borderless table of columns; stacked instead when taller than a page.

    reportlab re-wraps a split cell on every page, which costs quadratic time for a cell of many pages;
    text that long is not a real header or signature, so it is stacked and printed in full instead.
    """
    table = Table([columns], colWidths=widths, splitInRow=1, hAlign="LEFT")
    table.setStyle(_borderless())
    _, height = table.wrap(sum(widths), frame_height)
    if height <= frame_height:
        return [table]
    return [flowable for column in columns for flowable in column]


def header_table(sheet: Sheet, header: Header) -> list[Flowable]:
    """The borderless two-column header (see header_columns)."""
    widths = (sheet.header_left, sheet.header_right)
    return side_by_side(list(header_columns(sheet, header)), widths, frame_height(sheet))


def frame_height(sheet: Sheet) -> float:
    return sheet.page_height - sheet.margin_top - sheet.margin_bottom


def _borderless() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )


def title_rule(sheet: Sheet, title: str) -> Flowable:
    """State: a solid line 1/3 of the title's length under it; party: a dashed line of text."""
    if sheet.title_rule_text:
        dashes = paragraph(sheet, Block("title", (Run(sheet.title_rule_text),)))
        return KeepTogether([dashes, Spacer(sheet.text_width, sheet.title_rule_after)])
    length = title_rule_length(
        title, fonts.BOLD, sheet.title.size, sheet.title_rule_fraction, sheet.text_width
    )
    return Rule(length, sheet.rule_width, sheet.rule_gap, sheet.title_rule_after)


def body(sheet: Sheet, blocks: tuple[Block, ...]) -> list[Flowable]:
    """Paragraphs in order, with the title rule after the last title line."""
    last_title = max((i for i, b in enumerate(blocks) if b.kind == "title"), default=-1)
    story: list[Flowable] = []
    for index, item in enumerate(blocks):
        story.append(paragraph(sheet, item))
        if index == last_title:
            title = " ".join(b.text for b in blocks if b.kind == "title")
            story.append(title_rule(sheet, title))
    return story


def data_table(sheet: Sheet, data: DataTable) -> Table:
    """A ruled table with its header row repeated on every page; long cells may split across pages."""
    head = [paragraph(sheet, Block("cell_head", (Run(c),))) for c in data.columns]
    rows = [head]
    for index, row in enumerate(data.rows):
        cells = []
        for column, value in enumerate(row):
            kind = "cell_centre" if column == 0 else "cell"
            if index in data.groups:
                cells.append([paragraph(sheet, Block(kind, (Run(value, bold=True),)))] if value else "")
            else:
                cells.append(_text(sheet, kind, value) or "")
        rows.append(cells)
    heights = [0] + [sheet.table_row_height if data.signing else 0] * len(data.rows)
    widths = [share * sheet.text_width for share in data.widths] if data.widths else sheet.table_columns
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT", minRowHeights=heights)
    pad = sheet.table_padding
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), sheet.table_line, "black"),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                *(("SPAN", (1, index + 1), (-1, index + 1)) for index in sorted(data.groups)),
                *(("NOSPLIT", (0, index + 1), (-1, index + 2)) for index in sorted(data.groups)),
            ]
        )
    )
    table.spaceBefore = sheet.table_space_before
    return table


def _grid(sheet: Sheet, rows: list[list], widths: list[float]) -> list[Flowable]:
    """A borderless grid of cells (lists of flowables); stacked when taller than a page."""
    table = Table(rows, colWidths=widths, splitInRow=1, hAlign="LEFT")
    table.setStyle(_borderless())
    table.spaceBefore = sheet.signature_gap
    if table.wrap(sheet.text_width, frame_height(sheet))[1] <= frame_height(sheet):
        return [table]
    stacked: list[Flowable] = [Spacer(sheet.text_width, sheet.signature_gap)]
    for cell in (cell for row in rows for cell in row):
        stacked += cell if isinstance(cell, list) else [cell] if isinstance(cell, Flowable) else []
    return stacked


def _signer(sheet: Sheet, column, width: float) -> list[list]:
    return [
        _text(sheet, "signature", column.title),
        _text(sheet, "signature_note", column.note),
        [Spacer(width, sheet.signing_space)],
        _text(sheet, "signature_name", column.name),
    ]


def signatures(sheet: Sheet, document: Document) -> list[Flowable]:
    """Signature columns side by side; their rows keep titles and names level."""
    columns = document.signatures
    if not columns:
        return []
    width = sheet.text_width / len(columns)
    cells = [_signer(sheet, column, width) for column in columns]
    rows = [list(row) for row in zip(*cells, strict=True)]
    return _grid(sheet, rows, [width] * len(columns))


def signed_with_recipients(sheet: Sheet, document: Document) -> list[Flowable]:
    """One signer (a notice): Nơi nhận at the left, level with the signature at the right, as ND 30 lays out."""
    width = sheet.text_width / 2
    left = recipients(sheet, document)[1:]
    right = [flowable for cell in _signer(sheet, document.signatures[0], width) for flowable in cell]
    return _grid(sheet, [[left, right]], [width, width])


def recipients(sheet: Sheet, document: Document) -> list[Flowable]:
    if not document.recipients:
        return []
    label = paragraph(sheet, Block("recipients_label", (f.recipients_label(sheet.layout),)))
    lines = [paragraph(sheet, Block("recipients", (Run(line),))) for line in document.recipients]
    return [Spacer(sheet.text_width, sheet.recipients_gap), label, *lines]


def ending(sheet: Sheet, document: Document) -> list[Flowable]:
    """Closing paragraphs, signatures and Nơi nhận; the last paragraph stays with the signatures."""
    closing = body(sheet, document.closing)
    after = recipients(sheet, document)
    if len(document.signatures) == 1:
        signed, after = signed_with_recipients(sheet, document), []
    else:
        signed = signatures(sheet, document)
    if not signed:
        return closing + after
    tail = [closing.pop()] if closing else []
    return [*closing, KeepTogether([*tail, *signed]), *after]
