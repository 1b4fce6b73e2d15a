"""Printed documents of a meeting (biên bản, danh sách đại biểu, thông báo kết luận) as PDF or DOCX.

``render`` is the one entry point the window and the command line use; it takes domain objects only and
never imports Qt.
"""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Callable
from typing import BinaryIO

from minutes_app.atomic import atomic_output
from minutes_app.documents import attendance_sheet, conclusion_notice, file_properties, minutes
from minutes_app.documents.blocks import Document
from minutes_app.domain.canonical import normalize
from minutes_app.domain.model import Meeting
from minutes_app.messages import UserError
from minutes_app.outputs import is_private

DOCUMENTS: dict[str, Callable[[Meeting], Document]] = {
    "minutes": minutes.build,
    "attendance": attendance_sheet.build,
    "conclusion": conclusion_notice.build,
}
FORMATS = ("pdf", "docx")


def build(meeting: Meeting, document: str = "minutes") -> Document:
    """The neutral content of one document; the meeting is read in NFC whatever it holds."""
    if document not in DOCUMENTS:
        raise UserError("documents.unknown", document=document)
    meeting = normalize(meeting)
    content = DOCUMENTS[document](meeting)
    return dataclasses.replace(content, properties=file_properties.of(meeting, subject=content.title))


def _write(content: Document, fmt: str, handle: BinaryIO, invariant: bool) -> None:
    if fmt == "pdf":
        from minutes_app.documents.pdf import write_pdf

        write_pdf(content, handle, invariant=invariant)
    else:
        from minutes_app.documents.docx_minutes import write_docx

        write_docx(content, handle)


def render(
    meeting: Meeting,
    document: str = "minutes",
    fmt: str = "pdf",
    target: str | os.PathLike | BinaryIO | None = None,
    *,
    invariant: bool = True,
) -> bytes | None:
    """Render one document of a meeting into ``target`` (a path, written atomically, or a binary handle).

    Without a target the bytes are returned. ``invariant`` keeps PDF bytes stable for the same meeting.
    """
    if fmt not in FORMATS:
        raise UserError("documents.format_unknown", format=fmt)
    content = build(meeting, document)
    if target is None:
        buffer = io.BytesIO()
        _write(content, fmt, buffer, invariant)
        return buffer.getvalue()
    if isinstance(target, str | os.PathLike):
        try:
            with atomic_output(target, private=is_private(meeting)) as handle:
                _write(content, fmt, handle, invariant)
        except OSError as error:
            raise UserError(
                "file.cannot_write", path=os.fspath(target), detail=error.strerror or error
            ) from error
        return None
    _write(content, fmt, target, invariant)
    return None


__all__ = ["DOCUMENTS", "FORMATS", "build", "render"]
