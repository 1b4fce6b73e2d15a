"""Table models over the open meeting's item lists, all built from one template that edits through the editor."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt, Slot
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from minutes_app.domain.dates import format_date, format_time, parse_date, parse_time
from minutes_app.domain.model import Attendance, DirectiveStatus, Group, ItemKind

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the row's item, so that views and tabs can follow an item across resets."""
_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        ITEM_ID_ROLE,
    }
)

_MIME_TYPE = "application/x-minutes-item-ids"
_PREVIEW_LENGTH = 140
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: the item field it shows and how a cell turns into text and back."""

    field: str
    title: str
    kind: str = "text"  # text | time | date | choice | attendee
    choices: tuple[tuple[object, str], ...] = ()
    editable: bool = True
    preview: bool = False  # long text: first line only, the whole text as a tooltip


class ItemTableModel(QAbstractTableModel):
    """The template: rows are editor.meeting.items(KIND); every edit becomes an editor command."""

    KIND: ItemKind
    DEPENDS_ON: tuple[ItemKind, ...] = ()  # kinds whose names appear in our cells
    MOVABLE = True

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.columns: list[Column] = self.make_columns()
        self._rows: list = list(self._meeting_items())
        editor.meetingLoaded.connect(self._reset)
        editor.itemsReset.connect(self._on_items_reset)
        editor.itemChanged.connect(self._on_item_changed)
        editor.readOnlyChanged.connect(self._on_read_only)

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    # -- reading -----------------------------------------------------------------------------------
    def _meeting_items(self) -> list:
        meeting = self.editor.meeting
        return meeting.items(self.KIND) if meeting is not None else []

    def items(self) -> list:
        """The rows as last announced to the views: the editor changes the list before it signals."""
        return self._rows

    def item_at(self, row: int):
        return self.items()[row]

    def ids(self) -> list[str]:
        return [item.id for item in self.items()]

    def row_of(self, item_id: str) -> int:
        return next((row for row, item in enumerate(self.items()) if item.id == item_id), -1)

    def column_of(self, field: str) -> int:
        return next((i for i, column in enumerate(self.columns) if column.field == field), -1)

    def choices(self, column: int) -> list[tuple[object, str]]:
        """What a combo editor offers for the column; attendees are read live from the meeting."""
        spec = self.columns[column]
        if spec.kind == "attendee":
            people = self.editor.meeting.attendees if self.editor.meeting else []
            return [("", "—")] + [(person.id, person.name) for person in people]
        return list(spec.choices)

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self.columns)

    def _display(self, column: Column, value) -> str:
        if column.kind == "time":
            return format_time(value)
        if column.kind == "date":
            return format_date(value)
        if column.kind == "choice":
            return next((label for key, label in column.choices if key == value), str(value))
        if column.kind == "attendee":
            person = self.editor.meeting.attendee(value) if value else None
            return person.name if person else ""
        if column.preview:
            first = value.strip().split("\n", 1)[0]
            return first if len(first) <= _PREVIEW_LENGTH else first[: _PREVIEW_LENGTH - 1] + "…"
        return value

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role not in _SERVED_ROLES
        ):  # most of the views' questions (fonts, sizes, icons...): answered cheaply
            return None
        if (
            not index.isValid()
            or not (0 <= index.row() < self.rowCount())
            or index.column() >= len(self.columns)
        ):
            return None
        item = self.item_at(index.row())
        column = self.columns[index.column()]
        value = getattr(item, column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value if column.kind in ("text", "choice", "attendee") else self._display(column, value)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text" and value:
            return value  # the whole text, where the column is too narrow or shows the first line only
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("time", "date"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.row_foreground(item)
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    def row_foreground(self, item) -> QBrush | None:
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if section < len(self.columns) else None
        return str(section + 1) if section < self.rowCount() else None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.MOVABLE else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self.MOVABLE:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if self.columns[index.column()].editable and not self.editor.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing -----------------------------------------------------------------------------------
    def parse(self, column: Column, value):
        """The domain value for what an editor delegate hands back; ValueError when it is not one."""
        if column.kind == "time":
            return parse_time(str(value))
        if column.kind == "date":
            return parse_date(str(value))
        if column.kind in ("choice", "attendee"):
            allowed = [key for key, _label in self.choices(self.columns.index(column))]
            # Qt hands enum keys back as plain str: return the key itself, with its type.
            for key in allowed:
                if key == value:
                    return key
            raise ValueError(value)
        return str(value)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or value is None or self.editor.read_only:
            return False
        column = self.columns[index.column()]
        if not column.editable:
            return False
        try:
            parsed = self.parse(column, value)
        except ValueError:
            return False
        item = self.item_at(index.row())
        if getattr(item, column.field) != parsed:
            self.editor.set_item_field(self.KIND, item.id, column.field, parsed)
        return True

    # -- drag and drop: the protocol order ---------------------------------------------------------
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

    # -- following the editor ----------------------------------------------------------------------
    @Slot()
    def _reset(self):
        self.beginResetModel()
        self._rows = list(self._meeting_items())
        self.endResetModel()

    @Slot(str)
    def _on_items_reset(self, kind: str):
        if kind == self.KIND.value:
            self._reset()
        elif ItemKind(kind) in self.DEPENDS_ON:
            self._all_changed()

    @Slot(str, str, str)
    def _on_item_changed(self, kind: str, item_id: str, field: str):
        if kind == self.KIND.value:
            row = self.row_of(item_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if ItemKind(kind) in self.DEPENDS_ON and field == "name":
            self._all_changed()

    @Slot(bool)
    def _on_read_only(self, _read_only: bool):
        self._all_changed()

    def _all_changed(self):
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


class AttendeesTableModel(ItemTableModel):
    """Thành phần in protocol order: who, in which capacity, and whether they came."""

    KIND = ItemKind.ATTENDEES
    DEPENDS_ON = (ItemKind.ATTENDEES,)

    def make_columns(self):
        return [
            Column("name", self.tr("Họ và tên")),
            Column("position", self.tr("Chức vụ")),
            Column("organization", self.tr("Đơn vị")),
            Column("group", self.tr("Thành phần"), "choice", self.group_choices()),
            Column("attendance", self.tr("Tình trạng"), "choice", self.attendance_choices()),
            Column("reason", self.tr("Lý do vắng")),
            Column("substitute_for", self.tr("Dự thay cho"), "attendee"),
            Column("arrived", self.tr("Đến lúc"), "time"),
            Column("left", self.tr("Về lúc"), "time"),
        ]

    def group_choices(self):
        return (
            (Group.MEMBER, self.tr("Thành viên")),
            (Group.GUEST, self.tr("Khách mời")),
            (Group.PRESS, self.tr("Báo chí")),
        )

    def attendance_choices(self):
        return (
            (Attendance.PRESENT, self.tr("Có mặt")),
            (Attendance.EXCUSED, self.tr("Vắng có lý do")),
            (Attendance.ABSENT, self.tr("Vắng không lý do")),
        )

    def row_foreground(self, item):
        """Those not in the room are greyed, so a glance at the table matches the sentence below it."""
        if item.attendance == Attendance.PRESENT:
            return None
        return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class ReportsTableModel(ItemTableModel):
    KIND = ItemKind.REPORTS
    DEPENDS_ON = (ItemKind.ATTENDEES,)

    def make_columns(self):
        return [
            Column("time", self.tr("Giờ"), "time"),
            Column("title", self.tr("Tên báo cáo")),
            Column("presenter", self.tr("Người trình bày"), "attendee"),
        ]


class DiscussionTableModel(ItemTableModel):
    KIND = ItemKind.DISCUSSION
    DEPENDS_ON = (ItemKind.ATTENDEES,)

    def make_columns(self):
        return [
            Column("time", self.tr("Giờ"), "time"),
            Column("speaker", self.tr("Người phát biểu"), "attendee"),
            Column("content", self.tr("Nội dung"), editable=False, preview=True),
        ]


class DirectivesTableModel(ItemTableModel):
    KIND = ItemKind.DIRECTIVES

    def make_columns(self):
        return [
            Column("content", self.tr("Nội dung nhiệm vụ")),
            Column("assignee", self.tr("Đơn vị, người thực hiện")),
            Column("deadline", self.tr("Thời hạn"), "date"),
            Column("deadline_text", self.tr("Thời hạn (như đã nói)")),
            Column("status", self.tr("Tình trạng"), "choice", self.status_choices()),
        ]

    def status_choices(self):
        return (
            (DirectiveStatus.OPEN, self.tr("Chưa thực hiện")),
            (DirectiveStatus.IN_PROGRESS, self.tr("Đang thực hiện")),
            (DirectiveStatus.DONE, self.tr("Hoàn thành")),
            (DirectiveStatus.CANCELLED, self.tr("Hủy")),
        )
