"""Who may fill a role, and what a typed name names: the rules behind every person field."""

import dataclasses

import pytest

from minutes_app.domain.model import Attendance
from minutes_app.domain.people import PersonRole, candidates, read_person, refusal


@pytest.fixture
def meeting(sample_meeting):
    return sample_meeting


def test_a_unique_match_without_accents_names_the_person(meeting):
    """ "tuan" is Lý Văn Tuấn; an exact name wins over names that merely contain it."""
    assert read_person(meeting, "tuan", PersonRole.SPEAKER).person_id == "a5"
    assert read_person(meeting, "  LÝ VĂN TUẤN ", PersonRole.SPEAKER).person_id == "a5"
    assert read_person(meeting, "", PersonRole.CHAIR).person_id == ""


def test_letters_that_fit_several_people_name_nobody_and_list_them(meeting):
    """ "thu" fits Đàm Thị Thu and Nguyễn Thị Thủy: the reading asks, naming both."""
    reading = read_person(meeting, "thu", PersonRole.SPEAKER)
    assert reading.person_id is None
    assert [p.id for p in reading.matches] == ["a6", "a10"]
    assert "Đàm Thị Thu, Nguyễn Thị Thủy" in str(reading.problem)


def test_an_unknown_name_names_nobody_and_says_so(meeting):
    reading = read_person(meeting, "Nguyễn Văn Bình", PersonRole.SPEAKER)
    assert reading.person_id is None and reading.problem.key == "people.unknown"


def test_absent_people_cannot_chair_take_minutes_speak_or_present(meeting):
    """The excused Triệu Văn Đức is offered for no role that needs presence, and typing him says why."""
    duc = meeting.attendee("a7")
    for role in (PersonRole.CHAIR, PersonRole.SECRETARY, PersonRole.SPEAKER, PersonRole.PRESENTER):
        assert duc not in candidates(meeting, role)
        assert refusal(role, duc) is not None
    assert read_person(meeting, "duc", PersonRole.CHAIR).problem.key == "people.absent_chair"


def test_a_substitute_stands_in_for_an_absent_person_other_than_himself(meeting):
    """Hà Thị Bích may stand in for Triệu Văn Đức only; an absent person stands in for nobody."""
    bich, duc = meeting.attendee("a8"), meeting.attendee("a7")
    assert [p.id for p in candidates(meeting, PersonRole.SUBSTITUTE_FOR, bich)] == ["a7"]
    assert candidates(meeting, PersonRole.SUBSTITUTE_FOR, duc) == []
    assert refusal(PersonRole.SUBSTITUTE_FOR, bich, bich).key == "people.substitute_self"
    away = dataclasses.replace(bich, attendance=Attendance.EXCUSED)
    assert refusal(PersonRole.SUBSTITUTE_FOR, away, away).key == "people.substitute_self"
    assert (
        refusal(PersonRole.SUBSTITUTE_FOR, meeting.attendee("a6"), bich).key
        == "people.substitute_for_present"
    )
