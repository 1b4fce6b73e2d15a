"""Deadlines as they are spoken ("trong quý 4/2026", "trước 15/10/2026", "thường xuyên"): the latest date allowed.

A chair gives deadlines in words, and the minutes print them in those words; the register of directives
needs a date to sort and to flag what is overdue. ``parse_deadline`` gives both: the words as typed and the
last day the phrase allows. What it does not understand stays words with no date, never an error.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from minutes_app.domain.dates import YEAR, EntryError, entry_form, full_year, make_date, read_date
from minutes_app.domain.vietnamese import nfc

_ONE_DAY = dt.timedelta(days=1)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# "trước" allows up to the day before; the other leads allow the day itself (or the period's last day).
_LEAD = re.compile(
    r"(?:hoan thanh |xong )?"
    r"(?:(?P<strict>truoc)|cham nhat(?: la)?(?: vao)?|han chot|thoi han|han|tu nay den(?: het)?|den het"
    r"|den|toi|trong vong|noi trong|trong|vao)(?:\s*:\s*|\s+)"
)
_RECURRING_WORD = r"(?:thuong xuyen|lien tuc|dinh ky|(?:hang|moi) (?:ngay|tuan|thang|quy|nam))"
_RECURRING = re.compile(rf"{_RECURRING_WORD}(?:\s*(?:,|;|va)?\s*{_RECURRING_WORD})*")
_MEETING = r"(?:hoi nghi|cuoc hop|buoi hop|phien hop|hop)"
_IMMEDIATE = re.compile(
    rf"ngay(?: lap tuc| sau(?: khi)?(?: ket thuc)? {_MEETING}(?: ket thuc)?| trong ngay| hom nay)?"
)
_TOMORROW = re.compile(r"ngay mai")
_RELATIVE = re.compile(
    rf"(\d{{1,3}}) (ngay lam viec|ngay|tuan|thang)(?: (?:ke tu|tu|sau)(?: khi)?(?: ngay)?(?: ket thuc)? {_MEETING})?"
)
_THIS_PERIOD = re.compile(r"(cuoi )?(tuan|thang|quy|nam)(?: (nay|toi|sau))?")
_YEAR_TAIL = rf"(?:\s*(?:/|-|\.|nam)\s*({YEAR}|nay))?"
_HALF = re.compile(
    rf"(?:(?:6|sau) thang (dau|cuoi)|(?:9|chin) thang (dau)|nua (dau|cuoi)) nam(?: ({YEAR}|nay))?"
)
_QUARTER = re.compile(rf"(cuoi )?(?:quy ?|q)(\d|iv|i{{1,3}}){_YEAR_TAIL}")
_MONTH = re.compile(rf"(cuoi )?thang (\d{{1,2}}){_YEAR_TAIL}")
_YEAR_ONLY = re.compile(r"(cuoi )?(?:nam )?(\d{4})")


@dataclass(frozen=True)
class Deadline:
    """What a spoken deadline means.

    ``deadline_text`` is what to keep for printing: the words as typed, or "" when the phrase is a bare
    date (which prints in the standard form). ``date`` is the latest day the phrase allows, None for
    recurring tasks ("thường xuyên") and for what is not understood. ``problem`` says why a phrase shaped
    like a date has no date (31/04/2026 does not exist).
    """

    deadline_text: str
    date: dt.date | None
    understood: bool
    problem: EntryError | None = None


@dataclass(frozen=True)
class _Span:
    """The days a phrase names; ``end_only`` when it names the end of a period ("cuối năm")."""

    first: dt.date
    last: dt.date
    end_only: bool = False


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(first_month: int, last_month: int, year: int, end_only: bool = False) -> _Span:
    return _Span(dt.date(year, first_month, 1), _month_end(year, last_month), end_only)


def _add_months(day: dt.date, count: int) -> dt.date:
    month_index = day.month - 1 + count
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _working_days_after(day: dt.date, count: int) -> dt.date:
    while count > 0:
        day += _ONE_DAY
        count -= day.weekday() < 5
    return day


class _NeedsMeeting(Exception):
    """The phrase counts from the meeting ("ngay sau hội nghị", "tháng 11"), and there is no meeting date."""


def _meeting(meeting_date: dt.date | None) -> dt.date:
    if meeting_date is None:
        raise _NeedsMeeting
    return meeting_date


def _in_year(year_text: str | None, meeting_date: dt.date | None, span_of: Callable[[int], _Span]) -> _Span:
    """A period of the year named, else of the meeting's year, else of the next if that one is over."""
    if year_text and year_text != "nay":
        return span_of(full_year(year_text))
    meeting = _meeting(meeting_date)
    span = span_of(meeting.year)
    if year_text is None and span.last < meeting:
        span = span_of(meeting.year + 1)
    return span


def _relative(match: re.Match, meeting_date: dt.date | None) -> _Span:
    count, unit = int(match.group(1)), match.group(2)
    start = _meeting(meeting_date)
    if unit == "ngay lam viec":
        end = _working_days_after(start, count)
    elif unit == "thang":
        end = _add_months(start, count)
    else:
        end = start + dt.timedelta(days=count * (7 if unit == "tuan" else 1))
    return _Span(end, end)


def _this_period(match: re.Match, meeting_date: dt.date | None) -> _Span:
    end_only, unit, which = bool(match.group(1)), match.group(2), match.group(3)
    day = _meeting(meeting_date)
    ahead = which in ("toi", "sau")
    if unit == "tuan":
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7 * ahead)
        return _Span(monday, monday + dt.timedelta(days=6), end_only)
    if unit == "thang":
        first = _add_months(day.replace(day=1), int(ahead))
        return _months(first.month, first.month, first.year, end_only)
    if unit == "quy":
        quarter = (day.month - 1) // 3 + int(ahead)
        year, quarter = day.year + quarter // 4, quarter % 4 + 1
        return _months(3 * quarter - 2, 3 * quarter, year, end_only)
    return _months(1, 12, day.year + int(ahead), end_only)


def _half(match: re.Match, meeting_date: dt.date | None) -> _Span:
    six, nine, half, year_text = match.groups()
    months = (1, 9) if nine else (1, 6) if (six or half) == "dau" else (7, 12)
    return _in_year(year_text, meeting_date, lambda year: _months(*months, year))


def _quarter(match: re.Match, meeting_date: dt.date | None) -> _Span:
    end_only, number, year_text = match.groups()
    quarter = _ROMAN.get(number) or int(number)
    if not 1 <= quarter <= 4:
        raise EntryError("deadline.no_such_quarter", quarter=number.upper())
    return _in_year(
        year_text, meeting_date, lambda year: _months(3 * quarter - 2, 3 * quarter, year, bool(end_only))
    )


def _month(match: re.Match, meeting_date: dt.date | None) -> _Span:
    end_only, number, year_text = match.groups()
    month = int(number)
    if not 1 <= month <= 12:
        raise EntryError("entry.no_such_month", month=month)
    return _in_year(year_text, meeting_date, lambda year: _months(month, month, year, bool(end_only)))


def _year(match: re.Match, _meeting_date: dt.date | None) -> _Span:
    year = int(match.group(2))
    make_date(year, 1, 1)  # a year the archive can hold
    return _months(1, 12, year, bool(match.group(1)))


def _date(body: str, meeting_date: dt.date | None) -> _Span | None:
    """A single day; without a year, the meeting's year, or the next when that day is already past."""
    try:
        day = read_date(body)
    except EntryError as error:
        if error.key != "entry.year_missing":
            raise
        meeting = _meeting(meeting_date)
        day = read_date(body, meeting.year)
        if day < meeting:
            day = read_date(body, meeting.year + 1)
    return _Span(day, day) if day is not None else None


_PERIODS: tuple[tuple[re.Pattern, Callable[[re.Match, dt.date | None], _Span]], ...] = (
    (_RELATIVE, _relative),
    (_HALF, _half),
    (_QUARTER, _quarter),
    (_MONTH, _month),
    (_YEAR_ONLY, _year),
    (_THIS_PERIOD, _this_period),
)


def _span(body: str, meeting_date: dt.date | None) -> _Span | None:
    if _IMMEDIATE.fullmatch(body):
        day = _meeting(meeting_date)
        return _Span(day, day)
    if _TOMORROW.fullmatch(body):
        day = _meeting(meeting_date) + _ONE_DAY
        return _Span(day, day)
    for pattern, read in _PERIODS:
        match = pattern.fullmatch(body)
        if match:
            return read(match, meeting_date)
    return _date(body, meeting_date)


def parse_deadline(text: str, meeting_date: dt.date | None = None) -> Deadline:
    """The latest date ``text`` allows, counted from ``meeting_date`` where the phrase needs it.

    "trước 15/10/2026" allows up to 14/10/2026 and "chậm nhất 15/10/2026" up to 15/10/2026; a period
    allows up to its last day ("trong quý 4/2026": 31/12/2026) and "trước" a period up to the day before
    it starts ("trước tháng 11/2026": 31/10/2026). Months, quarters and dates without a year take the
    meeting's year (the next one when that period is already over at the meeting).
    """
    words = nfc(text).strip()
    form = entry_form(words).rstrip(" .;,")
    if not form:
        return Deadline("", None, True)
    if _RECURRING.fullmatch(form):
        return Deadline(words, None, True)
    lead = _LEAD.match(form)
    body = form[lead.end() :] if lead else form
    strict = bool(lead and lead.group("strict"))
    try:
        span = _span(body, meeting_date)
    except EntryError as error:
        return Deadline(words, None, False, error)
    except _NeedsMeeting:
        return Deadline(words, None, False)
    if span is None:
        return Deadline(words, None, False)
    last = span.first - _ONE_DAY if strict and not span.end_only else span.last
    bare_date = lead is None and _bare_date(body) is not None
    return Deadline("" if bare_date else words, last, True)


def _bare_date(form: str) -> dt.date | None:
    """The date a whole ``entry_form`` text is, or None (also for an impossible or year-less date)."""
    try:
        return read_date(form)
    except EntryError:
        return None
