"""Decoding JSON so that nothing is silently lost or turned into an error later: bounded, strict, with paths.

Python's json module keeps the last of two equal keys (the first value is lost without a word), accepts
lone surrogates ("\\ud800", which no file or database can store), integers of any size (which no
database column holds) and refuses a long digit string with a bare ValueError. Here each of those is a
UserError naming the JSON path, raised before the document reaches the schema or the database.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

from minutes_app.interchange.schema import check_sizes, json_path
from minutes_app.messages import UserError
from minutes_app.outputs import file_kind

MAX_INPUT_BYTES = 20 * 2**20
"""The largest meeting file read (20 MB): the longest real minutes are a few hundred kilobytes."""

INT_MIN, INT_MAX = -(2**63), 2**63 - 1


def read_bounded(path: str | os.PathLike, stdin_name: str = "-") -> bytes:
    """The bytes of a regular file, or of standard input for ``stdin_name``, refused beyond the limit."""
    if str(path) == stdin_name:
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        _limit(path, len(data))
        return data
    path = Path(path)
    try:
        # Non-blocking, so that a FIFO is refused at once instead of waiting for a writer.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise UserError("input.not_regular", path=str(path), kind=file_kind(path, follow=True))
            _limit(path, info.st_size)
            data = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise UserError("file.not_found", path=path) from None
    except IsADirectoryError:
        raise UserError("input.not_regular", path=str(path), kind=file_kind(path, follow=True)) from None
    except OSError as error:
        raise UserError("file.cannot_read", path=path, detail=error.strerror or error) from None
    _limit(path, len(data))  # a file that grew while it was read
    return data


def _limit(path, size: int) -> None:
    if size > MAX_INPUT_BYTES:
        raise UserError("input.too_large", path=str(path), limit=MAX_INPUT_BYTES // 2**20)


class _Object(dict):
    """A decoded JSON object that remembers the first key it held twice."""

    duplicate: str | None = None


def _pairs(pairs: list[tuple[str, object]]) -> _Object:
    found = _Object()
    for key, value in pairs:
        if key in found and found.duplicate is None:
            found.duplicate = key
        found[key] = value
    return found


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _inspect(value: object, path: list) -> None:
    """Walk the document (iteratively: a deep one must not overflow the stack) for what it cannot hold."""
    stack = [(value, path)]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            duplicate = getattr(value, "duplicate", None)
            if duplicate is not None:
                raise UserError("json.duplicate_key", where=json_path(path), name=duplicate)
            for key, item in reversed(list(value.items())):
                if _has_surrogate(key):
                    shown = key.encode("utf-8", "replace").decode()
                    raise UserError("json.surrogate", where=json_path([*path, shown]))
                stack.append((item, [*path, key]))
        elif isinstance(value, list):
            stack.extend((item, [*path, index]) for index, item in reversed(list(enumerate(value))))
        elif isinstance(value, str):
            if _has_surrogate(value):
                raise UserError("json.surrogate", where=json_path(path))
        elif isinstance(value, int) and not isinstance(value, bool) and not INT_MIN <= value <= INT_MAX:
            raise UserError("json.integer_range", where=json_path(path))


def decode(text: str, source: str) -> object:
    """The document in ``text``; every problem is a UserError (json.*) naming the line or the JSON path.

    A first plain parse lets a list longer than the schema allows be refused at once; only a document of
    a sensible size is parsed again, key by key, and walked for what it cannot hold.
    """
    check_sizes(_parse(text, source, None))
    document = _parse(text, source, _pairs)
    _inspect(document, [])
    return document


def _parse(text: str, source: str, hook) -> object:
    try:
        return json.loads(text, object_pairs_hook=hook)
    except json.JSONDecodeError as error:
        raise UserError(
            "json.invalid", path=source, line=error.lineno, column=error.colno, detail=error.msg
        ) from None
    except RecursionError:
        raise UserError("json.invalid", path=source, line=1, column=1, detail="nesting too deep") from None
    except ValueError as error:  # a number of thousands of digits
        raise UserError("json.invalid", path=source, line=1, column=1, detail=str(error)[:120]) from None
