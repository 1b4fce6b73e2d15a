"""Meetings to and from JSON files: decoding, schema and rule checks, atomic writing."""

from __future__ import annotations

import json
import os
from pathlib import Path

from minutes_app.atomic import write_bytes_atomically
from minutes_app.domain import canonical, rules
from minutes_app.domain.model import Meeting
from minutes_app.interchange.schema import validate_document
from minutes_app.messages import UserError


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
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(
            "json.invalid", path=source, line=error.lineno, column=error.colno, detail=error.msg
        ) from None
    except RecursionError:
        raise UserError("json.invalid", path=source, line=1, column=1, detail="nesting too deep") from None
    return parse_document(document)


def read_meeting(path: str | os.PathLike) -> Meeting:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError("file.not_found", path=path) from None
    except OSError as error:
        raise UserError("file.cannot_read", path=path, detail=error.strerror or error) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError("file.not_utf8", path=path) from None
    return loads(text, str(path))


def dumps(meeting: Meeting) -> str:
    """The interchange document of a meeting; validated, because other tools rely on it."""
    document = canonical.to_document(canonical.normalize(meeting))
    validate_document(document)
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def write_meeting(meeting: Meeting, path: str | os.PathLike) -> None:
    try:
        write_bytes_atomically(path, dumps(meeting).encode("utf-8"))
    except OSError as error:
        raise UserError("file.cannot_write", path=path, detail=error.strerror or error) from None
