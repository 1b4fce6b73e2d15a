"""A very long paragraph as consecutive pieces that break and print exactly as the whole paragraph would.

reportlab breaks a paragraph into lines again from its start each time a page splits it, and breaking one
paragraph costs time that grows with the square of its length: a 200,000-character contribution typed as
a single paragraph took seconds to print. Its line breaking is greedy, so a line depends only on where it
starts and on the words after it: cut where a line starts, the rest breaks exactly as in the whole. The
cuts are found by breaking one bounded chunk at a time, so the cost stays linear.

Each piece but the first starts without the first-line indent (a list item's hanging indent stays); each
but the last justifies its last line and has no space after it; only the paragraph's own first line is
kept from the foot of a page and its own last line from the top of the next. Every piece is taller than a
page, so that a heading kept with the paragraph, and the last lines kept with the signatures, meet what
they would meet in the whole paragraph.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from minutes_app.documents.blocks import Run
from minutes_app.documents.text import printable

CHUNK = 6000  # characters broken at a time to find where a piece ends; a paragraph under two is whole
KINDS = frozenset({"body", "item"})  # the kinds that hold typed text, justified, in the text's full width
_SPACE = " "  # the only space left in printable text that reportlab breaks lines at ("\n" is never cut)


def least_lines(style: ParagraphStyle, frame_height: float) -> int:
    """Lines a piece has at least: one more than a page holds."""
    return math.floor(frame_height / style.leading) + 1


def pieces(
    runs: tuple[Run, ...],
    style: ParagraphStyle,
    width: float,
    frame_height: float,
    markup: Callable[[Run], str],
) -> list[Paragraph]:
    """The paragraph of these runs in ``style``: one Paragraph, or pieces of it when it is very long."""
    runs = tuple(Run(printable(run.text), run.bold, run.italic, run.underline) for run in runs)
    text = "".join(run.text for run in runs)
    if len(text) < 2 * CHUNK or "\n" in text:
        return [Paragraph("".join(markup(run) for run in runs), style)]
    first, middle, last = _styles(style)
    least = least_lines(style, frame_height)

    def piece(start: int, end: int, piece_style: ParagraphStyle) -> Paragraph:
        return Paragraph("".join(markup(run) for run in _slice(runs, start, end)), piece_style)

    bounds = _cuts(
        text, least, lambda start, end: _broken(piece(start, end, first if start == 0 else middle), width)
    )
    while bounds and len(_broken(piece(bounds[-1][1], len(text), last), width)) < least:
        bounds.pop()  # a last piece shorter than a page (a text of unusual lines) joins the one before
    if not bounds:
        return [Paragraph("".join(markup(run) for run in runs), style)]
    result, start = [], 0
    for index, (end, following) in enumerate([*bounds, (len(text), len(text))]):
        final = index == len(bounds)
        made = piece(start, end, last if final else first if index == 0 else middle)
        made.continues = index > 0
        result.append(made)
        start = following
    return result


def _styles(base: ParagraphStyle) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """The first, a middle and the last piece's styles (see the module's docstring)."""
    joined = dict(spaceAfter=0, allowWidows=1, justifyLastLine=1)
    continued = dict(firstLineIndent=0, spaceBefore=0, allowOrphans=1)
    return (
        ParagraphStyle(f"{base.name}-first", parent=base, **joined),
        ParagraphStyle(f"{base.name}-middle", parent=base, **joined, **continued),
        ParagraphStyle(f"{base.name}-last", parent=base, **continued),
    )


def _broken(paragraph: Paragraph, width: float) -> list:
    """The lines reportlab breaks a paragraph into at this width."""
    paragraph.wrap(width, math.inf)
    return paragraph.blPara.lines


def _letters(line) -> int:
    """How many characters other than spaces a broken line holds (simple or styled lines alike)."""
    words = line[1] if isinstance(line, tuple) else [getattr(word, "text", "") for word in line.words]
    return sum(len(word) - word.count(_SPACE) for word in words)


def _cuts(text: str, least: int, lines_of: Callable[[int, int], list]) -> list[tuple[int, int]]:
    """Where pieces end and the next begins: at the start of a line that follows a space.

    A chunk of text is broken from a piece's start; all its lines but the last are complete, so the last
    complete line's end that falls on a space (not inside a word split across lines) ends the piece.
    A chunk too short for ``least`` lines is doubled. The rest is left whole once it is under two chunks.
    """
    bounds: list[tuple[int, int]] = []
    start, size = 0, CHUNK
    while len(text) - start >= 2 * size:
        end = text.find(_SPACE, start + size)
        if end < 0:
            break
        cut = _line_start(text, start, lines_of(start, end), least)
        if cut is None:
            size *= 2
            continue
        bounds.append(cut)
        start = cut[1]
    return bounds


def _line_start(text: str, start: int, lines: list, least: int) -> tuple[int, int] | None:
    """The end of the piece (after its last letter) and the start of the next, or None when none fits."""
    counts = [_letters(line) for line in lines]
    letters = _positions(text, start, sum(counts))
    for lines_in_piece in range(len(lines) - 1, least - 1, -1):
        count = sum(counts[:lines_in_piece])
        end = letters[count - 1] + 1
        if end < len(text) and text[end] == _SPACE:
            following = end
            while following < len(text) and text[following] == _SPACE:
                following += 1
            return end, following
    return None


def _positions(text: str, start: int, count: int) -> list[int]:
    """The positions of the first ``count`` characters other than spaces from ``start``."""
    found: list[int] = []
    index = start
    while len(found) < count and index < len(text):
        if text[index] != _SPACE:
            found.append(index)
        index += 1
    return found


def _slice(runs: tuple[Run, ...], start: int, end: int) -> list[Run]:
    """The runs' text between two offsets of their joined text, each part keeping its run's style."""
    parts, offset = [], 0
    for run in runs:
        low, high = max(start - offset, 0), min(end - offset, len(run.text))
        if low < high:
            parts.append(Run(run.text[low:high], run.bold, run.italic, run.underline))
        offset += len(run.text)
    return parts
