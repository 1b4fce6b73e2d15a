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

from minutes_app.domain.fields import field_types
from minutes_app.domain.model import (
    Circulation,
    Classification,
    FollowUp,
    ItemKind,
    Meeting,
    NoticeSigner,
    PreviousDirective,
)
from minutes_app.domain.vietnamese import nfc

FORMAT_VERSION = 2
"""The interchange format version this program writes; version 1 documents are still read."""

# Keys written even when empty, so that a document always shows the fields a person expects to fill.
_ALWAYS = {
    "title",
    "number",
    "date",
    "layout",
    "status",
    "classification",
    "circulation",
    "id",
    "name",
    "content",
    "subject",
}
_ALWAYS |= {"in_favour", "against", "abstain", "group", "attendance"}

# PreviousDirective is flat in the domain and nests its source in the document.
_SOURCE_KEYS = {
    "source_meeting_uid": "meeting_uid",
    "source_directive_id": "directive_id",
    "source_meeting_title": "meeting_title",
    "source_meeting_date": "meeting_date",
    "source_number": "number",
}
# Meeting attributes that are not written by the generic loop.
_MEETING_SKIP = {"id", "uid", "notice_signer", "followups", *(kind.value for kind in ItemKind)}


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _object_to_dict(obj: Any, skip: set[str] = frozenset()) -> dict:
    """The document form of a dataclass; None is always left out, empty values unless always shown."""
    result = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        value = getattr(obj, f.name)
        if value is None or (value in ("", []) and f.name not in _ALWAYS):
            continue
        result[f.name] = _encode(value)
    return result


def _previous_to_dict(item: PreviousDirective) -> dict:
    flat = _object_to_dict(item)
    source = {_SOURCE_KEYS[key]: flat.pop(key) for key in _SOURCE_KEYS if key in flat}
    result = {"id": flat.pop("id"), "source": source}
    result.update(flat)
    return result


def _item_to_dict(kind: ItemKind, item: Any) -> dict:
    return _previous_to_dict(item) if kind is ItemKind.PREVIOUS_DIRECTIVES else _object_to_dict(item)


def to_document(meeting: Meeting) -> dict:
    """The interchange form (meeting.schema.json version 2); the database id is not part of it."""
    head = _object_to_dict(meeting, _MEETING_SKIP)
    if meeting.uid:
        head["uid"] = meeting.uid
    if not meeting.notice_signer.is_empty():
        head["notice_signer"] = _object_to_dict(meeting.notice_signer)
    document = {"format_version": FORMAT_VERSION, "meeting": head}
    for kind in ItemKind:
        document[kind.value] = [_item_to_dict(kind, item) for item in meeting.items(kind)]
    document["followups"] = [_object_to_dict(entry) for entry in meeting.followups]
    return document


def _decode(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, type) and not isinstance(value, list) and issubclass(kind, Enum):
        return kind(value)
    if kind is dt.time:
        return dt.time.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc(v) if isinstance(v, str) else v for v in value]
    return value


def _object_from_dict(cls: type, data: dict) -> Any:
    """A dataclass from its document form; ``x_`` keys and keys of other versions are ignored."""
    types = field_types(cls)
    return cls(**{name: _decode(types[name], data[name]) for name in types if name in data})


def _previous_from_dict(data: dict) -> PreviousDirective:
    flat = {key: value for key, value in data.items() if key != "source"}
    source = data.get("source", {})
    flat.update({key: source[name] for key, name in _SOURCE_KEYS.items() if name in source})
    return _object_from_dict(PreviousDirective, flat)


def from_document(document: dict) -> Meeting:
    """A meeting from a schema-valid document of version 1 or 2; ``x_`` keys are ignored, text is NFC.

    Version 1 kept the circulation mark among the classifications: "internal" becomes circulation
    "internal" (a version 2 document that still says so is read the same way).
    """
    head = {k: v for k, v in document["meeting"].items() if not k.startswith("x_")}
    if head.get("classification") == "internal":
        head["classification"] = ""
        if not head.get("circulation"):
            head["circulation"] = "internal"
    signer = head.pop("notice_signer", None)
    meeting = _object_from_dict(Meeting, {k: v for k, v in head.items() if k not in _MEETING_SKIP})
    meeting.uid = nfc(head.get("uid", ""))
    if signer:
        meeting.notice_signer = _object_from_dict(NoticeSigner, signer)
    for kind in ItemKind:
        rows = document.get(kind.value, [])
        if kind is ItemKind.PREVIOUS_DIRECTIVES:
            meeting.previous_directives = [_previous_from_dict(row) for row in rows]
        else:
            setattr(meeting, kind.value, [_object_from_dict(kind.item_class, row) for row in rows])
    meeting.followups = [_object_from_dict(FollowUp, row) for row in document.get("followups", [])]
    return meeting


def _expressible_in_version_1(head: dict, document: dict) -> bool:
    circulation = head.get("circulation", "")
    classification = head.get("classification", "")
    return (
        not document.get(ItemKind.PREVIOUS_DIRECTIVES.value)
        and "notice_signer" not in head
        and classification in (Classification.NONE, Classification.CONFIDENTIAL)
        and (circulation == Circulation.NONE or (circulation == Circulation.INTERNAL and not classification))
    )


def _content_document(meeting: Meeting) -> dict:
    """What the fingerprint covers: the signed content, without status, uid and follow-ups.

    A meeting that version 1 of the format could express is given in version 1's form, so that
    minutes signed before version 2 keep the fingerprint printed on their paper copy.
    """
    document = to_document(normalize(meeting))
    head = document["meeting"]
    head.pop("status", None)  # finalizing must not change the fingerprint it prints
    head.pop("uid", None)
    document.pop("followups")
    if _expressible_in_version_1(head, document):
        document["format_version"] = 1
        del document[ItemKind.PREVIOUS_DIRECTIVES.value]
        if head.pop("circulation", "") == Circulation.INTERNAL:
            head["classification"] = "internal"
    return document


def canonical_json(meeting: Meeting) -> bytes:
    """Stable bytes for a meeting's signed content: sorted keys, no spaces, UTF-8, NFC."""
    document = _content_document(meeting)
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
