"""Domain values ⇄ column values: the one place that knows how each field of a meeting is stored.

Enums are stored as their values, dates and times in ISO form (seconds kept when present), recipients
as a JSON array, a small record (the notice signer) as a JSON object; text is NFC on the way in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import typing
from enum import Enum
from typing import Any

from minutes_app.domain.fields import field_types, optional_fields
from minutes_app.domain.model import ItemKind, Meeting
from minutes_app.domain.vietnamese import nfc

_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """Text read from a damaged row can hold bytes that were not UTF-8 (kept as lone surrogates, see
    engines/sqlite_file.py): shown as U+FFFD, so that listing or printing it never fails."""
    return _SURROGATE.sub("\ufffd", text)


def normalize_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [normalize_value(v) for v in value]
    return value


def encode(cls: type, name: str, value: Any) -> Any:
    kind = field_types(cls)[name]
    if value is None:
        if name not in optional_fields(cls):
            raise TypeError(f"{cls.__name__}.{name} cannot be None")  # a caller's bug, not a full disk
        return None
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value).value
    if kind in (dt.time, dt.date):
        return kind.fromisoformat(value).isoformat() if isinstance(value, str) else value.isoformat()
    if typing.get_origin(kind) is list:
        return json.dumps([nfc(str(v)) for v in value], ensure_ascii=False)
    if dataclasses.is_dataclass(kind):
        record = value if isinstance(value, dict) else dataclasses.asdict(value)
        known = {f.name for f in dataclasses.fields(kind)}
        return json.dumps(
            {k: nfc(v) if isinstance(v, str) else v for k, v in record.items() if k in known},
            ensure_ascii=False,
            sort_keys=True,
        )
    if kind is int:
        return int(value)
    return nfc(value) if isinstance(value, str) else value


def decode(cls: type, name: str, value: Any) -> Any:
    kind = field_types(cls)[name]
    if typing.get_origin(kind) is list:
        return json.loads(value) if value else []
    if dataclasses.is_dataclass(kind):
        return kind(**json.loads(value)) if value else kind()
    if value is None:
        return None
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind in (dt.time, dt.date):
        return kind.fromisoformat(value)
    return value


def item_columns(kind: ItemKind) -> tuple[str, ...]:
    """The item's fields other than its id, which is stored in the ``key`` column."""
    return tuple(f.name for f in dataclasses.fields(kind.item_class) if f.name != "id")


def item_to_row(kind: ItemKind, item: Any) -> dict[str, Any]:
    row = {name: encode(kind.item_class, name, getattr(item, name)) for name in item_columns(kind)}
    row["key"] = item.id
    return row


def item_from_row(kind: ItemKind, row: dict[str, Any]) -> Any:
    values = {name: decode(kind.item_class, name, row[name]) for name in item_columns(kind)}
    return kind.item_class(id=row["key"], **values)


def meeting_to_row(meeting: Meeting, fields: typing.Iterable[str]) -> dict[str, Any]:
    return {name: encode(Meeting, name, getattr(meeting, name)) for name in fields}


def meeting_from_row(row: dict[str, Any], fields: typing.Iterable[str]) -> Meeting:
    values = {name: decode(Meeting, name, row[name]) for name in fields}
    return Meeting(id=row["id"], **values)
