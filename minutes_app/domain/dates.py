"""Dates and times as secretaries type them ("7/4/2025", "8h25"): read into values, or refused with the reason.

Shared by the window's fields and cells, the deadline parser and anything else that reads typed dates, so
that every place accepts the same forms and explains a refusal in the same words. Day first, as
Vietnamese write dates; accents, case and decomposed (NFD) input do not matter.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from minutes_app.domain.vietnamese import fold
from minutes_app.messages import UserError

FIRST_YEAR, LAST_YEAR = 1900, 2199
_SPACES = re.compile(r"\s+")

# Pieces of the patterns the deadline parser reuses. Years are four digits or two (25 is 2025).
YEAR = r"(?:\d{4}|\d{2})"
DAY_MONTH = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})"
NUMERIC_DATE = rf"{DAY_MONTH}(?:\s*[/.\-]\s*({YEAR}))?"
ISO_DATE = r"(\d{4})-(\d{1,2})-(\d{1,2})"
WORDS_DATE = rf"(?:ngay\s*)?(\d{{1,2}})\s*thang\s*(\d{{1,2}})(?:\s*(?:nam|/)\s*({YEAR}))?"

_NUMERIC = re.compile(rf"(?:ngay\s*)?{NUMERIC_DATE}")
_ISO = re.compile(ISO_DATE)
_WORDS = re.compile(WORDS_DATE)
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_TIME = re.compile(r"(\d{1,2})\s*(?:(?:[:.,hg]|gio)\s*(?:(\d{1,2})\s*(?:p|ph|phut)?)?)?")


class EntryError(UserError, ValueError):
    """Typed text that is not a value of its field; ``str()`` says why, in the session's language.

    A ValueError as well, so that callers which only need "is it a value?" keep catching ValueError.
    """


def entry_form(text: str) -> str:
    """The typed text as the parsers read it: accents, case and runs of spaces ignored."""
    return _SPACES.sub(" ", fold(text)).strip()


def full_year(digits: str) -> int:
    """ "25" is 2025 and "98" is 1998: two-digit years name the nearest century the archive spans."""
    year = int(digits)
    if len(digits) <= 2:
        year += 2000 if year < 70 else 1900
    return year


def make_date(year: int, month: int, day: int) -> dt.date:
    """The date, or an EntryError that names what does not exist (a 13th month, 31 April)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise EntryError("entry.no_such_year", year=year, first=FIRST_YEAR, last=LAST_YEAR)
    if not 1 <= month <= 12:
        raise EntryError("entry.no_such_month", month=month)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise EntryError(
            "entry.no_such_day", date=f"{day:02d}/{month:02d}/{year}", month=month, year=year, days=days
        )
    return dt.date(year, month, day)


def read_date(form: str, default_year: int | None = None) -> dt.date | None:
    """A whole date in ``entry_form`` text, None when the text is not shaped like a date at all.

    A date without a year takes ``default_year``; without one either, it is refused as incomplete.
    """
    match = _ISO.fullmatch(form)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return make_date(year, month, day)
    for pattern in (_NUMERIC, _WORDS, _COMPACT):
        match = pattern.fullmatch(form)
        if match:
            day, month, year = match.groups()
            if year is None and default_year is None:
                raise EntryError("entry.year_missing", text=form)
            return make_date(full_year(year) if year else default_year, int(month), int(day))
    return None


def parse_date(text: str, *, default_year: int | None = None) -> dt.date | None:
    """ "7/4/2025", "07/04/2025", "7-4-25", "7.4.2025", "2025-04-07", "07042025", "ngày 7 tháng 4 năm 2025".

    Empty means no date; anything else that is not a date raises EntryError with the reason.
    """
    form = entry_form(text)
    if not form:
        return None
    day = read_date(form, default_year)
    if day is None:
        raise EntryError("entry.not_a_date", text=text.strip())
    return day


def parse_time(text: str) -> dt.time | None:
    """ "8:25", "8h25", "8g", "8 giờ 25 phút", "0825", "14.30"; empty means no time.

    Anything else raises EntryError, so that a half-typed time is never stored as a wrong one.
    """
    form = entry_form(text)
    if not form:
        return None
    if form.isdigit() and len(form) in (3, 4):
        form = f"{form[:-2]}:{form[-2:]}"
    match = _TIME.fullmatch(form)
    if not match:
        raise EntryError("entry.not_a_time", text=text.strip())
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23:
        raise EntryError("entry.no_such_hour", hour=hour)
    if minute > 59:
        raise EntryError("entry.no_such_minute", minute=minute)
    return dt.time(hour, minute)


def format_date(value: dt.date | None) -> str:
    """The one form dates are shown in: 07/04/2025."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""
