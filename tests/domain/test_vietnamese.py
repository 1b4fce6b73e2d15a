"""Vietnamese text rules: NFC, folding, CLDR vi collation, person-name order and date phrases."""

import datetime as dt
import unicodedata

import pytest

from minutes_app.domain import vietnamese as vn


def test_nfc_composes_decomposed_input():
    """Decomposed text (macOS, Unikey tổ hợp) is composed so reportlab never prints floating accents."""
    decomposed = unicodedata.normalize("NFD", "Tuyên giáo Bắc Kạn")
    assert decomposed != "Tuyên giáo Bắc Kạn"
    assert vn.nfc(decomposed) == "Tuyên giáo Bắc Kạn"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đảng", "dang"),
        ("ĐẢNG CỘNG SẢN", "dang cong san"),
        ("Tuyên giáo", "tuyen giao"),
        ("hoà", "hoa"),
        ("hòa", "hoa"),
        ("uỷ", "uy"),
        ("ủy", "uy"),
        ("Nguyễn Thị Thủy", "nguyen thi thuy"),
    ],
)
def test_fold_drops_accents_case_and_maps_d_stroke(text, folded):
    """Search must find "Đảng" by "dang": đ does not decompose, so it is mapped by hand."""
    assert vn.fold(text) == folded
    assert vn.fold(unicodedata.normalize("NFD", text)) == folded


def test_fold_keeps_length_of_composed_text():
    """Snippets map folded offsets back to the original text: one folded char per NFC char."""
    text = "Hội nghị giao ban công tác tuyên giáo quý 3/2022 – Đảng ủy"
    assert len(vn.fold(text)) == len(text)


def test_sort_key_follows_cldr_vietnamese_letter_order():
    """a < ă < â, d < đ, o < ô < ơ, u < ư: the order a Vietnamese reader expects."""
    words = ["ư", "u", "ơ", "ô", "o", "đ", "d", "â", "ă", "a", "e", "ê", "b"]
    assert sorted(words, key=vn.sort_key) == ["a", "ă", "â", "b", "d", "đ", "e", "ê", "o", "ô", "ơ", "u", "ư"]


def test_sort_key_orders_tones_after_letters():
    """Tones are secondary: ngang < huyền < hỏi < ngã < sắc < nặng, and never beat a letter difference."""
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(reversed(tones), key=vn.sort_key) == tones
    assert sorted(["mạ", "mb"], key=vn.sort_key) == ["mạ", "mb"]


def test_sort_key_is_case_insensitive_at_primary_level():
    """Lower and upper case differ only at the last level, so "an" sorts before "Anh"."""
    assert sorted(["Anh", "an", "Bình"], key=vn.sort_key) == ["an", "Anh", "Bình"]


def test_person_name_key_sorts_by_given_name_then_middle_then_family():
    """Vietnamese lists order people by the last word of the name."""
    names = ["Trần Thị Lộc", "Hoàng Văn Thắng", "Nông Thị Hạnh", "Lý Văn Tuấn", "Đàm Thị Thu", "Ma Thị An"]
    ordered = sorted(names, key=vn.person_name_key)
    assert ordered == [
        "Ma Thị An",
        "Nông Thị Hạnh",
        "Trần Thị Lộc",
        "Hoàng Văn Thắng",
        "Đàm Thị Thu",
        "Lý Văn Tuấn",
    ]


def test_person_name_key_breaks_ties_by_middle_then_family():
    """Two people called Hùng: the middle name decides, then the family name."""
    names = ["Nguyễn Văn Hùng", "Lê Mạnh Hùng", "Bế Văn Hùng"]
    assert sorted(names, key=vn.person_name_key) == ["Lê Mạnh Hùng", "Bế Văn Hùng", "Nguyễn Văn Hùng"]


@pytest.mark.parametrize(
    ("day", "phrase"),
    [
        (dt.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (dt.date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (dt.date(2022, 2, 3), "ngày 03 tháng 02 năm 2022"),
        (dt.date(2022, 9, 20), "ngày 20 tháng 9 năm 2022"),
        (dt.date(2022, 12, 10), "ngày 10 tháng 12 năm 2022"),
    ],
)
def test_date_phrase_pads_days_and_only_first_two_months(day, phrase):
    """ND 30/2020: a leading zero for days below 10 and for months 1 and 2 only."""
    assert vn.date_phrase(day) == phrase


def test_time_phrase():
    """Times in the body read "8 giờ 00" or "8 giờ 00 phút"."""
    assert vn.time_phrase(dt.time(8, 0)) == "8 giờ 00"
    assert vn.time_phrase(dt.time(11, 30), with_minutes_word=True) == "11 giờ 30 phút"


def test_place_date_line():
    """The party layout's italic line names the place before the date."""
    assert vn.place_date_line("Bắc Kạn", dt.date(2022, 9, 20)) == "Bắc Kạn, ngày 20 tháng 9 năm 2022"
    assert vn.place_date_line("", dt.date(2022, 9, 20)) == "Ngày 20 tháng 9 năm 2022"
