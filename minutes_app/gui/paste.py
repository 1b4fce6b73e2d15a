"""Rows pasted from a spreadsheet or a word processor table, turned into attendees."""

from __future__ import annotations

from minutes_app.domain.model import Group
from minutes_app.domain.vietnamese import fold, nfc

_GROUP_WORDS = {
    Group.GUEST: ("khach", "khach moi", "guest", "dai bieu khach moi"),
    Group.PRESS: ("bao chi", "press", "phong vien"),
    Group.MEMBER: ("thanh vien", "member", "chinh thuc", "dai bieu chinh thuc"),
}
_HEADER_NAMES = ("ho va ten", "ho ten", "name", "ten")


def is_table(text: str) -> bool:
    """Several rows or cells: a list to add. A single word is a value for the current cell."""
    return "\t" in text.strip() or "\n" in text.strip()


def group_of(cell: str) -> Group:
    folded = fold(cell.strip())
    return next((group for group, words in _GROUP_WORDS.items() if folded in words), Group.MEMBER)


def parse_people(text: str) -> list[tuple[str, str, str, Group]]:
    """(name, position, unit, group) per non-empty line: tab-separated cells, a header row skipped.

    Spreadsheet copies quote cells and may carry a numbering column ("1", "2."), which is dropped so
    that the protocol order comes from the rows themselves.
    """
    people = []
    for line in nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        cells = [cell.strip().strip('"').strip() for cell in line.split("\t")]
        if cells and cells[0].rstrip(".").isdigit():
            cells = cells[1:]
        if not cells or not cells[0]:
            continue
        if not people and fold(cells[0]) in _HEADER_NAMES:
            continue
        cells += [""] * (4 - len(cells))
        people.append((cells[0], cells[1], cells[2], group_of(cells[3])))
    return people
