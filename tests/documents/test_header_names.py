"""Header names break only between words, in balanced lines, at their layout's size; typed breaks kept."""

from __future__ import annotations

import pytest

from minutes_app.documents.styles import sheet

from .helpers import docx_document, pdf_bytes, plumber

LONG_NAME = "Ban Tuyên giáo và Dân vận"  # 75.6 mm in bold 14 pt: wider than the party's 75 mm column


def _header_lines(page, s, bottom: float) -> list[str]:
    """The lines of the left header column, top to bottom (words joined by single spaces)."""
    left = page.crop((s.margin_left, 0, s.margin_left + s.header_left, bottom))
    return [" ".join(line["text"].split()) for line in left.extract_text_lines()]


@pytest.mark.parametrize("document", ["minutes", "attendance", "conclusion"])
def test_a_long_issuing_body_breaks_between_words_into_balanced_lines(meeting, document):
    """ "BAN TUYÊN GIÁO VÀ DÂN VẬN" prints "BAN TUYÊN GIÁO" / "VÀ DÂN VẬN" in every document, bold, full size."""
    meeting.issuing_body = LONG_NAME
    s = sheet(meeting.layout)
    with plumber(pdf_bytes(meeting, document)) as pdf:
        page = pdf.pages[0]
        lines = _header_lines(page, s, 150)
        assert "BAN TUYÊN GIÁO" in lines and "VÀ DÂN VẬN" in lines
        assert lines.index("VÀ DÂN VẬN") == lines.index("BAN TUYÊN GIÁO") + 1
        for word in ("VẬN", "GIÁO"):
            chars = page.search(word)[0]["chars"]
            assert {round(c["size"], 1) for c in chars} == {s.issuing.size}


def test_a_typed_line_break_in_a_header_name_is_kept(meeting):
    """A line break the secretary typed in the parent body breaks the line there, in PDF and DOCX."""
    meeting.parent_body = "Ủy ban nhân dân\nTỉnh Bắc Kạn"
    s = sheet(meeting.layout)
    with plumber(pdf_bytes(meeting)) as pdf:
        lines = _header_lines(pdf.pages[0], s, 150)
    assert lines[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"]
    cell = docx_document(meeting).tables[0].rows[0].cells[0]
    assert cell.paragraphs[0].text == "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN"


def test_the_docx_breaks_a_long_name_where_the_pdf_does(meeting):
    """The DOCX carries the same line breaks, so Word and LibreOffice cannot split "DÂN / VẬN"."""
    meeting.issuing_body = LONG_NAME
    cell = docx_document(meeting).tables[0].rows[0].cells[0]
    assert "BAN TUYÊN GIÁO\nVÀ DÂN VẬN" in [p.text for p in cell.paragraphs]


def test_a_name_that_fits_stays_on_one_line(meeting):
    """Short names are not broken: "SỞ NỘI VỤ" and "BAN TUYÊN GIÁO" stay whole."""
    s = sheet(meeting.layout)
    with plumber(pdf_bytes(meeting)) as pdf:
        lines = _header_lines(pdf.pages[0], s, 150)
    assert meeting.issuing_body.upper() in lines
