"""Mapping offsets in folded text back to the original text, for snippets shown with their accents.

domain.vietnamese.fold acts per character on NFC text, and for Vietnamese every character folds to
exactly one, so offsets usually carry over unchanged; where folding changed the length (ß → ss,
ligatures, leftover combining marks) the offset is found by walking the original.
"""

from __future__ import annotations

from minutes_app.domain.vietnamese import fold


def original_offset(original: str, folded: str, folded_offset: int) -> int:
    """The index in ``original`` whose folded form covers ``folded_offset`` in ``folded``."""
    if len(original) == len(folded):
        return folded_offset
    consumed = 0
    for index, char in enumerate(original):
        width = len(fold(char))
        if consumed + width > folded_offset:
            return index
        consumed += width
    return len(original)
