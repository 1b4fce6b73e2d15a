"""The user's phrase bank on disk: a JSON file in the data folder, written atomically, with the built-in
phrases (resources/phrases) until the user changes the list, and export and import as files.

A damaged file is never overwritten: it is renamed aside, the user is told where, and the built-in
phrases are used until the list is saved again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from minutes_app import paths
from minutes_app.atomic import write_bytes_atomically
from minutes_app.domain.phrases import Phrase, from_document, to_document
from minutes_app.messages import UserError

FILE_NAME = "phrases.json"


def default_path() -> Path:
    """In the per-user data folder (platformdirs), beside the default database, whatever --db says."""
    import platformdirs

    return Path(platformdirs.user_data_dir("minutes_app")) / FILE_NAME


def read_phrases(path: str | os.PathLike) -> list[Phrase]:
    """Phrases from a file; UserError (file.* or phrases.invalid) when it cannot be read or is not one."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError("file.not_found", path=path) from None
    except OSError as error:
        raise UserError("file.cannot_read", path=path, detail=error.strerror or error) from None
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise UserError("file.not_utf8", path=path) from None
    except json.JSONDecodeError as error:
        raise UserError(
            "json.invalid", path=path, line=error.lineno, column=error.colno, detail=error.msg
        ) from None
    return from_document(document)


def write_phrases(path: str | os.PathLike, phrases: list[Phrase]) -> None:
    """The whole list, atomically: the file holds the old list or the new one, never half of one."""
    path = Path(path)
    data = (json.dumps(to_document(phrases), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(path, data)
    except OSError as error:
        raise UserError("file.cannot_write", path=path, detail=error.strerror or error) from None


def builtin_phrases() -> list[Phrase]:
    return read_phrases(paths.PHRASES)


class PhraseBank:
    """The list the window offers; ``problem`` tells what went wrong while loading it, if anything."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.phrases: list[Phrase] = []
        self.problem: UserError | None = None

    def load(self) -> list[Phrase]:
        self.problem = None
        if not self.path.exists():
            self.phrases = builtin_phrases()
            return self.phrases
        try:
            self.phrases = read_phrases(self.path)
        except UserError as error:
            self.problem = self._set_aside(error)
            self.phrases = builtin_phrases()
        return self.phrases

    def _set_aside(self, error: UserError) -> UserError:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        try:
            os.replace(self.path, kept)
        except OSError:
            kept = self.path  # a read-only folder: it stays, and saving there fails with its own message
        return UserError("phrases.damaged", path=self.path, detail=str(error), kept=kept)

    def save(self, phrases: list[Phrase]) -> None:
        write_phrases(self.path, phrases)
        self.phrases = list(phrases)
