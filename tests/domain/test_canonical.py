"""The meeting's dict form, canonical bytes, fingerprint and NFC entry."""

import copy
import datetime as dt
import hashlib
import json
import unicodedata

from minutes_app.domain import canonical
from minutes_app.domain.model import Circulation, Classification, DirectiveStatus, FollowUp, Status


def test_version_1_document_reads_as_its_version_2_equivalent(sample_doc):
    """A version 1 document (the bundled sample is one) comes back as version 2 with nothing lost."""
    upgraded = canonical.to_document(canonical.from_document(sample_doc))
    assert sample_doc["format_version"] == 1 and upgraded["format_version"] == 2
    expected = {**sample_doc, "format_version": 2, "previous_directives": [], "followups": []}
    expected["meeting"] = {**sample_doc["meeting"], "circulation": ""}
    assert upgraded == expected


def test_version_2_document_round_trip_is_identity(version_2_doc):
    """Every version 2 addition survives to-domain and back unchanged."""
    document = version_2_doc
    assert canonical.to_document(canonical.from_document(document)) == document


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


def test_version_1_internal_becomes_circulation(sample_doc):
    """Version 1's classification "internal" is the circulation mark LƯU HÀNH NỘI BỘ in version 2."""
    sample_doc["meeting"]["classification"] = "internal"
    meeting = canonical.from_document(sample_doc)
    assert meeting.classification == Classification.NONE
    assert meeting.circulation == Circulation.INTERNAL


def test_fingerprint_of_version_1_content_is_unchanged(sample_doc):
    """Minutes signed under version 1 keep the fingerprint printed on their paper: version 1's bytes."""
    sample_doc["meeting"]["classification"] = "internal"
    meeting = canonical.from_document(sample_doc)
    sample_doc["meeting"].pop("status", None)  # version 1 left the status out of the fingerprint too
    version_1_bytes = json.dumps(sample_doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    meeting.uid = "any-uid"
    meeting.followups = [FollowUp(meeting.directives[0].id, dt.date(2022, 10, 1), DirectiveStatus.DONE)]
    expected = hashlib.sha256(version_1_bytes.encode("utf-8")).hexdigest()[:12]
    assert canonical.fingerprint(meeting) == expected


def test_fingerprint_ignores_uid_and_followups_but_covers_version_2_content(version_2_doc):
    """uid and follow-ups are not signed content; the marks, the signer and reviewed directives are."""
    meeting = canonical.from_document(copy.deepcopy(version_2_doc))
    first = canonical.fingerprint(meeting)
    meeting.uid = "another"
    meeting.followups.clear()
    assert canonical.fingerprint(meeting) == first
    for change in (
        lambda m: setattr(m, "circulation", Circulation.INTERNAL),
        lambda m: setattr(m, "classification", Classification.TOP_SECRET),
        lambda m: setattr(m.notice_signer, "name", "Người khác"),
        lambda m: setattr(m.previous_directives[0], "result", "Chưa xong."),
    ):
        changed = canonical.from_document(copy.deepcopy(version_2_doc))
        change(changed)
        assert canonical.fingerprint(changed) != first
