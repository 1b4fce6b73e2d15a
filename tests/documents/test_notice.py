"""Who signs the thông báo kết luận, and how its title reads."""

from __future__ import annotations

import pytest

from minutes_app.domain.model import NoticeSigner, Status

from .helpers import all_text, docx_text, pdf_bytes, plumber


def _signature_lines(data: bytes) -> list[str]:
    """The lines of the right half of the page from the signer's capacity down."""
    with plumber(data) as pdf:
        page = pdf.pages[-1]
        right = page.crop((page.width / 2, 0, page.width, page.height))
        return [" ".join(line["text"].split()) for line in right.extract_text_lines()]


@pytest.mark.parametrize("status", [Status.DRAFT, Status.FINAL])
@pytest.mark.parametrize(
    ("signer", "expected"),
    [
        (
            NoticeSigner("TL.", "Giám đốc", "Chánh Văn phòng", "Hoàng Văn Nam"),
            ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
        ),
        (
            NoticeSigner("T/L", "Ban Thường vụ", "Chánh Văn phòng", "Lý Thị Hoa"),
            ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"],
        ),
        (
            NoticeSigner("T/M", "Ban Thường vụ", "Phó Bí thư", "Đỗ Quang Vinh"),
            ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
        ),
    ],
)
def test_the_office_signs_the_notice_on_the_chairs_behalf(meeting, status, signer, expected):
    """notice_signer prints its authority, on whose behalf, title and name instead of the chair (PDF, DOCX)."""
    meeting.notice_signer, meeting.status = signer, status
    lines = _signature_lines(pdf_bytes(meeting, "conclusion"))
    start = lines.index(expected[0])
    assert lines[start + 1] == expected[1]
    assert signer.name in lines[start + 2 :]
    assert "Trần Thị Lộc" not in lines[start:]
    text = docx_text(meeting, "conclusion")
    assert "\n".join(expected) in text and signer.name in text


def test_without_a_notice_signer_the_chair_signs(meeting):
    """An empty notice_signer keeps today's signature: the chair's position and name."""
    meeting.notice_signer = NoticeSigner()
    lines = _signature_lines(pdf_bytes(meeting, "conclusion"))
    assert "TRƯỞNG BAN" in lines and "Trần Thị Lộc" in lines


def test_the_title_continues_the_sentence_in_lower_case(meeting):
    """ "Kết luận của đồng chí … tại hội nghị …": no capital letter mid-sentence; proper names kept."""
    text = " ".join(all_text(pdf_bytes(meeting, "conclusion")).split())
    assert "tại hội nghị giao ban công tác tuyên giáo quý 3/2022" in text
    meeting.title = "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ"
    text = " ".join(all_text(pdf_bytes(meeting, "conclusion")).split())
    assert "tại Ban Thường vụ Tỉnh ủy" in text
