"""Validation against the bundled meeting.schema.json, with errors that name the JSON path."""

from __future__ import annotations

import functools
import itertools
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


MAX_ERRORS = 20
"""Validation stops after this many problems: a file with a million bad entries is refused in moments."""


def _too_many_items(schema: dict, document: object, path: list) -> tuple[list, int] | None:
    """The first array longer than its schema allows, found before validating what it holds: a
    million-entry list would otherwise be walked entry by entry only to be refused for its length."""
    if not isinstance(document, dict) or not isinstance(schema, dict):
        return None
    for key, sub in schema.get("properties", {}).items():
        value = document.get(key)
        if isinstance(value, list) and len(value) > sub.get("maxItems", len(value)):
            return [*path, key], sub["maxItems"]
        if isinstance(value, dict):
            found = _too_many_items(sub, value, [*path, key])
            if found:
                return found
    return None


def check_sizes(document: object) -> None:
    """Refuse at once a list longer than the schema allows (before anything walks its entries)."""
    oversized = _too_many_items(_validator().schema, document, [])
    if oversized:
        where, limit = oversized
        raise UserError("json.schema", where=json_path(where), detail=text("schema.too_many", limit=limit))


def validate_document(document: object) -> None:
    """Raise a UserError naming the first failing path (the shallowest, so it is the most useful), and
    how many more problems there are: at most MAX_ERRORS are looked for."""
    check_sizes(document)
    errors = sorted(
        itertools.islice(_validator().iter_errors(document), MAX_ERRORS),
        key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))),
    )
    if not errors:
        return
    first = errors[0]
    detail = _describe(first)
    if len(errors) == MAX_ERRORS:
        detail += text("schema.more_stopped", count=len(errors) - 1, limit=MAX_ERRORS)
    elif len(errors) > 1:
        detail += text("schema.more", count=len(errors) - 1)
    raise UserError("json.schema", where=json_path(first.absolute_path), detail=detail)
