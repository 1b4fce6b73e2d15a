"""The table of votes (biểu quyết): the subject, three counts, and their total against the members present."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QSpinBox, QStyle, QStyledItemDelegate

from minutes_app.domain import rules
from minutes_app.domain.model import ItemKind
from minutes_app.gui.table_models import Column, ItemTableModel

COUNT_FIELDS = ("in_favour", "against", "abstain")
MAX_COUNT = 99_999
WARNING_TEXT = QColor("#a61b1b")
WARNING_BACKGROUND = QColor("#fde2e1")
_WATCHED_ATTENDEE_FIELDS = {"attendance", "group"}  # what changes the number of members present


class VotesTableModel(ItemTableModel):
    """Counts are whole numbers from 0; the total column is read-only and warns when it outnumbers
    the members present (rules.votes_over_present), so a miscount shows while it can still be asked."""

    KIND = ItemKind.VOTES
    DEPENDS_ON = (ItemKind.ATTENDEES,)

    def make_columns(self):
        return [
            Column("subject", self.tr("Nội dung biểu quyết")),
            Column("in_favour", self.tr("Tán thành"), "count"),
            Column("against", self.tr("Không tán thành"), "count"),
            Column("abstain", self.tr("Ý kiến khác"), "count"),
            Column("total", self.tr("Tổng số phiếu"), "total", editable=False),
        ]

    # -- the rules -----------------------------------------------------------------------------------
    def present(self) -> int:
        meeting = self.editor.meeting
        return rules.count_attendance(meeting).present if meeting is not None else 0

    def over_ids(self) -> set[str]:
        meeting = self.editor.meeting
        return {vote.id for vote in rules.votes_over_present(meeting)} if meeting is not None else set()

    def warning(self, item) -> str:
        return self.tr("Tổng số phiếu ({total}) nhiều hơn số thành viên có mặt ({present}).").format(
            total=rules.vote_total(item), present=self.present()
        )

    # -- reading -------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            not index.isValid()
            or not (0 <= index.row() < self.rowCount())
            or index.column() >= len(self.columns)
        ):
            return None
        column = self.columns[index.column()]
        item = self.item_at(index.row())
        if column.kind == "total":
            return self._total_data(item, role)
        if column.kind == "count":
            if role == Qt.ItemDataRole.DisplayRole:
                return str(getattr(item, column.field))
            if role == Qt.ItemDataRole.EditRole:
                return getattr(item, column.field)
            if role == Qt.ItemDataRole.ToolTipRole:
                return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "count":
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def _total_data(self, item, role):
        over = item.id in self.over_ids() if role != Qt.ItemDataRole.EditRole else False
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(rules.vote_total(item))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.warning(item) if over else None
        if role == Qt.ItemDataRole.DecorationRole and over:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.BackgroundRole and over:
            return QBrush(WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and over:
            return QBrush(WARNING_TEXT)
        return None

    def row_foreground(self, item):
        return QBrush(WARNING_TEXT) if item.id in self.over_ids() else None

    # -- editing -------------------------------------------------------------------------------------
    def parse(self, column: Column, value):
        """A count typed or spun: a whole number from 0; anything else is refused, never stored as 0."""
        if column.kind != "count":
            return super().parse(column, value)
        if isinstance(value, bool):
            raise ValueError(value)
        number = int(str(value).strip())
        if not 0 <= number <= MAX_COUNT:
            raise ValueError(value)
        return number

    # -- following the editor ------------------------------------------------------------------------
    @Slot(str, str, str)
    def _on_item_changed(self, kind: str, item_id: str, field: str):
        super()._on_item_changed(kind, item_id, field)
        if kind == ItemKind.ATTENDEES.value and field in _WATCHED_ATTENDEE_FIELDS:
            self._all_changed()


class CountDelegate(QStyledItemDelegate):
    """A spin box from 0: a count cannot be typed negative or as words."""

    def createEditor(self, parent, option, index):
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_COUNT)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setFrame(False)
        return spin

    def setEditorData(self, editor, index):
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor, model, index):
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
