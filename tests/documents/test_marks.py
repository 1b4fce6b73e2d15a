"""The marks of Phụ lục I §II.2: ô 11 (circulation) boxed over the right column on page 1; ô 10a (secrecy)
boxed under the number in the left column. PDF read back with pdfplumber, DOCX through its XML."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from minutes_app.documents.styles import sheet
from minutes_app.domain.model import Circulation, Classification, Status

from .helpers import docx_document, pdf_bytes, plumber

CIRCULATIONS = [
    (Circulation.INTERNAL, "LƯU HÀNH NỘI BỘ"),
    (Circulation.RETURN_AFTER_READING, "XEM XONG TRẢ LẠI"),
    (Circulation.RETURN_AFTER_MEETING, "TRẢ LẠI SAU KHI HỌP"),
]
SECRECY = [
    (Classification.CONFIDENTIAL, "MẬT"),
    (Classification.SECRET, "TỐI MẬT"),
    (Classification.TOP_SECRET, "TUYỆT MẬT"),
]


def _box_around(page, match: dict) -> dict:
    """The drawn rectangle that encloses a text match."""
    boxes = [
        r
        for r in page.rects
        if r["x0"] <= match["x0"]
        and r["x1"] >= match["x1"]
        and r["top"] <= match["top"]
        and r["bottom"] >= match["bottom"]
    ]
    assert boxes, "the mark has no box"
    return min(boxes, key=lambda r: r["width"] * r["height"])


@pytest.mark.parametrize("document", ["minutes", "attendance", "conclusion"])
@pytest.mark.parametrize("status", [Status.DRAFT, Status.FINAL])
@pytest.mark.parametrize(("value", "label"), CIRCULATIONS)
def test_circulation_mark_is_boxed_bold_in_the_top_margin_over_the_right_column_on_page_one(
    meeting, document, status, value, label
):
    """ô 11: upper case, bold 13–14 pt, one boxed line, centred over the Quốc hiệu column, page 1 only."""
    meeting.circulation, meeting.status = value, status
    s = sheet(meeting.layout)
    column_centre = s.margin_left + s.header_left + s.header_right / 2
    with plumber(pdf_bytes(meeting, document)) as pdf:
        page = pdf.pages[0]
        match = page.search(label)[0]
        assert {round(c["size"]) for c in match["chars"]} <= {13, 14}
        assert all("Bold" in c["fontname"] for c in match["chars"])
        assert (match["x0"] + match["x1"]) / 2 == pytest.approx(column_centre, abs=1)
        box = _box_around(page, match)
        assert box["bottom"] <= s.margin_top and box["top"] >= 0
        assert box["height"] < 2 * s.circulation.leading  # a single line
        others = [r for r in page.rects if r is not box and r["bottom"] <= s.margin_top]
        assert all(r["x1"] <= box["x0"] or r["x0"] >= box["x1"] or r["bottom"] <= box["top"] for r in others)
        for later in pdf.pages[1:]:
            assert not later.search(label)


@pytest.mark.parametrize("document", ["minutes", "attendance", "conclusion"])
@pytest.mark.parametrize(("value", "label"), SECRECY)
def test_secrecy_mark_is_boxed_bold_under_the_number_in_the_left_column(meeting, document, value, label):
    """ô 10a: MẬT / TỐI MẬT / TUYỆT MẬT bold in a box, under the number, inside the left column."""
    meeting.classification = value
    s = sheet(meeting.layout)
    with plumber(pdf_bytes(meeting, document)) as pdf:
        page = pdf.pages[0]
        match = page.search(label)[0]
        assert all("Bold" in c["fontname"] for c in match["chars"])
        box = _box_around(page, match)
        assert s.margin_left <= box["x0"] and box["x1"] <= s.margin_left + s.header_left
        number = (
            page.search("Số")[0]
            if document != "attendance"
            else page.search("BAN TUYÊN GIÁO|SỞ NỘI VỤ", regex=True)[0]
        )
        assert box["top"] > number["bottom"]
        assert box["bottom"] < page.search("DANH SÁCH|BIÊN BẢN|THÔNG BÁO", regex=True)[0]["top"]


def _borders(paragraph) -> set[str]:
    element = paragraph._p.pPr.find(qn("w:pBdr")) if paragraph._p.pPr is not None else None
    return {child.tag.split("}")[1] for child in element} if element is not None else set()


@pytest.mark.parametrize(("value", "label"), CIRCULATIONS[:1] + CIRCULATIONS[2:])
def test_docx_circulation_mark_is_boxed_in_the_first_page_header_only(meeting, value, label):
    """DOCX: the ô 11 mark is a bold boxed paragraph in page 1's header, absent from later pages'."""
    meeting.circulation = value
    section = docx_document(meeting).sections[0]
    first = [p for p in section.first_page_header.paragraphs if p.text == label]
    assert first and _borders(first[0]) == {"top", "left", "bottom", "right"}
    assert all(run.bold for run in first[0].runs)
    assert {run.font.size.pt for run in first[0].runs} <= {13, 14}
    assert label not in "\n".join(p.text for p in section.header.paragraphs)


@pytest.mark.parametrize(("value", "label"), SECRECY)
def test_docx_secrecy_mark_is_boxed_under_the_number(meeting, value, label):
    """DOCX: the ô 10a mark is a bold boxed paragraph right after the number in the left header cell."""
    meeting.classification = value
    cell = docx_document(meeting).tables[0].rows[0].cells[0]
    texts = [p.text for p in cell.paragraphs]
    number = next(i for i, text in enumerate(texts) if text.startswith("Số"))
    mark = cell.paragraphs[number + 1]
    assert mark.text == label and _borders(mark) == {"top", "left", "bottom", "right"}
    assert all(run.bold for run in mark.runs)
