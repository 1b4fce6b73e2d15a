"""What the secretary typed prints once; Nơi nhận is never lost; the space to sign is left blank."""

from __future__ import annotations

import pytest

from minutes_app.documents.styles import sheet
from minutes_app.domain.model import Layout, Status

from .helpers import all_text, docx_text, pdf_bytes, plumber


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_typed_copies_sentence_prints_once(meeting, fmt):
    """Closing note "Biên bản được lập thành 03 bản." with copies = 3: the sentence appears once."""
    meeting.closing_note = "Biên bản được lập thành 03 bản."
    meeting.copies = 3
    text = all_text(pdf_bytes(meeting)) if fmt == "pdf" else docx_text(meeting)
    assert _flat(text).count("lập thành 03 bản") == 1


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_typed_end_time_is_not_repeated_but_an_untyped_one_is_added(meeting, fmt):
    """A note that says when the meeting ended (without accents too) keeps the end-time formula out."""
    meeting.closing_note = "Hội nghị kết thúc vào hồi 11 giờ 45 cùng ngày. Bien ban da duoc thong qua."
    text = _flat(all_text(pdf_bytes(meeting)) if fmt == "pdf" else docx_text(meeting))
    assert text.count("kết thúc vào hồi") == 1 and "11 giờ 30" not in text
    assert "Biên bản được lập thành 02 bản" in text
    meeting.closing_note = "Biên bản đã được thông qua."
    text = _flat(all_text(pdf_bytes(meeting)) if fmt == "pdf" else docx_text(meeting))
    assert "Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày." in text


@pytest.mark.parametrize("document", ["minutes", "conclusion"])
def test_no_recipients_still_prints_nơi_nhận_with_its_filing_line(meeting, document):
    """Without recipients the minutes and the notice (the sign-in sheet is not sent) keep Nơi nhận."""
    meeting.recipients = []
    filing = "- Lưu: VT." if meeting.layout == Layout.STATE else "- Lưu Văn phòng."
    for text in (all_text(pdf_bytes(meeting, document)), docx_text(meeting, document)):
        assert "Nơi nhận:" in text and filing in text
        assert text.index("Nơi nhận:") < text.index(filing)


def test_recipients_without_a_filing_line_get_one_last(meeting):
    """Typed recipients without "Lưu …" are followed by the layout's filing line; one typed is kept."""
    meeting.recipients = ["Thường trực Tỉnh ủy"]
    text = all_text(pdf_bytes(meeting))
    filing = "- Lưu: VT." if meeting.layout == Layout.STATE else "- Lưu Văn phòng."
    assert text.index("- Thường trực Tỉnh ủy") < text.index(filing)
    meeting.recipients = ["Thường trực Tỉnh ủy", "Lưu: VT, Hồ sơ"]
    assert "Lưu: VT." not in all_text(pdf_bytes(meeting)) and "Lưu Văn phòng." not in all_text(
        pdf_bytes(meeting)
    )


@pytest.mark.parametrize("document", ["minutes", "conclusion"])
@pytest.mark.parametrize("status", [Status.DRAFT, Status.FINAL])
def test_signature_placeholders_are_not_printed_and_25_mm_stay_blank(meeting, document, status):
    """No "(Chữ ký…)" on paper; between each signer's title and name at least 25 mm are left blank."""
    meeting.status = status
    data = pdf_bytes(meeting, document)
    assert "(Chữ ký" not in all_text(data)
    assert "(Chữ ký" not in docx_text(meeting, document)
    s = sheet(meeting.layout)
    names = ["Trần Thị Lộc"] + (["Ma Thị Nguyệt"] if document == "minutes" else [])
    with plumber(data) as pdf:
        page = pdf.pages[-1]
        for name in names:
            found = page.search(name)
            signed = max(found, key=lambda match: match["top"])
            above = [
                c
                for c in page.chars
                if c["bottom"] < signed["top"] and c["x0"] < signed["x1"] and c["x1"] > signed["x0"]
            ]
            gap = signed["top"] - max(c["bottom"] for c in above)
            assert gap >= s.signing_space - 0.5 and gap * 25.4 / 72 >= 25
