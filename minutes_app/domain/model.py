"""The meeting and its parts as plain dataclasses, shared by every layer.

Ids of attendees, reports, contributions, votes and directives are strings local to one meeting (as in
the interchange format); the database id of the meeting itself is ``Meeting.id`` and is ``None`` until
the meeting is stored. Times are ``datetime.time`` and dates ``datetime.date`` so that rules never parse
strings; the interchange layer converts at the border.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Layout(StrEnum):
    STATE = "state"
    PARTY = "party"


class Group(StrEnum):
    MEMBER = "member"
    GUEST = "guest"
    PRESS = "press"


class Attendance(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class Status(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class Classification(StrEnum):
    """The secrecy mark (độ mật, ô 10a of Phụ lục I), printed under the number in the left column."""

    NONE = ""
    CONFIDENTIAL = "confidential"  # MẬT
    SECRET = "secret"  # TỐI MẬT
    TOP_SECRET = "top_secret"  # TUYỆT MẬT


class Circulation(StrEnum):
    """The circulation mark (ô 11 of Phụ lục I), boxed in the top margin over the right column.

    Version 1 of the interchange format kept "internal" among the classifications; it is a separate
    mark because a document may carry both (MẬT and XEM XONG TRẢ LẠI).
    """

    NONE = ""
    INTERNAL = "internal"  # LƯU HÀNH NỘI BỘ
    RETURN_AFTER_READING = "return_after_reading"  # XEM XONG TRẢ LẠI
    RETURN_AFTER_MEETING = "return_after_meeting"  # TRẢ LẠI SAU KHI HỌP


class DirectiveStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass
class Attendee:
    id: str
    name: str
    position: str = ""
    organization: str = ""
    group: Group = Group.MEMBER
    attendance: Attendance = Attendance.PRESENT
    reason: str = ""
    substitute_for: str = ""
    arrived: dt.time | None = None
    left: dt.time | None = None


@dataclass
class Report:
    id: str
    title: str
    presenter: str = ""
    time: dt.time | None = None
    content: str = ""


@dataclass
class Contribution:
    id: str
    content: str
    speaker: str = ""
    time: dt.time | None = None
    report: str = ""


@dataclass
class Vote:
    id: str
    subject: str
    in_favour: int = 0
    against: int = 0
    abstain: int = 0


@dataclass
class Directive:
    id: str
    content: str
    assignee: str = ""
    deadline: dt.date | None = None
    deadline_text: str = ""
    status: DirectiveStatus = DirectiveStatus.OPEN


@dataclass
class PreviousDirective:
    """A directive of an earlier meeting reviewed in this one ("Kết quả thực hiện kết luận kỳ trước").

    Its wording is copied in, so that these minutes stand alone when printed or exported; the source
    names the directive it reports on (the meeting by its archive-wide uid). ``result`` and ``status``
    are what was reported at this meeting; finalizing records them as a follow-up of the source.
    """

    id: str
    content: str
    source_meeting_uid: str = ""
    source_directive_id: str = ""
    source_meeting_title: str = ""
    source_meeting_date: dt.date | None = None
    source_number: str = ""
    assignee: str = ""
    deadline: dt.date | None = None
    deadline_text: str = ""
    result: str = ""
    status: DirectiveStatus | None = None


@dataclass
class FollowUp:
    """Progress on one of the meeting's directives, recorded after the meeting.

    Not part of the signed minutes: allowed on a finalized meeting and outside its fingerprint.
    ``reported_in`` is the uid of the meeting at which the progress was reported, if any.
    """

    directive: str
    date: dt.date
    status: DirectiveStatus
    note: str = ""
    reported_in: str = ""


@dataclass
class NoticeSigner:
    """Who signs the thông báo kết luận when it is not the chair in person ("TL. GIÁM ĐỐC / CHÁNH VĂN
    PHÒNG"); empty means the chair signs, as on the minutes."""

    authority: str = ""  # "", "T/M", "TM.", "T/L", "TL.", "KT.", "TUQ.", "Q."
    on_behalf_of: str = ""
    title: str = ""
    name: str = ""

    def is_empty(self) -> bool:
        return not (self.authority or self.on_behalf_of.strip() or self.title.strip() or self.name.strip())


NOTICE_AUTHORITIES: tuple[str, ...] = ("", "T/M", "TM.", "T/L", "TL.", "KT.", "TUQ.", "Q.")


@dataclass
class Meeting:
    title: str
    date: dt.date
    id: int | None = None
    layout: Layout = Layout.STATE
    parent_body: str = ""
    issuing_body: str = ""
    body_code: str = ""
    number: str = ""
    place_name: str = ""
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    location: str = ""
    agenda: str = ""
    documents: str = ""
    other_info: str = ""
    chair: str = ""
    secretary: str = ""
    classification: Classification = Classification.NONE
    circulation: Circulation = Circulation.NONE
    status: Status = Status.DRAFT
    conclusion: str = ""
    closing_note: str = ""
    copies: int | None = None
    recipients: list[str] = field(default_factory=list)
    notice_signer: NoticeSigner = field(default_factory=NoticeSigner)
    uid: str = ""
    attendees: list[Attendee] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    discussion: list[Contribution] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    previous_directives: list[PreviousDirective] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)

    def attendee(self, attendee_id: str) -> Attendee | None:
        """The attendee with that id, or None: references in the minutes are ids, looked up often."""
        return next((a for a in self.attendees if a.id == attendee_id), None)

    def report(self, report_id: str) -> Report | None:
        return next((r for r in self.reports if r.id == report_id), None)

    def items(self, kind: ItemKind) -> list:
        """The list of one kind of row, so that generic code (autosave, tables) needs no switch."""
        return getattr(self, kind.value)


class ItemKind(StrEnum):
    """The ordered collections of a meeting; values are the attribute and JSON key names."""

    ATTENDEES = "attendees"
    REPORTS = "reports"
    DISCUSSION = "discussion"
    VOTES = "votes"
    DIRECTIVES = "directives"
    PREVIOUS_DIRECTIVES = "previous_directives"

    @property
    def item_class(self) -> type:
        return _ITEM_CLASSES[self]


_ITEM_CLASSES: dict[ItemKind, type] = {
    ItemKind.ATTENDEES: Attendee,
    ItemKind.REPORTS: Report,
    ItemKind.DISCUSSION: Contribution,
    ItemKind.VOTES: Vote,
    ItemKind.DIRECTIVES: Directive,
    ItemKind.PREVIOUS_DIRECTIVES: PreviousDirective,
}

MEETING_FIELDS: tuple[str, ...] = tuple(
    f.name
    for f in dataclasses.fields(Meeting)
    if f.name not in {"id", "uid", "followups", *ItemKind.__members__.values()}
)
"""Scalar (recipients and notice signer too) fields of a meeting as stored; all but ``status`` may be
changed by one autosave write, since finalizing and reopening keep snapshots and go through their own
calls. ``uid`` is the archive's identity of the meeting and never changes once stored."""


def item_fields(kind: ItemKind) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind.item_class))


@dataclass(frozen=True)
class MeetingSummary:
    """One line of the archive: enough to list and filter without loading a whole meeting."""

    id: int
    date: dt.date
    title: str
    layout: Layout
    status: Status
    updated_at: str = ""


@dataclass(frozen=True)
class SearchHit:
    id: int
    date: dt.date
    title: str
    layout: Layout
    status: Status
    snippet: str
    rank: float = 0.0
