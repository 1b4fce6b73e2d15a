"""The secretary's own word list for the spell check: a UTF-8 text file in the data folder, a word a line.

Plain text on purpose, so that a list can be copied to another laptop or edited by hand. The file is
re-read before each addition and rewritten whole and atomically, so that two windows adding words at
the same time, or a crash during the write, never lose a word already kept.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from minutes_app import paths
from minutes_app.atomic import write_bytes_atomically
from minutes_app.domain.vietnamese import sort_key
from minutes_app.messages import UserError

FILE_NAME = "tu-dien-rieng.txt"
_HEADER = "# Từ điển riêng của Biên bản hội nghị: mỗi dòng một từ; dòng bắt đầu bằng # được bỏ qua.\n"


def default_path() -> Path:
    return paths.data_folder() / FILE_NAME


def clean(word: str) -> str:
    """One word as kept: composed, trimmed; empty when it is not a single word."""
    word = unicodedata.normalize("NFC", word).strip()
    return "" if not word or any(char.isspace() for char in word) else word


class UserWords:
    """The list in memory and on disk; ``words`` is what the checker is given."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.words: list[str] = self._read()

    def _read(self) -> list[str]:
        """What the file holds; a missing or unreadable file is an empty list, never an error."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
        found = (clean(line) for line in text.splitlines() if not line.lstrip().startswith("#"))
        return sorted({word for word in found if word}, key=sort_key)

    def add(self, word: str) -> None:
        """Keep ``word``; raises UserError (words.cannot_save) when the file cannot be written."""
        word = clean(word)
        if not word:
            return
        words = sorted({*self._read(), *self.words, word}, key=sort_key)
        data = (_HEADER + "".join(f"{entry}\n" for entry in words)).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomically(self.path, data)
        except OSError as error:
            self.words = words  # kept for this session at least
            raise UserError(
                "words.cannot_save", word=word, path=self.path, detail=error.strerror or error
            ) from error
        self.words = words
