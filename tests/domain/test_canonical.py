"""The meeting's dict form, canonical bytes, fingerprint and NFC entry."""

import unicodedata

from minutes_app.domain import canonical
from minutes_app.domain.model import Status


def test_document_round_trip_is_identity(sample_doc):
    """The sample document survives to-domain and back unchanged."""
    assert canonical.to_document(canonical.from_document(sample_doc)) == sample_doc


def test_from_document_normalizes_to_nfc(sample_doc):
    """Decomposed input enters the domain composed."""
    sample_doc["meeting"]["title"] = unicodedata.normalize("NFD", sample_doc["meeting"]["title"])
    meeting = canonical.from_document(sample_doc)
    assert meeting.title == "Hội nghị giao ban công tác tuyên giáo quý 3/2022"


def test_fingerprint_is_stable_and_content_sensitive(sample_meeting):
    """Twelve hex digits that change with the content and not with the status."""
    first = canonical.fingerprint(sample_meeting)
    assert len(first) == 12 and int(first, 16) >= 0
    sample_meeting.status = Status.FINAL
    assert canonical.fingerprint(sample_meeting) == first
    sample_meeting.discussion[0].content += "."
    assert canonical.fingerprint(sample_meeting) != first


def test_normalize_reaches_every_nested_string(sample_meeting):
    """normalize() composes strings in items and lists, leaving the original untouched."""
    sample_meeting.attendees[0].name = unicodedata.normalize("NFD", "Trần Thị Lộc")
    sample_meeting.recipients = [unicodedata.normalize("NFD", "Lưu Văn phòng")]
    fixed = canonical.normalize(sample_meeting)
    assert fixed.attendees[0].name == "Trần Thị Lộc"
    assert fixed.recipients == ["Lưu Văn phòng"]
    assert sample_meeting.attendees[0].name != "Trần Thị Lộc"
