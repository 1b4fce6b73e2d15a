"""The open meeting as the tabs see it: edits become undoable commands and are written through."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from minutes_app.domain import ItemKind, Meeting, Status
from minutes_app.gui import commands, undo_names
from minutes_app.gui.autosave import Autosave
from minutes_app.messages import UserError

ID_PREFIXES = {
    ItemKind.ATTENDEES: "a",
    ItemKind.REPORTS: "r",
    ItemKind.DISCUSSION: "d",
    ItemKind.VOTES: "v",
    ItemKind.DIRECTIVES: "t",
    ItemKind.PREVIOUS_DIRECTIVES: "p",
}


def _without_nul(value: Any) -> Any:
    """Drop NUL characters, which can be neither stored nor printed.

    They arrive in pastes from some old programs; the database would refuse the whole paragraph for one
    invisible character.
    """
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value  # enums (StrEnum) stay enums
    if isinstance(value, list):
        return [_without_nul(entry) for entry in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _without_nul(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        changed = {name: new for name, new in changes.items() if new is not getattr(value, name)}
        return dataclasses.replace(value, **changed) if changed else value
    return value


class MeetingEditor(QObject):
    """The open meeting: the only object tabs talk to. Owns the QUndoStack and the autosave."""

    meetingLoaded = Signal()
    meetingFieldChanged = Signal(str)
    itemChanged = Signal(str, str, str)
    itemsReset = Signal(str)
    readOnlyChanged = Signal(bool)

    def __init__(self, store=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting: Meeting | None = None
        self.undo_stack = QUndoStack(self)
        self.autosave = Autosave(self)
        self.read_only = True

    # The shell's side -------------------------------------------------------------------------------
    def open_meeting(self, meeting_id: int | None) -> None:
        """Show another meeting once what was typed in this one is on disk.

        While writes fail the meeting stays open: loading it again later from the store would show the
        text without the edits still queued, and the secretary would think them lost.
        """
        self._require_saved()
        meeting = self.store.load(meeting_id) if meeting_id is not None else None
        self._set_meeting(meeting)

    def reload(self) -> None:
        """Read the open meeting again after the store changed it (finalize, reopen, import over)."""
        self._set_meeting(self.store.load(self.meeting.id) if self.meeting else None)

    def _set_meeting(self, meeting: Meeting | None) -> None:
        """read_only is right before meetingLoaded, so a tab refreshing on that signal sees it."""
        self.undo_stack.clear()
        self.meeting = meeting
        self.read_only = (
            meeting is None or self.store is None or self.store.read_only or meeting.status == Status.FINAL
        )
        self.meetingLoaded.emit()
        self.readOnlyChanged.emit(self.read_only)

    def finalize(self) -> str:
        """Freeze the content: pending writes first, then the store's snapshot and fingerprint."""
        self._require_saved()
        fingerprint = self.store.finalize(self.meeting.id)
        self.reload()
        return fingerprint

    def _require_saved(self) -> None:
        self._close_typing()
        self.autosave.retry_now()
        if self.autosave.pending:
            raise UserError("gui.unsaved_pending")

    def reopen(self) -> None:
        self.store.reopen(self.meeting.id)
        self.reload()

    # The tabs' side ---------------------------------------------------------------------------------
    def set_meeting_field(self, field: str, value: Any, *, typing: bool = False) -> None:
        value = _without_nul(value)
        if self.read_only or getattr(self.meeting, field) == value:
            return
        self._push(commands.SetMeetingFieldCommand(self, field, value, typing))

    def set_item_field(
        self, kind: ItemKind, item_id: str, field: str, value: Any, *, typing: bool = False
    ) -> None:
        value = _without_nul(value)
        item = None if self.read_only else self.find_item(ItemKind(kind), item_id)
        if item is None or getattr(item, field) == value:
            return
        self._push(commands.SetItemFieldCommand(self, kind, item_id, field, value, typing))

    def insert_item(self, kind: ItemKind, item: Any, index: int | None = None) -> None:
        if self.read_only:
            return
        item = _without_nul(item)
        rows = self.meeting.items(ItemKind(kind))
        index = len(rows) if index is None else max(0, min(index, len(rows)))
        self._push(commands.InsertItemCommand(self, kind, item, index))

    def remove_items(self, kind: ItemKind, item_ids: list[str]) -> None:
        if self.read_only:
            return
        present = [i for i in item_ids if self.find_item(ItemKind(kind), i) is not None]
        if not present:
            return
        self._close_typing()
        kind = ItemKind(kind)
        single = self.find_item(kind, present[0]) if len(present) == 1 else None
        name = (
            undo_names.removal(self.meeting, kind, single)
            if single
            else undo_names.removals(kind, len(present))
        )
        self.undo_stack.beginMacro(name)
        for item_id in present:
            self.undo_stack.push(commands.RemoveItemCommand(self, kind, item_id))
        self.undo_stack.endMacro()

    def move_items(self, kind: ItemKind, ordered_ids: list[str]) -> None:
        current = [item.id for item in self.meeting.items(ItemKind(kind))] if self.meeting else []
        if self.read_only or list(ordered_ids) == current or sorted(ordered_ids) != sorted(current):
            return
        self._push(commands.MoveItemsCommand(self, kind, ordered_ids))

    def new_item_id(self, kind: ItemKind) -> str:
        kind = ItemKind(kind)
        prefix = ID_PREFIXES[kind]
        numbers = [
            int(item.id[len(prefix) :])
            for item in self.meeting.items(kind)
            if item.id.startswith(prefix) and item.id[len(prefix) :].isdigit()
        ]
        return f"{prefix}{max(numbers, default=0) + 1}"

    @Slot()
    def flush(self) -> None:
        """Focus left a field: the next keystroke starts a new undo step and the text goes to disk now."""
        self._close_typing()
        self.autosave.flush()

    def _close_typing(self, unless: object = None) -> None:
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, commands.TypingCommand) and top.target() != unless:
            top.close()

    def _push(self, command) -> None:
        """Typing merges only into the step just before it, for the same field and while focus stayed."""
        typing = isinstance(command, commands.TypingCommand) and command.typing
        self._close_typing(unless=command.target() if typing else None)
        self.undo_stack.push(command)

    def find_item(self, kind: ItemKind, item_id: str) -> Any:
        if self.meeting is None:
            return None
        return next((item for item in self.meeting.items(ItemKind(kind)) if item.id == item_id), None)

    # Called by the commands only ----------------------------------------------------------------------
    # The write is queued (or done) before the signal, so a listener that reads the store sees the change.
    def apply_meeting_field(self, field: str, value: Any, typing: bool) -> None:
        meeting = self.meeting
        setattr(meeting, field, value)
        store, meeting_id, stored = self.store, meeting.id, copy.deepcopy(value)
        self.autosave.enqueue(
            ("field", meeting_id, field),
            lambda: store.update_meeting_field(meeting_id, field, stored),
            typing=typing,
        )
        self.meetingFieldChanged.emit(field)

    def apply_item_field(self, kind: ItemKind, item_id: str, field: str, value: Any, typing: bool) -> None:
        setattr(self.find_item(kind, item_id), field, value)
        store, meeting_id, stored = self.store, self.meeting.id, copy.deepcopy(value)
        self.autosave.enqueue(
            ("item", meeting_id, kind, item_id, field),
            lambda: store.update_item_field(meeting_id, kind, item_id, field, stored),
            typing=typing,
        )
        self.itemChanged.emit(kind.value, item_id, field)

    def apply_insert(self, kind: ItemKind, item: Any, index: int) -> None:
        self.meeting.items(kind).insert(index, item)
        store, meeting_id, stored = self.store, self.meeting.id, copy.deepcopy(item)
        self.autosave.enqueue(None, lambda: store.insert_item(meeting_id, kind, stored, index))
        self.itemsReset.emit(kind.value)

    def apply_remove(self, kind: ItemKind, item_id: str) -> None:
        rows = self.meeting.items(kind)
        rows[:] = [item for item in rows if item.id != item_id]
        store, meeting_id = self.store, self.meeting.id
        self.autosave.enqueue(None, lambda: store.remove_item(meeting_id, kind, item_id))
        self.itemsReset.emit(kind.value)

    def apply_order(self, kind: ItemKind, ordered_ids: list[str]) -> None:
        rows = self.meeting.items(kind)
        position = {item_id: i for i, item_id in enumerate(ordered_ids)}
        rows.sort(key=lambda item: position[item.id])
        store, meeting_id, order = self.store, self.meeting.id, list(ordered_ids)
        self.autosave.enqueue(("order", meeting_id, kind), lambda: store.move_items(meeting_id, kind, order))
        self.itemsReset.emit(kind.value)
