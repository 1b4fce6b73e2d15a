"""The directive register as a report (BÁO CÁO) in the layout of the newest meeting's issuing body.

It opens with the summary offices send upward, in REGISTER.md's words (the total, each category, the
completion rate among the directives fallen due), then the table STT | Nội dung kết luận | Đơn vị thực
hiện | Thời hạn | Kết quả | Tình trạng, grouped by unit unless the report is of one unit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
from dataclasses import dataclass
from typing import BinaryIO

from minutes_app.atomic import atomic_output
from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Block, Document, Header, Run, Table, block
from minutes_app.documents.file_properties import FileProperties, organisation
from minutes_app.documents.minutes import title_blocks, with_end_mark
from minutes_app.domain import canonical, vietnamese
from minutes_app.domain.model import DirectiveStatus, Meeting
from minutes_app.domain.register import Category, RegisterEntry, RegisterFilter, Summary, summarize
from minutes_app.messages import UserError

REPORT = "BÁO CÁO"
TYPE_CODE = "BC"
TITLE = "Kết quả thực hiện các kết luận, nhiệm vụ được giao"
COLUMNS = ("STT", "Nội dung kết luận", "Đơn vị thực hiện", "Thời hạn", "Kết quả", "Tình trạng")
WIDTHS = (0.07, 0.29, 0.16, 0.16, 0.18, 0.14)
CATEGORY_WORDS = {
    Category.DONE_ON_TIME: "Đã hoàn thành đúng hạn",
    Category.DONE_LATE: "Đã hoàn thành quá hạn",
    Category.PENDING_ON_TIME: "Đang thực hiện trong hạn",
    Category.PENDING_OVERDUE: "Đang thực hiện quá hạn",
    Category.NOT_DONE: "Không thực hiện",
}
SUMMARY = "Tổng hợp:"
TOTAL = "Tổng số kết luận, nhiệm vụ: {count}."
RATE = "Tỷ lệ hoàn thành trong số nhiệm vụ đã đến hạn: {rate}."
NO_RATE = "Chưa có nhiệm vụ nào đến hạn."
DETAILS = "Chi tiết:"
AS_OF = "Số liệu tính đến {date}"
MEETINGS_FROM = "các cuộc họp từ {start}"
MEETINGS_TO = "đến {end}"
UNIT = "đơn vị: {unit}"
ONLY_STATUS = "tình trạng: {status}"
ONLY_OVERDUE = "chỉ các nhiệm vụ quá hạn"
TEXT = "có các từ «{text}»"
NO_UNIT = "(Chưa ghi đơn vị)"
ROMAN = ("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50), ("XL", 40)
ROMAN += ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)


@dataclass(frozen=True)
class RegisterReport:
    """What the report shows: the lines (already filtered and ordered), the filter, and the date."""

    entries: tuple[RegisterEntry, ...]
    newest: Meeting  # whose issuing body and layout head the report
    wanted: RegisterFilter = RegisterFilter()
    today: dt.date = dataclasses.field(default_factory=dt.date.today)
    unit_names: dict[str, str] = dataclasses.field(default_factory=dict)  # unit key -> name to print


def roman(number: int) -> str:
    text = ""
    for letters, value in ROMAN:
        while number >= value:
            text, number = text + letters, number - value
    return text


def percent(value: float) -> str:
    """ "83,33%": two decimals, the Vietnamese decimal comma."""
    return f"{value:.2f}".replace(".", ",") + "%"


def short_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _scope(report: RegisterReport) -> str:
    wanted = report.wanted
    parts = [AS_OF.format(date=vietnamese.date_phrase(report.today))]
    if wanted.date_from:
        parts.append(MEETINGS_FROM.format(start=vietnamese.date_phrase(wanted.date_from)))
    if wanted.date_to:
        parts.append(MEETINGS_TO.format(end=vietnamese.date_phrase(wanted.date_to)))
    if wanted.unit.strip():
        parts.append(UNIT.format(unit=" ".join(wanted.unit.split())))
    if wanted.status is not None:
        parts.append(ONLY_STATUS.format(status=f.STATUS_WORDS[DirectiveStatus(wanted.status)]))
    if wanted.overdue:
        parts.append(ONLY_OVERDUE)
    if wanted.text.strip():
        parts.append(TEXT.format(text=" ".join(wanted.text.split())))
    return "; ".join(parts) + "."


def summary_blocks(summary: Summary) -> list[Block]:
    """REGISTER.md's summary: the total, the five categories, the completion rate among those fallen due."""
    blocks = [block("heading", SUMMARY), block("body", TOTAL.format(count=summary.total))]
    last = len(Category) - 1
    for index, category in enumerate(Category):
        blocks.append(
            block("body", f"- {CATEGORY_WORDS[category]}: {summary[category]}{'.' if index == last else ';'}")
        )
    rate = summary.completion_rate
    blocks.append(block("body", RATE.format(rate=percent(rate)) if rate is not None else NO_RATE))
    return blocks


def _deadline(entry: RegisterEntry) -> str:
    """The words the chair gave, as in the minutes; the date only when there are no words."""
    text = " ".join(entry.deadline_text.split())
    if text or entry.due is None:
        return text
    return short_date(entry.due)


def _result(entry: RegisterEntry) -> str:
    last = entry.last_followup
    if last is None:
        return ""
    note = " ".join(last.note.split())
    return f"{short_date(last.date)}: {note}" if note else short_date(last.date)


def _row(number: str, entry: RegisterEntry) -> tuple[str, ...]:
    source = f"({' '.join(entry.meeting_title.split())}, {short_date(entry.meeting_date)})"
    return (
        number,
        f"{entry.content.strip()}\n{source}",
        " ".join(entry.assignee.split()),
        _deadline(entry),
        _result(entry),
        CATEGORY_WORDS[entry.category],
    )


def table(report: RegisterReport) -> Table:
    """One row per directive; with no unit filter, the units head groups numbered I, II, …"""
    if report.wanted.unit.strip():
        rows = tuple(_row(str(n), entry) for n, entry in enumerate(report.entries, start=1))
        return Table(COLUMNS, rows, widths=WIDTHS, signing=False)
    groups: dict[str, list[RegisterEntry]] = {}
    for entry in report.entries:
        groups.setdefault(entry.unit, []).append(entry)
    rows: list[tuple[str, ...]] = []
    headings: set[int] = set()
    for group_number, (key, members) in enumerate(sorted(groups.items(), key=lambda g: (not g[0], g[0])), 1):
        name = report.unit_names.get(key) or " ".join(members[0].assignee.split()) or NO_UNIT
        headings.add(len(rows))
        rows.append((roman(group_number), f"{name} ({len(members)})", "", "", "", ""))
        rows += [_row(str(n), entry) for n, entry in enumerate(members, start=1)]
    return Table(COLUMNS, tuple(rows), widths=WIDTHS, groups=frozenset(headings), signing=False)


def _header(newest: Meeting, today: dt.date) -> Header:
    """The newest meeting's bodies and ký hiệu, a number left blank to write in, and today's date."""
    unnumbered = dataclasses.replace(newest, number="")
    return Header(
        parent=newest.parent_body.upper(),
        issuing=newest.issuing_body.upper(),
        number=f.number_line(unnumbered, TYPE_CODE),
        place_date=vietnamese.place_date_line(newest.place_name, today),
    )


def build(report: RegisterReport) -> Document:
    newest = canonical.normalize(report.newest)
    summary = summarize(entry.category for entry in report.entries)
    blocks = title_blocks(REPORT, TITLE)
    blocks += [block("body", Run(_scope(report), italic=True)), *summary_blocks(summary)]
    blocks.append(block("heading", DETAILS))
    filing = [r for r in newest.recipients if r.strip().lower().startswith("lưu")]
    return Document(
        layout=newest.layout,
        header=_header(newest, report.today),
        blocks=tuple(blocks),
        table=table(report),
        closing=tuple(with_end_mark([])),
        recipients=f.recipient_lines(newest.layout, filing[-1:]),
        draft=False,
        title=f"{REPORT} {TITLE}",
        properties=FileProperties(
            title=f"{REPORT} {TITLE}",
            author=" ".join((newest.issuing_body or newest.parent_body).split()),
            company=organisation(newest),
        ),
    )


def render(
    report: RegisterReport, fmt: str = "pdf", target: str | os.PathLike | BinaryIO | None = None
) -> bytes | None:
    """The report as PDF or DOCX into ``target`` (a path, written atomically, or a handle), else as bytes."""
    from minutes_app.documents import FORMATS, _write

    if fmt not in FORMATS:
        raise UserError("documents.format_unknown", format=fmt)
    content = build(report)
    if target is None:
        buffer = io.BytesIO()
        _write(content, fmt, buffer, True)
        return buffer.getvalue()
    if isinstance(target, str | os.PathLike):
        try:
            with atomic_output(target) as handle:
                _write(content, fmt, handle, True)
        except OSError as error:
            raise UserError(
                "file.cannot_write", path=os.fspath(target), detail=error.strerror or error
            ) from error
        return None
    _write(content, fmt, target, True)
    return None
