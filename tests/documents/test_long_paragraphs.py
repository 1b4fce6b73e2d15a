"""A very long paragraph printed in pieces: the same lines, in the same places, as the whole paragraph."""

from __future__ import annotations

import dataclasses
import io
import math
import unicodedata

import pytest

from minutes_app import documents
from minutes_app.documents import long_paragraphs
from minutes_app.documents.blocks import Block, Run
from minutes_app.documents.flowables import frame_height, typed_paragraph
from minutes_app.documents.minutes import name_of
from minutes_app.documents.pdf import write_pdf
from minutes_app.documents.styles import sheet

from .helpers import baseline, plumber, squeeze
from .test_flow import _page_lines

WORDS = (
    "Đồng chí Bí thư nhấn mạnh: các cấp ủy, tổ chức đảng cần quán triệt sâu sắc nghị quyết, "
    "khẩn trương xây dựng kế hoạch thực hiện sát với tình hình thực tiễn của địa phương, đơn vị; "
    "phát huy vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu. "
)
NFD = unicodedata.normalize("NFD", WORDS)
SMALL_CHUNK = 1500  # characters: cuts a paragraph of a few pages into many pieces


def _numbered(tag: str, repeat: int, text: str = NFD) -> str:
    """Sentences numbered with a tag, so that a lost or repeated one shows."""
    return "".join(f"{tag}{index}: {text}" for index in range(repeat))


def _styled_runs(repeat: int) -> tuple[Run, ...]:
    """Plain, bold, italic and underlined runs of NFD text, a run boundary also falling mid-word."""
    runs = [Run("Ý kiến của đồng chí: ", bold=True)]
    for index in range(repeat):
        runs += [
            Run(f"C{index}: " + NFD[:40]),
            Run(NFD[40:95], bold=index % 2 == 0, italic=index % 3 == 0),
            Run(NFD[95:], underline=index % 5 == 0),
        ]
    return tuple(runs)


def _document(meeting, lead_lines: int, repeat: int = 60):
    """The sample's document with a styled paragraph, a list item and a closing paragraph of a few pages."""
    meeting.discussion[0].content = _numbered("A", repeat, WORDS) + "\n- " + _numbered("B", repeat)
    content = documents.build(meeting)
    lead = tuple(Block("body", (Run(f"Dòng dẫn số {i}."),)) for i in range(lead_lines))
    styled = Block("body", _styled_runs(repeat))
    closing = Block("body", (Run(_numbered("D", repeat) + "./."),))
    return dataclasses.replace(
        content, blocks=(*content.blocks, *lead, styled), closing=(*content.closing[:-1], closing)
    )


def _render(content, chunk: int, monkeypatch, made: list | None = None) -> bytes:
    """The PDF with ``chunk`` as the piece size; ``made`` collects each typed paragraph's piece count."""
    pieces = long_paragraphs.pieces

    def counted(*args):
        result = pieces(*args)
        if made is not None:
            made.append(len(result))
        return result

    monkeypatch.setattr(long_paragraphs, "CHUNK", chunk)
    monkeypatch.setattr(long_paragraphs, "pieces", counted)
    buffer = io.BytesIO()
    write_pdf(content, buffer)
    monkeypatch.setattr(long_paragraphs, "pieces", pieces)
    return buffer.getvalue()


def _pages(
    content, chunk: int, monkeypatch, made: list | None = None
) -> list[list[tuple[str, float, float]]]:
    """Each page's lines as (text, left edge, baseline), with ``chunk`` as the piece size."""
    data = _render(content, chunk, monkeypatch, made)
    with plumber(data) as pdf:
        return [
            [
                (line["text"], round(line["x0"], 1), round(baseline(page, line["chars"][0]), 1))
                for line in page.extract_text_lines()
            ]
            for page in pdf.pages
        ]


@pytest.mark.parametrize("lead_lines", [0, 7, 19])
def test_pieces_print_the_same_lines_as_the_whole_paragraph(meeting, lead_lines, monkeypatch):
    """Styled runs, a hanging list item and NFD text break into the same lines on the same pages."""
    content = _document(meeting, lead_lines)
    made: list[int] = []
    whole = _pages(content, math.inf, monkeypatch)
    cut = _pages(content, SMALL_CHUNK, monkeypatch, made)
    assert len(whole) >= 12
    assert sum(count >= 2 for count in made) == 4  # the contribution, its list item, styled and closing
    assert cut == whole


def test_the_paragraph_is_really_cut_into_pieces(meeting, monkeypatch):
    """The split applies to a long list item: several flowables, each piece taller than a page."""
    s = sheet(meeting.layout)
    monkeypatch.setattr(long_paragraphs, "CHUNK", SMALL_CHUNK)
    made = typed_paragraph(s, Block("item", (Run("- " + WORDS * 100),)))
    assert len(made) >= 3
    for piece in made:
        _, height = piece.wrap(s.text_width, math.inf)
        assert height > frame_height(s)


def test_no_character_is_lost_or_repeated(meeting, monkeypatch):
    """All the text of the cut paragraphs is printed once, in order."""
    content = _document(meeting, 3)
    pages = _page_lines(_render(content, SMALL_CHUNK, monkeypatch), sheet(meeting.layout))
    printed = squeeze("".join(line["text"] for lines in pages for line in lines))
    styled = "".join(run.text for run in content.blocks[-1].runs)
    typed = (_numbered("A", 60, WORDS), "- " + _numbered("B", 60), styled, _numbered("D", 60) + "./.")
    for text in typed:
        expected = squeeze(unicodedata.normalize("NFC", text))
        assert printed.count(expected) == 1
    for tag in "ABCD":
        assert [printed.count(f"{tag}{index}:") for index in range(60)] == [1] * 60


@pytest.mark.slow
def test_signatures_keep_the_last_lines_and_no_line_is_alone(meeting, monkeypatch):
    """The cut closing paragraph's last lines share the signature page; no widow or orphan line anywhere."""
    s = sheet(meeting.layout)
    indent = s.margin_left + s.first_indent
    secretary = name_of(meeting, meeting.secretary)
    for lead_lines in range(0, 40, 5):
        made: list[int] = []
        content = _document(meeting, lead_lines, repeat=50)
        pages = _page_lines(_render(content, SMALL_CHUNK, monkeypatch, made), s)
        assert made[-1] >= 2, lead_lines
        signed = [lines for lines in pages if any(secretary in line["text"] for line in lines)][-1]
        end = next(index for index, line in enumerate(signed) if line["text"].endswith("./."))
        assert end >= 1 and signed[end - 1]["x0"] == pytest.approx(s.margin_left, abs=0.5), lead_lines
        for number, lines in enumerate(pages[1:], start=2):
            first, second = lines[0], lines[1]
            continues = abs(first["x0"] - s.margin_left) < 0.5
            new_paragraph_next = (
                second["x0"] > s.margin_left + 5
                or second["baseline"] - first["baseline"] > s.body.leading + 2
            )
            assert not (continues and new_paragraph_next), (lead_lines, number, first["text"])
        for number, lines in enumerate(pages[:-1], start=1):
            last = lines[-1]
            starts = abs(last["x0"] - indent) < 0.5 and last["x1"] > s.page_width - s.margin_right - 1
            assert not starts, (lead_lines, number, last["text"])
