"""Typed dates and times: the forms secretaries type are read, and a refusal always says why."""

import datetime as dt
import unicodedata

import pytest

from minutes_app import messages
from minutes_app.domain.dates import EntryError, format_date, format_time, parse_date, parse_time


@pytest.mark.parametrize(
    "text",
    [
        "7/4/2025",
        "07/04/2025",
        "7-4-25",
        "7.4.2025",
        " 07 / 04 / 2025 ",
        "2025-04-07",
        "07042025",
        "070425",
        "ngày 7 tháng 4 năm 2025",
        "Ngày 07 tháng 04 năm 2025",
        unicodedata.normalize("NFD", "ngày 7 tháng 4 năm 2025"),
        "NGAY 7 THANG 4 NAM 2025",
    ],
)
def test_every_common_form_of_one_date_reads_alike(text):
    """Day first, any separator, two- or four-digit years, ISO, words with or without accents."""
    assert parse_date(text) == dt.date(2025, 4, 7)


def test_empty_is_no_date_and_a_missing_year_takes_the_default():
    """An emptied field clears the date; "7/4" is completed with the year the caller supplies."""
    assert parse_date("  ") is None
    assert parse_date("7/4", default_year=2026) == dt.date(2026, 4, 7)
    with pytest.raises(EntryError) as refused:
        parse_date("7/4")
    assert "Thiếu năm" in str(refused.value)


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ("31/04/2026", "entry.no_such_day", "tháng 4/2026 chỉ có 30 ngày"),
        ("29/2/2025", "entry.no_such_day", "tháng 2/2025 chỉ có 28 ngày"),
        ("7/13/2025", "entry.no_such_month", "Không có tháng 13"),
        ("0/4/2025", "entry.no_such_day", "Không có ngày 00/04/2025"),
        ("7/4/3025", "entry.no_such_year", "Năm 3025"),
        ("hôm qua", "entry.not_a_date", "«hôm qua»"),
        ("7/4/2025 8:30", "entry.not_a_date", "ví dụ 07/04/2025"),
    ],
)
def test_an_impossible_or_unreadable_date_is_refused_with_the_reason(text, key, words):
    """The refusal is a ValueError and a UserError whose text names what is wrong."""
    with pytest.raises(ValueError) as refused:
        parse_date(text)
    assert isinstance(refused.value, EntryError) and refused.value.key == key
    assert words in str(refused.value)


def test_leap_day_exists_in_a_leap_year():
    """29/02 is refused only when the year has no such day."""
    assert parse_date("29/2/2024") == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8:25", dt.time(8, 25)),
        ("8h25", dt.time(8, 25)),
        ("8H25", dt.time(8, 25)),
        ("8g", dt.time(8, 0)),
        ("8 giờ 25 phút", dt.time(8, 25)),
        ("8 gio 25", dt.time(8, 25)),
        ("0825", dt.time(8, 25)),
        ("825", dt.time(8, 25)),
        ("14.30", dt.time(14, 30)),
        ("14", dt.time(14, 0)),
        ("", None),
    ],
)
def test_times_are_read_in_the_forms_people_type(text, value):
    """Colon, h, g, giờ/phút, digits only: all mean the same time."""
    assert parse_time(text) == value


@pytest.mark.parametrize(
    ("text", "key"),
    [("25:10", "entry.no_such_hour"), ("8:75", "entry.no_such_minute"), ("sáng", "entry.not_a_time")],
)
def test_an_impossible_time_is_refused_with_the_reason(text, key):
    """25:10 and 8:75 do not exist; the message says which part is wrong."""
    with pytest.raises(EntryError) as refused:
        parse_time(text)
    assert refused.value.key == key


def test_refusals_speak_the_session_language():
    """The same refusal reads in English when the interface is English."""
    messages.set_language("en")
    with pytest.raises(EntryError) as refused:
        parse_date("31/04/2026")
    assert str(refused.value) == "There is no date 31/04/2026: month 4 of 2026 has 30 days."


def test_values_show_in_one_form():
    """Whatever was typed, the field then shows 07/04/2025 and 08:05."""
    assert format_date(dt.date(2025, 4, 7)) == "07/04/2025"
    assert format_time(dt.time(8, 5)) == "08:05"
    assert format_date(None) == format_time(None) == ""
