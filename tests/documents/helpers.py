"""Helpers that render a meeting and read the PDF back (pypdf for structure, pdfplumber for positions)."""

from __future__ import annotations

import io
import re

import pdfplumber
from pypdf import PdfReader

from minutes_app import documents


def pdf_bytes(meeting, document: str = "minutes") -> bytes:
    buffer = io.BytesIO()
    documents.render(meeting, document, "pdf", buffer)
    return buffer.getvalue()


def plumber(data: bytes):
    return pdfplumber.open(io.BytesIO(data))


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def squeeze(text: str) -> str:
    """Text without any whitespace, to compare what was typed with what a PDF reader extracts."""
    return re.sub(r"\s+", "", text)


def all_text(data: bytes) -> str:
    with plumber(data) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def docx_document(meeting, document: str = "minutes"):
    """The DOCX of a document opened with python-docx."""
    import docx

    return docx.Document(io.BytesIO(documents.render(meeting, document, "docx")))


def docx_text(meeting, document: str = "minutes") -> str:
    """Every paragraph of a DOCX, tables included, one per line."""
    doc = docx_document(meeting, document)
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                lines += [p.text for p in cell.paragraphs]
    return "\n".join(lines)


def baseline(page, char: dict) -> float:
    """Distance of a character's baseline from the top of the page (pdfplumber's top is the glyph box)."""
    return page.height - char["matrix"][5]
