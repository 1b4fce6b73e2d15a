"""Page furniture: DỰ THẢO on every page of a draft, fingerprint on a final, classification stamps."""

from __future__ import annotations

import pytest

from minutes_app.domain import canonical
from minutes_app.domain.model import Status

from .helpers import pdf_bytes, plumber


def _pages(data: bytes) -> list[str]:
    with plumber(data) as pdf:
        return [page.extract_text() for page in pdf.pages]


@pytest.mark.parametrize("document", ["minutes", "attendance", "conclusion"])
def test_draft_mark_on_every_page(meeting, document):
    """A meeting not finalized carries "DỰ THẢO" on each page, and no fingerprint."""
    meeting.status = Status.DRAFT
    pages = _pages(pdf_bytes(meeting, document))
    assert all("DỰ THẢO" in page for page in pages)
    assert not any("Mã đối chiếu" in page for page in pages)


def test_final_minutes_have_no_draft_mark_and_carry_the_fingerprint(meeting):
    """Finalized minutes print without DỰ THẢO and with the archive fingerprint on each page."""
    meeting.status = Status.FINAL
    expected = canonical.fingerprint(meeting)
    pages = _pages(pdf_bytes(meeting))
    assert not any("DỰ THẢO" in page for page in pages)
    assert all(f"Mã đối chiếu: {expected}" in page for page in pages)


def test_fingerprint_is_small_and_in_the_bottom_margin(meeting):
    """The fingerprint sits below the text area in a small size, so it never reads as content."""
    meeting.status = Status.FINAL
    with plumber(pdf_bytes(meeting)) as pdf:
        page = pdf.pages[0]
        match = page.search("Mã đối chiếu")[0]
        assert match["top"] > page.height - 20 * 72 / 25.4
        assert all(c["size"] < 10 for c in match["chars"])


def test_no_stamp_without_classification(meeting):
    """Ordinary minutes carry no MẬT stamp."""
    assert not any("MẬT" in page for page in _pages(pdf_bytes(meeting)))


def test_pdf_bytes_are_stable(meeting):
    """The same meeting renders to the same bytes (invariant PDFs), so tests and archives can compare."""
    assert pdf_bytes(meeting) == pdf_bytes(meeting)
