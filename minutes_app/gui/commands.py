"""One QUndoCommand per edit of the open meeting; each changes the domain object through the editor."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from minutes_app.domain import ItemKind
from minutes_app.gui import undo_names

if TYPE_CHECKING:
    from minutes_app.gui.editor import MeetingEditor

MEETING_FIELD_ID = 1
ITEM_FIELD_ID = 2


@dataclass(frozen=True)
class ViewTarget:
    """Where a step shows: a field of the meeting (``kind`` None) or an item's row and field."""

    kind: ItemKind | None
    item_id: str = ""
    field: str = ""


def view_target(command: QUndoCommand | None) -> ViewTarget | None:
    """Where undoing or redoing ``command`` will change something; a macro shows where its first step does."""
    if command is None:
        return None
    own = getattr(command, "view_target", None)
    if callable(own):
        return own()
    for index in range(command.childCount()):
        found = view_target(command.child(index))
        if found is not None:
            return found
    return None


class TypingCommand(QUndoCommand):
    """Keystrokes in one field merge into one command until focus leaves the field (``close()``)."""

    def __init__(self, text: str, typing: bool) -> None:
        super().__init__(text)
        self.typing = typing
        self.closed = not typing

    def close(self) -> None:
        self.closed = True

    def _mergeable(self, other: QUndoCommand) -> bool:
        return (
            type(other) is type(self) and not self.closed and other.typing and other.target() == self.target()  # type: ignore[attr-defined]
        )

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take the newer value; a field typed back to where it was leaves no step behind."""
        if not self._mergeable(other):
            return False
        self.new = other.new  # type: ignore[attr-defined]
        self.setObsolete(self.new == self.old)  # type: ignore[attr-defined]
        return True


class SetMeetingFieldCommand(TypingCommand):
    def __init__(self, editor: MeetingEditor, field: str, value: Any, typing: bool = False) -> None:
        super().__init__(undo_names.meeting_edit(field), typing)
        self.editor = editor
        self.meeting_id = editor.meeting.id
        self.field = field
        self.old = copy.deepcopy(getattr(editor.meeting, field))
        self.new = copy.deepcopy(value)

    def target(self) -> tuple:
        return (self.meeting_id, self.field)

    def view_target(self) -> ViewTarget:
        return ViewTarget(None, "", self.field)

    def id(self) -> int:
        return MEETING_FIELD_ID

    def redo(self) -> None:
        self.editor.apply_meeting_field(self.field, copy.deepcopy(self.new), self.typing)

    def undo(self) -> None:
        self.close()  # typing after an undo is a new step, never merged into the undone one
        self.editor.apply_meeting_field(self.field, copy.deepcopy(self.old), False)


class SetItemFieldCommand(TypingCommand):
    def __init__(
        self,
        editor: MeetingEditor,
        kind: ItemKind,
        item_id: str,
        field: str,
        value: Any,
        typing: bool = False,
    ) -> None:
        item = editor.find_item(ItemKind(kind), item_id)
        super().__init__(undo_names.item_edit(editor.meeting, ItemKind(kind), item, field), typing)
        self.editor = editor
        self.meeting_id = editor.meeting.id
        self.kind = ItemKind(kind)
        self.item_id = item_id
        self.field = field
        self.old = copy.deepcopy(getattr(item, field))
        self.new = copy.deepcopy(value)

    def target(self) -> tuple:
        return (self.meeting_id, self.kind, self.item_id, self.field)

    def view_target(self) -> ViewTarget:
        return ViewTarget(self.kind, self.item_id, self.field)

    def id(self) -> int:
        return ITEM_FIELD_ID

    def redo(self) -> None:
        self.editor.apply_item_field(
            self.kind, self.item_id, self.field, copy.deepcopy(self.new), self.typing
        )

    def undo(self) -> None:
        self.close()
        self.editor.apply_item_field(self.kind, self.item_id, self.field, copy.deepcopy(self.old), False)


class InsertItemCommand(QUndoCommand):
    def __init__(self, editor: MeetingEditor, kind: ItemKind, item: Any, index: int) -> None:
        super().__init__(undo_names.insertion(editor.meeting, ItemKind(kind), item))
        self.editor = editor
        self.kind = ItemKind(kind)
        self.item = copy.deepcopy(item)
        self.index = index

    def view_target(self) -> ViewTarget:
        return ViewTarget(self.kind, self.item.id)

    def redo(self) -> None:
        self.editor.apply_insert(self.kind, copy.deepcopy(self.item), self.index)

    def undo(self) -> None:
        self.editor.apply_remove(self.kind, self.item.id)


class RemoveItemCommand(QUndoCommand):
    """Keeps the removed row and its place so that undo puts back exactly what was there."""

    def __init__(
        self, editor: MeetingEditor, kind: ItemKind, item_id: str, parent: QUndoCommand | None = None
    ):
        rows = editor.meeting.items(ItemKind(kind))
        index = next(i for i, item in enumerate(rows) if item.id == item_id)
        super().__init__(undo_names.removal(editor.meeting, ItemKind(kind), rows[index]), parent)
        self.editor = editor
        self.kind = ItemKind(kind)
        self.index = index
        self.item = copy.deepcopy(rows[self.index])

    def view_target(self) -> ViewTarget:
        return ViewTarget(self.kind, self.item.id)

    def redo(self) -> None:
        self.editor.apply_remove(self.kind, self.item.id)

    def undo(self) -> None:
        self.editor.apply_insert(self.kind, copy.deepcopy(self.item), self.index)


class MoveItemsCommand(QUndoCommand):
    def __init__(self, editor: MeetingEditor, kind: ItemKind, ordered_ids: list[str]) -> None:
        super().__init__(undo_names.reordering(ItemKind(kind)))
        self.editor = editor
        self.kind = ItemKind(kind)
        self.old = [item.id for item in editor.meeting.items(self.kind)]
        self.new = list(ordered_ids)

    def view_target(self) -> ViewTarget:
        moved = next((new for old, new in zip(self.old, self.new, strict=True) if old != new), "")
        return ViewTarget(self.kind, moved)

    def redo(self) -> None:
        self.editor.apply_order(self.kind, self.new)

    def undo(self) -> None:
        self.editor.apply_order(self.kind, self.old)
