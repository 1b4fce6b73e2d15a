"""The biên bản as DOCX, read back with python-docx: fonts, margins, header table, order, robustness."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from minutes_app import documents
from minutes_app.documents.styles import sheet
from minutes_app.domain.model import Status


def _docx(meeting, document: str = "minutes"):
    buffer = io.BytesIO()
    documents.render(meeting, document, "docx", buffer)
    buffer.seek(0)
    return docx.Document(buffer)


def _body_text(doc) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


def test_page_is_a4_with_the_layouts_margins(meeting):
    """A4 portrait with the same margins as the PDF of that layout."""
    section = _docx(meeting).sections[0]
    s = sheet(meeting.layout)
    assert section.page_width == pytest.approx(Mm(210), abs=Mm(0.2))
    assert section.page_height == pytest.approx(Mm(297), abs=Mm(0.2))
    for name in ("top", "bottom", "left", "right"):
        expected = Mm(getattr(s, f"margin_{name}") * 25.4 / 72)
        assert getattr(section, f"{name}_margin") == pytest.approx(expected, abs=Mm(0.1))


def test_every_run_names_times_new_roman_for_all_scripts(meeting):
    """Runs and the Normal style name Times New Roman in ascii, hAnsi, eastAsia and cs slots."""
    doc = _docx(meeting)
    normal = doc.styles["Normal"].element.rPr.rFonts
    assert {normal.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {
        "Times New Roman"
    }
    runs = [run for p in doc.paragraphs for run in p.runs if run.text.strip()]
    assert runs
    for run in runs:
        fonts = run._element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) == "Times New Roman" and fonts.get(qn("w:cs")) == "Times New Roman"


def test_header_is_a_borderless_two_column_table(state_meeting):
    """The header's two columns (bodies | Quốc hiệu) form a borderless table the office can edit."""
    doc = _docx(state_meeting)
    table = doc.tables[0]
    left, right = table.rows[0].cells
    assert "SỞ NỘI VỤ" in left.text and "Số: 05/BB-SNV" in left.text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right.text and "Độc lập - Tự do - Hạnh phúc" in right.text
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and all(edge.get(qn("w:val")) == "nil" for edge in borders)
    assert any(run.bold for p in left.paragraphs if "SỞ NỘI VỤ" in p.text for run in p.runs)


def test_content_comes_in_the_order_of_the_pdf(meeting):
    """BIÊN BẢN, opening lines, Thành phần, reports, discussion, conclusion, closing, signatures, Nơi nhận."""
    doc = _docx(meeting)
    text = _body_text(doc)
    marks = [
        "BIÊN BẢN",
        meeting.title,
        "Địa điểm:",
        "Thành phần tham dự:",
        "Có mặt: 12/13 đồng chí",
        "Diễn biến hội nghị:",
        "Ý kiến thảo luận:",
        "Kết luận của người chủ trì:",
        "Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày.",
        "Nơi nhận:",
    ]
    positions = [text.index(mark) for mark in marks]
    assert positions == sorted(positions)
    names = doc.tables[-1].rows[-1].cells
    assert "Ma Thị Nguyệt" in names[0].text and "Trần Thị Lộc" in names[1].text


def test_control_characters_are_dropped_for_docx_only(meeting):
    """Characters XML forbids (bell, escape, form feed) are dropped, so Word can open the file."""
    meeting.location = "Hội\x07trường\x1b\x0c A & <B>"
    assert "Hộitrường A & <B>" in _body_text(_docx(meeting))


def test_draft_mark_and_fingerprint_go_into_page_header_and_footer(meeting):
    """A draft has DỰ THẢO in the page headers; a final has the fingerprint in the footers instead."""
    draft = _docx(meeting).sections[0]
    assert "DỰ THẢO" in draft.first_page_header.paragraphs[0].text
    meeting.status = Status.FINAL
    final = _docx(meeting).sections[0]
    assert "DỰ THẢO" not in final.header.paragraphs[0].text
    assert "Mã đối chiếu:" in final.footer.paragraphs[0].text


def test_attendance_sheet_docx_repeats_its_table_header(meeting):
    """The sign-in table's header row is marked to repeat on every page in Word."""
    doc = _docx(meeting, "attendance")
    table = doc.tables[-1]
    assert [cell.text for cell in table.rows[0].cells] == ["STT", "Họ và tên", "Chức vụ, đơn vị", "Ký tên"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(table.rows) == len(meeting.attendees) + 1
