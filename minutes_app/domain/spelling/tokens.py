"""Which stretches of a text are words to check, and which are things a secretary types on purpose.

Numbers, dates, document numbers (12-BB/BTGTU), e-mail and web addresses, list markers ("a)", "1.",
"II."), abbreviations in capitals (UBND, HĐND) and transliterations joined by hyphens (Mác-Lê-nin) are
never words to check. Offsets are those of the text as given, so NFD input (Unikey's "tổ hợp") is
underlined in the right place; the words themselves are handed on composed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_CHUNK = re.compile(r"\S+")
# A letter, then letters and combining marks (a decomposed "ế" is e + two marks).
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*")
_SKIPPED_CHUNK = re.compile(r"(?:\d|://|^www\.|@)", re.IGNORECASE)  # numbers, dates, addresses
_LIST_MARKER = re.compile(r"^\(?(?:[a-zđ]|[ivxlc]+)[).:]$", re.IGNORECASE)
_JOINERS = "-'’‐‑"


def _joined(chunk: str, start: int, end: int) -> bool:
    """A word glued to another by a hyphen or apostrophe inside one chunk: e-mail, H'Mông, Mác-Lê-nin."""
    before = chunk[start - 1] if start > 0 else ""
    after = chunk[end] if end < len(chunk) else ""
    return (before in _JOINERS and start > 1 and chunk[start - 2].isalpha()) or (
        after in _JOINERS and end + 1 < len(chunk) and chunk[end + 1].isalpha()
    )


def _is_abbreviation(word: str) -> bool:
    """Capitals after the first letter (UBND, HĐND, TpHCM, iPhone) mark an abbreviation or a brand."""
    return not word[1:].islower()


def words_to_check(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, composed word) for each word of ``text`` that the checker should judge."""
    for chunk_match in _CHUNK.finditer(text):
        chunk = chunk_match.group()
        if _SKIPPED_CHUNK.search(chunk) or _LIST_MARKER.match(chunk):
            continue
        offset = chunk_match.start()
        for match in _WORD.finditer(chunk):
            word = unicodedata.normalize("NFC", match.group())
            if len(word) < 2 or _is_abbreviation(word) or _joined(chunk, match.start(), match.end()):
                continue
            yield offset + match.start(), offset + match.end(), word


def words_of(text: str) -> Iterator[str]:
    """Every word of ``text``, composed, for building a vocabulary (names, units, places)."""
    for match in _WORD.finditer(text):
        yield unicodedata.normalize("NFC", match.group())
