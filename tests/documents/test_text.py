"""User text prints as text: NFC, escaped markup, no links or images, embedded fonts, robust to anything."""

from __future__ import annotations

import unicodedata

import pytest

from minutes_app.documents import fonts
from minutes_app.documents.text import markup, paragraphs, printable
from minutes_app.domain.model import Attendee

from .helpers import all_text, pdf_bytes, plumber, reader, squeeze

MARKUP = '<img src="logo.png"/> <a href="https://example.vn">trang</a> &amp; <b>đậm</b> <font name="Courier">x</font>'


def test_nfd_input_prints_as_nfc(meeting):
    """Decomposed input (macOS, Unikey tổ hợp) is composed before drawing, so accents do not float."""
    typed = "Hội trường Đảng ủy khối Cơ quan - Doanh nghiệp tỉnh"
    meeting.location = unicodedata.normalize("NFD", typed)
    text = all_text(pdf_bytes(meeting))
    assert squeeze(typed) in squeeze(text)
    assert "\u0300" not in text and "\u0323" not in text


def test_markup_in_user_text_prints_literally(meeting):
    """<img>, <a href>, &amp; and <font> typed by a user print as characters and create nothing."""
    meeting.agenda = MARKUP
    meeting.attendees[0].name = "<a href='x'>Trần</a> & Lộc"
    data = pdf_bytes(meeting)
    assert squeeze(MARKUP) in squeeze(all_text(data))
    pdf = reader(data)
    for page in pdf.pages:
        assert "/Annots" not in page
        xobjects = page["/Resources"].get("/XObject", {})
        assert all(x.get_object()["/Subtype"] != "/Image" for x in xobjects.values())
        for font in page["/Resources"]["/Font"].values():
            assert "Courier" not in str(font.get_object()["/BaseFont"])
    assert b"/URI" not in data and b"/Link" not in data


def test_fonts_are_embedded_as_subsets(meeting):
    """Every font is a TrueType subset with its file embedded (FontFile2), none is a base-14 font."""
    pdf = reader(pdf_bytes(meeting))
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "+" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_emoji_and_missing_glyphs_print_a_visible_substitute(meeting):
    """Characters the font lacks do not crash the build and show as the substitute glyph."""
    meeting.agenda = "Họp mặt 🎉 cuối năm 你好"
    text = all_text(pdf_bytes(meeting))
    substitute = fonts.family().substitute
    assert f"Họp mặt {substitute} cuối năm {substitute}{substitute}" in text


def test_control_characters_are_dropped_when_drawing(meeting):
    """NUL-free control characters (bell, escape, form feed) vanish from the print; tabs become spaces."""
    meeting.location = "Hội\x07trường\x1b[31m\tBan\x0cTuyên giáo"
    text = all_text(pdf_bytes(meeting))
    assert "Hộitrường[31m Ban" in text
    assert "\x07" not in text and "\x1b" not in text


def test_every_line_break_starts_a_paragraph_and_nothing_is_markup():
    """Each typed line is a paragraph of its own (blank ones dropped); user text is never markup."""
    assert paragraphs("Một\n\n  \nHai\r\nba\n") == ["Một", "Hai", "ba"]
    assert markup("a < b\nc & d") == "a &lt; b<br/>c &amp; d"
    assert printable("x\u2003y\u200bz") == "x yz"


def test_a_very_long_word_breaks_inside_the_page(meeting):
    """A 3,000-character word wraps inside the text area instead of running off the page."""
    meeting.documents = "Đ" * 3000
    with plumber(pdf_bytes(meeting)) as pdf:
        chars = [c for page in pdf.pages for c in page.chars if c["text"] == "Đ"]
    assert len(chars) >= 3000
    assert max(c["x1"] for c in chars) <= 595.28 - 15 * 72 / 25.4 + 0.5


@pytest.mark.slow
def test_a_100000_character_field_builds_over_many_pages(meeting):
    """A 100,000-character report builds as a multi-page PDF holding all of it."""
    words = ("tuyên truyền " * 8000)[:100_000]
    meeting.reports[0].content = words
    data = pdf_bytes(meeting)
    pages = len(reader(data).pages)
    assert pages > 20
    assert squeeze(all_text(data)).count("tuyêntruyền") >= 7000


@pytest.mark.slow
def test_a_100000_character_name_in_the_header_builds(meeting):
    """Even the header table and the signature table cope with absurdly long text by splitting rows."""
    meeting.issuing_body = "BAN " * 25_000
    meeting.attendees[0] = Attendee(**{**vars(meeting.attendees[0]), "name": "Lộc" * 3000})
    assert len(reader(pdf_bytes(meeting)).pages) > 2
