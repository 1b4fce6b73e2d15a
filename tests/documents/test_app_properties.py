"""A DOCX names this program and the organisation in docProps/app.xml, with nothing left of the template."""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import time
import zipfile
from xml.etree import ElementTree

import pytest

from minutes_app import __version__, documents
from minutes_app.documents import file_properties, register_report
from minutes_app.domain.register import RegisterFilter, entries_of

EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
TEMPLATE_VALUES = ("Microsoft", "Normal.dotm", "<Pages>", "<Words>", "TitlesOfParts", "<Template>")


def _extended(data: bytes) -> tuple[dict[str, str], zipfile.ZipFile]:
    package = zipfile.ZipFile(io.BytesIO(data))
    root = ElementTree.fromstring(package.read("docProps/app.xml"))
    return {child.tag.removeprefix(EXTENDED): child.text or "" for child in root}, package


def _assert_ours(data: bytes, company: str | None) -> None:
    fields, package = _extended(data)
    assert fields["Application"] == "minutes_app"
    assert re.fullmatch(r"\d\d\.\d{4}", fields["AppVersion"])
    assert fields["AppVersion"] == file_properties.app_version(__version__)
    assert fields.get("Company") == company
    text = package.read("docProps/app.xml").decode("utf-8")
    assert not any(value in text for value in TEMPLATE_VALUES), text
    assert not any("thumbnail" in name for name in package.namelist())
    assert "thumbnail" not in package.read("_rels/.rels").decode("utf-8")
    assert "jpeg" not in package.read("[Content_Types].xml").decode("utf-8")


@pytest.mark.parametrize("document", ["minutes", "attendance", "conclusion"])
def test_each_document_names_the_program_and_the_organisation(meeting, document):
    """Application minutes_app, its version as XX.YYYY, Company the issuing body with its parent body."""
    data = documents.render(meeting, document, "docx")
    _assert_ours(data, f"{meeting.issuing_body}, {meeting.parent_body}")


def test_no_company_when_the_meeting_names_no_body(meeting):
    """A meeting without bodies leaves Company out instead of printing the template's or an empty one."""
    meeting.issuing_body = meeting.parent_body = "  "
    _assert_ours(documents.render(meeting, fmt="docx"), None)


def test_markup_in_the_body_name_stays_text(meeting):
    """ "<" and "&" in a body's name are escaped: the part is well-formed and says what was typed."""
    meeting.issuing_body, meeting.parent_body = "BAN <A> & B", ""
    fields, _ = _extended(documents.render(meeting, fmt="docx"))
    assert fields["Company"] == "BAN <A> & B"


def test_the_register_report_names_the_newest_meetings_body(meeting):
    """The register report's DOCX is described like the minutes."""
    stored = copy.deepcopy(meeting)
    stored.id, stored.uid = 4, "uid"
    today = dt.date(2023, 1, 10)
    report = register_report.RegisterReport(tuple(entries_of(stored, today)), stored, RegisterFilter(), today)
    _assert_ours(register_report.render(report, "docx"), f"{meeting.issuing_body}, {meeting.parent_body}")


def test_the_version_reads_as_the_standard_wants():
    """ISO/IEC 29500 AppVersion is XX.YYYY: major, then minor and patch in two digits each."""
    assert file_properties.app_version("0.1.0") == "00.0100"
    assert file_properties.app_version("1.12.3") == "01.1203"
    assert file_properties.app_version("2.0") == "02.0000"


@pytest.mark.parametrize("document", ["minutes", "attendance", "conclusion"])
def test_one_meeting_gives_the_same_bytes_whenever_it_is_saved(meeting, document, monkeypatch):
    """Every zip entry carries the meeting's date, never the time of saving: an export an hour later (or
    piped out a second after the file was written) is byte for byte the same."""
    first = documents.render(meeting, document, "docx")
    later = time.time() + 3600
    monkeypatch.setattr(time, "time", lambda: later)
    assert documents.render(meeting, document, "docx") == first
    stamps = {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()}
    assert stamps == {(meeting.date.year, meeting.date.month, meeting.date.day, 0, 0, 0)}


def test_a_date_before_the_zip_format_is_stamped_on_its_first_day(meeting):
    """Zip entries cannot be dated before 1980: an old meeting's entries carry 1 January 1980."""
    meeting.date = dt.date(1975, 4, 30)
    stamps = {
        info.date_time
        for info in zipfile.ZipFile(io.BytesIO(documents.render(meeting, fmt="docx"))).infolist()
    }
    assert stamps == {(1980, 1, 1, 0, 0, 0)}
