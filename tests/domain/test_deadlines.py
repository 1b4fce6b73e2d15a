"""Spoken deadlines: the latest date each phrase allows, the words kept for printing, never an error."""

import datetime as dt
import unicodedata

import pytest

from minutes_app.domain.deadlines import Deadline, parse_deadline

MEETING = dt.date(2026, 9, 17)  # a Thursday in the third quarter
D = dt.date

PHRASES = [
    # the forms of the sample minutes and of the directive register
    ("trước 15/10/2026", D(2026, 10, 14)),
    ("chậm nhất 15/10/2026", D(2026, 10, 15)),
    ("chậm nhất là ngày 15/10/2026", D(2026, 10, 15)),
    ("trong quý 4/2026", D(2026, 12, 31)),
    ("quý IV/2026", D(2026, 12, 31)),
    ("quý IV năm 2026", D(2026, 12, 31)),
    ("Q4/2026", D(2026, 12, 31)),
    ("trong quý I/2027", D(2027, 3, 31)),
    ("tháng 11/2026", D(2026, 11, 30)),
    ("trong tháng 11 năm 2026", D(2026, 11, 30)),
    ("6 tháng cuối năm 2022", D(2022, 12, 31)),
    ("6 tháng đầu năm 2023", D(2023, 6, 30)),
    ("9 tháng đầu năm 2026", D(2026, 9, 30)),
    ("cuối năm 2026", D(2026, 12, 31)),
    ("năm 2023", D(2023, 12, 31)),
    ("trong năm 2023", D(2023, 12, 31)),
    ("ngay sau hội nghị", MEETING),
    ("ngay sau khi kết thúc cuộc họp", MEETING),
    ("ngày mai", D(2026, 9, 18)),
    # strictly before: the day before the date, or before the period starts
    ("trước ngày 15 tháng 10 năm 2026", D(2026, 10, 14)),
    ("trước tháng 11/2026", D(2026, 10, 31)),
    ("trước quý 4/2026", D(2026, 9, 30)),
    ("trước năm 2027", D(2026, 12, 31)),
    ("trước cuối năm 2026", D(2026, 12, 31)),
    ("hoàn thành trước 30/9/2026", D(2026, 9, 29)),
    # what offices also say
    ("hạn: 30/10/2026", D(2026, 10, 30)),
    ("hạn chót 30/10/2026", D(2026, 10, 30)),
    ("đến ngày 30/10/2026", D(2026, 10, 30)),
    ("từ nay đến hết 30/10/2026", D(2026, 10, 30)),
    ("cuối tháng 11/2026", D(2026, 11, 30)),
    ("cuối tháng", D(2026, 9, 30)),
    ("cuối tháng này", D(2026, 9, 30)),
    ("trong tháng", D(2026, 9, 30)),
    ("tháng tới", D(2026, 10, 31)),
    ("cuối quý", D(2026, 9, 30)),
    ("quý tới", D(2026, 12, 31)),
    ("cuối năm", D(2026, 12, 31)),
    ("năm sau", D(2027, 12, 31)),
    ("trong tuần", D(2026, 9, 20)),
    ("trong 10 ngày", D(2026, 9, 27)),
    ("trong vòng 15 ngày kể từ ngày hội nghị", D(2026, 10, 2)),
    ("10 ngày làm việc", D(2026, 10, 1)),
    ("trong 2 tuần", D(2026, 10, 1)),
    ("trong 3 tháng", D(2026, 12, 17)),
    # a month, quarter or date without a year: the meeting's, or the next when it is already over
    ("tháng 11", D(2026, 11, 30)),
    ("tháng 1", D(2027, 1, 31)),
    ("quý 4", D(2026, 12, 31)),
    ("quý 2", D(2027, 6, 30)),
    ("6 tháng đầu năm", D(2027, 6, 30)),
    ("trước 15/10", D(2026, 10, 14)),
    ("chậm nhất 15/3", D(2027, 3, 15)),
    ("quý 4 năm nay", D(2026, 12, 31)),
    # without accents, in capitals, decomposed
    ("truoc 15/10/2026", D(2026, 10, 14)),
    ("TRONG QUÝ 4/2026", D(2026, 12, 31)),
    (unicodedata.normalize("NFD", "chậm nhất 15/10/2026"), D(2026, 10, 15)),
    ("Cuối Năm 2026.", D(2026, 12, 31)),
]


@pytest.mark.parametrize(("text", "latest"), PHRASES)
def test_a_spoken_deadline_gives_the_latest_date_it_allows_and_keeps_the_words(text, latest):
    """The date is the last day the phrase allows; the words are kept exactly as typed for printing."""
    deadline = parse_deadline(text, MEETING)
    assert (deadline.date, deadline.understood, deadline.problem) == (latest, True, None)
    assert deadline.deadline_text == unicodedata.normalize("NFC", text).strip()


def test_there_are_at_least_thirty_phrases():
    """The table covers the office forms broadly, not a handful of examples."""
    assert len(PHRASES) >= 30


@pytest.mark.parametrize(
    "text", ["7/4/2025", "07/04/2025", "7-4-25", "2025-04-07", "ngày 7 tháng 4 năm 2025"]
)
def test_a_bare_date_is_a_date_with_no_words_to_keep(text):
    """A typed date prints in the standard form, so no words are kept beside it."""
    assert parse_deadline(text, MEETING) == Deadline("", D(2025, 4, 7), True)


@pytest.mark.parametrize("text", ["thường xuyên", "Thường xuyên, liên tục", "hằng tháng", "định kỳ hàng quý"])
def test_recurring_tasks_are_understood_and_have_no_date(text):
    """A standing task has no deadline to be overdue against, and that is not a failure to understand."""
    assert parse_deadline(text, MEETING) == Deadline(text, None, True)


@pytest.mark.parametrize(
    "text", ["khi có yêu cầu", "sau Tết Nguyên đán", "đầu tháng 11", "trước 15/10/2026 và 30/10/2026"]
)
def test_an_unknown_phrase_is_words_without_a_date_never_an_error(text):
    """What is not understood is kept for printing and simply has no date."""
    assert parse_deadline(text, MEETING) == Deadline(text, None, False)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("31/04/2026", "entry.no_such_day"),
        ("trước 30/02/2026", "entry.no_such_day"),
        ("tháng 13/2026", "entry.no_such_month"),
        ("quý 5/2026", "deadline.no_such_quarter"),
    ],
)
def test_an_impossible_date_stays_words_and_says_why(text, key):
    """31/04/2026 is not silently dropped: it is kept as words, without a date, with the reason."""
    deadline = parse_deadline(text, MEETING)
    assert (deadline.deadline_text, deadline.date, deadline.understood) == (text, None, False)
    assert deadline.problem.key == key and str(deadline.problem)


def test_phrases_counted_from_the_meeting_need_its_date():
    """Without a meeting date "ngay sau hội nghị" cannot be a date; a full date needs none."""
    assert parse_deadline("ngay sau hội nghị") == Deadline("ngay sau hội nghị", None, False)
    assert parse_deadline("tháng 11") == Deadline("tháng 11", None, False)
    assert parse_deadline("trong quý 4/2026").date == D(2026, 12, 31)


def test_empty_is_no_deadline():
    """Clearing the cell clears both the words and the date."""
    assert parse_deadline("   ", MEETING) == Deadline("", None, True)
