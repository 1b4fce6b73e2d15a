"""Table models over the open meeting's item lists, all built from one template that edits through the editor."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from minutes_app.domain.dates import EntryError, format_date, format_time, parse_date, parse_time
from minutes_app.domain.model import Attendance, DirectiveStatus, Group, ItemKind
from minutes_app.domain.people import PersonRole, candidates, read_person
from minutes_app.gui import deadline_cells, icons
from minutes_app.gui.entry_marks import PROBLEM_BACKGROUND, PROBLEM_TEXT
from minutes_app.gui.item_drag import ItemDragMixin
from minutes_app.messages import UserError

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

_PREVIEW_LENGTH = 140
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: the item field it shows and how a cell turns into text and back."""

    field: str
    title: str
    kind: str = "text"  # text | time | date | choice | attendee | deadline
    choices: tuple[tuple[object, str], ...] = ()
    editable: bool = True
    preview: bool = False  # long text: first line only, the whole text as a tooltip
    role: PersonRole | None = None  # for "attendee" columns: who may be chosen


class ItemTableModel(ItemDragMixin, QAbstractTableModel):
    """The template: rows are editor.meeting.items(KIND); every edit becomes an editor command.

    Typed text that is not a value of its cell (a time "25:10", a name that fits nobody) is not stored:
    the cell keeps showing it, red, with the reason as its tooltip, until it is corrected or the stored
    value changes. Nothing typed turns silently back into the old value.
    """

    KIND: ItemKind
    DEPENDS_ON: tuple[ItemKind, ...] = ()  # kinds whose names appear in our cells
    MOVABLE = True

    entryRefused = Signal(str)  # why typed text was not stored, for the status bar

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.columns: list[Column] = self.make_columns()
        self._rows: list = list(self._meeting_items())
        self._refused: dict[tuple[str, str], tuple[str, str]] = {}  # (item id, field): (text, reason)
        editor.meetingLoaded.connect(self._on_loaded)
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

    def choices(self, column: int, row: int = -1) -> list[tuple[object, str]]:
        """What a combo editor offers for the column (in ``row``): only people who can fill the role."""
        spec = self.columns[column]
        if spec.kind == "attendee":
            holder = self.item_at(row) if 0 <= row < self.rowCount() else None
            people = candidates(self.editor.meeting, spec.role, holder)
            return [("", "—")] + [(person.id, person.name) for person in people]
        return list(spec.choices)

    def refused(self, row: int, field: str) -> tuple[str, str] | None:
        """The refused text of a cell and why, or None."""
        return self._refused.get((self.item_at(row).id, field)) if self._refused else None

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
            return self._refused_data(index, role) if self._refused else None
        if (
            not index.isValid()
            or not (0 <= index.row() < self.rowCount())
            or index.column() >= len(self.columns)
        ):
            return None
        item = self.item_at(index.row())
        column = self.columns[index.column()]
        if self._refused and (item.id, column.field) in self._refused:
            return self._refused_data(index, role)
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

    def _refused_data(self, index, role):
        if (
            not index.isValid()
            or not 0 <= index.row() < self.rowCount()
            or index.column() >= len(self.columns)
        ):
            return None
        kept = self._refused.get((self.item_at(index.row()).id, self.columns[index.column()].field))
        if kept is None:
            return None
        text, reason = kept
        return {
            Qt.ItemDataRole.DisplayRole: text,
            Qt.ItemDataRole.EditRole: text,
            Qt.ItemDataRole.ToolTipRole: reason,
            Qt.ItemDataRole.ForegroundRole: QBrush(PROBLEM_TEXT),
            Qt.ItemDataRole.BackgroundRole: QBrush(PROBLEM_BACKGROUND),
            Qt.ItemDataRole.DecorationRole: icons.get("dialog-warning"),
            ITEM_ID_ROLE: self.item_at(index.row()).id,
        }.get(role)

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
    def parse(self, column: Column, value, row: int = -1):
        """The domain value for what an editor delegate hands back; ValueError (with the reason when it
        is a UserError) when it is not one."""
        if column.kind == "time":
            return parse_time(str(value))
        if column.kind == "date":
            return parse_date(str(value))
        if column.kind == "attendee":
            keys = [key for key, _label in self.choices(self.columns.index(column), row)]
            if value in keys:
                return value
            holder = self.item_at(row) if 0 <= row < self.rowCount() else None
            reading = read_person(self.editor.meeting, str(value), column.role, holder)
            if reading.person_id is None:
                raise EntryError(reading.problem.key, **reading.problem.params)
            return reading.person_id
        if column.kind == "choice":
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
        item = self.item_at(index.row())
        try:
            # The row matters only to a person (who may substitute for whom); subclasses parse the rest.
            parsed = (
                self.parse(column, value, index.row())
                if column.kind == "attendee"
                else self.parse(column, value)
            )
        except UserError as error:  # the parsers' EntryError: kept in the cell with the reason
            if not isinstance(value, str):
                return False
            self.refuse(index, value, str(error))
            return True
        except ValueError:
            return False
        if self._refused.pop((item.id, column.field), None) is not None:
            self.dataChanged.emit(index, index)
        if getattr(item, column.field) != parsed:
            self.editor.set_item_field(self.KIND, item.id, column.field, parsed)
        return True

    def refuse(self, index, text: str, reason: str) -> None:
        """Keep ``text`` in the cell, marked with ``reason``, without storing it."""
        self._refused[(self.item_at(index.row()).id, self.columns[index.column()].field)] = (text, reason)
        self.dataChanged.emit(index, index)
        self.entryRefused.emit(reason)

    # -- following the editor ----------------------------------------------------------------------
    @Slot()
    def _on_loaded(self) -> None:
        """Another meeting: what was refused in the last one's cells is not shown in this one's."""
        self._refused.clear()
        self._reset()

    @Slot()
    def _reset(self):
        self.beginResetModel()
        self._rows = list(self._meeting_items())
        if self._refused:
            ids = {item.id for item in self._rows}
            self._refused = {key: kept for key, kept in self._refused.items() if key[0] in ids}
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
            self._refused.pop((item_id, field), None)  # the stored value changed: it shows again
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
            Column("substitute_for", self.tr("Dự thay cho"), "attendee", role=PersonRole.SUBSTITUTE_FOR),
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
            Column("presenter", self.tr("Người trình bày"), "attendee", role=PersonRole.PRESENTER),
        ]


class DiscussionTableModel(ItemTableModel):
    KIND = ItemKind.DISCUSSION
    DEPENDS_ON = (ItemKind.ATTENDEES,)

    def make_columns(self):
        return [
            Column("time", self.tr("Giờ"), "time"),
            Column("speaker", self.tr("Người phát biểu"), "attendee", role=PersonRole.SPEAKER),
            Column("content", self.tr("Nội dung"), editable=False, preview=True),
        ]


class DirectivesTableModel(ItemTableModel):
    """Tasks with the deadline as spoken ("trong quý 4/2026") and the last day it allows beside it."""

    KIND = ItemKind.DIRECTIVES

    def make_columns(self):
        return [
            Column("content", self.tr("Nội dung nhiệm vụ")),
            Column("assignee", self.tr("Đơn vị, người thực hiện")),
            Column("deadline_text", self.tr("Thời hạn"), "deadline"),
            Column("deadline", self.tr("Hạn chót"), "date"),
            Column("status", self.tr("Tình trạng"), "choice", self.status_choices()),
        ]

    def _spoken(self, index) -> bool:
        return (
            index.isValid()
            and index.column() < len(self.columns)
            and self.columns[index.column()].kind == "deadline"
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if self._spoken(index) and role in _SERVED_ROLES and 0 <= index.row() < self.rowCount():
            meeting = self.editor.meeting
            directive = self.item_at(index.row())
            if role != ITEM_ID_ROLE and role != Qt.ItemDataRole.TextAlignmentRole:
                return deadline_cells.cell_data(directive, meeting.date if meeting else None, role)
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        """Words typed as the deadline are kept as typed, with the date they allow (one undo step)."""
        if not self._spoken(index) or role != Qt.ItemDataRole.EditRole or self.editor.read_only:
            return super().setData(index, value, role)
        meaning = deadline_cells.apply(self.editor, self.item_at(index.row()).id, str(value))
        if meaning.problem is not None:
            self.entryRefused.emit(f"{meaning.problem}")
        return True

    def status_choices(self):
        return (
            (DirectiveStatus.OPEN, self.tr("Chưa thực hiện")),
            (DirectiveStatus.IN_PROGRESS, self.tr("Đang thực hiện")),
            (DirectiveStatus.DONE, self.tr("Hoàn thành")),
            (DirectiveStatus.CANCELLED, self.tr("Hủy")),
        )
