"""Property: any text in any field (emoji, markup, NFD, tabs, controls, long words) prints as text."""

from __future__ import annotations

import dataclasses
import io
import unicodedata

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_app import documents
from minutes_app.documents.text import docx_text, printable
from minutes_app.domain.model import Meeting

from .helpers import reader, squeeze

_EXTRA = st.sampled_from(
    [
        "<img src=x>",
        "<a href='https://x.vn'>y</a>",
        "&amp;",
        "&nbsp;",
        "<b>",
        "\t",
        "\n",
        "\n\n",
        "🎉",
        "Đảng",
        "Ư",
    ]
)
TEXT = st.one_of(
    st.text(),
    st.lists(st.one_of(st.text(max_size=5), _EXTRA), max_size=12).map("".join),
    st.text(alphabet="ĐđƯươạ", min_size=200, max_size=600),
    st.text().map(lambda t: unicodedata.normalize("NFD", t + "Hội nghị tỉnh ủy")),
)


def _fill(obj, text: str):
    """A copy of a meeting or item with every text field set to the given text."""
    changes = {}
    for field in dataclasses.fields(obj):
        value = getattr(obj, field.name)
        if field.name in ("id", "chair", "secretary", "speaker", "presenter", "report", "substitute_for"):
            continue
        if isinstance(value, str) and not hasattr(value, "value"):
            changes[field.name] = text
        elif isinstance(value, list) and value and isinstance(value[0], str):
            changes[field.name] = [text, text]
        elif isinstance(value, list):
            changes[field.name] = [_fill(item, text) for item in value]
    return dataclasses.replace(obj, **changes)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_any_text_in_every_field_builds_and_prints_as_typed(sample_meeting, text):
    """The PDF and DOCX build; the location's drawn form (NFC, cleaned) is in the extracted text."""
    meeting: Meeting = _fill(sample_meeting, text)
    meeting.location = text
    data = documents.render(meeting)
    extracted = squeeze("".join(page.extract_text() for page in reader(data).pages))
    assert squeeze(printable(unicodedata.normalize("NFC", text))) in extracted

    document = docx.Document(io.BytesIO(documents.render(meeting, fmt="docx")))
    body = squeeze("".join(p.text for p in document.paragraphs))
    assert squeeze(docx_text(unicodedata.normalize("NFC", text))) in body
