"""The register's derived values: current status, spoken deadlines as dates, overdue, the five categories."""

import datetime as dt

import pytest

from minutes_app.domain.model import Directive, DirectiveStatus, FollowUp, Meeting
from minutes_app.domain.register import (
    Category,
    RegisterFilter,
    current_status,
    done_on,
    due_date,
    entries_of,
    matches,
    summarize,
    unit_tallies,
)
from minutes_app.domain.units import merged

D = dt.date
OPEN, IN_PROGRESS, DONE, CANCELLED = (
    DirectiveStatus.OPEN,
    DirectiveStatus.IN_PROGRESS,
    DirectiveStatus.DONE,
    DirectiveStatus.CANCELLED,
)
TODAY = D(2023, 1, 10)


def _meeting(directives, followups=()) -> Meeting:
    return Meeting(
        title="Giao ban quý 3/2022",
        date=D(2022, 9, 20),
        id=7,
        uid="u-7",
        directives=list(directives),
        followups=list(followups),
    )


def test_current_status_is_the_latest_followups_else_the_directives_own():
    """No follow-up: the minutes' status; with follow-ups: the last one's, whatever the minutes said."""
    directive = Directive("t1", "Rà soát chỉ tiêu", status=OPEN)
    assert current_status(directive, []) == OPEN
    history = [FollowUp("t1", D(2022, 10, 5), IN_PROGRESS), FollowUp("t1", D(2022, 12, 1), DONE)]
    assert current_status(directive, history) == DONE
    assert current_status(Directive("t2", "x", status=DONE), [FollowUp("t2", D(2022, 11, 1), OPEN)]) == OPEN


def test_a_spoken_deadline_counts_with_the_latest_date_it_allows():
    """ "trong quý 4/2022" is due 31/12/2022; a typed date wins; "thường xuyên" has none."""
    meeting_day = D(2022, 9, 20)
    assert due_date(Directive("t", "x", deadline_text="trong quý 4/2022"), meeting_day) == D(2022, 12, 31)
    assert due_date(Directive("t", "x", deadline_text="tháng 11"), meeting_day) == D(2022, 11, 30)
    assert due_date(Directive("t", "x", deadline=D(2022, 10, 1), deadline_text="quý 4"), meeting_day) == D(
        2022, 10, 1
    )
    assert due_date(Directive("t", "x", deadline_text="thường xuyên"), meeting_day) is None
    assert due_date(Directive("t", "x", deadline_text="khi có yêu cầu"), meeting_day) is None


def test_done_is_dated_by_the_first_of_the_followups_that_still_say_done():
    """Done on 1/12 and confirmed on 20/12 was done on 1/12; done in the minutes, on the meeting's day."""
    directive = Directive("t1", "x")
    history = [
        FollowUp("t1", D(2022, 10, 5), DONE),
        FollowUp("t1", D(2022, 11, 1), IN_PROGRESS),
        FollowUp("t1", D(2022, 12, 1), DONE),
        FollowUp("t1", D(2022, 12, 20), DONE),
    ]
    assert done_on(directive, history, D(2022, 9, 20)) == D(2022, 12, 1)
    assert done_on(Directive("t2", "x", status=DONE), [], D(2022, 9, 20)) == D(2022, 9, 20)
    assert done_on(directive, history[:2], D(2022, 9, 20)) is None


@pytest.mark.parametrize(
    ("directive", "history", "expected", "overdue"),
    [
        (Directive("t1", "x", deadline=D(2022, 12, 31)), [FollowUp("t1", D(2022, 12, 31), DONE)], "done_on_time", False),
        (Directive("t1", "x", deadline=D(2022, 12, 31)), [FollowUp("t1", D(2023, 1, 2), DONE)], "done_late", False),
        (Directive("t1", "x", deadline_text="thường xuyên"), [FollowUp("t1", D(2023, 1, 2), DONE)], "done_on_time", False),
        (Directive("t1", "x", deadline=D(2023, 1, 10)), [], "pending_on_time", False),
        (Directive("t1", "x", deadline=D(2023, 1, 9)), [FollowUp("t1", D(2023, 1, 2), IN_PROGRESS)], "pending_overdue", True),
        (Directive("t1", "x", deadline_text="trong quý 4/2022"), [], "pending_overdue", True),
        (Directive("t1", "x", deadline_text="thường xuyên"), [], "pending_on_time", False),
        (Directive("t1", "x", deadline=D(2022, 10, 1)), [FollowUp("t1", D(2022, 11, 1), CANCELLED, "Không còn phù hợp")], "not_done", False),
    ],
)  # fmt: skip
def test_each_directive_falls_in_one_of_the_five_categories(directive, history, expected, overdue):
    """REGISTER.md's categories: done on time / late, in progress on time / overdue, not done."""
    (entry,) = entries_of(_meeting([directive], history), TODAY)
    assert entry.category == Category(expected)
    assert entry.overdue is overdue


def test_the_summary_counts_the_completion_rate_among_directives_fallen_due():
    """Rate = done / (done + pending overdue), as the Government's follow-up reports count it."""
    summary = summarize(
        [Category.DONE_ON_TIME] * 6
        + [Category.DONE_LATE] * 2
        + [Category.PENDING_OVERDUE] * 2
        + [Category.PENDING_ON_TIME] * 5
        + [Category.NOT_DONE]
    )
    assert (summary.total, summary.done, summary.pending, summary.fallen_due) == (16, 8, 7, 10)
    assert summary.completion_rate == pytest.approx(80.0)
    assert summarize([Category.PENDING_ON_TIME]).completion_rate is None


def test_json_form_has_the_contract_keys_and_the_date_the_phrase_allows():
    """`directives --json` keys; a spoken deadline gives its date, the last follow-up its date/status/note."""
    directive = Directive("t1", "Rà soát", "Huyện ủy Ba Bể", deadline_text="trong quý 4/2022")
    history = [FollowUp("t1", D(2022, 10, 5), IN_PROGRESS, "Đang làm", "u-9")]
    (entry,) = entries_of(_meeting([directive], history), TODAY)
    assert entry.as_json() == {
        "ref": "7.t1",
        "meeting_id": 7,
        "meeting_date": "2022-09-20",
        "meeting_title": "Giao ban quý 3/2022",
        "content": "Rà soát",
        "assignee": "Huyện ủy Ba Bể",
        "deadline": "2022-12-31",
        "deadline_text": "trong quý 4/2022",
        "status": "in_progress",
        "overdue": True,
        "last_followup": {"date": "2022-10-05", "status": "in_progress", "note": "Đang làm"},
    }


def test_filters_narrow_by_status_overdue_unit_dates_and_words():
    """Each filter field lets through only what it names; empty filters let everything through."""
    directives = [
        Directive("t1", "Rà soát chỉ tiêu tuyên giáo", "HU Ba Bể", deadline=D(2022, 12, 31)),
        Directive("t2", "Xây dựng kế hoạch năm 2023", "Huyện ủy Pác Nặm", deadline=D(2023, 3, 1)),
        Directive("t3", "Báo cáo dư luận", "huyện ủy ba bể", status=DONE),
    ]
    entries = entries_of(_meeting(directives), TODAY)

    def ids(**wanted):
        return [e.directive_id for e in entries if matches(e, RegisterFilter(**wanted))]

    assert ids() == ["t1", "t2", "t3"]
    assert ids(status=DONE) == ["t3"]
    assert ids(overdue=True) == ["t1"]
    assert ids(unit="Huyện ủy Ba Bể") == ["t1", "t3"]
    assert ids(unit="pac nam") == ["t2"]
    assert ids(text="ke hoach 2023") == ["t2"]
    assert ids(date_from=D(2022, 9, 21)) == []
    assert ids(date_to=D(2022, 9, 20), meeting_id=7) == ["t1", "t2", "t3"]


def test_units_are_counted_by_key_and_named_by_the_alias_or_the_usual_spelling():
    """ "HU Ba Bể" and "huyện ủy ba bể" are one line; after a merge "Ba Bể" joins it under the chosen name."""
    directives = [
        Directive("t1", "a", "Huyện ủy Ba Bể"),
        Directive("t2", "b", "huyện ủy ba bể", deadline=D(2022, 10, 1)),
        Directive("t3", "c", "Huyện ủy Ba Bể"),
        Directive("t4", "d", "Ba Bể"),
    ]
    tallies = unit_tallies(entries_of(_meeting(directives), TODAY))
    assert [(t.name, t.summary.total) for t in tallies] == [("Huyện ủy Ba Bể", 3), ("Ba Bể", 1)]
    assert tallies[0].summary[Category.PENDING_OVERDUE] == 1
    aliases = merged({}, ["Ba Bể"], "HUYỆN ỦY BA BỂ")
    tallies = unit_tallies(entries_of(_meeting(directives), TODAY, aliases), aliases)
    assert [(t.name, t.summary.total) for t in tallies] == [("HUYỆN ỦY BA BỂ", 4)]
