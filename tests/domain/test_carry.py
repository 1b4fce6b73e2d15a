"""The next meeting from this one: what is copied, what is reset, and which directives are carried over."""

import copy
import datetime as dt

from minutes_app.domain.carry import carry_over, free_ids, meeting_from, reviews, source_number
from minutes_app.domain.model import (
    Attendance,
    DirectiveStatus,
    FollowUp,
    Layout,
    PreviousDirective,
)

D = dt.date


def _stored(sample_meeting):
    meeting = copy.deepcopy(sample_meeting)
    meeting.id, meeting.uid, meeting.number = 3, "uid-q3", "12"
    return meeting


def test_carry_over_brings_every_open_or_in_progress_directive_with_its_source(sample_meeting):
    """The five open directives of quý 3 become five items to review, words, unit and deadline copied."""
    source = _stored(sample_meeting)
    carried = carry_over(source)
    assert [item.source_directive_id for item in carried] == ["t1", "t2", "t3", "t4", "t5"]
    first = carried[0]
    assert first == PreviousDirective(
        id="p1",
        content=source.directives[0].content,
        source_meeting_uid="uid-q3",
        source_directive_id="t1",
        source_meeting_title=source.title,
        source_meeting_date=D(2022, 9, 20),
        source_number="12-BB/BTGTU",
        assignee="Ban Tuyên giáo các huyện ủy, thành ủy",
        deadline=D(2022, 12, 31),
        deadline_text="trong quý 4/2022",
        result="",
        status=None,
    )


def test_carry_over_follows_the_current_status_not_the_minutes_own(sample_meeting):
    """A directive reported done later is left behind; one reopened by a follow-up is carried."""
    source = _stored(sample_meeting)
    source.directives[1].status = DirectiveStatus.DONE
    source.followups = [
        FollowUp("t1", D(2022, 11, 1), DirectiveStatus.DONE, "Đã rà soát"),
        FollowUp("t2", D(2022, 11, 2), DirectiveStatus.IN_PROGRESS),
        FollowUp("t3", D(2022, 11, 3), DirectiveStatus.CANCELLED),
    ]
    assert [item.source_directive_id for item in carry_over(source)] == ["t2", "t4", "t5"]


def test_carried_items_take_ids_the_meeting_does_not_use():
    """Adding to a meeting that already reviews p1 and p3 gives p2 and p4."""
    assert free_ids(["p1", "p3"], 2) == ["p2", "p4"]


def test_the_new_meeting_copies_what_the_command_line_contract_lists(sample_meeting):
    """People (present again, times cleared), bodies, code, layout, place, recipients, chair and secretary."""
    source = _stored(sample_meeting)
    source.attendees[2].attendance = Attendance.EXCUSED
    source.attendees[2].reason = "ốm"
    source.attendees[3].arrived = dt.time(8, 20)
    new = meeting_from(source, D(2022, 12, 20))
    assert new.date == D(2022, 12, 20) and new.id is None and new.uid == ""
    assert [a.name for a in new.attendees] == [a.name for a in source.attendees]
    assert all(a.attendance == Attendance.PRESENT and not a.reason for a in new.attendees)
    assert all(a.arrived is None and a.left is None for a in new.attendees)
    for name in ("title", "layout", "parent_body", "issuing_body", "body_code", "place_name", "recipients"):
        assert getattr(new, name) == getattr(source, name), name
    assert (new.chair, new.secretary) == (source.chair, source.secretary)
    assert not (new.reports or new.discussion or new.votes or new.directives or new.conclusion)
    assert (new.number, new.agenda, new.location, new.closing_note) == ("", "", "", "")
    assert len(new.previous_directives) == 5
    assert meeting_from(source, carry=False).previous_directives == []
    source.attendees[0].name = "changed"
    assert new.attendees[0].name != "changed"  # a copy, not the source's people


def test_the_printed_number_follows_the_layout():
    """12-BB/BTGTU in the party layout, 05/BB-SNV in the state layout; nothing when not numbered."""
    from minutes_app.domain.model import Meeting

    party = Meeting("x", D(2022, 1, 1), layout=Layout.PARTY, number="12", body_code="BTGTU")
    state = Meeting("x", D(2022, 1, 1), layout=Layout.STATE, number="5", body_code="SNV")
    assert (source_number(party), source_number(state)) == ("12-BB/BTGTU", "05/BB-SNV")
    assert source_number(Meeting("x", D(2022, 1, 1))) == ""


def test_finalizing_reports_each_reviewed_item_as_a_followup_of_its_source(sample_meeting):
    """Items with a status become follow-ups (date of the meeting, result as note, reported in it)."""
    new = meeting_from(_stored(sample_meeting), D(2022, 12, 20))
    new.uid = "uid-q4"
    new.previous_directives[0].status = DirectiveStatus.DONE
    new.previous_directives[0].result = "Đã hoàn thành rà soát."
    new.previous_directives[2].status = DirectiveStatus.IN_PROGRESS
    assert reviews(new) == [
        ("uid-q3", FollowUp("t1", D(2022, 12, 20), DirectiveStatus.DONE, "Đã hoàn thành rà soát.", "uid-q4")),
        ("uid-q3", FollowUp("t3", D(2022, 12, 20), DirectiveStatus.IN_PROGRESS, "", "uid-q4")),
    ]
