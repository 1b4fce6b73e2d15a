"""The "- Đồng chí …" lines of Thành phần tham dự hang like any list item, in PDF and DOCX."""

from __future__ import annotations

import pytest
from docx.shared import Pt

from minutes_app.documents.styles import sheet
from minutes_app.documents.text import hanging_indent
from minutes_app.domain.model import Attendee, Group

from .helpers import docx_document, pdf_bytes, plumber

NAME = "Hoàng Thị Minh Nguyệt"
POSITION = "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy, phụ trách công tác dư luận xã hội"


def _with_long_attendee(meeting):
    meeting.attendees.append(
        Attendee(id="long", name=NAME, position=POSITION, organization="Tỉnh ủy Bắc Kạn", group=Group.MEMBER)
    )
    return meeting


def test_a_wrapped_attendee_line_continues_under_the_text_after_the_dash(meeting):
    """The second line of a long attendee entry starts where the text after "- " starts, not at the margin."""
    s = sheet(meeting.layout)
    start = s.margin_left + s.first_indent
    with plumber(pdf_bytes(_with_long_attendee(meeting))) as pdf:
        lines = [line for page in pdf.pages for line in page.extract_text_lines()]
    first = next(line for line in lines if line["text"].startswith(f"- Đồng chí {NAME}"))
    wrapped = lines[lines.index(first) + 1]
    assert first["x0"] == pytest.approx(start, abs=0.5)
    assert wrapped["x0"] == pytest.approx(start + hanging_indent("- Đồng chí", s.body.size), abs=0.5)
    assert wrapped["x0"] > start + 1


def test_attendee_lines_hang_in_the_docx(meeting):
    """Each attendee paragraph has a hanging indent as wide as its dash, its first line at the indent."""
    s = sheet(meeting.layout)
    texts = [p.text for p in docx_document(_with_long_attendee(meeting)).paragraphs]
    section = texts[texts.index("Thành phần tham dự:") : texts.index("Diễn biến hội nghị:")]
    paragraphs = [
        p for p in docx_document(meeting).paragraphs if p.text.startswith("- Đồng chí") and p.text in section
    ]
    assert len(paragraphs) >= 3
    for paragraph in paragraphs:
        fmt = paragraph.paragraph_format
        assert fmt.first_line_indent == pytest.approx(
            -Pt(hanging_indent("- Đồng chí", s.body.size)), abs=Pt(0.1)
        )
        assert fmt.left_indent + fmt.first_line_indent == pytest.approx(Pt(s.first_indent), abs=Pt(0.1))
