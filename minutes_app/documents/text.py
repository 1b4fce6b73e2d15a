"""User text made printable: NFC, paragraphs, no control characters, no markup, no glyphs the font lacks.

Every string a secretary typed reaches reportlab only through ``markup()``, which escapes ``&``, ``<`` and
``>`` so that "<img src=...>" or "&amp;" print as themselves. Cleaning happens at draw time only; the
stored meeting keeps what was typed. Choice for characters the font cannot draw (emoji, scripts outside
Latin/Greek/Cyrillic/Hebrew): each is replaced by one visible substitute glyph (U+FFFD or U+25A1, else
"?") so that the reader sees that something was there, instead of a silent gap or a crash.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from minutes_app.documents import fonts

NBSP = "\u00a0"
_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n\n", "\u0085": "\n", "\t": " "})
# XML 1.0 forbids these code points; Word refuses a document that holds one.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _lines(text: str) -> str:
    """NFC with one kind of line break; tabs become spaces (a proportional font has no tab stops)."""
    return nfc(text.replace("\r\n", "\n")).translate(_LINE_BREAKS)


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a field: every line break starts one, outer whitespace trimmed, empty ones dropped.

    Secretaries type a list as lines inside one field ("- …", "+ …"); each line is a paragraph of its own
    so that it keeps the paragraph's indent (a soft break would start the next line at the margin).
    """
    return [line.strip() for line in _lines(text or "").split("\n") if line.strip()]


def typed_lines(text: str) -> list[str]:
    """The lines of a one-line field in which a line break was typed on purpose (header names)."""
    return [" ".join(line.split()) for line in _lines(text or "").split("\n") if line.strip()]


# "- …", "+ …", "a) …", "1. …": the only list markers recognised; nothing else in a field is markup.
_LIST_MARKER = re.compile(r"^(?:[-+](?=\s*\D)|[a-zđ]\)(?=\s)|\d{1,3}[.)](?=\s))\s*", re.IGNORECASE)


def list_marker(text: str) -> str:
    """The list marker that opens a typed line, with the spaces after it, or "" for an ordinary line."""
    match = _LIST_MARKER.match(text)
    return match.group() if match and match.end() < len(text) else ""


@functools.cache
def _drawable() -> frozenset[int]:
    return fonts.covered()


def _ranges(points: list[int]) -> str:
    """A regex character class body for sorted code points, as ranges."""
    parts, start = [], None
    for index, point in enumerate(points):
        if start is None:
            start = point
        if index + 1 == len(points) or points[index + 1] != point + 1:
            parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(point)) if point != start else ""))
            start = None
    return "".join(parts)


@functools.cache
def _needs_care() -> re.Pattern:
    """Characters that are not plainly drawable as they are (controls, odd spaces, missing glyphs)."""
    plain = sorted(
        point
        for point in _drawable()
        if unicodedata.category(chr(point)) not in ("Cc", "Cf", "Cs", "Zs") or chr(point) in (" ", NBSP)
    )
    return re.compile(f"[^{_ranges(plain)}\n]")


@functools.lru_cache(maxsize=4096)
def _printable_char(char: str) -> str:
    if char == "\n" or char == NBSP:
        return char
    category = unicodedata.category(char)
    if category in ("Cc", "Cf", "Cs"):
        return ""
    if category == "Zs":
        return " "
    if ord(char) in _drawable():
        return char
    return fonts.family().substitute


def printable(text: str) -> str:
    """The characters that will be drawn: controls dropped, spaces unified, missing glyphs substituted."""
    return _needs_care().sub(lambda match: _printable_char(match.group()), _lines(text))


def markup(text: str) -> str:
    """One paragraph of user text as reportlab markup: escaped, single newlines as <br/>."""
    lines = printable(text).split("\n")
    if len(lines) == 1:
        return escape(lines[0])
    return "<br/>".join(escape(line.strip()) for line in lines if line.strip())


def docx_text(text: str) -> str:
    """Text for a DOCX run: NFC, tabs as spaces, XML-invalid control characters dropped (DOCX only)."""
    return _XML_INVALID.sub("", _lines(text))


def ends_sentence(text: str) -> bool:
    """True when the text already ends with punctuation, so that a formula adds no second stop."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in ".!?…:;"


def sentence(text: str) -> str:
    """The text closed with a full stop unless it already ends with punctuation."""
    stripped = text.rstrip()
    return stripped if not stripped or ends_sentence(stripped) else stripped + "."


def text_width(text: str, font: str, size: float) -> float:
    """Printed width in points of a text in one of our faces (for lines drawn under it)."""
    fonts.family()
    return stringWidth(printable(text), font, size)


def hanging_indent(text: str, size: float) -> float:
    """How far the lines after the first of a list item are indented: the width of its marker."""
    marker = list_marker(text)
    if not marker:
        return 0.0
    shown = marker.rstrip() + (" " if marker != marker.rstrip() else "")
    return text_width(shown, fonts.REGULAR, size)


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """A header name in as few lines as fit the column, broken only between words, lines of even length.

    Line breaks typed in the field are kept; each typed line is then broken only where it is wider than
    the column. The size never shrinks: a single word wider than the column stays on its own line.
    """
    lines: list[str] = []
    for typed in typed_lines(text):
        lines += _balanced(typed.split(" "), font, size, width)
    return lines


def _greedy(sizes: list[float], space: float, width: float) -> list[int]:
    """Where lines start when words are filled into lines no wider than ``width`` (a long word alone)."""
    starts, line = [0], -space
    for index, size in enumerate(sizes):
        if index and line + space + size > width + 0.01:
            starts.append(index)
            line = size
        else:
            line += space + size
    return starts


def _balanced(words: list[str], font: str, size: float, width: float) -> list[str]:
    """As few lines as the column allows; among those, the narrowest widest line (found by bisection)."""
    space = text_width(" ", font, size)
    sizes = [text_width(word, font, size) for word in words]
    fewest = len(_greedy(sizes, space, width))
    if fewest == 1:
        return [" ".join(words)]
    low, high = max(sizes), max(width, max(sizes))
    for _ in range(24):
        middle = (low + high) / 2
        if len(_greedy(sizes, space, middle)) <= fewest:
            high = middle
        else:
            low = middle
    starts = _greedy(sizes, space, high) + [len(words)]
    return [" ".join(words[a:b]) for a, b in zip(starts, starts[1:], strict=False) if a < b]


def title_rule_length(title: str, font: str, size: float, fraction: float, limit: float) -> float:
    """Length of the line under a title: a share of the title's printed length, at most a line's width."""
    return min(text_width(title, font, size), limit) * fraction
