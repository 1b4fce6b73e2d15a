"""A DOCX file describes its meeting in its core properties (what File › Properties and a records office's
catalogue show), not python-docx's template of 2013."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest

from minutes_app import __version__, cli, documents, paths
from minutes_app.domain import canonical


@pytest.mark.parametrize("via", ["command line", "render"])
def test_docx_core_properties_describe_the_meeting(tmp_path, capsys, sample_document, via):
    """title = the meeting's title, author = the issuing body, created = modified = the meeting date, last
    modified by this program and version; nothing of python-docx or 2013 is left."""
    meeting = canonical.from_document(sample_document)
    if via == "command line":
        database = tmp_path / "minutes.sqlite3"
        assert cli.main(["--db", str(database), "import", str(paths.SAMPLE_MEETING)]) == 0
        target = tmp_path / "minutes.docx"
        assert cli.main(["--db", str(database), "export", "1", "-o", str(target), "--format", "docx"]) == 0
        capsys.readouterr()
        data = target.read_bytes()
    else:
        data = documents.render(meeting, fmt="docx")
    core = docx.Document(io.BytesIO(data)).core_properties
    assert core.title == meeting.title
    assert core.author == meeting.issuing_body
    assert core.created.date() == meeting.date == core.modified.date()
    assert core.last_modified_by == f"minutes_app {__version__}"
    assert core.created.year != 2013 and core.comments == "" and core.revision == 1
    assert b"python-docx" not in zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml")


def test_properties_follow_each_meeting(sample_document):
    """Another meeting, another body and date: the properties change with it, and stay one line."""
    document = dict(sample_document, meeting=dict(sample_document["meeting"]))
    document["meeting"].update(title="Hội nghị\nchuyên đề", issuing_body="", date="2021-03-08")
    meeting = canonical.from_document(document)
    core = docx.Document(io.BytesIO(documents.render(meeting, fmt="docx"))).core_properties
    assert core.title == "Hội nghị chuyên đề"
    assert core.author == meeting.parent_body
    assert core.created == dt.datetime(2021, 3, 8, tzinfo=core.created.tzinfo)
