"""Who may fill a role of the minutes (chair, secretary, speaker, presenter, substitute), and typed names read.

The minutes refer to people by attendee id. A name typed into a person field is read here: an exact name,
else the letters found in exactly one name, accents and case ignored ("tuan" is Lý Văn Tuấn). The roles'
rules are the validation rules (rules.validate) seen from the field: only what can be true is offered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from minutes_app.domain.model import Attendance, Attendee, Meeting
from minutes_app.domain.vietnamese import fold
from minutes_app.messages import UserError


class PersonRole(StrEnum):
    SPEAKER = "speaker"
    PRESENTER = "presenter"
    CHAIR = "chair"
    SECRETARY = "secretary"
    SUBSTITUTE_FOR = "substitute_for"


_ABSENT_KEYS = {
    PersonRole.SPEAKER: "people.absent_speaker",
    PersonRole.PRESENTER: "people.absent_presenter",
    PersonRole.CHAIR: "people.absent_chair",
    PersonRole.SECRETARY: "people.absent_secretary",
}


def refusal(role: PersonRole, person: Attendee, holder: Attendee | None = None) -> UserError | None:
    """Why ``person`` cannot fill ``role`` (for ``holder``, the attendee whose substitute_for it is)."""
    if role != PersonRole.SUBSTITUTE_FOR:
        if person.attendance != Attendance.PRESENT:
            return UserError(_ABSENT_KEYS[role], name=person.name)
        return None
    if holder is not None and person.id == holder.id:
        return UserError("people.substitute_self", name=person.name)
    if person.attendance == Attendance.PRESENT:
        return UserError("people.substitute_for_present", name=person.name)
    if holder is not None and holder.attendance != Attendance.PRESENT:
        return UserError("people.substitute_absent", name=holder.name)
    return None


def candidates(meeting: Meeting | None, role: PersonRole, holder: Attendee | None = None) -> list[Attendee]:
    """The attendees who can fill ``role``, in protocol order: what a person field offers."""
    people = meeting.attendees if meeting is not None else []
    return [person for person in people if refusal(role, person, holder) is None]


@dataclass
class Reading:
    """What typed text names: ``person_id`` when it is clear ("" for an emptied field), else None.

    ``matches`` are the candidates the letters fit (two or more: the secretary must choose);
    ``problem`` says why nobody was chosen.
    """

    person_id: str | None
    matches: list[Attendee] = field(default_factory=list)
    problem: UserError | None = None


def read_person(
    meeting: Meeting | None, text: str, role: PersonRole, holder: Attendee | None = None
) -> Reading:
    """Read a typed name: an exact name first, then the one name containing the letters."""
    folded = fold(text.strip())
    if not folded:
        return Reading("")
    people = meeting.attendees if meeting is not None else []
    exact = [person for person in people if fold(person.name) == folded]
    found = exact or [person for person in people if folded in fold(person.name)]
    allowed = [person for person in found if refusal(role, person, holder) is None]
    if len(allowed) == 1:
        return Reading(allowed[0].id, allowed)
    if len(allowed) > 1:
        names = ", ".join(person.name for person in allowed)
        return Reading(
            None, allowed, UserError("people.ambiguous", text=text.strip(), count=len(allowed), names=names)
        )
    if found:
        return Reading(None, [], refusal(role, found[0], holder))
    return Reading(None, [], UserError("people.unknown", text=text.strip()))
