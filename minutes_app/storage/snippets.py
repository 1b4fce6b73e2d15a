"""Snippets for search hits, cut from the original text around the first match of the folded words.

The original text is kept zlib-compressed beside the index (see search.py); a snippet usually needs
only its first few kilobytes, so it is decompressed and folded as a stream, only as far as the match.
Folding acts per character, so folding chunk by chunk gives fold() of the whole.
"""

from __future__ import annotations

import codecs
import re
import zlib

from minutes_app.storage.folding import fast_fold, original_offset

SEPARATOR = "\n"
_BEFORE = 50
_AFTER = 110
_FIRST_CHUNK = 2048  # most first matches are early: fold a little first, then more and more
_LARGEST_CHUNK = 32768


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)


def unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


class _Stream:
    """A compressed text read from its start a chunk at a time, with its folded form alongside."""

    def __init__(self, data: bytes) -> None:
        self._inflater = zlib.decompressobj()
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._pending = data
        self.text = ""
        self.folded = ""
        self.done = False
        self._chunk = _FIRST_CHUNK

    def more(self) -> None:
        chunk = self._inflater.decompress(self._pending, self._chunk)
        self._chunk = min(2 * self._chunk, _LARGEST_CHUNK)
        self._pending = self._inflater.unconsumed_tail
        if not self._pending:
            chunk += self._inflater.flush()
            self.done = True
        text = self._decoder.decode(chunk, final=self.done)
        self.text += text
        self.folded += fast_fold(text)


def _first_match(pattern: re.Pattern, stream: _Stream) -> int | None:
    """Offset in the folded text of the first whole-word match; a match touching the end of what is
    read so far may be the start of a longer word, so it counts only once the next character is known."""
    while True:
        found = pattern.search(stream.folded)
        if found is not None and (found.end() < len(stream.folded) or stream.done):
            return found.start()
        if stream.done:
            return None
        stream.more()


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


def snippet(packed_source: bytes, words: list[str]) -> str:
    """Original text around the first place any word occurs, on word boundaries, with ellipses."""
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W_])")
    source = _Stream(packed_source)
    source.more()
    found = _first_match(pattern, source) if words else None
    while True:
        start = original_offset(source.text, found) if found else 0
        if source.done or start + _AFTER < len(source.text):
            return _window(source.text, start, source.done)
        source.more()
