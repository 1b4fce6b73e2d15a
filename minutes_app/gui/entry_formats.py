"""How times and dates are typed and shown in the window: forgiving on input, one form on screen."""

from __future__ import annotations

import datetime as dt
import re

_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:[:hHgG.,]\s*(\d{1,2})?\s*(?:p|ph|phút)?)?\s*$")
_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$")


def parse_time(text: str) -> dt.time | None:
    """Accept what a hurried secretary types ("8:25", "8h25", "8g", "0825"); empty means no time.

    Raises ValueError for anything else, so that a half-typed time is never stored as a wrong one.
    """
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and len(text) in (3, 4):
        text = f"{text[:-2]}:{text[-2:]}"
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return dt.time(hour, minute)


def format_time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def parse_date(text: str) -> dt.date | None:
    """Day first as Vietnamese write it ("20/9/2022", "20-09-22"); empty means no date."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if not match:
        raise ValueError(text)
    day, month, year = (int(g) for g in match.groups())
    if year < 100:
        year += 2000
    return dt.date(year, month, day)


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
