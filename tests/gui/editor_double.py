"""A stand-in for the window's MeetingEditor (docs/API.md) that edits a domain Meeting through a QUndoStack."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from minutes_app.domain.model import ItemKind, Meeting

_PREFIX = {
    ItemKind.ATTENDEES: "a",
    ItemKind.REPORTS: "r",
    ItemKind.DISCUSSION: "d",
    ItemKind.VOTES: "v",
    ItemKind.DIRECTIVES: "t",
}


class _Lambda(QUndoCommand):
    """One reversible change given as two callables; typing edits of the same target merge."""

    def __init__(self, do, undo, merge_key=None):
        super().__init__()
        self._do, self._undo, self.merge_key = do, undo, merge_key

    def redo(self):
        self._do()

    def undo(self):
        self._undo()

    def id(self):
        return 1 if self.merge_key else -1

    def mergeWith(self, other):
        if other.merge_key != self.merge_key:
            return False
        self._do = other._do
        return True


class EditorDouble(QObject):
    meetingLoaded = Signal()
    meetingFieldChanged = Signal(str)
    itemChanged = Signal(str, str, str)
    itemsReset = Signal(str)
    readOnlyChanged = Signal(bool)

    def __init__(self, meeting: Meeting | None = None, parent=None):
        super().__init__(parent)
        self.meeting = meeting
        self.undo_stack = QUndoStack(self)
        self.read_only = False
        self.flushes = 0
        self._open_merge = None
        self._generation = 0

    def load(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.undo_stack.clear()
        self.meetingLoaded.emit()

    def set_read_only(self, value: bool) -> None:
        self.read_only = value
        self.readOnlyChanged.emit(value)

    def _push(self, command: _Lambda) -> None:
        """Typing merges only with the previous typing of the same target, until a flush."""
        if command.merge_key is None or command.merge_key != self._open_merge:
            self._generation += 1
        self._open_merge = command.merge_key
        if command.merge_key is not None:
            command.merge_key = (command.merge_key, self._generation)
        self.undo_stack.push(command)

    def set_meeting_field(self, field: str, value, *, typing: bool = False) -> None:
        old = getattr(self.meeting, field)

        def apply(v):
            setattr(self.meeting, field, v)
            self.meetingFieldChanged.emit(field)

        key = ("meeting", field) if typing else None
        self._push(_Lambda(lambda: apply(value), lambda: apply(old), key))

    def _find(self, kind: ItemKind, item_id: str):
        return next(i for i in self.meeting.items(kind) if i.id == item_id)

    def set_item_field(self, kind: ItemKind, item_id: str, field: str, value, *, typing: bool = False) -> None:
        old = getattr(self._find(kind, item_id), field)

        def apply(v):
            setattr(self._find(kind, item_id), field, v)
            self.itemChanged.emit(kind.value, item_id, field)

        key = (kind.value, item_id, field) if typing else None
        self._push(_Lambda(lambda: apply(value), lambda: apply(old), key))

    def insert_item(self, kind: ItemKind, item, index: int | None = None) -> None:
        items = self.meeting.items(kind)
        at = len(items) if index is None else index
        copy = dataclasses.replace(item)

        def do():
            items.insert(at, copy)
            self.itemsReset.emit(kind.value)

        def undo():
            items.remove(copy)
            self.itemsReset.emit(kind.value)

        self._push(_Lambda(do, undo))

    def remove_items(self, kind: ItemKind, item_ids: list[str]) -> None:
        items = self.meeting.items(kind)
        before = list(items)

        def do():
            items[:] = [i for i in items if i.id not in item_ids]
            self.itemsReset.emit(kind.value)

        def undo():
            items[:] = before
            self.itemsReset.emit(kind.value)

        self._push(_Lambda(do, undo))

    def move_items(self, kind: ItemKind, ordered_ids: list[str]) -> None:
        items = self.meeting.items(kind)
        before = list(items)

        def do():
            by_id = {i.id: i for i in before}
            items[:] = [by_id[i] for i in ordered_ids]
            self.itemsReset.emit(kind.value)

        def undo():
            items[:] = before
            self.itemsReset.emit(kind.value)

        self._push(_Lambda(do, undo))

    def new_item_id(self, kind: ItemKind) -> str:
        prefix = _PREFIX[kind]
        used = [int(i.id[len(prefix):]) for i in self.meeting.items(kind) if i.id[len(prefix):].isdigit()]
        return f"{prefix}{max(used, default=0) + 1}"

    def flush(self) -> None:
        self.flushes += 1
        self._open_merge = None

