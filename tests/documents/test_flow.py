"""How text flows: lists typed in a field, headings kept with their text, no widow or orphan lines."""

from __future__ import annotations

import pytest
from docx.shared import Pt

from minutes_app.documents.styles import sheet
from minutes_app.documents.text import hanging_indent
from minutes_app.domain.model import Attendee, Directive, Group

from .helpers import baseline, docx_document, pdf_bytes, plumber

LIST = (
    "Đồng chí nêu ba nội dung:\n"
    "- Đẩy mạnh tuyên truyền kết quả thực hiện Nghị quyết, nhất là ở các xã vùng sâu, vùng xa, vùng đặc biệt khó khăn;\n"
    "+ rà soát đội ngũ báo cáo viên ở cơ sở, bổ sung những đồng chí có kinh nghiệm và uy tín trong nhân dân;\n"
    "a) tổ chức hội nghị báo cáo viên định kỳ hằng tháng theo đúng hướng dẫn của Ban Tuyên giáo Trung ương;\n"
    "1. <b>không</b> phải thẻ & không phải *markup*."
)


def _lines_starting(lines: list[dict], text: str) -> dict:
    return next(line for line in lines if line["text"].startswith(text))


def _line_after(lines: list[dict], line: dict) -> dict:
    return lines[lines.index(line) + 1]


def test_list_lines_in_a_contribution_print_as_items_with_a_hanging_indent(meeting):
    """Each typed line is a paragraph; "-", "+", "a)", "1." lines hang: wrapped lines align after the marker."""
    meeting.discussion[0].content = LIST
    s = sheet(meeting.layout)
    start = s.margin_left + s.first_indent
    with plumber(pdf_bytes(meeting)) as pdf:
        lines = [line for page in pdf.pages for line in page.extract_text_lines()]
    for marker in ("- Đẩy mạnh", "+ rà soát", "a) tổ chức"):
        item = _lines_starting(lines, marker)
        assert item["x0"] == pytest.approx(start, abs=0.5)
        wrapped = _line_after(lines, item)
        assert wrapped["x0"] == pytest.approx(start + hanging_indent(marker, s.body.size), abs=0.5), marker
    literal = _lines_starting(lines, "1. <b>không</b>")
    assert "& không phải *markup*." in literal["text"]


def test_list_lines_in_a_conclusion_hang_in_the_docx_too(meeting):
    """In the DOCX each list line is its own paragraph with a hanging indent as wide as its marker."""
    meeting.conclusion = LIST
    s = sheet(meeting.layout)
    paragraphs = {p.text: p for p in docx_document(meeting).paragraphs}
    item = next(p for text, p in paragraphs.items() if text.startswith("- Đẩy mạnh"))
    fmt = item.paragraph_format
    assert fmt.first_line_indent < 0
    assert fmt.left_indent + fmt.first_line_indent == pytest.approx(Pt(s.first_indent), abs=Pt(0.1))
    assert any(text.startswith("Đồng chí nêu ba nội dung:") for text in paragraphs)


def test_continuation_lines_of_a_conclusion_keep_the_paragraph_indent(meeting):
    """A line typed after a single line break starts at the paragraph indent, not at the margin."""
    meeting.conclusion = "Đoạn thứ nhất của kết luận.\nĐoạn thứ hai, gõ sau một lần xuống dòng."
    s = sheet(meeting.layout)
    with plumber(pdf_bytes(meeting)) as pdf:
        lines = [line for page in pdf.pages for line in page.extract_text_lines()]
    second = _lines_starting(lines, "Đoạn thứ hai")
    assert second["x0"] == pytest.approx(s.margin_left + s.first_indent, abs=0.5)


def _many_attendees(meeting, count: int = 200) -> None:
    meeting.attendees = [
        Attendee(
            id=f"p{i}",
            name=f"Nguyễn Thị Thanh Hương {i}",
            position="Trưởng ban Tuyên giáo",
            organization=f"Huyện ủy số {i} tỉnh Bắc Kạn, phụ trách công tác dư luận xã hội",
            group=Group.MEMBER if i % 4 else Group.GUEST,
        )
        for i in range(1, count + 1)
    ]
    meeting.chair, meeting.secretary = "p1", "p2"


def _page_lines(data: bytes, s) -> list[list[dict]]:
    """Lines of the text area of each page (page numbers and marks in the margins left out)."""
    with plumber(data) as pdf:
        pages = []
        for page in pdf.pages:
            area = page.crop((0, s.margin_top - 2, page.width, page.height - s.margin_bottom + 2))
            lines = [line for line in area.extract_text_lines() if line["x0"] >= s.margin_left - 1]
            for line in lines:
                line["baseline"] = baseline(page, line["chars"][0])
            pages.append(lines)
        return pages


@pytest.mark.slow
def test_200_attendee_minutes_have_no_widow_and_no_orphan(meeting):
    """No page starts with the short last line of a paragraph or ends with the first line of a long one."""
    _many_attendees(meeting)
    s = sheet(meeting.layout)
    pages = _page_lines(pdf_bytes(meeting), s)
    right = s.page_width - s.margin_right
    indent = s.margin_left + s.first_indent
    assert len(pages) > 5
    for number, lines in enumerate(pages[1:], start=2):
        if len(lines) < 2 or "Nơi nhận" in lines[0]["text"]:
            continue
        first, second = lines[0], lines[1]
        continues = abs(first["x0"] - s.margin_left) < 0.5  # not a paragraph start: runs on from before
        ends_short = first["x1"] < right - 15
        new_paragraph_next = second["x0"] > s.margin_left + 5 or second["baseline"] - first["baseline"] > 20
        assert not (continues and ends_short and new_paragraph_next), f"widow at top of page {number}"
    for number, lines in enumerate(pages[:-1], start=1):
        last = lines[-1]
        starts = abs(last["x0"] - indent) < 0.5
        runs_on = abs(last["x1"] - right) < 1
        assert not (starts and runs_on), f"orphan at foot of page {number}: {last['text']}"


@pytest.mark.slow
def test_headings_never_end_a_page(meeting):
    """ "Kết luận của người chủ trì:" and the italic lead-ins are followed by their text on the same page."""
    s = sheet(meeting.layout)
    headings = (
        "Kết luận của người chủ trì:",
        "Diễn biến hội nghị:",
        "Thành phần tham dự:",
        "Ý kiến thảo luận:",
    )
    for count in range(40, 130, 6):  # move the headings over every position on a page
        _many_attendees(meeting, count)
        for lines in _page_lines(pdf_bytes(meeting), s):
            assert lines[-1]["text"].strip() not in headings, (count, lines[-1]["text"])


def test_the_notice_keeps_only_the_last_lines_with_its_signature(meeting):
    """A long last directive is split: page 1 is filled or the directive ends there but for two lines."""
    s = sheet(meeting.layout)
    cases = 0
    for extra in range(0, 16):
        meeting.directives = meeting.directives[:1] + [
            Directive(id=f"x{i}", content="Tăng cường công tác nắm tình hình tư tưởng. " * 3)
            for i in range(extra)
        ]
        meeting.directives.append(Directive(id="long", content="Chỉ đạo kéo dài nhiều dòng liên tục. " * 14))
        pages = _page_lines(pdf_bytes(meeting, "conclusion"), s)
        if len(pages) < 2:
            continue
        carried = [line for line in pages[1] if "Chỉ đạo" in line["text"] or "liên tục" in line["text"]]
        if not carried:
            continue
        cases += 1
        room = s.page_height - s.margin_bottom - pages[0][-1]["baseline"]
        two_lines = 3 * s.body.leading - s.body.size + s.space_after  # what two more lines would need
        assert len(carried) <= 2 or room < two_lines, (extra, len(carried), room)
    assert cases >= 2
