"""A printed document as plain content (header, styled paragraphs, table, signatures, Nơi nhận).

The biên bản, the attendance sheet and the conclusion notice are first built as this neutral form; the PDF
and DOCX writers then draw the same content in the same order, so the two formats cannot drift apart.
Text in runs is the user's raw text or a fixed formula; writers escape and clean it when drawing.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes_app.documents.file_properties import FileProperties
from minutes_app.domain.model import Layout


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True)
class Block:
    """One paragraph; ``kind`` names its paragraph style (see styles.paragraph_styles)."""

    kind: str
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Header:
    """The two header columns: left the bodies and the number, right the national or Party title."""

    parent: str
    issuing: str
    number: str
    place_date: str = ""
    secrecy: str = ""  # ô 10a: MẬT / TỐI MẬT / TUYỆT MẬT, boxed under the number


@dataclass(frozen=True)
class Signature:
    """One signature column: the capacity, an optional note under it, and the signer's name."""

    title: str
    note: str = ""
    name: str = ""


@dataclass(frozen=True)
class Table:
    """A ruled table whose first row is the header repeated on every page."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # A table of another shape than the sign-in sheet (the directive register): column widths as shares
    # of the text width, rows that head a group (bold, spanning all but the first column), and rows of
    # their natural height instead of the room to sign.
    widths: tuple[float, ...] = ()
    groups: frozenset[int] = frozenset()
    signing: bool = True


@dataclass(frozen=True)
class Document:
    layout: Layout
    header: Header
    blocks: tuple[Block, ...]
    table: Table | None = None
    closing: tuple[Block, ...] = ()
    signatures: tuple[Signature, ...] = ()
    recipients: tuple[str, ...] = ()
    draft: bool = True
    circulation: str = ""  # ô 11: LƯU HÀNH NỘI BỘ …, boxed in the top margin of page 1
    fingerprint: str = ""
    title: str = ""
    properties: FileProperties | None = None  # the file's own description (DOCX core properties)


def block(kind: str, *runs: Run | str) -> Block:
    """A block from runs, plain strings becoming regular runs."""
    return Block(kind, tuple(run if isinstance(run, Run) else Run(run) for run in runs))
