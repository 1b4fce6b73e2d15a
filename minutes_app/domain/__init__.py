"""The meeting, its rules and Vietnamese text handling: plain Python, shared by every other layer."""

from minutes_app.domain.model import (
    Attendance,
    Attendee,
    Classification,
    Contribution,
    Directive,
    DirectiveStatus,
    Group,
    ItemKind,
    Layout,
    Meeting,
    MeetingSummary,
    Report,
    SearchHit,
    Status,
    Vote,
)

__all__ = [
    "Attendance",
    "Attendee",
    "Classification",
    "Contribution",
    "Directive",
    "DirectiveStatus",
    "Group",
    "ItemKind",
    "Layout",
    "Meeting",
    "MeetingSummary",
    "Report",
    "SearchHit",
    "Status",
    "Vote",
]
