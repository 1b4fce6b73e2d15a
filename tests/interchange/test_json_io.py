"""JSON import and export: schema errors name the path, text is kept, export is stable."""

import json
import unicodedata

import pytest

from minutes_app import interchange
from minutes_app.interchange.json_io import loads
from minutes_app.messages import UserError


def _error(document) -> str:
    with pytest.raises(UserError) as caught:
        interchange.parse_document(document)
    return str(caught.value)


def test_export_import_export_gives_the_same_document(sample_meeting):
    """Other tools rely on a stable document: a round trip changes nothing."""
    first = interchange.dumps(sample_meeting)
    assert interchange.dumps(loads(first)) == first


def test_exported_document_validates_against_schema(sample_meeting):
    """What we write is what the schema describes (format_version 2, required keys)."""
    document = json.loads(interchange.dumps(sample_meeting))
    assert document["format_version"] == 2
    interchange.parse_document(document)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["attendees"][3].update(attendance="maybe"), "attendees[3].attendance"),
        (lambda d: d["meeting"].pop("title"), "meeting"),
        (lambda d: d["meeting"].update(date="20/09/2022"), "meeting.date"),
        (lambda d: d["meeting"].update(start_time="8h"), "meeting.start_time"),
        (
            lambda d: d["votes"].append(
                {"id": "v1", "subject": "x", "in_favour": -1, "against": 0, "abstain": 0}
            ),
            "votes[0].in_favour",
        ),
        (lambda d: d.update(format_version=3), "format_version"),
        (lambda d: d["discussion"][1].update(speaker="ghost"), "discussion[1].speaker"),
        (lambda d: d["discussion"][1].update(report="r9"), "discussion[1].report"),
        (lambda d: d["attendees"][1].update(id="a1"), "attendees[1].id"),
        (lambda d: d["meeting"].update(chair="a99"), "meeting.chair"),
        (lambda d: d["meeting"].update(agenda="x\u0000y"), "meeting.agenda"),
    ],
)
def test_bad_documents_name_the_json_path(sample_doc, change, where):
    """Each kind of bad input names where in the document it is."""
    change(sample_doc)
    assert where in _error(sample_doc)


def test_not_a_meeting_at_all():
    """A JSON array, or an object of something else, is refused with a message."""
    assert "meeting" in _error({"hello": 1}) or "format_version" in _error({"hello": 1})
    assert _error([1, 2, 3])


def test_unknown_x_keys_are_accepted(sample_doc):
    """Writers may add x_ keys; readers ignore them."""
    sample_doc["x_tool"] = {"v": 1}
    sample_doc["meeting"]["x_note"] = "n"
    sample_doc["attendees"][0]["x_seat"] = 3
    assert interchange.parse_document(sample_doc).attendees[0].name == "Trần Thị Lộc"


def test_invalid_json_reports_line_and_column(tmp_path):
    """A hand-edited file with a slip says where the slip is."""
    path = tmp_path / "bad.json"
    path.write_text('{"format_version": 1,\n "meeting": {,}\n}', encoding="utf-8")
    with pytest.raises(UserError) as caught:
        interchange.read_meeting(path)
    assert "dòng 2" in str(caught.value)


def test_missing_and_non_utf8_files(tmp_path):
    """Files that are absent or not UTF-8 get their own message."""
    with pytest.raises(UserError, match="Không tìm thấy"):
        interchange.read_meeting(tmp_path / "none.json")
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"t": "Đảng"}'.encode("utf-16"))
    with pytest.raises(UserError):
        interchange.read_meeting(latin)


def test_hostile_text_survives_verbatim(sample_doc):
    """Markup, entities, emoji and a 100,000-character field come back exactly (NFC)."""
    hostile = '<b>x</b> &amp; <img src="file:///etc/passwd"> 🎉👩‍👩‍👧 \t' + unicodedata.normalize(
        "NFD", "Đảng ủy"
    )
    sample_doc["meeting"]["agenda"] = hostile
    sample_doc["reports"][0]["content"] = "x" * 100_000
    meeting = interchange.parse_document(sample_doc)
    again = json.loads(interchange.dumps(meeting))
    assert again["meeting"]["agenda"] == unicodedata.normalize("NFC", hostile)
    assert len(again["reports"][0]["content"]) == 100_000


def test_write_meeting_is_atomic_and_leaves_no_temporary_file(sample_meeting, tmp_path):
    """The target holds the whole document; no .part file remains beside it."""
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    interchange.write_meeting(sample_meeting, target)
    assert json.loads(target.read_text(encoding="utf-8"))["meeting"]["title"].startswith("Hội nghị")
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_failed_write_keeps_the_old_file(sample_meeting, tmp_path, monkeypatch):
    """A write that fails midway (disk full at fsync) leaves the previous file intact and no debris."""
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("minutes_app.atomic.os.fsync", disk_full)
    with pytest.raises(UserError, match="No space left"):
        interchange.write_meeting(sample_meeting, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_exported_file_gets_ordinary_permissions(sample_meeting, tmp_path):
    """An export is readable by others as any saved file is (umask), not private like a temporary file."""
    import os

    mask = os.umask(0o022)
    try:
        interchange.write_meeting(sample_meeting, tmp_path / "new.json")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "kept.json"
    kept.write_text("x", encoding="utf-8")
    kept.chmod(0o600)
    interchange.write_meeting(sample_meeting, kept)
    assert kept.stat().st_mode & 0o777 == 0o600


def test_text_over_its_limit_names_the_path_and_the_limit(sample_doc):
    """Every text field has a documented maximum; going over it names the field and the limit."""
    sample_doc["meeting"]["agenda"] = "x" * 20_001
    said = _error(sample_doc)
    assert "meeting.agenda" in said and "20.000" in said and "xxxxxxxx" not in said


def test_version_2_document_round_trips_byte_identically(version_2_doc):
    """A document with every version 2 addition is written back byte for byte."""
    text = interchange.dumps(interchange.parse_document(version_2_doc))
    assert interchange.dumps(interchange.parse_document(json.loads(text))) == text
    assert json.loads(text)["followups"][1]["reported_in"].startswith("7d3e5c1a")


def test_followup_of_an_unknown_directive_is_refused(sample_doc):
    """A follow-up names a directive of its own document; anything else is a usage error with its path."""
    sample_doc["followups"] = [{"directive": "nope", "date": "2022-10-01", "status": "done"}]
    assert "followups[0].directive" in _error(sample_doc)
