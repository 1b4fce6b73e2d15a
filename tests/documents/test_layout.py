"""Page geometry and the header of the biên bản in the state and party layouts, read back from the PDF."""

from __future__ import annotations

import re

import pytest

from minutes_app.documents.styles import sheet
from minutes_app.domain.model import Layout, Status

from .helpers import pdf_bytes, plumber, reader

TOLERANCE = 0.5


def _first(page, text: str) -> dict:
    matches = page.search(text, regex=False)
    assert matches, f"{text!r} not found on the page"
    return matches[0]


def _fonts(match: dict) -> set[tuple[str, float]]:
    return {
        (char["fontname"].split("+")[-1], round(char["size"], 1))
        for char in match["chars"]
        if char["text"].strip()
    }


def test_pages_are_a4(meeting):
    """Every page is A4 portrait (595.28 x 841.89 pt)."""
    for page in reader(pdf_bytes(meeting)).pages:
        assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.1)


@pytest.mark.parametrize("document", ["minutes", "attendance", "conclusion"])
def test_no_glyph_outside_the_left_and_right_margins(meeting, document):
    """All glyphs, page furniture included, lie between the layout's left and right margins."""
    meeting.location = "Hội trường " + "Đ" * 400 + " " + "https://example.vn/" + "x" * 300
    meeting.status = Status.FINAL
    meeting.classification = "confidential"
    s = sheet(meeting.layout)
    with plumber(pdf_bytes(meeting, document)) as pdf:
        for page in pdf.pages:
            assert page.chars
            assert min(char["x0"] for char in page.chars) >= s.margin_left - TOLERANCE
            assert max(char["x1"] for char in page.chars) <= s.page_width - s.margin_right + TOLERANCE


def test_state_header_sides_sizes_and_weights(state_meeting):
    """State: bodies left (parent upright, issuing bold), Quốc hiệu and Tiêu ngữ bold on the right."""
    s = sheet(Layout.STATE)
    split = s.margin_left + s.header_left
    with plumber(pdf_bytes(state_meeting)) as pdf:
        page = pdf.pages[0]
        parent, issuing = _first(page, "UBND TỈNH BẮC KẠN"), _first(page, "SỞ NỘI VỤ")
        national, motto = (
            _first(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            _first(page, "Độc lập - Tự do - Hạnh phúc"),
        )
        number = _first(page, "Số: 05/BB-SNV")
        for left in (parent, issuing, number):
            assert left["x1"] <= split + TOLERANCE
        for right in (national, motto):
            assert right["x0"] >= split - TOLERANCE
        assert _fonts(parent) == {("LiberationSerif", 13.0)} or _fonts(parent) == {
            ("TimesNewRomanPSMT", 13.0)
        }
        assert all("Bold" in name and size == 13 for name, size in _fonts(issuing))
        assert all("Bold" in name and size == 13 for name, size in _fonts(national))
        assert all("Bold" in name and size == 14 for name, size in _fonts(motto))
        assert all("Bold" not in name and size == 13 for name, size in _fonts(number))
        assert issuing["top"] > parent["top"] and number["top"] > issuing["top"]


def test_party_header_sides_sizes_and_weights(party_meeting):
    """Party: bodies, "*" and number left; ĐẢNG CỘNG SẢN VIỆT NAM bold 15 and the italic date line right."""
    party_meeting.number = "12"
    s = sheet(Layout.PARTY)
    split = s.margin_left + s.header_left
    with plumber(pdf_bytes(party_meeting)) as pdf:
        page = pdf.pages[0]
        parent, issuing = _first(page, "TỈNH ỦY BẮC KẠN"), _first(page, "BAN TUYÊN GIÁO")
        star, number = _first(page, "*"), _first(page, "Số 12-BB/BTGTU")
        title, date = (
            _first(page, "ĐẢNG CỘNG SẢN VIỆT NAM"),
            _first(page, "Bắc Kạn, ngày 20 tháng 9 năm 2022"),
        )
        for left in (parent, issuing, star, number):
            assert left["x1"] <= split + TOLERANCE
        for right in (title, date):
            assert right["x0"] >= split - TOLERANCE
        assert all("Bold" not in name and size == 14 for name, size in _fonts(parent))
        assert all("Bold" in name and size == 14 for name, size in _fonts(issuing))
        assert all("Bold" in name and size == 15 for name, size in _fonts(title))
        assert all("Italic" in name and size == 14 for name, size in _fonts(date))
        assert parent["top"] < issuing["top"] < star["top"] < number["top"]
        assert date["x1"] == pytest.approx(s.page_width - s.margin_right, abs=1)


def test_biên_bản_and_title_are_bold_and_centred(meeting):
    """BIÊN BẢN and the meeting's name are bold and centred over the text area."""
    s = sheet(meeting.layout)
    centre = s.margin_left + s.text_width / 2
    with plumber(pdf_bytes(meeting)) as pdf:
        page = pdf.pages[0]
        for text in ("BIÊN BẢN", meeting.title):
            match = _first(page, text)
            assert (match["x0"] + match["x1"]) / 2 == pytest.approx(centre, abs=1)
            assert all("Bold" in name for name, _ in _fonts(match))


@pytest.mark.parametrize(
    ("layout", "number", "expected"),
    [
        ("state", "05", r"Số: 05/BB-SNV"),
        ("state", "", r"Số:\s+/BB-SNV"),
        ("party", "12", r"Số 12-BB/BTGTU"),
        ("party", "", r"Số\s+-BB/BTGTU"),
    ],
)
def test_number_is_written_per_layout(sample_document, layout, number, expected):
    """State "Số: 05/BB-SNV", party "Số 12-BB/BTGTU"; a blank number leaves room to write it in."""
    from minutes_app.domain import canonical

    from .conftest import state_variant

    document = state_variant(sample_document) if layout == "state" else sample_document
    meeting = canonical.from_document(document)
    meeting.number = number
    meeting.body_code = "SNV" if layout == "state" else "BTGTU"
    with plumber(pdf_bytes(meeting)) as pdf:
        header = pdf.pages[0].crop((0, 0, pdf.pages[0].width, 200)).extract_text().replace("\u00a0", " ")
    assert re.search(expected, header)
    if not number:
        gap = re.search(r"Số:?(\s+)[-/]", header)
        assert gap is not None
    if layout == "party":
        assert "Số:" not in header


def test_page_number_absent_on_page_one_and_centred_from_page_two(meeting):
    """Arabic page numbers, centred in the top margin, from page 2 on only."""
    s = sheet(meeting.layout)
    centre = s.margin_left + s.text_width / 2
    with plumber(pdf_bytes(meeting)) as pdf:
        assert len(pdf.pages) >= 2
        for index, page in enumerate(pdf.pages, start=1):
            top = [c for c in page.chars if c["bottom"] <= s.margin_top and c["text"].isdigit()]
            if index == 1:
                assert top == []
                continue
            assert "".join(c["text"] for c in top) == str(index)
            assert (min(c["x0"] for c in top) + max(c["x1"] for c in top)) / 2 == pytest.approx(centre, abs=1)


def test_body_is_justified_within_the_text_area(meeting):
    """Body lines of a long report run to the right margin (justified), first lines indented."""
    s = sheet(meeting.layout)
    right = s.page_width - s.margin_right
    with plumber(pdf_bytes(meeting)) as pdf:
        lines = pdf.pages[1].extract_text_lines()
    flush = [line for line in lines if abs(line["x1"] - right) < 1]
    assert len(flush) >= 5
    indented = [line for line in lines if abs(line["x0"] - (s.margin_left + s.first_indent)) < 1]
    assert indented


def _line_under(page, match: dict) -> dict:
    """The drawn horizontal line closest below a text match."""
    centre = (match["x0"] + match["x1"]) / 2
    below = [
        line
        for line in page.lines
        if line["top"] >= match["bottom"] - 1
        and abs(line["y0"] - line["y1"]) < 0.1
        and line["x0"] < centre < line["x1"]
    ]
    assert below, "no line under the text"
    return min(below, key=lambda line: line["top"] - match["bottom"])


def _centre(box: dict) -> float:
    return (box["x0"] + box["x1"]) / 2


def test_state_rules_under_body_motto_and_title(state_meeting):
    """Lines: 1/3–1/2 of the body name, as long as the Tiêu ngữ, 1/3–1/2 of the title; each centred."""
    with plumber(pdf_bytes(state_meeting)) as pdf:
        page = pdf.pages[0]
        for text, low, high in (
            ("SỞ NỘI VỤ", 1 / 3, 1 / 2),
            ("Độc lập - Tự do - Hạnh phúc", 0.98, 1.02),
            (state_meeting.title, 1 / 3, 1 / 2),
        ):
            match = _first(page, text)
            line = _line_under(page, match)
            ratio = (line["x1"] - line["x0"]) / (match["x1"] - match["x0"])
            assert low - 0.01 <= ratio <= high + 0.01, text
            assert _centre(line) == pytest.approx(_centre(match), abs=1.5)


def test_party_title_line_and_dashes(party_meeting):
    """Party: a line as long as ĐẢNG CỘNG SẢN VIỆT NAM under it, "-----" under the meeting's name."""
    with plumber(pdf_bytes(party_meeting)) as pdf:
        page = pdf.pages[0]
        title = _first(page, "ĐẢNG CỘNG SẢN VIỆT NAM")
        line = _line_under(page, title)
        assert line["x1"] - line["x0"] == pytest.approx(title["x1"] - title["x0"], rel=0.02)
        name = _first(page, party_meeting.title)
        dashes = _first(page, "-----")
        assert dashes["top"] > name["bottom"] - 1
        assert _centre(dashes) == pytest.approx(_centre(name), abs=1.5)


def test_state_numbers_below_ten_take_a_leading_zero(state_meeting):
    """Phụ lục I: "Số: 05/BB-SNV" even when the secretary typed 5."""
    state_meeting.number = "5"
    with plumber(pdf_bytes(state_meeting)) as pdf:
        assert pdf.pages[0].search("Số: 05/BB-SNV")
