"""Validation against the bundled meeting.schema.json, with errors that name the JSON path."""

from __future__ import annotations

import functools
import json

from minutes_app import paths
from minutes_app.messages import UserError, text


@functools.cache
def _validator():
    # jsonschema is imported lazily: the command line's other subcommands should not pay for it.
    import jsonschema

    with open(paths.SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def json_path(parts) -> str:
    """``attendees[3].attendance`` from jsonschema's deque of keys and indexes."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(gốc tài liệu)"


def _describe(error) -> str:
    """A short, stable description: jsonschema's own sentences repeat the whole (possibly huge) value."""
    validator = error.validator
    if validator == "required":
        missing = [name for name in error.validator_value if name not in (error.instance or {})]
        return text("schema.required", names=", ".join(missing))
    if validator == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed and not k.startswith("x_"))
        return text("schema.extra", names=", ".join(extra))
    if validator == "enum":
        return text("schema.enum", values=", ".join(map(repr, error.validator_value)))
    if validator == "type":
        return text("schema.type", type=error.validator_value)
    if validator == "const":
        return text("schema.const", value=repr(error.validator_value))
    if validator == "pattern":
        return text("schema.time")
    if validator == "format":
        return text("schema.date")
    if validator in {"minLength", "minimum"}:
        return text("schema.too_small")
    if validator == "maxLength":
        return text("schema.too_long", limit=f"{error.validator_value:,}".replace(",", "."))
    if validator == "maximum":
        return text("schema.too_large", limit=error.validator_value)
    if validator == "maxItems":
        return text("schema.too_many", limit=error.validator_value)
    return error.message[:200]


def validate_document(document: object) -> None:
    """Raise a UserError naming the first failing path (the shallowest, so it is the most useful)."""
    errors = sorted(
        _validator().iter_errors(document),
        key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))),
    )
    if errors:
        first = errors[0]
        raise UserError("json.schema", where=json_path(first.absolute_path), detail=_describe(first))
