"""The directive register (sổ theo dõi thực hiện kết luận): what each directive's progress means today.

The stored facts are a directive, its deadline and its dated follow-ups; everything here is derived
from them: the current status (the latest follow-up's, else the directive's own), the date a spoken
deadline allows, overdue, and the category offices report in (REGISTER.md, after Quyết định
42/2014/QĐ-TTg): done on time, done late, in progress on time, in progress overdue, not done.
Storage computes the same values in SQL for speed; these functions are the definition it is held to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from minutes_app.domain.deadlines import parse_deadline
from minutes_app.domain.model import Directive, DirectiveStatus, FollowUp, Meeting
from minutes_app.domain.units import folded_unit, resolve, unit_key, unit_matches
from minutes_app.domain.vietnamese import fold

PENDING = (DirectiveStatus.OPEN, DirectiveStatus.IN_PROGRESS)


class Category(StrEnum):
    """The five categories of REGISTER.md, in the order a report lists them."""

    DONE_ON_TIME = "done_on_time"  # Đã hoàn thành đúng hạn
    DONE_LATE = "done_late"  # Đã hoàn thành quá hạn
    PENDING_ON_TIME = "pending_on_time"  # Đang thực hiện trong hạn
    PENDING_OVERDUE = "pending_overdue"  # Đang thực hiện quá hạn
    NOT_DONE = "not_done"  # Không thực hiện


def followups_of(directive_id: str, followups: Iterable[FollowUp]) -> list[FollowUp]:
    """The directive's follow-ups, oldest first (a meeting's list is kept in that order)."""
    return [entry for entry in followups if entry.directive == directive_id]


def current_status(directive: Directive, followups: Sequence[FollowUp]) -> DirectiveStatus:
    """The latest follow-up's status, else the directive's own; ``followups`` are the directive's, oldest first."""
    return DirectiveStatus(followups[-1].status) if followups else DirectiveStatus(directive.status)


def done_on(directive: Directive, followups: Sequence[FollowUp], meeting_date: dt.date) -> dt.date | None:
    """When the directive was reported done: the first of the follow-ups that still say so.

    A directive already marked done in its own minutes was done by the meeting's day.
    """
    if current_status(directive, followups) != DirectiveStatus.DONE:
        return None
    day = meeting_date
    for entry in reversed(followups):
        if entry.status != DirectiveStatus.DONE:
            break
        day = entry.date
    return day


def due_date(directive: Directive, meeting_date: dt.date | None) -> dt.date | None:
    """The deadline as a date: the one typed, else the latest date the spoken form allows ("trong quý
    4/2022" is 31/12/2022); None for "thường xuyên" and for words that name no date."""
    if directive.deadline is not None:
        return directive.deadline
    return parse_deadline(directive.deadline_text, meeting_date).date if directive.deadline_text else None


def is_overdue(due: dt.date | None, status: DirectiveStatus, today: dt.date) -> bool:
    return due is not None and due < today and status in PENDING


def category(status: DirectiveStatus, due: dt.date | None, done: dt.date | None, today: dt.date) -> Category:
    if status == DirectiveStatus.CANCELLED:
        return Category.NOT_DONE
    if status == DirectiveStatus.DONE:
        late = due is not None and done is not None and done > due
        return Category.DONE_LATE if late else Category.DONE_ON_TIME
    return Category.PENDING_OVERDUE if is_overdue(due, status, today) else Category.PENDING_ON_TIME


@dataclass(frozen=True)
class RegisterFilter:
    """What the register is narrowed to; every field left empty lets everything through."""

    status: DirectiveStatus | None = None
    pending: bool = False  # open or in progress: what is still to be done
    overdue: bool = False
    unit: str = ""  # accent- and case-insensitive substring of the unit (see units.unit_matches)
    meeting_id: int | None = None
    date_from: dt.date | None = None  # meeting dates, both ends included
    date_to: dt.date | None = None
    text: str = ""  # words that must all appear in the content, unit or spoken deadline

    def words(self) -> list[str]:
        return fold(self.text).split()


@dataclass(frozen=True)
class RegisterEntry:
    """One directive as the register shows it."""

    meeting_id: int
    directive_id: str
    meeting_date: dt.date
    meeting_title: str
    content: str
    assignee: str
    deadline: dt.date | None  # as typed in the minutes
    deadline_text: str
    due: dt.date | None  # the date the register counts with (the typed one, else the spoken form's)
    status: DirectiveStatus
    overdue: bool
    category: Category
    last_followup: FollowUp | None
    unit: str = ""  # the key the unit is counted under, aliases applied
    meeting_uid: str = ""

    @property
    def ref(self) -> str:
        """ "12.t3": the meeting's id and the directive's id, as `follow-up` takes it."""
        return f"{self.meeting_id}.{self.directive_id}"

    def as_json(self) -> dict:
        """The keys of `directives --json` (CLI.md), also the columns of the XLSX and CSV exports."""
        last = self.last_followup
        return {
            "ref": self.ref,
            "meeting_id": self.meeting_id,
            "meeting_date": self.meeting_date.isoformat(),
            "meeting_title": self.meeting_title,
            "content": self.content,
            "assignee": self.assignee,
            "deadline": self.due.isoformat() if self.due else None,
            "deadline_text": self.deadline_text,
            "status": self.status.value,
            "overdue": self.overdue,
            "last_followup": None
            if last is None
            else {
                "date": last.date.isoformat(),
                "status": DirectiveStatus(last.status).value,
                "note": last.note,
            },
        }


JSON_KEYS: tuple[str, ...] = (
    "ref",
    "meeting_id",
    "meeting_date",
    "meeting_title",
    "content",
    "assignee",
    "deadline",
    "deadline_text",
    "status",
    "overdue",
    "last_followup",
)


def entries_of(
    meeting: Meeting, today: dt.date, aliases: Mapping[str, str] | None = None
) -> list[RegisterEntry]:
    """The register's lines for one loaded meeting, directives in their order."""
    aliases = aliases or {}
    entries = []
    for directive in meeting.directives:
        history = followups_of(directive.id, meeting.followups)
        status = current_status(directive, history)
        due = due_date(directive, meeting.date)
        entries.append(
            RegisterEntry(
                meeting_id=meeting.id or 0,
                directive_id=directive.id,
                meeting_date=meeting.date,
                meeting_title=meeting.title,
                content=directive.content,
                assignee=directive.assignee,
                deadline=directive.deadline,
                deadline_text=directive.deadline_text,
                due=due,
                status=status,
                overdue=is_overdue(due, status, today),
                category=category(status, due, done_on(directive, history, meeting.date), today),
                last_followup=history[-1] if history else None,
                unit=resolve(unit_key(directive.assignee), aliases),
                meeting_uid=meeting.uid,
            )
        )
    return entries


def searchable_text(content: str, assignee: str, deadline_text: str) -> str:
    """What the register's text search looks in, folded."""
    return " ".join(fold(f"{content} {assignee} {deadline_text}").split())


def matches(entry: RegisterEntry, wanted: RegisterFilter) -> bool:
    if wanted.status is not None and entry.status != wanted.status:
        return False
    if wanted.pending and entry.status not in PENDING:
        return False
    if wanted.overdue and not entry.overdue:
        return False
    if wanted.meeting_id is not None and entry.meeting_id != wanted.meeting_id:
        return False
    if wanted.date_from is not None and entry.meeting_date < wanted.date_from:
        return False
    if wanted.date_to is not None and entry.meeting_date > wanted.date_to:
        return False
    if not unit_matches(wanted.unit, entry.assignee, entry.unit):
        return False
    text = searchable_text(entry.content, entry.assignee, entry.deadline_text)
    return all(word in text for word in wanted.words())


@dataclass(frozen=True)
class Summary:
    """The counts a report starts with: the total, each category, the completion rate among those due."""

    counts: Mapping[Category, int] = field(default_factory=dict)

    def __getitem__(self, category_: Category) -> int:
        return self.counts.get(category_, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done(self) -> int:
        return self[Category.DONE_ON_TIME] + self[Category.DONE_LATE]

    @property
    def pending(self) -> int:
        return self[Category.PENDING_ON_TIME] + self[Category.PENDING_OVERDUE]

    @property
    def fallen_due(self) -> int:
        """Directives whose time has come: every one done, and those still pending past their deadline
        (as Báo cáo 1270/BC-TCTTTg counts: done / (done + overdue unfinished))."""
        return self.done + self[Category.PENDING_OVERDUE]

    @property
    def completion_rate(self) -> float | None:
        """Share done among the directives fallen due, in percent; None when none has fallen due."""
        return 100.0 * self.done / self.fallen_due if self.fallen_due else None


def summarize(categories: Iterable[Category]) -> Summary:
    counts: dict[Category, int] = {}
    for value in categories:
        counts[Category(value)] = counts.get(Category(value), 0) + 1
    return Summary(counts)


@dataclass(frozen=True)
class UnitTally:
    """One unit's line of the counts: its key, the name shown, and its summary."""

    key: str
    name: str
    summary: Summary


def unit_tallies(
    entries: Iterable[RegisterEntry], aliases: Mapping[str, str] | None = None
) -> list[UnitTally]:
    """Counts per unit (by key, aliases applied), named by the alias or else the most used spelling."""
    aliases = aliases or {}
    spellings: dict[str, dict[str, int]] = {}
    categories: dict[str, list[Category]] = {}
    for entry in entries:
        name = " ".join(entry.assignee.split())
        spellings.setdefault(entry.unit, {}).setdefault(name, 0)
        spellings[entry.unit][name] += 1
        categories.setdefault(entry.unit, []).append(entry.category)
    return sorted(
        (
            UnitTally(key, unit_name(key, spellings[key], aliases), summarize(categories[key]))
            for key in categories
        ),
        key=lambda tally: tally_order(tally),
    )


def unit_name(key: str, spellings: Mapping[str, int], aliases: Mapping[str, str]) -> str:
    """The alias's name, else the spelling used most often; on a tie the one written out in full
    ("Huyện ủy Ba Bể" rather than "HU Ba Bể"), then capitals first."""
    if key in aliases:
        return aliases[key]
    return min(spellings.items(), key=lambda pair: (-pair[1], -len(pair[0]), folded_unit(pair[0]), pair[0]))[
        0
    ]


def tally_order(tally: UnitTally) -> tuple:
    """Units with overdue work first, then the busiest; the unnamed unit last."""
    return (
        not tally.key,
        -tally.summary[Category.PENDING_OVERDUE],
        -tally.summary.pending,
        folded_unit(tally.name),
    )
