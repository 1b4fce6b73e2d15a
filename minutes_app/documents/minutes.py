"""The biên bản's content in HD 16's order: opening lines, Thành phần, Diễn biến, Kết luận, closing."""

from __future__ import annotations

from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Block, Document, Run, Signature, block
from minutes_app.documents.previous_results import previous_results
from minutes_app.documents.text import list_marker, paragraphs, sentence
from minutes_app.domain import canonical, rules
from minutes_app.domain.model import Attendance, Group, Meeting, Status


def typed(kind: str, part: str) -> Block:
    """One typed line as a paragraph; a line opening with "-", "+", "a)" or "1." is a list item."""
    return block("item" if kind == "body" and list_marker(part) else kind, part)


def labelled(kind: str, label: Run | str, text: str, *, close: bool = False) -> list[Block]:
    """The label and the first paragraph of a field on one line, its further paragraphs after it."""
    parts = paragraphs(text)
    if not parts:
        return []
    if close:
        parts[-1] = sentence(parts[-1])
    first = block(kind, label, parts[0])
    return [first, *(typed(kind, part) for part in parts[1:])]


def plain(text: str, kind: str = "body") -> list[Block]:
    return [typed(kind, part) for part in paragraphs(text)]


def title_blocks(document_type: str, title: str) -> list[Block]:
    """The document type and the title, both bold and centred; the rule under them is drawn by writers."""
    return [block("type", document_type), *(block("title", part) for part in paragraphs(title))]


def _opening(meeting: Meeting) -> list[Block]:
    layout = meeting.layout
    chair, secretary = meeting.attendee(meeting.chair), meeting.attendee(meeting.secretary)
    blocks = [block("body", f.wording(layout, "time"), f.start_phrase(meeting) + ".")]
    blocks += labelled("body", f.LOCATION, meeting.location, close=True)
    blocks += labelled("body", f.AGENDA, meeting.agenda, close=True)
    blocks += labelled("body", f.wording(layout, "chair"), f.person(chair), close=True)
    blocks += labelled("body", f.wording(layout, "secretary"), f.person(secretary), close=True)
    blocks += labelled("body", f.DOCUMENTS, meeting.documents, close=True)
    blocks += plain(meeting.other_info)
    return blocks


def _people(meeting: Meeting, group: Group, heading: str) -> list[Block]:
    """One list item per person present in the group, in the order of the list (protocol order).

    A long name and position wraps under the text after the dash, as the list items a secretary types do.
    """
    people = [a for a in meeting.attendees if a.group == group and a.attendance == Attendance.PRESENT]
    if not people:
        return []
    lines = [block("item", "- " + f.capitalised(f.person(a)) + ";") for a in people]
    last = lines[-1].runs[0].text
    lines[-1] = block("item", last[:-1] + ".")
    return [block("subheading", Run(heading, italic=True)), *lines]


def _attendance(meeting: Meeting) -> list[Block]:
    blocks = [block("heading", f.ATTENDANCE_HEADING)]
    blocks += plain(rules.attendance_sentence(meeting))
    blocks += _people(meeting, Group.MEMBER, f.MEMBERS)
    blocks += _people(meeting, Group.GUEST, f.GUESTS)
    blocks += _people(meeting, Group.PRESS, f.PRESS)
    return blocks if len(blocks) > 1 else []


def _reports(meeting: Meeting) -> list[Block]:
    blocks: list[Block] = []
    for number, report in enumerate(meeting.reports, start=1):
        presenter = f.capitalised(f.person(meeting.attendee(report.presenter)))
        title = " ".join(report.title.split())
        lead = f"{number}. " + (f"{presenter}{f.PRESENTS}{title}" if presenter else title)
        blocks.append(block("body", sentence(lead + f.time_note(report.time))))
        blocks += plain(report.content)
    return blocks


def _discussion(meeting: Meeting) -> list[Block]:
    blocks: list[Block] = []
    for entry in meeting.discussion:
        speaker = f.capitalised(f.person(meeting.attendee(entry.speaker)))
        lead = speaker + f.time_note(entry.time) if speaker else f.time_lead(entry.time)
        parts = paragraphs(entry.content) or [""]
        first = ": ".join(part for part in (lead, parts[0]) if part)
        blocks.append(block("body", f"- {first}"))
        blocks += [typed("body", part) for part in parts[1:]]
    return blocks


def _votes(meeting: Meeting) -> list[Block]:
    return [
        block("body", f"- {' '.join(v.subject.split())}: " + f.vote_counts(v.in_favour, v.against, v.abstain))
        for v in meeting.votes
    ]


def _proceedings(meeting: Meeting) -> list[Block]:
    reports, discussion, votes = _reports(meeting), _discussion(meeting), _votes(meeting)
    if not (reports or discussion or votes):
        return []
    blocks = [block("heading", f.PROCEEDINGS)]
    for heading, part in ((f.REPORTS, reports), (f.DISCUSSION, discussion), (f.VOTES, votes)):
        if part:
            blocks += [block("subheading", Run(heading, italic=True)), *part]
    return blocks


def directive_blocks(meeting: Meeting) -> list[Block]:
    """Numbered directives: what, then the unit and the deadline when given."""
    blocks: list[Block] = []
    for number, directive in enumerate(meeting.directives, start=1):
        parts = paragraphs(directive.content) or [""]
        parts[-1] = sentence(parts[-1])
        blocks.append(block("body", f"{number}. {parts[0]}"))
        blocks += [typed("body", part) for part in parts[1:]]
        assignee = " ".join(directive.assignee.split())
        when = f.deadline(directive.deadline, directive.deadline_text)
        details = []
        if assignee:
            details.append(Run(f.ASSIGNEE, italic=True))
            details.append(Run(sentence(assignee)))
        if when:
            details.append(Run((" " if details else "") + f.DEADLINE, italic=True))
            details.append(Run(sentence(when)))
        if details:
            blocks.append(block("body", *details))
    return blocks


def _conclusion(meeting: Meeting) -> list[Block]:
    body = plain(meeting.conclusion) + directive_blocks(meeting)
    return [block("heading", f.CONCLUSION), *body] if body else []


def _closing(meeting: Meeting) -> list[Block]:
    """The end time, the secretary's closing note, the copies: a formula the note already says is left out."""
    formulas = rules.closing_formulas(meeting)
    sentences = [formulas.ended]
    sentences += [sentence(part) for part in paragraphs(meeting.closing_note)]
    sentences.append(formulas.copies)
    return [block("body", text) for text in sentences if text]


def with_end_mark(blocks: list[Block]) -> list[Block]:
    """The text ends with "./." on its last paragraph (a stop already there becomes part of the mark)."""
    if not blocks:
        return [block("body", f.END_MARK)]
    last = blocks[-1]
    runs = list(last.runs)
    tail = runs[-1].text.rstrip()
    tail = tail + "/." if tail.endswith(".") else tail + f.END_MARK
    runs[-1] = Run(tail, runs[-1].bold, runs[-1].italic, runs[-1].underline)
    return [*blocks[:-1], Block(last.kind, tuple(runs))]


def furniture(meeting: Meeting) -> dict:
    """Draft mark, the circulation mark (ô 11) and, when final, the fingerprint that matches the archive."""
    final = meeting.status == Status.FINAL
    return {
        "draft": not final,
        "circulation": f.CIRCULATION_MARKS.get(meeting.circulation, ""),
        "fingerprint": canonical.fingerprint(meeting) if final else "",
    }


def name_of(meeting: Meeting, attendee_id: str) -> str:
    person = meeting.attendee(attendee_id)
    return " ".join(person.name.split()) if person is not None else ""


def build(meeting: Meeting) -> Document:
    """The biên bản of a meeting as neutral content (see blocks.py)."""
    layout = meeting.layout
    body = _opening(meeting) + _attendance(meeting) + previous_results(meeting)
    body += _proceedings(meeting) + _conclusion(meeting)
    # Mẫu 1.9's "(Chữ ký)" notes are the template's placeholders: the space to sign is left blank.
    signatures = (
        Signature(f.wording(layout, "sign_secretary"), "", name_of(meeting, meeting.secretary)),
        Signature(f.wording(layout, "sign_chair"), "", name_of(meeting, meeting.chair)),
    )
    return Document(
        layout=layout,
        header=f.header(meeting, f.TYPE_CODES["minutes"], dated=False),
        blocks=tuple(title_blocks(f.MINUTES, meeting.title) + body),
        closing=tuple(with_end_mark(_closing(meeting))),
        signatures=signatures,
        recipients=f.recipient_lines(layout, meeting.recipients),
        title=f"{f.MINUTES} {' '.join(meeting.title.split())}",
        **furniture(meeting),
    )
