"""A DOCX file's own description (File › Properties in Word): the meeting's, not python-docx's template.

python-docx starts from a template whose core properties say "python-docx" wrote it on 23 December
2013; a secretary's file list and a records office's catalogue read those. Here they describe the
meeting: its title, the issuing body as author, the meeting date as created (and modified, so that the
same meeting gives the same bytes), the document kind as subject, and this program as last modifier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minutes_app import __version__
from minutes_app.domain.model import Meeting

MAX_LENGTH = 255  # Word shows and keeps at most this many characters of a core property
PROGRAM = f"minutes_app {__version__}"


@dataclass(frozen=True)
class FileProperties:
    title: str = ""
    author: str = ""
    subject: str = ""
    created: dt.datetime | None = None


def _one_line(value: str) -> str:
    return " ".join(value.split())[:MAX_LENGTH]


def of(meeting: Meeting, subject: str = "") -> FileProperties:
    """The properties of a document of ``meeting`` (``subject``: what the document is, e.g. its title)."""
    return FileProperties(
        title=_one_line(meeting.title),
        author=_one_line(meeting.issuing_body or meeting.parent_body),
        subject=_one_line(subject),
        created=dt.datetime.combine(meeting.date, dt.time()),
    )


def apply(core, properties: FileProperties | None, *, clean) -> None:
    """Write ``properties`` into python-docx's ``core_properties``; ``clean`` makes text safe for XML.

    Every template value is replaced, so nothing of 2013 or of python-docx is left in the file.
    """
    properties = properties or FileProperties()
    core.title = clean(properties.title)
    core.author = clean(properties.author)
    core.subject = clean(properties.subject)
    core.last_modified_by = PROGRAM
    core.comments = ""
    core.keywords = ""
    core.category = ""
    core.language = "vi-VN"
    core.revision = 1
    if properties.created is not None:
        core.created = properties.created
        core.modified = properties.created
