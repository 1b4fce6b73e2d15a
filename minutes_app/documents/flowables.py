"""reportlab flowables for the neutral content: header table, rules, paragraphs, tables, signatures."""

from __future__ import annotations

import functools

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from minutes_app.documents import fonts, long_paragraphs
from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Block, Document, Header, Run
from minutes_app.documents.blocks import Table as DataTable
from minutes_app.documents.styles import Sheet, Size, paragraph_styles
from minutes_app.documents.text import (
    balanced_lines,
    hanging_indent,
    markup,
    paragraphs,
    text_width,
    title_rule_length,
)


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


class BoxedMark(Flowable):
    """ô 10a: the secrecy mark, bold, in a single-line box, centred in the left column under the number."""

    def __init__(self, sheet: Sheet, label: str) -> None:
        super().__init__()
        self.sheet, self.label = sheet, label
        self.size = sheet.mark
        self.text_width = text_width(label, fonts.BOLD, self.size.size)

    def wrap(self, available_width, available_height):
        s = self.sheet
        self.width = available_width
        self.height = s.secrecy_space_before + self.size.leading + 2 * s.mark_padding
        return available_width, self.height

    def draw(self):
        s, canvas = self.sheet, self.canv
        pad, descent = s.mark_padding, self.size.leading - self.size.size
        x = (self.width - self.text_width) / 2
        canvas.setFont(fonts.BOLD, self.size.size)
        canvas.drawString(x, pad + descent, self.label)
        canvas.setLineWidth(s.rule_width)
        canvas.rect(x - pad, 0, self.text_width + 2 * pad, self.size.leading + 2 * pad, stroke=1, fill=0)


def run_markup(run: Run) -> str:
    text = markup(run.text)
    if run.bold:
        text = f"<b>{text}</b>"
    if run.italic:
        text = f"<i>{text}</i>"
    if run.underline:
        text = f"<u>{text}</u>"
    return text


def paragraph_style(sheet: Sheet, item: Block) -> ParagraphStyle:
    style = paragraph_styles(sheet.layout)[item.kind]
    if item.kind == "item":
        style = _item_style(sheet, round(hanging_indent(item.text, sheet.body.size), 2))
    return style


def paragraph(sheet: Sheet, item: Block) -> Paragraph:
    """A paragraph built only from escaped text and our own <b>/<i>/<u>/<br/> tags."""
    return Paragraph("".join(run_markup(run) for run in item.runs), paragraph_style(sheet, item))


def typed_paragraph(sheet: Sheet, item: Block) -> list[Paragraph]:
    """A paragraph of the text, in pieces when it is very long (see long_paragraphs)."""
    if item.kind not in long_paragraphs.KINDS:
        return [paragraph(sheet, item)]
    style = paragraph_style(sheet, item)
    return long_paragraphs.pieces(item.runs, style, sheet.text_width, frame_height(sheet), run_markup)


@functools.cache
def _item_style(sheet: Sheet, hanging: float) -> ParagraphStyle:
    """A list item: the marker where a paragraph starts, the lines after it under the item's text."""
    base = paragraph_styles(sheet.layout)["item"]
    return ParagraphStyle(
        f"item-{hanging}", parent=base, leftIndent=sheet.first_indent + hanging, firstLineIndent=-hanging
    )


def _text(sheet: Sheet, kind: str, text: str) -> list[Paragraph]:
    return [paragraph(sheet, Block(kind, (Run(part),))) for part in paragraphs(text)]


def rule_under(sheet: Sheet, lines: list[str], font: str, size: Size, fraction: float, column: float) -> Rule:
    """A line under a text: a share of its longest line's width, never wider than the column."""
    width = min(max((text_width(line, font, size.size) for line in lines), default=0), column)
    return Rule(width * fraction, sheet.rule_width, sheet.rule_gap(size))


def header_name(sheet: Sheet, kind: str, text: str, column: float) -> tuple[list[Flowable], list[str]]:
    """A parent or issuing body name in balanced lines that break only between words (one paragraph)."""
    size = getattr(sheet, kind)
    font = fonts.BOLD if kind == "issuing" else fonts.REGULAR
    lines = balanced_lines(text, font, size.size, column)
    if not lines:
        return [], []
    return [paragraph(sheet, Block(kind, (Run("\n".join(lines)),)))], lines


def header_columns(sheet: Sheet, header: Header) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables of the two header columns: bodies and number left, national or Party title right."""
    column = sheet.header_left
    left, _ = header_name(sheet, "parent", header.parent, column)
    issuing, lines = header_name(sheet, "issuing", header.issuing, column)
    left += issuing
    if sheet.title_rule_text:  # party: a star under the issuing body
        left.append(paragraph(sheet, Block("star", (Run(f.STAR),))))
    elif lines:
        left.append(rule_under(sheet, lines, fonts.BOLD, sheet.issuing, sheet.issuing_rule_fraction, column))
    left += _text(sheet, "number", header.number)
    if header.secrecy:
        left.append(BoxedMark(sheet, header.secrecy))
    if sheet.title_rule_text:
        right: list[Flowable] = _text(sheet, "national", f.PARTY_TITLE)
        right.append(rule_under(sheet, [f.PARTY_TITLE], fonts.BOLD, sheet.national, 1, sheet.header_right))
    else:
        right = _text(sheet, "national", f.NATIONAL_TITLE) + _text(sheet, "motto", f.MOTTO)
        right.append(rule_under(sheet, [f.MOTTO], fonts.BOLD, sheet.motto, 1, sheet.header_right))
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
    return Rule(length, sheet.rule_width, sheet.rule_gap(sheet.title), sheet.title_rule_after)


def body(sheet: Sheet, blocks: tuple[Block, ...]) -> list[Flowable]:
    """Paragraphs in order, with the title rule after the last title line."""
    last_title = max((i for i, b in enumerate(blocks) if b.kind == "title"), default=-1)
    story: list[Flowable] = []
    for index, item in enumerate(blocks):
        story += typed_paragraph(sheet, item)
        if index == last_title:
            title = " ".join(b.text for b in blocks if b.kind == "title")
            story.append(title_rule(sheet, title))
    return story


LONG_CELL = 2000  # characters: a cell longer than this may be taller than a page


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
    # A group's heading must stay with its first line, which reportlab keeps only when it does not split
    # inside rows: that is left to tables whose rows may be taller than a page.
    long_rows = any(len(value) > LONG_CELL for row in data.rows for value in row)
    split_in_row = 0 if data.groups and not long_rows else 1
    table = Table(
        rows, colWidths=widths, repeatRows=1, splitInRow=split_in_row, hAlign="LEFT", minRowHeights=heights
    )
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
                *(
                    ("NOSPLIT", (0, index + 1), (-1, index + 2))
                    for index in sorted(data.groups)
                    if not split_in_row
                ),
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
    if closing and isinstance(closing[-1], Paragraph):
        return [*closing[:-1], KeepLastLines(closing[-1], signed), *after]
    return [*closing[:-1], KeepTogether([*closing[-1:], *signed]), *after]


class KeepLastLines(KeepTogether):
    """A paragraph and the signature block: only the paragraph's last lines must go with the block.

    When all does not fit, as many lines as fit stay where they are (at least two of a paragraph that
    starts here, and never more than all but the last ``keep``), and the rest moves on, still keeping its
    last lines with the signatures, so the page is not left half empty because one long paragraph was
    kept whole with the block. The last piece of a very long paragraph (see long_paragraphs) continues
    lines printed before it: one line of it may stay at the foot of a page.
    """

    def __init__(self, last: Paragraph, following: list[Flowable], keep: int = 2) -> None:
        super().__init__([last, *following])
        self.last, self.following, self.keep = last, following, keep
        self.least = 1 if getattr(last, "continues", False) else 2

    def split(self, aW, aH):
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if aH >= self._H:
            return self._content[:]
        last = self.last
        last.wrap(aW, aH)
        lines = len(getattr(last.blPara, "lines", ()))
        leading = last.style.leading
        fit = int((aH - last.getSpaceBefore()) // leading)
        take = min(fit, lines - self.keep)
        if take >= self.least:
            parts = last.split(aW, take * leading + last.getSpaceBefore() + 0.5)
            if len(parts) == 2:
                parts[1].continues = True
                return [parts[0], KeepLastLines(parts[1], self.following, self.keep)]
        moved = super().split(aW, aH)
        if moved and isinstance(moved[0], type(FrameBreak)):  # the rule still holds on the next page
            return [moved[0], KeepLastLines(last, self.following, self.keep)]
        return moved
