"""Deadlines print in the words the chair gave; the date form only for a deadline given as a date alone."""

from __future__ import annotations

import copy
import datetime as dt
import io

import docx
import pytest

from minutes_app import documents
from minutes_app.documents import register_report
from minutes_app.domain.carry import meeting_from
from minutes_app.domain.register import RegisterFilter, entries_of

from .helpers import all_text, squeeze
from .test_previous_results import _report_cells

D = dt.date
WORDS = "Thời hạn: trước ngày 30/9/2022."  # typed with a date the program also worked out from the words
DATE_ONLY = "Thời hạn: ngày 31 tháng 12 năm 2022."


def _with_deadlines(meeting):
    """t1 has words and the date read from them, t2 a date alone (the sample's), the rest none."""
    meeting.directives[0].deadline_text = "trước ngày 30/9/2022"
    meeting.directives[0].deadline = D(2022, 9, 30)
    meeting.directives[1].deadline_text, meeting.directives[1].deadline = "", D(2022, 12, 31)
    return meeting


def _text(meeting, document: str, fmt: str) -> str:
    data = documents.render(meeting, document, fmt)
    if fmt == "pdf":
        return squeeze(all_text(data))
    opened = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in opened.tables for row in table.rows for cell in row.cells]
    return squeeze("\n".join([p.text for p in opened.paragraphs] + cells))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("document", ["minutes", "conclusion"])
def test_the_minutes_and_the_notice_print_the_words_not_the_date(meeting, document, fmt):
    """ "trước ngày 30/9/2022" prints alone, never followed by "(ngày 30 tháng 9 năm 2022)"."""
    text = _text(_with_deadlines(meeting), document, fmt)
    assert squeeze(WORDS) in text
    assert squeeze("30 tháng 9 năm 2022") not in text
    assert squeeze(DATE_ONLY) in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_previous_results_section_prints_the_carried_words(meeting, fmt):
    """A directive carried into the next meeting keeps its words in "Kết quả thực hiện kết luận kỳ trước"."""
    source = _with_deadlines(copy.deepcopy(meeting))
    source.uid = "uid-q3"
    new = meeting_from(source, D(2022, 12, 20))
    text = _text(new, "minutes", fmt)
    section = text[text.index(squeeze("Kết quả thực hiện kết luận kỳ trước:")) :]
    assert squeeze(WORDS) in section and squeeze(DATE_ONLY) in section
    assert squeeze("30 tháng 9 năm 2022") not in section


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_register_report_prints_the_words_in_its_deadline_column(meeting, fmt):
    """The Thời hạn column holds the words when there are any, the short date otherwise."""
    stored = _with_deadlines(copy.deepcopy(meeting))
    stored.id, stored.uid = 4, "uid-q3"
    today = D(2023, 1, 10)
    report = register_report.RegisterReport(tuple(entries_of(stored, today)), stored, RegisterFilter(), today)
    cells = {row[0]: row[3] for row in register_report.table(report).rows}
    assert (cells["1"], cells["2"]) == ("trước ngày 30/9/2022", "31/12/2022")
    printed = {row[0]: row[3] for row in _report_cells(register_report.render(report, fmt), fmt)}
    assert (printed["1"], printed["2"]) == ("trước ngày 30/9/2022", "31/12/2022")
