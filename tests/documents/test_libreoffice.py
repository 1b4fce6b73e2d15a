"""Our DOCX converted by LibreOffice measures like our PDF: pages, rules, row heights, signers' baselines.

Word is not available on a test machine; LibreOffice lays out DOCX the way an office's editor does, so the
converted file is read back with the same checks as the PDF (pdfplumber).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from reportlab.lib.units import mm

from minutes_app import documents
from minutes_app.domain.model import Attendee, Group

from .helpers import baseline, plumber

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None and not __import__("os").environ.get("CI"), reason="no LibreOffice"
)


def _guests(meeting, count: int = 100) -> None:
    meeting.attendees += [
        Attendee(
            id=f"g{i}",
            name=f"Nguyễn Văn Khách {i}",
            position="Chuyên viên",
            organization="Sở Nội vụ",
            group=Group.GUEST,
        )
        for i in range(count)
    ]


@pytest.fixture(scope="module")
def converted(tmp_path_factory, sample_document):
    """Each document in each layout as (our PDF, LibreOffice's PDF of our DOCX), converted in one run."""
    import copy

    from minutes_app.domain import canonical

    from .conftest import state_variant

    folder = tmp_path_factory.mktemp("libreoffice")
    pairs, sources = {}, []
    for layout in ("state", "party"):
        document = state_variant(sample_document) if layout == "state" else copy.deepcopy(sample_document)
        meeting = canonical.from_document(document)
        meeting.issuing_body = "Ban Tuyên giáo và Dân vận" if layout == "party" else meeting.issuing_body
        _guests(meeting)
        for kind in ("minutes", "attendance", "conclusion"):
            name = f"{layout}-{kind}"
            (folder / f"{name}.docx").write_bytes(documents.render(meeting, kind, "docx"))
            pairs[(layout, kind)] = documents.render(meeting, kind, "pdf")
            sources.append(str(folder / f"{name}.docx"))
    out = folder / "out"
    command = [SOFFICE, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf"]
    subprocess.run([*command, "--outdir", str(out), *sources], check=True, capture_output=True, timeout=300)
    return {key: (ours, (out / f"{key[0]}-{key[1]}.pdf").read_bytes()) for key, ours in pairs.items()}


KEYS = [(layout, kind) for layout in ("state", "party") for kind in ("minutes", "attendance", "conclusion")]


def _pages(data: bytes) -> int:
    with plumber(data) as pdf:
        return len(pdf.pages)


@pytest.mark.parametrize("key", KEYS)
def test_page_count_within_one_page(converted, key):
    """The DOCX, laid out by LibreOffice, has as many pages as our PDF, give or take one."""
    ours, theirs = converted[key]
    assert abs(_pages(ours) - _pages(theirs)) <= 1, (_pages(ours), _pages(theirs))


def _rules(page) -> list[dict]:
    """Horizontal lines and line-like rectangles (editors draw borders as thin filled boxes)."""
    found = [line for line in page.lines if abs(line["top"] - line["bottom"]) < 1]
    found += [r for r in page.rects if r["height"] < 1.5 and r["width"] > 5]
    return found


def _rule_under(page, match: dict) -> dict:
    centre = (match["x0"] + match["x1"]) / 2
    below = [r for r in _rules(page) if r["top"] >= match["bottom"] - 1 and r["x0"] < centre < r["x1"]]
    return min(below, key=lambda r: r["top"] - match["bottom"])


def _measure_rules(data: bytes, layout: str) -> dict[str, tuple[float, float]]:
    """text -> (rule length / text length, rule distance under the baseline in mm)."""
    texts = {"state": ["SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc"], "party": ["ĐẢNG CỘNG SẢN VIỆT NAM"]}[
        layout
    ]
    result = {}
    with plumber(data) as pdf:
        page = pdf.pages[0]
        for text in texts:
            match = page.search(text)[0]
            rule = _rule_under(page, match)
            drop = ((rule["top"] + rule["bottom"]) / 2 - baseline(page, match["chars"][0])) / mm
            result[text] = ((rule["x1"] - rule["x0"]) / (match["x1"] - match["x0"]), drop)
    return result


@pytest.mark.parametrize("key", [k for k in KEYS if k[1] == "minutes"])
def test_rules_have_the_pdfs_length_and_drop(converted, key):
    """Issuing body 1/3–1/2, Tiêu ngữ and Party title full length; each 4–4.6 mm under the baseline."""
    for data in converted[key]:
        for text, (ratio, drop) in _measure_rules(data, key[0]).items():
            if text == "SỞ NỘI VỤ":
                assert 1 / 3 - 0.01 <= ratio <= 1 / 2 + 0.01, (text, ratio)
            else:
                assert 0.98 <= ratio <= 1.02, (text, ratio)
            assert 4 <= drop <= 4.6, (text, drop)


def _row_heights(data: bytes) -> list[float]:
    """Distances between successive horizontal grid lines of the sign-in table, page by page."""
    heights = []
    with plumber(data) as pdf:
        for page in pdf.pages:
            tops = sorted({round((r["top"] + r["bottom"]) / 2, 1) for r in _rules(page) if r["width"] > 400})
            heights += [b - a for a, b in zip(tops[1:], tops[2:], strict=False)]  # skip the header row
    return heights


@pytest.mark.parametrize("layout", ["state", "party"])
def test_sign_in_rows_are_10_mm_tall_and_stt_stays_whole(converted, layout):
    """Every signing row is at least 10 mm tall in the DOCX as in the PDF; "STT" does not wrap."""
    for data in converted[(layout, "attendance")]:
        heights = _row_heights(data)
        assert heights and min(heights) >= 10 * mm - 0.6, min(heights) / mm
        with plumber(data) as pdf:
            assert pdf.pages[0].search("STT")


@pytest.mark.parametrize("layout", ["state", "party"])
def test_signers_names_sit_on_one_baseline(converted, layout):
    """The secretary's and the chair's names are level, in the DOCX as in the PDF."""
    for data in converted[(layout, "minutes")]:
        with plumber(data) as pdf:
            page = pdf.pages[-1]
            left, right = page.search("Ma Thị Nguyệt")[-1], page.search("Trần Thị Lộc")[-1]
            assert baseline(page, left["chars"][0]) == pytest.approx(
                baseline(page, right["chars"][0]), abs=0.5
            )
