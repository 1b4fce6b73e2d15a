"""Drag and drop of item rows: the protocol order changes through the editor, never by the view."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

_MIME_TYPE = "application/x-minutes-item-ids"
_ROOT = QModelIndex()


class ItemDragMixin:
    """Drag, drop and the refusal to remove rows, for the item table models (KIND, MOVABLE, editor)."""

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction if self.MOVABLE else Qt.DropAction.IgnoreAction

    def supportedDragActions(self):
        return self.supportedDropActions()

    def mimeTypes(self):
        return [_MIME_TYPE]

    def mimeData(self, indexes):
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        payload = "\n".join([self.KIND.value] + [self.item_at(row).id for row in rows])
        data.setData(_MIME_TYPE, QByteArray(payload.encode("utf-8")))
        return data

    def _dragged_ids(self, data: QMimeData) -> list[str]:
        if not data or not data.hasFormat(_MIME_TYPE):
            return []
        kind, *ids = bytes(data.data(_MIME_TYPE).data()).decode("utf-8").split("\n")
        return ids if kind == self.KIND.value else []

    def canDropMimeData(self, data, action, row, column, parent):
        return self.MOVABLE and not self.editor.read_only and bool(self._dragged_ids(data))

    def dropMimeData(self, data, action, row, column, parent):
        """A drop reorders through editor.move_items; rows are never removed by the view afterwards."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        moved = self._dragged_ids(data)
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        order = self.ids()
        before = [item_id for item_id in order[:row] if item_id not in moved]
        after = [item_id for item_id in order[row:] if item_id not in moved]
        new_order = before + [item_id for item_id in order if item_id in moved] + after
        if new_order != order:
            self.editor.move_items(self.KIND, new_order)
        return True

    def removeRows(self, row, count, parent=_ROOT):
        """Rows go away only through the tab's remove action, never as the tail of a drag."""
        return False
