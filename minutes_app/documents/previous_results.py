"""The biên bản's section "Kết quả thực hiện kết luận kỳ trước": the directives reviewed at the meeting.

Printed after Thành phần and before the reports, in both layouts: each reviewed directive with its unit,
deadline, the result reported and its status, under a line naming the meeting that gave it. The words
added around the secretary's are the fixed formulas below and those of formulas.py, nothing else.
"""

from __future__ import annotations

from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Block, Run, block
from minutes_app.documents.text import paragraphs, sentence
from minutes_app.domain import vietnamese
from minutes_app.domain.model import Meeting, PreviousDirective

HEADING = "Kết quả thực hiện kết luận kỳ trước:"
SOURCE = "Kết luận tại {title}"
SOURCE_NUMBER = "biên bản số {number}"
RESULT = "Kết quả: "
STATUS = "Tình trạng: "


def _source_line(item: PreviousDirective) -> Block | None:
    """ "Kết luận tại Hội nghị … (ngày 20 tháng 9 năm 2022, biên bản số 12-BB/BTGTU):" """
    title = " ".join(item.source_meeting_title.split())
    if not title:
        return None
    details = []
    if item.source_meeting_date is not None:
        details.append(vietnamese.date_phrase(item.source_meeting_date))
    if item.source_number.strip():
        details.append(SOURCE_NUMBER.format(number=item.source_number.strip()))
    text = SOURCE.format(title=title) + (f" ({', '.join(details)})" if details else "") + ":"
    return block("body", Run(text, italic=True))


def _labelled(label: str, text: str) -> list[Run]:
    return [Run(label, italic=True), Run(sentence(text))] if text else []


def _item_blocks(number: int, item: PreviousDirective) -> list[Block]:
    parts = paragraphs(item.content) or [""]
    parts[-1] = sentence(parts[-1])
    blocks = [block("body", f"{number}. {parts[0]}"), *(block("body", part) for part in parts[1:])]
    details = _labelled(f.ASSIGNEE, " ".join(item.assignee.split()))
    when = f.deadline(item.deadline, item.deadline_text)
    if when:
        details += _labelled((" " if details else "") + f.DEADLINE, when)
    if details:
        blocks.append(block("body", *details))
    result = paragraphs(item.result)
    status = f.STATUS_WORDS.get(item.status) if item.status is not None else None
    first = _labelled(RESULT, result[0]) if result else []
    last = _labelled(STATUS, status) if status else []
    if len(result) > 1:  # a long result keeps its paragraphs, and the status follows them
        blocks += [block("body", *first), *(block("body", sentence(part)) for part in result[1:])]
        first = []
    if first and last:
        last[0] = Run(" " + last[0].text, italic=True)
    if first or last:
        blocks.append(block("body", *first, *last))
    return blocks


def previous_results(meeting: Meeting) -> list[Block]:
    """The section's blocks, or none when the meeting reviewed no earlier directive."""
    if not meeting.previous_directives:
        return []
    blocks = [block("heading", HEADING)]
    last_source: tuple | None = None
    for number, item in enumerate(meeting.previous_directives, start=1):
        source = (item.source_meeting_uid, item.source_meeting_title, item.source_meeting_date)
        if source != last_source:
            line = _source_line(item)
            if line is not None:
                blocks.append(line)
            last_source = source
        blocks += _item_blocks(number, item)
    return blocks
