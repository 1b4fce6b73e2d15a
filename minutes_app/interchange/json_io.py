"""Meetings to and from JSON files: decoding, schema and rule checks, atomic writing."""

from __future__ import annotations

import json
import os

from minutes_app.atomic import write_bytes_atomically
from minutes_app.domain import canonical, rules
from minutes_app.domain.model import Meeting
from minutes_app.interchange.schema import validate_document
from minutes_app.interchange.strict_json import decode, read_bounded
from minutes_app.messages import UserError
from minutes_app.outputs import is_private


def parse_document(document: object) -> Meeting:
    """A meeting from an already decoded document: schema first, then the meeting's own rules."""
    validate_document(document)
    meeting = canonical.from_document(document)
    problems = rules.validate(meeting)
    if problems:
        first = problems[0]
        raise UserError(first.key, where=first.where, **first.params)
    return meeting


def loads(text: str, source: str = "<json>") -> Meeting:
    return parse_document(decode(text, source))


def read_meeting(path: str | os.PathLike) -> Meeting:
    """A meeting from a regular file of at most MAX_INPUT_BYTES, or from standard input for "-"."""
    raw = read_bounded(path)
    name = "<stdin>" if str(path) == "-" else str(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError("file.not_utf8", path=name) from None
    return loads(text, name)


def dumps(meeting: Meeting) -> str:
    """The interchange document of a meeting; validated, because other tools rely on it."""
    document = canonical.to_document(canonical.normalize(meeting))
    validate_document(document)
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def write_meeting(meeting: Meeting, path: str | os.PathLike) -> None:
    """Written atomically through the output gate; private to its owner when the meeting is restricted."""
    try:
        write_bytes_atomically(path, dumps(meeting).encode("utf-8"), private=is_private(meeting))
    except OSError as error:
        raise UserError("file.cannot_write", path=path, detail=error.strerror or error) from None
