"""The next meeting from this one: the same people and bodies, and last period's unfinished directives.

One function for the window's "new meeting from this one" and the command line's `new --from`, so both
copy the same things (CLI.md): the attendees (all present again, times cleared), parent and issuing
body, body code, layout, place name, recipients, chair and secretary, and the title to start from.
With ``carry`` every directive still open or in progress becomes an item of the new meeting's
"Kết quả thực hiện kết luận kỳ trước", to be reported on with a result and a status.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable

from minutes_app.domain.model import (
    Attendance,
    Directive,
    DirectiveStatus,
    FollowUp,
    Layout,
    Meeting,
    PreviousDirective,
)
from minutes_app.domain.register import PENDING, current_status, followups_of

ITEM_PREFIX = "p"
MINUTES_TYPE_CODE = "BB"


def source_number(meeting: Meeting) -> str:
    """The minutes' number and ký hiệu as printed ("12-BB/BTGTU", "05/BB-SNV"); "" when not numbered."""
    number = meeting.number.strip()
    if not number:
        return ""
    code = meeting.body_code.strip()
    if meeting.layout == Layout.PARTY:
        return f"{number}-{MINUTES_TYPE_CODE}" + (f"/{code}" if code else "")
    if number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"
    return f"{number}/{MINUTES_TYPE_CODE}" + (f"-{code}" if code else "")


def previous_directive(source: Meeting, directive: Directive, item_id: str) -> PreviousDirective:
    """A directive of ``source`` as an item to review: its words, unit and deadline copied in, so that
    the new minutes stand alone, and its source named by the meeting's uid and the directive's id."""
    return PreviousDirective(
        id=item_id,
        content=directive.content,
        source_meeting_uid=source.uid,
        source_directive_id=directive.id,
        source_meeting_title=source.title,
        source_meeting_date=source.date,
        source_number=source_number(source),
        assignee=directive.assignee,
        deadline=directive.deadline,
        deadline_text=directive.deadline_text,
    )


def free_ids(taken: Iterable[str], count: int) -> list[str]:
    """``count`` item ids "p1", "p2", … that ``taken`` does not use yet."""
    used = set(taken)
    found: list[str] = []
    number = 1
    while len(found) < count:
        candidate = f"{ITEM_PREFIX}{number}"
        if candidate not in used:
            found.append(candidate)
        number += 1
    return found


def unfinished(source: Meeting) -> list[Directive]:
    """The directives whose current status (latest follow-up, else their own) is open or in progress."""
    return [
        directive
        for directive in source.directives
        if current_status(directive, followups_of(directive.id, source.followups)) in PENDING
    ]


def carry_over(source: Meeting, taken_ids: Iterable[str] = ()) -> list[PreviousDirective]:
    """Every unfinished directive of ``source`` as an item to review, result and status still empty."""
    directives = unfinished(source)
    ids = free_ids(taken_ids, len(directives))
    return [
        previous_directive(source, directive, item_id)
        for directive, item_id in zip(directives, ids, strict=True)
    ]


def meeting_from(previous: Meeting, today: dt.date | None = None, *, carry: bool = True) -> Meeting:
    """A new draft after ``previous``: what CLI.md says `new --from` copies, nothing said yet.

    Attendance, reasons, substitutes and times belong to one session and are reset; the content
    (agenda, reports, discussion, votes, directives, conclusion) starts empty.
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
        chair=previous.chair,
        secretary=previous.secretary,
        recipients=list(previous.recipients),
        attendees=attendees,
        previous_directives=carry_over(previous) if carry else [],
    )


def reviews(meeting: Meeting) -> list[tuple[str, FollowUp]]:
    """What finalizing ``meeting`` records: (source meeting uid, follow-up of the source directive) for
    each reviewed item that was given a status, dated the meeting's day and reported in it."""
    found = []
    for item in meeting.previous_directives:
        if item.status is None or not item.source_meeting_uid or not item.source_directive_id:
            continue
        entry = FollowUp(
            directive=item.source_directive_id,
            date=meeting.date,
            status=DirectiveStatus(item.status),
            note=item.result,
            reported_in=meeting.uid,
        )
        found.append((item.source_meeting_uid, entry))
    return found
