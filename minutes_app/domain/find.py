"""Finding and replacing text in one meeting: its own text fields and those of every kind of item.

Fields are found from the dataclasses, not listed by hand, so that a kind of item or a field added to
the model is searched without a change here. Text is a field annotated ``str`` or ``list[str]`` (one
hit per line) or a record of such fields (the notice signer); identifiers (``id``, ``uid``, ``*_id``,
``*_uid``), the fields that refer to a person or a report by id and the few that hold one of a fixed
list of values are not text, and neither are enums, dates or counts.
Offsets are indexes into Python strings; the window converts them to its own units.
"""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from minutes_app.domain.fields import field_types
from minutes_app.domain.model import ItemKind, Meeting, Status
from minutes_app.domain.vietnamese import fold, nfc
from minutes_app.messages import UserError

REFERENCES = frozenset({"chair", "secretary", "presenter", "speaker", "substitute_for", "report"})
"""Fields that hold the id of an attendee or a report: what the minutes print there is a name."""
CHOICES = frozenset({"authority"})
"""Text fields limited to a fixed list (the signing authority "TL.", "KT."…): a replacement could only break them."""


@dataclass(frozen=True)
class Query:
    text: str
    match_case: bool = False
    ignore_accents: bool = False  # "dang" finds "Đảng"
    whole_words: bool = False


@dataclass(frozen=True)
class Place:
    """One text: a field of the meeting (``kind`` None) or of one item, a line of a list, a part of a record."""

    kind: ItemKind | None
    item_id: str
    field: str
    line: int | None = None
    part: str | None = None


@dataclass(frozen=True)
class Hit:
    place: Place
    start: int
    end: int


@dataclass(frozen=True)
class FieldEdit:
    """The new value of one whole field, as the editor stores it (a list or a record, not just one line)."""

    kind: ItemKind | None
    item_id: str
    field: str
    value: Any


def is_identifier(name: str) -> bool:
    return name in ("id", "uid") or name.endswith(("_id", "_uid")) or name in REFERENCES or name in CHOICES


@functools.cache
def _text_fields(cls: type) -> tuple[tuple[str, str], ...]:
    """(name, shape) of the fields of a dataclass that hold text: "text", "lines" or "record"."""
    shapes = []
    for name, hint in field_types(cls).items():
        if is_identifier(name):
            continue
        if hint is str:
            shapes.append((name, "text"))
        elif hint == list[str]:
            shapes.append((name, "lines"))
        elif dataclasses.is_dataclass(hint):
            shapes.append((name, "record"))
    return tuple(shapes)


def _plain(value: Any) -> bool:
    return isinstance(value, str) and not isinstance(value, Enum)


def _texts_of(
    obj: Any, kind: ItemKind | None, item_id: str, skip: frozenset[str]
) -> Iterator[tuple[Place, str]]:
    for name, shape in _text_fields(type(obj)):
        if name in skip:
            continue
        value = getattr(obj, name)
        if shape == "text" and _plain(value):
            yield Place(kind, item_id, name), value
        elif shape == "lines" and isinstance(value, list):
            for line, text in enumerate(value):
                if _plain(text):
                    yield Place(kind, item_id, name, line=line), text
        elif shape == "record" and value is not None:
            for part, part_shape in _text_fields(type(value)):
                inner = getattr(value, part)
                if part_shape == "text" and _plain(inner):
                    yield Place(kind, item_id, name, part=part), inner


def texts(meeting: Meeting) -> Iterator[tuple[Place, str]]:
    """Every text of the meeting in model order: the meeting's own fields, then each kind's items in order."""
    kinds = frozenset(kind.value for kind in ItemKind)
    yield from _texts_of(meeting, None, "", kinds)
    for kind in ItemKind:
        for item in meeting.items(kind):
            yield from _texts_of(item, kind, item.id, frozenset())


def text_at(meeting: Meeting, place: Place) -> str | None:
    """The text at a place now, or None when the item, line or field is gone."""
    owner: Any = meeting
    if place.kind is not None:
        owner = next((item for item in meeting.items(place.kind) if item.id == place.item_id), None)
    value = getattr(owner, place.field, None) if owner is not None else None
    if place.line is not None:
        value = value[place.line] if isinstance(value, list) and place.line < len(value) else None
    elif place.part is not None:
        value = getattr(value, place.part, None)
    return value if _plain(value) else None


# -- matching ---------------------------------------------------------------------------------------
def _strip_marks(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.replace("đ", "d").replace("Đ", "D")


@functools.lru_cache(maxsize=8192)
def _char_key(char: str, match_case: bool, ignore_accents: bool, decomposed: bool) -> str:
    """What one character compares as; may be empty (a lone combining mark) or longer (ß → ss).

    With accents, letters compare composed in NFC text and decomposed in any other (a Unikey "tổ hợp"
    paste), so that a composed query finds decomposed text too.
    """
    if ignore_accents:
        return _strip_marks(char) if match_case else fold(char)
    key = char if match_case else char.casefold()
    return unicodedata.normalize("NFD", key) if decomposed else key


def _keyed(text: str, query: Query) -> tuple[str, list[int] | None, bool]:
    """The comparable form of ``text``, the original index of each of its characters when lengths differ,
    and whether letters were decomposed.

    Most text is NFC with one key per character: then one translate() does it, at C speed.
    """
    decomposed = not query.ignore_accents and not unicodedata.is_normalized("NFC", text)
    if not query.ignore_accents and not decomposed:
        keyed = text if query.match_case else text.casefold()
        if len(keyed) == len(text):  # casefold kept one character for each (no ß, no ligature)
            return keyed, None, False
    options = (query.match_case, query.ignore_accents, decomposed)
    table = {ord(char): _char_key(char, *options) for char in set(text)}
    if all(len(key) == 1 for key in table.values()):
        return text.translate(table), None, decomposed
    keys = [table[ord(char)] for char in text]
    origin = [index for index, key in enumerate(keys) for _ in key]
    return "".join(keys), origin, decomposed


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.combining(char) != 0


def find_in_text(text: str, query: Query) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of the query in one text, first to last."""
    if not query.text or not text:
        return []
    keyed, origin, decomposed = _keyed(text, query)
    options = (query.match_case, query.ignore_accents, decomposed)
    needle = "".join(_char_key(char, *options) for char in nfc(query.text))
    if not needle:
        return []
    spans = []
    position = keyed.find(needle)
    while position >= 0:
        stop = position + len(needle)
        start = origin[position] if origin else position
        end = origin[stop - 1] + 1 if origin else stop
        while end < len(text) and _char_key(text[end], *options) == "":
            end += 1  # a decomposed mark belongs to the letter before it
        splits_letter = stop < len(keyed) and unicodedata.combining(keyed[stop]) != 0  # "ba" in "bà"
        bounded = (start == 0 or not _is_word_char(text[start - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        )
        accepted = not splits_letter and (bounded or not query.whole_words)
        if accepted and (not spans or start >= spans[-1][1]):
            spans.append((start, end))
            position = keyed.find(needle, stop)
        else:
            position = keyed.find(needle, position + 1)
    return spans


def find_all(meeting: Meeting, query: Query) -> list[Hit]:
    """Every hit in the meeting, in model order (see ``texts``)."""
    return [
        Hit(place, start, end) for place, text in texts(meeting) for start, end in find_in_text(text, query)
    ]


# -- replacing --------------------------------------------------------------------------------------
def _owner(meeting: Meeting, place: Place) -> Any:
    if place.kind is None:
        return meeting
    return next(item for item in meeting.items(place.kind) if item.id == place.item_id)


def _with_text(value: Any, place: Place, new_text: str) -> Any:
    """The field's value with the text at ``place`` (a line, a part or the whole) replaced."""
    if place.line is not None:
        return [new_text if index == place.line else line for index, line in enumerate(value)]
    if place.part is not None:
        return dataclasses.replace(value, **{place.part: new_text})
    return new_text


def _writable(meeting: Meeting) -> None:
    if meeting.status == Status.FINAL:
        raise UserError("meeting.final", title=meeting.title)


def replace_hit(meeting: Meeting, hit: Hit, query: Query, replacement: str) -> FieldEdit | None:
    """The edit that replaces one hit, or None when the text there no longer holds it (edited since)."""
    _writable(meeting)
    text = text_at(meeting, hit.place)
    if text is None or (hit.start, hit.end) not in find_in_text(text, query):
        return None
    place = hit.place
    value = getattr(_owner(meeting, place), place.field)
    new_text = text[: hit.start] + nfc(replacement) + text[hit.end :]
    return FieldEdit(place.kind, place.item_id, place.field, _with_text(value, place, new_text))


def replace_all(meeting: Meeting, query: Query, replacement: str) -> tuple[list[FieldEdit], int]:
    """One edit per changed field (its changed lines or parts gathered into it) and the number of hits."""
    _writable(meeting)
    replacement = nfc(replacement)
    values: dict[tuple, Any] = {}
    count = 0
    for place, text in texts(meeting):
        spans = find_in_text(text, query)
        if not spans:
            continue
        count += len(spans)
        pieces, last = [], 0
        for start, end in spans:
            pieces += [text[last:start], replacement]
            last = end
        key = (place.kind, place.item_id, place.field)
        value = values[key] if key in values else getattr(_owner(meeting, place), place.field)
        values[key] = _with_text(value, place, "".join(pieces) + text[last:])
    return [FieldEdit(kind, item_id, field, value) for (kind, item_id, field), value in values.items()], count
