"""Table models of the directive register: its lines a page at a time, and the counts per unit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from minutes_app.domain.model import DirectiveStatus
from minutes_app.domain.register import Category, RegisterEntry, RegisterFilter, UnitTally

PAGE = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
_SERVED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ENTRY_ROLE,
    }
)
"""The roles the register's models answer; the views ask for many more, answered at once with None."""
OVERDUE_COLOUR = QColor("#b00020")
_ROOT = QModelIndex()
_PREVIEW = 160


def short_date(day) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def first_line(text: str, limit: int = _PREVIEW) -> str:
    line = " ".join(text.strip().split("\n", 1)[0].split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class RegisterTableModel(QAbstractTableModel):
    """Lines of the register for one filter; the view asks for more as it scrolls (canFetchMore).

    50,000 directives are never read at once: the count and the first page are enough to show the
    view, the next pages follow the scroll bar.
    """

    DATE, MEETING, CONTENT, UNIT, DEADLINE, STATUS, LAST = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.store = None
        self.wanted = RegisterFilter()
        self.today = None
        self.total = 0
        self._rows: list[RegisterEntry] = []
        self._titles = (
            self.tr("Ngày họp"),
            self.tr("Cuộc họp"),
            self.tr("Nội dung kết luận"),
            self.tr("Đơn vị thực hiện"),
            self.tr("Thời hạn"),
            self.tr("Tình trạng"),
            self.tr("Theo dõi gần nhất"),
        )

    def status_text(self, status: DirectiveStatus) -> str:
        return {
            DirectiveStatus.OPEN: self.tr("Chưa thực hiện"),
            DirectiveStatus.IN_PROGRESS: self.tr("Đang thực hiện"),
            DirectiveStatus.DONE: self.tr("Hoàn thành"),
            DirectiveStatus.CANCELLED: self.tr("Không thực hiện"),
        }[DirectiveStatus(status)]

    # -- loading -----------------------------------------------------------------------------------
    def load(self, store, wanted: RegisterFilter, today, total: int | None = None) -> None:
        """The first page for a filter, and how many lines it lets through in all (counted unless given)."""
        self.beginResetModel()
        self.store, self.wanted, self.today = store, wanted, today
        self.total = store.register_count(wanted, today=today) if total is None else total
        self._rows = store.register(wanted, today=today, limit=PAGE)
        self.endResetModel()

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid() or self.store is None:
            return
        more = self.store.register(self.wanted, today=self.today, limit=PAGE, offset=len(self._rows))
        if not more:
            self.total = len(self._rows)
            return
        self.beginInsertRows(_ROOT, len(self._rows), len(self._rows) + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    def entry_at(self, row: int) -> RegisterEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ref: str) -> int:
        return next((row for row, entry in enumerate(self._rows) if entry.ref == ref), -1)

    # -- the model ---------------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def _text(self, entry: RegisterEntry, column: int) -> str:
        if column == self.DATE:
            return short_date(entry.meeting_date)
        if column == self.MEETING:
            return first_line(entry.meeting_title, 80)
        if column == self.CONTENT:
            return first_line(entry.content)
        if column == self.UNIT:
            return " ".join(entry.assignee.split())
        if column == self.DEADLINE:
            spoken = " ".join(entry.deadline_text.split())
            if entry.due is None:
                return spoken
            return f"{short_date(entry.due)} ({spoken})" if spoken else short_date(entry.due)
        if column == self.STATUS:
            text = self.status_text(entry.status)
            return self.tr("%1 — quá hạn").replace("%1", text) if entry.overdue else text
        last = entry.last_followup
        if last is None:
            return ""
        note = first_line(last.note, 80)
        head = f"{short_date(last.date)} · {self.status_text(last.status)}"
        return f"{head}: {note}" if note else head

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _SERVED or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.MEETING:
                return self.tr("Bấm để mở cuộc họp tại kết luận này:\n%1").replace("%1", entry.meeting_title)
            if column == self.CONTENT:
                return entry.content
            if column == self.LAST and entry.last_followup is not None:
                return entry.last_followup.note or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.MEETING:
                return QApplication.palette().brush(QPalette.ColorRole.Link)
            if column in (self.STATUS, self.DEADLINE) and entry.overdue:
                return QBrush(OVERDUE_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and (
            column == self.MEETING or (column == self.STATUS and entry.overdue)
        ):
            font = QFont()
            font.setUnderline(column == self.MEETING)
            font.setBold(column == self.STATUS)
            return font
        if role == ENTRY_ROLE:
            return entry.ref
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._titles[section] if 0 <= section < len(self._titles) else None


class UnitCountsModel(QAbstractTableModel):
    """Counts per unit at a glance: overdue, in progress, done, total (not done in the tooltip); overdue first."""

    UNIT, OVERDUE, PENDING, DONE, TOTAL = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[UnitTally] = []
        self._titles = (
            self.tr("Đơn vị"),
            self.tr("Quá hạn"),
            self.tr("Đang làm"),
            self.tr("Xong"),
            self.tr("Tổng"),
        )

    def set_tallies(self, tallies: list[UnitTally]) -> None:
        self.beginResetModel()
        self._rows = list(tallies)
        self.endResetModel()

    def tally_at(self, row: int) -> UnitTally | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def name(self, tally: UnitTally) -> str:
        return tally.name or self.tr("(chưa ghi đơn vị)")

    def sentence(self, tally: UnitTally) -> str:
        """ "Huyện ủy Ba Bể: 3 quá hạn, 5 đang thực hiện, 2 hoàn thành" """
        summary = tally.summary
        parts = [
            (summary[Category.PENDING_OVERDUE], self.tr("%n quá hạn", "", summary[Category.PENDING_OVERDUE])),
            (
                summary[Category.PENDING_ON_TIME],
                self.tr("%n đang thực hiện", "", summary[Category.PENDING_ON_TIME]),
            ),
            (summary.done, self.tr("%n hoàn thành", "", summary.done)),
            (summary[Category.NOT_DONE], self.tr("%n không thực hiện", "", summary[Category.NOT_DONE])),
        ]
        return f"{self.name(tally)}: " + ", ".join(text for count, text in parts if count)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        tally = self.tally_at(index.row()) if role in _SERVED and index.isValid() else None
        if tally is None:
            return None
        column, summary = index.column(), tally.summary
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.name(tally),
                summary[Category.PENDING_OVERDUE],
                summary[Category.PENDING_ON_TIME],
                summary.done,
                summary.total,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.sentence(tally)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.OVERDUE
            and summary[Category.PENDING_OVERDUE]
        ):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.UNIT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ENTRY_ROLE:
            return tally.key
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._titles[section] if 0 <= section < len(self._titles) else None
