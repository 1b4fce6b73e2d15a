"""The meeting as an interchange document (a dict), its canonical bytes and fingerprint, and NFC entry.

The dict form lives in the domain, not in interchange/, because the printed minutes carry a fingerprint
of the canonical JSON and documents/ may only import the domain.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from enum import Enum
from typing import Any

from minutes_app.domain.model import (
    Attendance,
    Attendee,
    Classification,
    Contribution,
    Directive,
    DirectiveStatus,
    Group,
    ItemKind,
    Layout,
    Meeting,
    Report,
    Status,
    Vote,
)
from minutes_app.domain.vietnamese import nfc

FORMAT_VERSION = 1

# Keys written even when empty, so that a document always shows the fields a person expects to fill.
_ALWAYS = {
    "title",
    "number",
    "date",
    "layout",
    "status",
    "classification",
    "id",
    "name",
    "content",
    "subject",
}
_ALWAYS |= {"in_favour", "against", "abstain", "group", "attendance"}

_FIELD_TYPES: dict[str, type] = {
    "layout": Layout,
    "classification": Classification,
    "status": Status,
    "group": Group,
    "attendance": Attendance,
}


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _object_to_dict(obj: Any, skip: set[str] = frozenset()) -> dict:
    result = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        value = getattr(obj, f.name)
        if value in (None, "", []) and f.name not in _ALWAYS:
            continue
        result[f.name] = _encode(value)
    return result


def to_document(meeting: Meeting) -> dict:
    """The interchange form (meeting.schema.json version 1); the database id is not part of it."""
    skip = {"id", *(kind.value for kind in ItemKind)}
    document = {"format_version": FORMAT_VERSION, "meeting": _object_to_dict(meeting, skip)}
    for kind in ItemKind:
        document[kind.value] = [_object_to_dict(item) for item in meeting.items(kind)]
    return document


def _decode(name: str, value: Any, annotation: str) -> Any:
    if value is None:
        return None
    if name in _FIELD_TYPES:
        return _FIELD_TYPES[name](value)
    if name == "status" and "DirectiveStatus" in annotation:
        return DirectiveStatus(value)
    if "dt.time" in annotation:
        return dt.time.fromisoformat(value)
    if "dt.date" in annotation:
        return dt.date.fromisoformat(value)
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc(v) if isinstance(v, str) else v for v in value]
    return value


def _object_from_dict(cls: type, data: dict) -> Any:
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            annotation = str(f.type)
            if cls is Directive and f.name == "status":
                kwargs[f.name] = DirectiveStatus(data[f.name])
            else:
                kwargs[f.name] = _decode(f.name, data[f.name], annotation)
    return cls(**kwargs)


def from_document(document: dict) -> Meeting:
    """A meeting from a schema-valid document; unknown ``x_`` keys are ignored, text becomes NFC."""
    head = {k: v for k, v in document["meeting"].items() if not k.startswith("x_")}
    meeting = _object_from_dict(Meeting, head)
    classes = {
        ItemKind.ATTENDEES: Attendee,
        ItemKind.REPORTS: Report,
        ItemKind.DISCUSSION: Contribution,
        ItemKind.VOTES: Vote,
        ItemKind.DIRECTIVES: Directive,
    }
    for kind, cls in classes.items():
        rows = document.get(kind.value, [])
        setattr(meeting, kind.value, [_object_from_dict(cls, row) for row in rows])
    return meeting


def canonical_json(meeting: Meeting) -> bytes:
    """Stable bytes for a meeting's content: sorted keys, no spaces, UTF-8, NFC."""
    document = to_document(normalize(meeting))
    document["meeting"].pop("status", None)  # finalizing must not change the fingerprint it prints
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def fingerprint(meeting: Meeting) -> str:
    """The 12 hex digits printed on finalized minutes, to match a signed paper copy to the archive."""
    return hashlib.sha256(canonical_json(meeting)).hexdigest()[:12]


def _normalize_value(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Enum):
        return nfc(value)
    if isinstance(value, list):
        return [_normalize_value(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return normalize(value)
    return value


def normalize(obj: Any) -> Any:
    """A copy of a meeting (or one of its items) with every string in NFC: the domain's entry rule."""
    changes = {f.name: _normalize_value(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    return dataclasses.replace(obj, **changes)
