"""Undoable edits of the register: progress recorded on a directive, and unit spellings merged.

Both go on the editor's undo stack like every other edit of the window and are written through its
autosave queue (in order, retried while the disk or another program refuses). A follow-up changes no
meeting's content, so it is allowed on finalized minutes; a merge is an alias and changes none either.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from minutes_app.domain.model import FollowUp


class RecordFollowUpCommand(QUndoCommand):
    """One follow-up (status, note, date) on one directive; undo takes back exactly that row."""

    def __init__(self, editor, meeting_id: int, entry: FollowUp, notify: Callable[[str], None]) -> None:
        super().__init__(
            QCoreApplication.translate("RegisterCommands", "Ghi tiến độ kết luận %1").replace(
                "%1", entry.directive
            )
        )
        self.editor, self.meeting_id, self.entry, self.notify = (
            editor,
            meeting_id,
            copy.deepcopy(entry),
            notify,
        )
        self.row_id: int | None = None
        self.ref = f"{meeting_id}.{entry.directive}"

    def _open_meeting_followups(self) -> list[FollowUp] | None:
        """The open meeting's list when the follow-up is on it, so that its export shows the change."""
        meeting = self.editor.meeting
        return meeting.followups if meeting is not None and meeting.id == self.meeting_id else None

    def redo(self) -> None:
        store, meeting_id, entry = self.editor.store, self.meeting_id, copy.deepcopy(self.entry)

        def write() -> None:
            self.row_id = store.add_followup(meeting_id, entry)

        self.editor.autosave.enqueue(None, write)
        followups = self._open_meeting_followups()
        if followups is not None:
            followups.append(copy.deepcopy(self.entry))
            followups.sort(key=lambda item: item.date)
        self.notify(self.ref)

    def undo(self) -> None:
        store, meeting_id = self.editor.store, self.meeting_id

        def write() -> None:
            if self.row_id is not None:
                store.remove_followup(meeting_id, self.row_id)
                self.row_id = None

        self.editor.autosave.enqueue(None, write)
        followups = self._open_meeting_followups()
        if followups is not None:
            for index in range(len(followups) - 1, -1, -1):
                if followups[index] == self.entry:
                    del followups[index]
                    break
        self.notify(self.ref)


class SetUnitAliasesCommand(QUndoCommand):
    """A merge of unit spellings: the whole (small) alias table before and after."""

    def __init__(
        self,
        editor,
        old: Mapping[str, str],
        new: Mapping[str, str],
        target: str,
        notify: Callable[[str], None],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RegisterCommands", "Gộp đơn vị vào «%1»").replace("%1", target)
        )
        self.editor, self.old, self.new, self.notify = editor, dict(old), dict(new), notify

    def _write(self, aliases: dict[str, str]) -> None:
        store = self.editor.store
        self.editor.autosave.enqueue(None, lambda: store.set_unit_aliases(aliases))
        self.notify("")

    def redo(self) -> None:
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)
