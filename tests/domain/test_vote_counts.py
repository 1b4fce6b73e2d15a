"""Votes against the attendance: ballots may not outnumber the members present."""

import datetime as dt

from minutes_app.domain import rules
from minutes_app.domain.model import Attendance, Attendee, Group, Meeting, Vote


def _meeting(*votes: Vote) -> Meeting:
    people = [
        Attendee("a1", "Nguyễn Văn An"),
        Attendee("a2", "Trần Thị Bình"),
        Attendee("a3", "Lê Văn Cường", attendance=Attendance.EXCUSED),
        Attendee("a4", "Phạm Thị Dung", group=Group.GUEST),
        Attendee("a5", "Hoàng Văn Em", group=Group.PRESS),
    ]
    return Meeting(title="Họp", date=dt.date(2022, 9, 20), attendees=people, votes=list(votes))


def test_total_counts_every_ballot():
    """The total is in favour plus against plus other opinions."""
    assert rules.vote_total(Vote("v1", "Thông qua", 7, 2, 1)) == 10


def test_only_votes_above_the_members_present_are_flagged():
    """Two members are present (guests, press and the excused member do not vote): 3 ballots is one too many."""
    fits = Vote("v1", "Thông qua báo cáo", 2, 0, 0)
    too_many = Vote("v2", "Thông qua chương trình", 1, 1, 1)
    assert rules.votes_over_present(_meeting(fits, too_many)) == [too_many]


def test_an_absence_turns_a_full_vote_into_a_miscount():
    """The check follows the roll call: marking one more member absent flags a vote that fitted before."""
    meeting = _meeting(Vote("v1", "Thông qua báo cáo", 2, 0, 0))
    assert rules.votes_over_present(meeting) == []
    meeting.attendees[1].attendance = Attendance.ABSENT
    assert [v.id for v in rules.votes_over_present(meeting)] == ["v1"]
