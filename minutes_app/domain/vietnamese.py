"""Vietnamese text rules: normalization, accent-insensitive folding, collation and date phrases.

Pure Python on purpose: storage, documents and the command line need the same answers as the window,
without Qt's QCollator.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

# Marks that make a different letter (ă â ê ô ơ ư): primary differences in CLDR vi.
_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}
# Tone marks in CLDR vi order: ngang < huyền < hỏi < ngã < sắc < nặng (secondary differences).
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: 100 + i for i, letter in enumerate(_ALPHABET)}
_BASE_WITH_MARK = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}


def nfc(text: str) -> str:
    """Compose decomposed input (macOS, Unikey "tổ hợp", CP1258 pastes): reportlab cannot place marks."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Accent- and case-insensitive form for search: "Đảng", "dang" and "DANG" fold alike."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D").casefold()


def _letters(text: str):
    """Yield (letter, tone, is_upper) for each character, with the letter's own marks folded in."""
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        is_upper = base.isupper() or char == "Đ"
        letter = base.lower()
        if char in "đĐ":
            letter = "đ"
        tone = 0
        for mark in marks:
            if mark in _LETTER_MARKS:
                letter = _BASE_WITH_MARK.get((letter, mark), letter)
            elif mark in _TONE_MARKS:
                tone = _TONE_MARKS[mark]
        yield letter, tone, is_upper


def sort_key(text: str) -> tuple:
    """Collation key following CLDR vi: letters first, then tones, then case (lower before upper)."""
    primary, secondary, tertiary = [], [], []
    for letter, tone, is_upper in _letters(text):
        rank = _LETTER_RANK.get(letter)
        if rank is None:
            # Digits, punctuation and foreign letters keep code point order, digits before letters.
            rank = ord(letter) if not letter.isalpha() else 1000 + ord(letter)
            if letter.isspace():
                rank = 0
        primary.append(rank)
        secondary.append(tone)
        tertiary.append(1 if is_upper else 0)
    return (tuple(primary), tuple(secondary), tuple(tertiary))


def person_name_key(name: str) -> tuple:
    """Order people as Vietnamese lists do: by given name (last word), then middle names, then family."""
    words = nfc(name).split()
    if not words:
        return ((), (), ())
    given = words[-1]
    middle = " ".join(words[1:-1])
    family = words[0] if len(words) > 1 else ""
    return (sort_key(given), sort_key(middle), sort_key(family), sort_key(name))


def date_phrase(day: dt.date) -> str:
    """ "ngày 05 tháng 01 năm 2020": zero before days under 10 and months 1 and 2 only (ND 30/2020)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def time_phrase(moment: dt.time, *, with_minutes_word: bool = False) -> str:
    """ "8 giờ 00", or "8 giờ 00 phút" where the formula needs the unit."""
    text = f"{moment.hour} giờ {moment.minute:02d}"
    return text + " phút" if with_minutes_word else text


def place_date_line(place_name: str, day: dt.date) -> str:
    """The italic line "Bắc Kạn, ngày 20 tháng 9 năm 2022"; without a place, the date phrase alone."""
    phrase = date_phrase(day)
    return f"{place_name}, {phrase}" if place_name.strip() else phrase[0].upper() + phrase[1:]
