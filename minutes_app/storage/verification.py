"""The verdict on an archive, as ``check`` reports it and as opening a damaged file explains it.

Each engine reaches it its own way (engines/sqlite_check.py for a file; the server's store for a
server): the database's own findings, the search index's, and the meetings whose rows fail their
checksums, named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from minutes_app.messages import text
from minutes_app.storage import damage
from minutes_app.storage.errors import CorruptError, corrupt_error


@dataclass
class Report:
    path: Path
    integrity: list[str] = field(default_factory=list)  # the database's own findings, raw
    index: list[str] = field(default_factory=list)  # the search index's, raw
    damaged: list[damage.DamagedMeeting] = field(default_factory=list)
    index_checked: bool = True

    @property
    def sound(self) -> bool:
        return not (self.integrity or self.index or self.damaged)

    def explanations(self) -> list[str]:
        """What is wrong, in the user's words: the damaged meetings by name, then what SQLite saw."""
        lines = [meeting.describe() for meeting in self.damaged]
        if self.integrity:
            lines.append(text("check.structure"))
        if self.index:
            lines.append(text("check.index"))
        return lines

    def raw(self) -> list[str]:
        """SQLite's and FTS5's own lines (for --verbose, and the first few always)."""
        return self.integrity + self.index

    def problems(self) -> list[str]:
        """Every finding as one line each; [] when sound (what ``Store.check`` returns)."""
        return [*self.explanations(), *self.raw()]

    def error(self) -> CorruptError:
        """The reason a damaged file is opened read-only."""
        if self.integrity or self.index:
            return corrupt_error(self.path, "; ".join(self.raw()[:3]))
        return damage.error_for(self.path, self.damaged)
