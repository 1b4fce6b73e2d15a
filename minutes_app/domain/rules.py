"""Rules of a meeting: the attendance sentence the minutes print, and validation with readable messages."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from minutes_app import messages
from minutes_app.domain.model import Attendance, Attendee, Group, ItemKind, Meeting, Vote
from minutes_app.domain.vietnamese import fold, time_phrase


@dataclass(frozen=True)
class AttendanceCount:
    """Counts over official members only; guests and press are listed apart and never counted."""

    total: int
    present: int
    excused: list[Attendee]
    absent: list[Attendee]


def members(meeting: Meeting) -> list[Attendee]:
    return [a for a in meeting.attendees if a.group == Group.MEMBER]


def count_attendance(meeting: Meeting) -> AttendanceCount:
    official = members(meeting)
    return AttendanceCount(
        total=len(official),
        present=sum(a.attendance == Attendance.PRESENT for a in official),
        excused=[a for a in official if a.attendance == Attendance.EXCUSED],
        absent=[a for a in official if a.attendance == Attendance.ABSENT],
    )


def vote_total(vote: Vote) -> int:
    return vote.in_favour + vote.against + vote.abstain


def votes_over_present(meeting: Meeting) -> list[Vote]:
    """Votes with more ballots than members present: a miscount to settle before the minutes are signed.

    Only members vote; guests and the press are not counted, as in the attendance sentence.
    """
    present = count_attendance(meeting).present
    return [vote for vote in meeting.votes if vote_total(vote) > present]


def _comrade(attendee: Attendee) -> str:
    return f"đồng chí {attendee.name}"


def attendance_sentence(meeting: Meeting) -> str:
    """The counted sentence of Thành phần, with substitutes, late arrivals and early departures.

    Only fixed formulas are added around the secretary's own words (HD 16: the note-taker does not
    comment), e.g. "Có mặt: 12/13 đồng chí; vắng mặt: 1 đồng chí (có lý do: đồng chí Triệu Văn Đức -
    đi công tác). Đồng chí Hà Thị Bích dự thay đồng chí Triệu Văn Đức."
    """
    counts = count_attendance(meeting)
    if counts.total == 0:
        return ""
    missing = len(counts.excused) + len(counts.absent)
    sentence = f"Có mặt: {counts.present}/{counts.total} đồng chí"
    if missing:
        parts = []
        if counts.excused:
            names = "; ".join(
                _comrade(a) + (f" - {a.reason.strip()}" if a.reason.strip() else "") for a in counts.excused
            )
            parts.append(f"có lý do: {names}")
        if counts.absent:
            parts.append("không có lý do: " + "; ".join(_comrade(a) for a in counts.absent))
        sentence += f"; vắng mặt: {missing} đồng chí ({'; '.join(parts)})"
    sentences = [sentence + "."]
    for person in meeting.attendees:
        if person.substitute_for and person.attendance == Attendance.PRESENT:
            stood_for = meeting.attendee(person.substitute_for)
            if stood_for is not None:
                sentences.append(f"Đồng chí {person.name} dự thay {_comrade(stood_for)}.")
    for person in members(meeting):
        if person.attendance != Attendance.PRESENT:
            continue
        if person.arrived is not None:
            sentences.append(f"Đồng chí {person.name} đến muộn, có mặt lúc {time_phrase(person.arrived)}.")
        if person.left is not None:
            sentences.append(f"Đồng chí {person.name} về sớm lúc {time_phrase(person.left)}.")
    return " ".join(sentences)


# What a typed closing note says that would make a generated sentence a repetition (folded text).
_SAYS_END = re.compile(r"\bket thuc\b.{0,20}?\b(hoi|luc)\b\s*\d")
_SAYS_COPIES = re.compile(r"\blap thanh\s+(\d+|\w+)\s+ban\b")


@dataclass(frozen=True)
class ClosingFormulas:
    """The sentences the minutes add around the typed closing note; empty when not given or already typed."""

    ended: str = ""  # before the note: "Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày."
    copies: str = ""  # after the note: "Biên bản được lập thành 02 bản."

    def __iter__(self):
        return iter(text for text in (self.ended, self.copies) if text)


def closing_formulas(meeting: Meeting) -> ClosingFormulas:
    """What is typed prints once: a fixed sentence is added only when the closing note does not say it."""
    said = " ".join(fold(meeting.closing_note or "").split())
    ended = ""
    if meeting.end_time is not None and not _SAYS_END.search(said):
        ended = f"Hội nghị kết thúc vào hồi {time_phrase(meeting.end_time)} cùng ngày."
    copies = ""
    if meeting.copies and not _SAYS_COPIES.search(said):
        copies = f"Biên bản được lập thành {meeting.copies:02d} bản."
    return ClosingFormulas(ended, copies)


@dataclass(frozen=True)
class Problem:
    """One validation failure: where (a JSON-style path) and a message key with its parameters."""

    where: str
    key: str
    params: dict

    def __str__(self) -> str:
        return messages.text(self.key, where=self.where, **self.params)


def check_text(problems: list[Problem], where: str, value: object) -> None:
    """Add a problem for every text holding NUL, which no document can print or store faithfully."""
    if isinstance(value, str) and "\x00" in value:
        problems.append(Problem(where, "rule.nul", {}))
    elif isinstance(value, list):
        for index, entry in enumerate(value):
            check_text(problems, f"{where}[{index}]", entry)
    elif dataclasses.is_dataclass(value):
        for name, entry in vars(value).items():
            check_text(problems, f"{where}.{name}", entry)


def validate(meeting: Meeting) -> list[Problem]:
    """Everything that would make the minutes wrong or unstorable; empty when the meeting is sound."""
    problems: list[Problem] = []
    lists = {kind.value for kind in ItemKind} | {"followups"}
    for name, value in vars(meeting).items():
        if name not in lists:
            check_text(problems, f"meeting.{name}", value)
    check_text(problems, "followups", meeting.followups)
    if not meeting.title.strip():
        problems.append(Problem("meeting.title", "rule.empty", {}))

    for kind in ItemKind:
        seen: set[str] = set()
        for index, item in enumerate(meeting.items(kind)):
            where = f"{kind.value}[{index}]"
            for name, value in vars(item).items():
                check_text(problems, f"{where}.{name}", value)
            if not item.id:
                problems.append(Problem(f"{where}.id", "rule.empty", {}))
            elif item.id in seen:
                problems.append(Problem(f"{where}.id", "rule.duplicate_id", {"id": item.id}))
            seen.add(item.id)

    ids = {a.id for a in meeting.attendees}
    for role, key in (("chair", "rule.chair_absent"), ("secretary", "rule.secretary_absent")):
        ref = getattr(meeting, role)
        if not ref:
            continue
        person = meeting.attendee(ref)
        if person is None:
            problems.append(Problem(f"meeting.{role}", "rule.unknown_attendee", {"id": ref}))
        elif person.attendance != Attendance.PRESENT:
            problems.append(Problem(f"meeting.{role}", key, {}))

    for index, person in enumerate(meeting.attendees):
        if not person.substitute_for:
            continue
        where = f"attendees[{index}].substitute_for"
        stood_for = meeting.attendee(person.substitute_for)
        if stood_for is None:
            problems.append(Problem(where, "rule.unknown_attendee", {"id": person.substitute_for}))
        elif stood_for is person:
            problems.append(Problem(where, "rule.substitute_self", {}))
        elif stood_for.attendance == Attendance.PRESENT:
            problems.append(Problem(where, "rule.substitute_for_present", {"name": person.name}))
        elif person.attendance != Attendance.PRESENT:
            problems.append(Problem(where, "rule.substitute_absent", {}))

    report_ids = {r.id for r in meeting.reports}
    for index, report in enumerate(meeting.reports):
        if report.presenter and report.presenter not in ids:
            problems.append(
                Problem(f"reports[{index}].presenter", "rule.unknown_attendee", {"id": report.presenter})
            )
    for index, entry in enumerate(meeting.discussion):
        if entry.speaker and entry.speaker not in ids:
            problems.append(
                Problem(f"discussion[{index}].speaker", "rule.unknown_attendee", {"id": entry.speaker})
            )
        if entry.report and entry.report not in report_ids:
            problems.append(
                Problem(f"discussion[{index}].report", "rule.unknown_report", {"id": entry.report})
            )
    for index, vote in enumerate(meeting.votes):
        for name in ("in_favour", "against", "abstain"):
            if getattr(vote, name) < 0:
                problems.append(Problem(f"votes[{index}].{name}", "rule.negative", {}))

    directive_ids = {d.id for d in meeting.directives}
    for index, entry in enumerate(meeting.followups):
        if entry.directive not in directive_ids:
            problems.append(
                Problem(f"followups[{index}].directive", "rule.unknown_directive", {"id": entry.directive})
            )

    if meeting.start_time and meeting.end_time and meeting.end_time <= meeting.start_time:
        problems.append(Problem("meeting.end_time", "rule.end_before_start", {}))
    return problems
