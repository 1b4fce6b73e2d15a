"""A DOCX file's own description (File › Properties in Word): the meeting's, not python-docx's template.

python-docx starts from a template whose core properties say "python-docx" wrote it on 23 December
2013; a secretary's file list and a records office's catalogue read those. Here they describe the
meeting: its title, the issuing body as author, the meeting date as created (and modified, so that the
same meeting gives the same bytes), the document kind as subject, and this program as last modifier.
The extended properties (docProps/app.xml) name this program and the organisation instead of the
template's "Microsoft Macintosh Word", one page and no words; the template's thumbnail is dropped.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

from minutes_app import __version__
from minutes_app.domain.model import Meeting

MAX_LENGTH = 255  # Word shows and keeps at most this many characters of a core property
APPLICATION = "minutes_app"
PROGRAM = f"{APPLICATION} {__version__}"
_ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest date a zip entry can carry
_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


@dataclass(frozen=True)
class FileProperties:
    title: str = ""
    author: str = ""
    subject: str = ""
    created: dt.datetime | None = None
    company: str = ""  # the organisation: Word shows it as Company in File › Properties


def _one_line(value: str) -> str:
    return " ".join(value.split())[:MAX_LENGTH]


def of(meeting: Meeting, subject: str = "") -> FileProperties:
    """The properties of a document of ``meeting`` (``subject``: what the document is, e.g. its title)."""
    return FileProperties(
        title=_one_line(meeting.title),
        author=_one_line(meeting.issuing_body or meeting.parent_body),
        subject=_one_line(subject),
        created=dt.datetime.combine(meeting.date, dt.time()),
        company=organisation(meeting),
    )


def organisation(meeting: Meeting) -> str:
    """The issuing body with the body it belongs to ("Ban Tuyên giáo, Tỉnh ủy Bắc Kạn"), as far as known."""
    return _one_line(
        ", ".join(part.strip() for part in (meeting.issuing_body, meeting.parent_body) if part.strip())
    )


def app_version(version: str = __version__) -> str:
    """The version as ISO/IEC 29500 wants AppVersion, XX.YYYY: 0.1.0 is 00.0100, 1.12.3 is 01.1203."""
    major, minor, patch = ([int(number) for number in re.findall(r"\d+", version)] + [0, 0, 0])[:3]
    return f"{major:02d}.{minor % 100:02d}{patch % 100:02d}"


def extended_xml(properties: FileProperties | None, *, clean) -> bytes:
    """docProps/app.xml: this program and its version, and the organisation when it is known."""
    company = clean((properties or FileProperties()).company)
    fields = [("Application", APPLICATION), ("AppVersion", app_version()), ("DocSecurity", "0")]
    if company:
        fields.append(("Company", company))
    body = "".join(f"<{name}>{escape(value)}</{name}>" for name, value in fields)
    text = f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Properties xmlns=\"{_EXTENDED}\">{body}</Properties>"
    return text.encode("utf-8")


def apply_extended(package, properties: FileProperties | None, *, clean) -> None:
    """Replace the template's docProps/app.xml in python-docx's ``package`` and drop its thumbnail."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    for key, relation in list(package.rels.items()):
        if relation.reltype in (RELATIONSHIP_TYPE.EXTENDED_PROPERTIES, RELATIONSHIP_TYPE.THUMBNAIL):
            del package.rels[key]
    part = Part(
        PackURI("/docProps/app.xml"),
        CONTENT_TYPE.OFC_EXTENDED_PROPERTIES,
        extended_xml(properties, clean=clean),
        package,
    )
    package.relate_to(part, RELATIONSHIP_TYPE.EXTENDED_PROPERTIES)


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


def save(doc, handle, properties: FileProperties | None) -> None:
    """Write python-docx's ``doc`` into ``handle`` with every zip entry dated by the document itself.

    python-docx stamps each entry with the time of saving, so two exports of one meeting differed in
    the bytes of those stamps: a file piped out and one written to disk, or this year's copy and last
    year's, would not compare equal. The meeting's date (or the zip format's first day) stands instead.
    """
    buffer = io.BytesIO()
    doc.save(buffer)
    created = (properties or FileProperties()).created
    stamp = max(created, _ZIP_EPOCH) if created is not None else _ZIP_EPOCH
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info))
