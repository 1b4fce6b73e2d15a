"""The attendance sentence and the validation rules of a meeting."""

import datetime as dt

from minutes_app import messages
from minutes_app.domain import rules
from minutes_app.domain.model import Attendance, Attendee, Contribution, Group, Meeting


def _meeting(*attendees: Attendee) -> Meeting:
    return Meeting(title="Họp", date=dt.date(2022, 9, 20), attendees=list(attendees))


def test_sample_sentence_counts_members_substitute_late_and_early(sample_meeting):
    """The sample's sentence: 12/13 members, the excused one with reason, the substitute, late and early."""
    sentence = rules.attendance_sentence(sample_meeting)
    assert sentence.startswith(
        "Có mặt: 12/13 đồng chí; vắng mặt: 1 đồng chí (có lý do: đồng chí Triệu Văn Đức - "
    )
    assert "Đồng chí Hà Thị Bích dự thay đồng chí Triệu Văn Đức." in sentence
    assert "Đồng chí Nguyễn Thị Thủy đến muộn, có mặt lúc 8 giờ 25." in sentence
    assert "Đồng chí Lương Văn Quý về sớm lúc 10 giờ 45." in sentence


def test_guests_and_press_are_not_counted():
    """Only official members are counted; guests and press are listed apart."""
    meeting = _meeting(
        Attendee("a", "Nguyễn Văn A"),
        Attendee("b", "Trần Thị B", group=Group.GUEST),
        Attendee("c", "Lê Văn C", group=Group.PRESS, attendance=Attendance.ABSENT),
    )
    assert rules.attendance_sentence(meeting) == "Có mặt: 1/1 đồng chí."


def test_absent_without_reason_is_listed_apart_from_excused():
    """Vắng có lý do and vắng không lý do are different facts in the minutes."""
    meeting = _meeting(
        Attendee("a", "Nguyễn Văn A"),
        Attendee("b", "Trần Thị B", attendance=Attendance.EXCUSED, reason="ốm"),
        Attendee("c", "Lê Văn C", attendance=Attendance.ABSENT),
    )
    assert rules.attendance_sentence(meeting) == (
        "Có mặt: 1/3 đồng chí; vắng mặt: 2 đồng chí "
        "(có lý do: đồng chí Trần Thị B - ốm; không có lý do: đồng chí Lê Văn C)."
    )


def test_no_members_no_sentence():
    """A meeting without official members prints no counted sentence rather than 0/0."""
    assert rules.attendance_sentence(_meeting(Attendee("g", "Khách", group=Group.GUEST))) == ""


def test_sample_is_valid(sample_meeting):
    """The sample meeting passes every rule."""
    assert rules.validate(sample_meeting) == []


def test_chair_must_be_an_attendee_and_present(sample_meeting):
    """A chair who is not an attendee, or is absent, is reported with the field's path."""
    sample_meeting.chair = "nobody"
    problems = rules.validate(sample_meeting)
    assert [p.where for p in problems] == ["meeting.chair"]
    assert "nobody" in str(problems[0])
    sample_meeting.chair = "a7"  # excused
    assert [p.key for p in rules.validate(sample_meeting)] == ["rule.chair_absent"]


def test_substitute_must_stand_for_an_absent_member(sample_meeting):
    """Dự thay only makes sense for someone who is not there."""
    sample_meeting.attendee("a8").substitute_for = "a1"
    problems = rules.validate(sample_meeting)
    assert [(p.where, p.key) for p in problems] == [
        ("attendees[7].substitute_for", "rule.substitute_for_present")
    ]


def test_end_time_after_start(sample_meeting):
    """An end before the start is a typing slip worth flagging."""
    sample_meeting.end_time = dt.time(7, 0)
    assert [p.where for p in rules.validate(sample_meeting)] == ["meeting.end_time"]


def test_duplicate_ids_and_dangling_references(sample_meeting):
    """Ids are unique per kind; speakers and reports must exist."""
    sample_meeting.attendees[1].id = "a1"
    sample_meeting.discussion.append(Contribution("d9", "x", speaker="zz", report="r9"))
    where = [p.where for p in rules.validate(sample_meeting)]
    assert "attendees[1].id" in where
    assert "discussion[4].speaker" in where
    assert "discussion[4].report" in where


def test_nul_byte_is_rejected_with_its_path(sample_meeting):
    """SQLite and DOCX cannot keep NUL: the user is told where it is."""
    sample_meeting.reports[0].content = "a\x00b"
    problems = rules.validate(sample_meeting)
    assert [p.where for p in problems] == ["reports[0].content"]
    assert "NUL" in str(problems[0])


def test_messages_follow_language(sample_meeting):
    """The same problem reads in English when the session is English."""
    sample_meeting.end_time = dt.time(7, 0)
    problem = rules.validate(sample_meeting)[0]
    messages.set_language("en")
    assert str(problem) == "at meeting.end_time: the end time must be after the start time."


def test_closing_formulas_leave_out_what_the_note_already_says():
    """A typed "lập thành 03 bản" or "kết thúc vào hồi" (any accents or case) suppresses the formula."""
    meeting = _meeting()
    meeting.end_time, meeting.copies = dt.time(11, 30), 3
    assert list(rules.closing_formulas(meeting)) == [
        "Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày.",
        "Biên bản được lập thành 03 bản.",
    ]
    meeting.closing_note = "Biên bản được lập thành 03 bản."
    assert rules.closing_formulas(meeting) == rules.ClosingFormulas(
        ended="Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày."
    )
    meeting.closing_note = "HOI NGHI KET THUC VAO HOI 11 GIO 30. Bien ban lap thanh ba ban."
    assert list(rules.closing_formulas(meeting)) == []
    meeting.closing_note = "Kết thúc đợt thi đua, biên bản được gửi các đại biểu."
    assert len(list(rules.closing_formulas(meeting))) == 2
