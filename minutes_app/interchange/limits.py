"""The longest text each field may hold, read from the bundled meeting.schema.json (its maxLength).

Import refuses a longer value with its JSON path (the schema check); the window uses the same numbers so
that a field stops accepting input at its maximum instead of storing what could never be exported.
"""

from __future__ import annotations

import functools
import json

from minutes_app import paths
from minutes_app.domain.model import ItemKind


@functools.cache
def _schema() -> dict:
    with open(paths.SCHEMA, encoding="utf-8") as handle:
        return json.load(handle)


def _resolve(node: dict) -> dict:
    ref = node.get("$ref", "")
    if ref.startswith("#/$defs/"):
        return _schema()["$defs"][ref.removeprefix("#/$defs/")]
    return node


def _properties(node: dict) -> dict:
    return _resolve(node).get("properties", {})


def _limit(node: dict | None) -> int | None:
    """maxLength of a text field; of a list of texts (recipients), room for every entry, one per line."""
    if node is None:
        return None
    node = _resolve(node)
    if "items" in node:
        item = _limit(node["items"])
        count = node.get("maxItems")
        return None if item is None or count is None else count * (item + 1)
    return node.get("maxLength")


@functools.cache
def max_length(kind: ItemKind | None, field: str) -> int | None:
    """The longest value of ``field`` of the meeting (``kind`` None) or of an item of ``kind``; None when
    the schema sets no maximum. A previous directive's ``source_…`` fields are its ``source`` object's."""
    top = _properties(_schema())
    if kind is None:
        return _limit(_properties(top["meeting"]).get(field))
    fields = _properties(top[ItemKind(kind).value]["items"])
    if field not in fields and field.startswith("source_"):
        return _limit(_properties(fields.get("source", {})).get(field.removeprefix("source_")))
    return _limit(fields.get(field))
