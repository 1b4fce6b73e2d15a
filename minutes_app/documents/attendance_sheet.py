"""Danh sách đại biểu: the sign-in sheet, one row per invited person, printable before the meeting."""

from __future__ import annotations

import dataclasses

from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Document, Table
from minutes_app.documents.minutes import furniture, labelled, title_blocks
from minutes_app.domain.model import Meeting


def _role(position: str, organization: str) -> str:
    return ", ".join(part for part in (" ".join(position.split()), " ".join(organization.split())) if part)


def build(meeting: Meeting) -> Document:
    """Same header as the minutes, the title, time and place, then STT | Họ và tên | Chức vụ, đơn vị | Ký tên."""
    layout = meeting.layout
    blocks = title_blocks(f.ATTENDANCE, meeting.title)
    blocks.append(labelled("body", f.wording(layout, "time"), f.start_phrase(meeting) + ".")[0])
    blocks += labelled("body", f.LOCATION, meeting.location, close=True)
    rows = tuple(
        (str(index), " ".join(person.name.split()), _role(person.position, person.organization), "")
        for index, person in enumerate(meeting.attendees, start=1)
    )
    header = f.header(meeting, f.TYPE_CODES["attendance"], dated=False)
    return Document(
        layout=layout,
        header=dataclasses.replace(header, number=""),
        blocks=tuple(blocks),
        table=Table(f.ATTENDANCE_COLUMNS, rows),
        title=f"{f.ATTENDANCE} {' '.join(meeting.title.split())}",
        **furniture(meeting),
    )
