"""New meetings: a blank one from the settings' defaults, or the next session of a recurring meeting."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

from minutes_app.domain import Attendance, Meeting
from minutes_app.gui.settings import Settings


def blank_meeting(title: str, settings: Settings, today: dt.date | None = None) -> Meeting:
    return Meeting(
        title=title,
        date=today or dt.date.today(),
        layout=settings.layout,
        parent_body=settings.parent_body,
        issuing_body=settings.issuing_body,
        body_code=settings.body_code,
        place_name=settings.place_name,
    )


def meeting_from(previous: Meeting, today: dt.date | None = None) -> Meeting:
    """The same people, bodies and layout, nothing said yet: everyone is marked present again.

    Attendance, reasons, substitutes and arrival times belong to one session, so they are reset; the
    content (agenda, reports, discussion, votes, directives, conclusion) starts empty.
    """
    attendees = copy.deepcopy(previous.attendees)
    for person in attendees:
        person.attendance = Attendance.PRESENT
        person.reason = ""
        person.substitute_for = ""
        person.arrived = None
        person.left = None
    return Meeting(
        title=previous.title,
        date=today or dt.date.today(),
        layout=previous.layout,
        parent_body=previous.parent_body,
        issuing_body=previous.issuing_body,
        body_code=previous.body_code,
        place_name=previous.place_name,
        location=previous.location,
        chair=previous.chair,
        secretary=previous.secretary,
        classification=previous.classification,
        circulation=previous.circulation,
        notice_signer=dataclasses.replace(previous.notice_signer),
        closing_note=previous.closing_note,
        copies=previous.copies,
        recipients=list(previous.recipients),
        attendees=attendees,
    )
