"""One QUndoCommand per edit of the open meeting; each changes the domain object through the editor."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from minutes_app.domain import ItemKind

if TYPE_CHECKING:
    from minutes_app.gui.editor import MeetingEditor

MEETING_FIELD_ID = 1
ITEM_FIELD_ID = 2


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
        super().__init__(QCoreApplication.translate("Commands", "Sửa nội dung"), typing)
        self.editor = editor
        self.meeting_id = editor.meeting.id
        self.field = field
        self.old = copy.deepcopy(getattr(editor.meeting, field))
        self.new = copy.deepcopy(value)

    def target(self) -> tuple:
        return (self.meeting_id, self.field)

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
        super().__init__(QCoreApplication.translate("Commands", "Sửa nội dung"), typing)
        self.editor = editor
        self.meeting_id = editor.meeting.id
        self.kind = ItemKind(kind)
        self.item_id = item_id
        self.field = field
        self.old = copy.deepcopy(getattr(editor.find_item(self.kind, item_id), field))
        self.new = copy.deepcopy(value)

    def target(self) -> tuple:
        return (self.meeting_id, self.kind, self.item_id, self.field)

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
        super().__init__(QCoreApplication.translate("Commands", "Thêm dòng"))
        self.editor = editor
        self.kind = ItemKind(kind)
        self.item = copy.deepcopy(item)
        self.index = index

    def redo(self) -> None:
        self.editor.apply_insert(self.kind, copy.deepcopy(self.item), self.index)

    def undo(self) -> None:
        self.editor.apply_remove(self.kind, self.item.id)


class RemoveItemCommand(QUndoCommand):
    """Keeps the removed row and its place so that undo puts back exactly what was there."""

    def __init__(
        self, editor: MeetingEditor, kind: ItemKind, item_id: str, parent: QUndoCommand | None = None
    ):
        super().__init__(QCoreApplication.translate("Commands", "Xóa dòng"), parent)
        self.editor = editor
        self.kind = ItemKind(kind)
        rows = editor.meeting.items(self.kind)
        self.index = next(i for i, item in enumerate(rows) if item.id == item_id)
        self.item = copy.deepcopy(rows[self.index])

    def redo(self) -> None:
        self.editor.apply_remove(self.kind, self.item.id)

    def undo(self) -> None:
        self.editor.apply_insert(self.kind, copy.deepcopy(self.item), self.index)


class MoveItemsCommand(QUndoCommand):
    def __init__(self, editor: MeetingEditor, kind: ItemKind, ordered_ids: list[str]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Đổi thứ tự"))
        self.editor = editor
        self.kind = ItemKind(kind)
        self.old = [item.id for item in editor.meeting.items(self.kind)]
        self.new = list(ordered_ids)

    def redo(self) -> None:
        self.editor.apply_order(self.kind, self.new)

    def undo(self) -> None:
        self.editor.apply_order(self.kind, self.old)
