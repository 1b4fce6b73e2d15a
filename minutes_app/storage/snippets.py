"""Snippets for search hits, cut from the original text around the first match of the folded words.

The texts are kept zlib-compressed beside the index (see search.py); a snippet usually needs only
their first few kilobytes, so both are decompressed as a stream and only as far as the match.
"""

from __future__ import annotations

import codecs
import re
import zlib

from minutes_app.storage.folding import original_offset

SEPARATOR = "\n"
_BEFORE = 50
_AFTER = 110
_CHUNK = 8192


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)


def unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


class _Stream:
    """A compressed text read from its start, a chunk at a time."""

    def __init__(self, data: bytes) -> None:
        self._inflater = zlib.decompressobj()
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._pending = data
        self.text = ""
        self.done = False

    def more(self) -> None:
        chunk = self._inflater.decompress(self._pending, _CHUNK)
        self._pending = self._inflater.unconsumed_tail
        if not self._pending:
            chunk += self._inflater.flush()
            self.done = True
        self.text += self._decoder.decode(chunk, final=self.done)


def _first_match(pattern: re.Pattern, folded: _Stream) -> int | None:
    """Offset of the first whole-word match; a match touching the end of what is read so far may be
    the start of a longer word, so it counts only once the next character is known."""
    while True:
        found = pattern.search(folded.text)
        if found is not None and (found.end() < len(folded.text) or folded.done):
            return found.start()
        if folded.done:
            return None
        folded.more()


def _window(source: str, start: int, complete: bool) -> str:
    begin = max(0, start - _BEFORE)
    end = min(len(source), start + _AFTER)
    if begin > 0:
        space = source.find(" ", begin, start)
        begin = space + 1 if space != -1 else begin
    if end < len(source):
        space = source.rfind(" ", start, end)
        end = space if space > start else end
    text = " · ".join(line.strip() for line in source[begin:end].split(SEPARATOR) if line.strip())
    more_after = end < len(source) or not complete
    return ("…" if begin > 0 else "") + text + ("…" if more_after else "")


def snippet(packed_source: bytes, packed_folded: bytes, words: list[str]) -> str:
    """Original text around the first place any word occurs, on word boundaries, with ellipses."""
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W_])")
    found = _first_match(pattern, _Stream(packed_folded)) if words else None
    source = _Stream(packed_source)
    source.more()
    while True:
        start = original_offset(source.text, found) if found else 0
        if source.done or start + _AFTER < len(source.text):
            return _window(source.text, start, source.done)
        source.more()
