"""The biên bản's "Kết quả thực hiện kết luận kỳ trước" and the register report, read back from PDF and DOCX."""

from __future__ import annotations

import copy
import datetime as dt
import io

import docx
import pytest

from minutes_app import documents
from minutes_app.documents import register_report
from minutes_app.domain.carry import meeting_from
from minutes_app.domain.model import Directive, DirectiveStatus, FollowUp, Meeting
from minutes_app.domain.register import RegisterFilter, entries_of

from .helpers import all_text, pdf_bytes, plumber, squeeze

D = dt.date


@pytest.fixture
def reviewing(meeting):
    """The next quý's meeting of the sample (either layout), three of its carried directives reported on."""
    source = copy.deepcopy(meeting)
    source.uid, source.number = "uid-q3", "12"
    new = meeting_from(source, D(2022, 12, 20))
    new.previous_directives[0].status = DirectiveStatus.DONE
    new.previous_directives[0].result = "Đã rà soát, 8/8 huyện đạt chỉ tiêu <100%> & hơn."
    new.previous_directives[1].status = DirectiveStatus.IN_PROGRESS
    new.previous_directives[1].result = "Đang xây dựng dự thảo kế hoạch."
    new.previous_directives[3].status = DirectiveStatus.CANCELLED
    new.reports = copy.deepcopy(meeting.reports)
    return new


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_section_sits_after_thanh_phan_and_before_the_reports(reviewing):
    """PDF: heading, the source line, each item with unit, deadline, result and status, in HD 16's order."""
    text = squeeze(all_text(pdf_bytes(reviewing)))
    heading = text.index(squeeze("Kết quả thực hiện kết luận kỳ trước:"))
    assert text.index(squeeze("Thành phần tham dự:")) < heading < text.index(squeeze("Diễn biến hội nghị:"))
    for words in (
        "Kết luận tại Hội nghị giao ban công tác tuyên giáo quý 3/2022 (ngày 20 tháng 9 năm 2022",
        "1. Khẩn trương rà soát tiến độ",
        "Đơn vị thực hiện: Ban Tuyên giáo các huyện ủy, thành ủy.",
        "Thời hạn: trong quý 4/2022. Kết quả:",
        "Kết quả: Đã rà soát, 8/8 huyện đạt chỉ tiêu <100%> & hơn. Tình trạng: đã hoàn thành.",
        "Kết quả: Đang xây dựng dự thảo kế hoạch. Tình trạng: đang thực hiện.",
        "Tình trạng: không thực hiện.",
        "5. Tích cực nắm bắt dư luận",
    ):
        assert squeeze(words) in text[heading:], words


def test_the_labels_are_italic_and_the_heading_bold(reviewing):
    """Labels print in the italic face like the directives' labels, the heading in bold."""
    with plumber(pdf_bytes(reviewing)) as pdf:
        words = [w for page in pdf.pages for w in page.extract_words(extra_attrs=["fontname"])]
    assert any(w["text"] == "Kết" and "Bold" in w["fontname"] for w in words)
    assert any(w["text"].startswith("Tình") and "Italic" in w["fontname"] for w in words)


def test_the_section_in_docx_reads_like_the_pdf(reviewing):
    """DOCX carries the same section in the same place."""
    text = _docx_text(documents.render(reviewing, fmt="docx"))
    heading = text.index("Kết quả thực hiện kết luận kỳ trước:")
    assert text.index("Thành phần tham dự:") < heading < text.index("Diễn biến hội nghị:")
    assert "Kết quả: Đã rà soát, 8/8 huyện đạt chỉ tiêu <100%> & hơn. Tình trạng: đã hoàn thành." in text
    assert "biên bản số 12" in text


def test_no_section_when_nothing_was_reviewed(meeting):
    """Minutes without reviewed directives print exactly as before."""
    assert "kỳ trước" not in all_text(pdf_bytes(meeting))


def _report(meeting, wanted: RegisterFilter | None = None) -> register_report.RegisterReport:
    wanted = wanted or RegisterFilter()
    stored = copy.deepcopy(meeting)
    stored.id, stored.uid = 4, "uid-q3"
    stored.directives.append(Directive("t6", "Việc của Ba Bể", "HU Ba Bể", D(2022, 10, 1)))
    stored.followups = [
        FollowUp("t1", D(2022, 12, 28), DirectiveStatus.DONE, "Đã rà soát xong"),
        FollowUp("t6", D(2022, 10, 20), DirectiveStatus.DONE, "Muộn ba tuần"),
        FollowUp("t5", D(2022, 11, 1), DirectiveStatus.CANCELLED, "Không còn phù hợp"),
    ]
    today = D(2023, 1, 10)
    entries = tuple(e for e in entries_of(stored, today) if e.unit and (not wanted.unit or "ba be" in e.unit))
    return register_report.RegisterReport(entries, stored, wanted, today)


def _report_cells(data: bytes, fmt: str) -> list[list[str]]:
    """The report's table rows as cell texts (pdfplumber's table finder, or the DOCX table)."""
    if fmt == "docx":
        (table,) = docx.Document(io.BytesIO(data)).tables[1:]
        return [[" ".join(cell.text.split()) for cell in row.cells] for row in table.rows]
    rows = []
    with plumber(data) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                rows += [[" ".join((cell or "").split()) for cell in row] for row in table]
    return rows


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_register_report_opens_with_the_summary_then_the_table(meeting, fmt):
    """Header of the issuing body, BÁO CÁO, the five categories and the rate, then STT | Nội dung … table."""
    data = register_report.render(_report(meeting), fmt)
    text = squeeze(all_text(data) if fmt == "pdf" else _docx_text(data))
    for words in (
        meeting.issuing_body,
        "BÁO CÁO",
        "Số liệu tính đến ngày 10 tháng 01 năm 2023.",
        "Tổng số kết luận, nhiệm vụ: 6.",
        "- Đã hoàn thành đúng hạn: 1;",
        "- Đã hoàn thành quá hạn: 1;",
        "- Đang thực hiện trong hạn: 2;",
        "- Đang thực hiện quá hạn: 1;",
        "- Không thực hiện: 1.",
        "Tỷ lệ hoàn thành trong số nhiệm vụ đã đến hạn: 66,67%.",
    ):
        assert squeeze(words) in text, words
    assert text.index(squeeze("Tổng số")) < text.index(squeeze("Chi tiết:"))
    rows = _report_cells(data, fmt)
    assert rows[0] == ["STT", "Nội dung kết luận", "Đơn vị thực hiện", "Thời hạn", "Kết quả", "Tình trạng"]
    first = next(row for row in rows if row[0] == "1")
    assert first[1].startswith("Khẩn trương rà soát") and first[2] == "Ban Tuyên giáo các huyện ủy, thành ủy"
    assert first[3] == "trong quý 4/2022"
    assert first[4] == "28/12/2022: Đã rà soát xong" and first[5] == "Đã hoàn thành đúng hạn"
    assert any(row[0] == "II" and row[1] == "HU Ba Bể (1)" for row in rows)


def test_the_report_groups_by_unit_unless_filtered_on_one(meeting):
    """Without a unit filter the units head numbered groups (I, II); with one, a plain numbered list."""
    grouped = register_report.table(_report(meeting))
    headings = [grouped.rows[i] for i in sorted(grouped.groups)]
    assert [row[0] for row in headings] == ["I", "II"]
    assert headings[0][1] == "Ban Tuyên giáo các huyện ủy, thành ủy (5)" and headings[1][1] == "HU Ba Bể (1)"
    single = register_report.table(_report(meeting, RegisterFilter(unit="Ba Bể")))
    assert not single.groups and [row[0] for row in single.rows] == ["1"]
    assert single.rows[0][1].startswith("Việc của Ba Bể\n(")


def test_a_party_report_numbers_itself_with_the_bodys_code(party_meeting):
    """The header keeps the body's ký hiệu and leaves the report's number blank to write in."""
    text = squeeze(all_text(register_report.render(_report(party_meeting))))
    assert squeeze("-BC/BTGTU") in text and squeeze("TỈNH ỦY BẮC KẠN") in text


def test_a_long_report_repeats_its_header_row(party_meeting):
    """Hundreds of directives run over pages, each starting with the column titles."""
    stored = copy.deepcopy(party_meeting)
    stored.id = 1
    stored.directives = [Directive(f"t{n}", f"Nhiệm vụ số {n}", f"Đơn vị {n % 7}") for n in range(150)]
    entries = tuple(entries_of(stored, D(2023, 1, 1)))
    data = register_report.render(
        register_report.RegisterReport(entries, stored, RegisterFilter(), D(2023, 1, 1))
    )
    with plumber(data) as pdf:
        assert len(pdf.pages) > 3
        texts = [page.extract_text() or "" for page in pdf.pages]
    assert all("Nội dung kết luận" in text for text in texts if "Nhiệm vụ số" in text)


def test_an_empty_register_still_prints_its_summary(party_meeting):
    """No directive at all: zero everywhere and "no directive has fallen due", never an error."""
    report = register_report.RegisterReport((), Meeting("x", D(2023, 1, 1)), RegisterFilter(), D(2023, 1, 1))
    text = squeeze(all_text(register_report.render(report)))
    assert (
        squeeze("Tổng số kết luận, nhiệm vụ: 0.") in text and squeeze("Chưa có nhiệm vụ nào đến hạn.") in text
    )


@pytest.mark.parametrize("fmt", ["pdf"])
def test_a_units_heading_never_ends_a_page(meeting, fmt):
    """A group's heading row stays with its first directive: no page ends on "II  HU Ba Bể (1)"."""
    data = register_report.render(_report(meeting), fmt)
    with plumber(data) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                last = [" ".join((cell or "").split()) for cell in table[-1]]
                assert last[0] not in ("I", "II", "III"), last


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_hostile_text_prints_as_typed_in_the_section_and_the_report(party_meeting, fmt):
    """Markup characters, emoji, decomposed accents and a 100,000-character result print, never break."""
    import unicodedata

    source = copy.deepcopy(party_meeting)
    source.uid = "u"
    new = meeting_from(source, D(2022, 12, 20))
    new.previous_directives[0].status = DirectiveStatus.DONE
    new.previous_directives[0].result = (
        "<b>&amp;</b> 🇻🇳 " + unicodedata.normalize("NFD", "Đã xong ") + "x" * 100_000
    )
    data = documents.render(new, fmt=fmt)
    text = all_text(data) if fmt == "pdf" else _docx_text(data)
    assert "<b>&amp;</b>" in text and "Đã xong" in text
    stored = copy.deepcopy(source)
    stored.id = 1
    stored.directives[0].content = "<i>Rà soát</i> " + "y" * 100_000
    entries = tuple(entries_of(stored, D(2023, 1, 1)))
    report = register_report.render(register_report.RegisterReport(entries, stored), fmt)
    assert "<i>Rà soát</i>" in (all_text(report) if fmt == "pdf" else _docx_text(report))
