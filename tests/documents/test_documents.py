"""The attendance sheet, the conclusion notice and the render() entry point."""

from __future__ import annotations

import io

import pytest

from minutes_app import documents
from minutes_app.domain.model import Attendee, Group, Status
from minutes_app.messages import UserError

from .helpers import all_text, pdf_bytes, plumber, reader


def test_attendance_sheet_of_200_repeats_its_table_header_on_every_page(meeting):
    """200 invited people break the table over pages; each page starts with STT | Họ và tên | ... | Ký tên."""
    meeting.attendees = [
        Attendee(
            id=f"p{i}",
            name=f"Nguyễn Văn Người {i}",
            position="Chuyên viên",
            organization="Sở Nội vụ",
            group=Group.GUEST,
        )
        for i in range(1, 201)
    ]
    data = pdf_bytes(meeting, "attendance")
    with plumber(data) as pdf:
        assert len(pdf.pages) >= 4
        for page in pdf.pages:
            text = page.extract_text()
            assert "STT" in text and "Họ và tên" in text and "Chức vụ, đơn vị" in text and "Ký tên" in text
    text = all_text(data)
    assert "Nguyễn Văn Người 1 " in text and "Nguyễn Văn Người 200" in text
    assert "DANH SÁCH ĐẠI BIỂU" in text


def test_conclusion_notice_is_a_thông_báo_with_directives_only(meeting):
    """Type THÔNG BÁO, type code TB in the number, the chair's conclusion and directives, signed by the chair."""
    meeting.number = "07"
    text = all_text(pdf_bytes(meeting, "conclusion"))
    assert "THÔNG BÁO" in text
    assert "Số: 07/TB-SNV" in text or "Số 07-TB/BTGTU" in text
    assert " ".join(f"Kết luận của đồng chí Trần Thị Lộc tại h{meeting.title[1:]}".split()) in " ".join(
        text.split()
    )
    assert "Khẩn trương rà soát" in text and "Thành phần tham dự" not in text
    assert "Trần Thị Lộc" in text and "Ma Thị Nguyệt" not in text
    assert "- Ban Tuyên giáo các huyện ủy, thành ủy" in text


def test_render_writes_a_path_atomically(meeting, tmp_path):
    """A path target receives a complete file and no temporary file is left beside it."""
    target = tmp_path / "bien-ban.pdf"
    documents.render(meeting, "minutes", "pdf", target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["bien-ban.pdf"]


def test_render_into_a_bytesio_and_as_bytes(meeting):
    """A BytesIO target is filled; without a target the bytes are returned."""
    buffer = io.BytesIO()
    documents.render(meeting, target=buffer)
    assert buffer.getvalue() == documents.render(meeting)


@pytest.mark.parametrize("document", ["minutes", "attendance", "conclusion"])
def test_every_document_has_a_docx(meeting, document):
    """DOCX exists for all three documents, so the office can edit any of them."""
    assert documents.render(meeting, document, "docx")[:2] == b"PK"


def test_unknown_document_or_format_is_a_user_error(meeting):
    """A wrong name gives a readable message, not a KeyError."""
    with pytest.raises(UserError) as error:
        documents.render(meeting, "agenda")
    assert error.value.key == "documents.unknown"
    with pytest.raises(UserError) as error:
        documents.render(meeting, fmt="odt")
    assert error.value.key == "documents.format_unknown"


def test_unwritable_target_is_a_user_error(meeting, tmp_path):
    """Writing into a missing folder reports file.cannot_write and leaves nothing behind."""
    with pytest.raises(UserError) as error:
        documents.render(meeting, target=tmp_path / "missing" / "x.pdf")
    assert error.value.key == "file.cannot_write"


def test_minutes_carry_the_fixed_formulas_and_end_mark(meeting):
    """Attendance sentence, closing formula, copies and "./." appear; signatures name secretary and chair."""
    text = all_text(pdf_bytes(meeting))
    assert "Có mặt: 12/13 đồng chí; vắng mặt: 1 đồng chí" in " ".join(text.split())
    assert "Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày." in text
    assert "Biên bản được lập thành 02 bản./." in text
    assert "Ma Thị Nguyệt" in text.split("Hội nghị kết thúc")[-1]
    assert "Trần Thị Lộc" in text.split("Hội nghị kết thúc")[-1]


def test_signature_titles_per_layout(meeting):
    """State: THƯ KÝ | CHỦ TỌA (Mẫu 1.9); party: NGƯỜI GHI BIÊN BẢN | CHỦ TRÌ HỘI NGHỊ."""
    text = all_text(pdf_bytes(meeting))
    if meeting.layout == "state":
        assert "THƯ KÝ" in text and "CHỦ TỌA" in text
        assert "- Lưu: VT, Hồ sơ." in text
    else:
        assert "NGƯỜI GHI BIÊN BẢN" in text and "CHỦ TRÌ HỘI NGHỊ" in text
        assert "- Lưu Văn phòng Ban." in text


def test_votes_and_directive_deadlines_are_printed(meeting):
    """Votes print tán thành / không tán thành / ý kiến khác; deadlines print in the words typed."""
    from minutes_app.domain.model import Vote

    meeting.votes = [Vote(id="v1", subject="Thông qua kế hoạch quý 4", in_favour=11, against=1, abstain=0)]
    text = " ".join(all_text(pdf_bytes(meeting)).split())
    assert "Thông qua kế hoạch quý 4: tán thành: 11; không tán thành: 1; ý kiến khác: 0." in text
    assert "Thời hạn: trong quý 4/2022." in text and "(ngày 31 tháng 12 năm 2022)" not in text


def test_final_minutes_stay_byte_stable_across_renders(meeting):
    """Finalized minutes, rendered twice, give identical bytes with the fingerprint inside."""
    meeting.status = Status.FINAL
    first, second = pdf_bytes(meeting), pdf_bytes(meeting)
    assert first == second and len(reader(first).pages) >= 2


@pytest.mark.parametrize("layout", ["state", "party"])
@pytest.mark.parametrize("document", ["minutes", "attendance", "conclusion"])
def test_an_empty_meeting_renders_every_document(layout, document):
    """A meeting with nothing but a date still prints (no title, no people, no bodies) in both formats."""
    import datetime as dt

    from minutes_app.domain.model import Layout, Meeting

    meeting = Meeting(title="", date=dt.date(2024, 2, 5), layout=Layout(layout))
    text = all_text(documents.render(meeting, document))
    assert "ngày 05 tháng 02 năm 2024" in text.lower() or layout == "state"
    assert documents.render(meeting, document, "docx")[:2] == b"PK"
