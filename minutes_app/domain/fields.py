"""The resolved types of the domain's dataclass fields, for the code that converts values at a border.

Storage columns and interchange documents both turn strings back into dates, times and enums; they
read what a field must become from its annotation here instead of each keeping a table of its own.
"""

from __future__ import annotations

import functools
import types
import typing
from typing import Any


@functools.cache
def field_types(cls: type) -> dict[str, Any]:
    """Resolved field types with ``X | None`` reduced to X: what a stored value must become again."""
    resolved = {}
    for name, hint in typing.get_type_hints(cls).items():
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
        resolved[name] = hint
    return resolved


@functools.cache
def optional_fields(cls: type) -> frozenset[str]:
    """Fields that may hold None (an unset time, date or count)."""
    return frozenset(
        name for name, hint in typing.get_type_hints(cls).items() if type(None) in typing.get_args(hint)
    )
