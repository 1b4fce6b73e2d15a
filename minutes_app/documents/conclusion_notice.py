"""Thông báo kết luận: the chair's conclusion and the directives, signed by the chair, with its own Nơi nhận."""

from __future__ import annotations

from minutes_app.documents import formulas as f
from minutes_app.documents.blocks import Document, Signature
from minutes_app.documents.minutes import (
    directive_blocks,
    furniture,
    name_of,
    plain,
    title_blocks,
    with_end_mark,
)
from minutes_app.domain import vietnamese
from minutes_app.domain.model import Meeting


def _recipients(meeting: Meeting) -> list[str]:
    """The units that must act, once each, then the minutes' own filing line ("Lưu ...") when there is one."""
    units: list[str] = []
    for directive in meeting.directives:
        unit = " ".join(directive.assignee.split())
        if unit and unit not in units:
            units.append(unit)
    filing = [r for r in meeting.recipients if vietnamese.fold(r).strip().startswith("luu")]
    return units + filing[-1:]


def _title(meeting: Meeting) -> str:
    """ "Kết luận của đồng chí … tại hội nghị …": the meeting's name continues the sentence in lower case."""
    chair = name_of(meeting, meeting.chair)
    title = f.mid_sentence(" ".join(meeting.title.split()))
    if not chair:
        return f.NOTICE_TITLE_NO_CHAIR.format(title=title)
    return f.NOTICE_TITLE.format(chair=chair, title=title)


def signer(meeting: Meeting) -> Signature:
    """Who signs: ``notice_signer`` when given ("TL. GIÁM ĐỐC" over "CHÁNH VĂN PHÒNG"), else the chair."""
    given = meeting.notice_signer
    if not given.is_empty():
        on_behalf = " ".join(f"{given.authority} {given.on_behalf_of}".split()).upper()
        title = " ".join(given.title.split()).upper()
        return Signature(
            "\n".join(part for part in (on_behalf, title) if part), "", " ".join(given.name.split())
        )
    chair = meeting.attendee(meeting.chair)
    position = " ".join(chair.position.split()).upper() if chair is not None else ""
    return Signature(position or f.wording(meeting.layout, "sign_chair"), "", name_of(meeting, meeting.chair))


def build(meeting: Meeting) -> Document:
    layout = meeting.layout
    body = plain(meeting.conclusion) + directive_blocks(meeting)
    return Document(
        layout=layout,
        header=f.header(meeting, f.TYPE_CODES["notice"], dated=True),
        blocks=tuple(title_blocks(f.NOTICE, _title(meeting))),
        closing=tuple(with_end_mark(body)),
        signatures=(signer(meeting),),
        recipients=f.recipient_lines(layout, _recipients(meeting)),
        title=f"{f.NOTICE} {_title(meeting)}",
        **furniture(meeting),
    )
