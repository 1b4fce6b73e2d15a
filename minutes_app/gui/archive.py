"""The archive beside the open meeting: every meeting newest first, filtered as the secretary types."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QHeaderView, QWidget

from minutes_app.domain import MeetingSummary, SearchHit, Status
from minutes_app.gui import icons
from minutes_app.gui.forms.ui_archive_panel import Ui_ArchivePanel
from minutes_app.messages import UserError

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 500
_ROOT = QModelIndex()


class ArchiveTableModel(QAbstractTableModel):
    """Rows are MeetingSummary or SearchHit; both carry id, date, title and status.

    A finalized meeting shows a lock beside its title instead of a status column, so the narrow archive
    leaves the width to the titles.
    """

    DATE, TITLE = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingSummary | SearchHit] = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_meeting(self, meeting, *, keep_order: bool) -> None:
        """Show a renamed or re-dated meeting without asking the store for the whole list again."""
        row = self.row_of(meeting.id)
        if row < 0:
            return
        old = self._rows[row]
        self._rows[row] = dataclasses.replace(
            old, title=meeting.title, date=meeting.date, status=meeting.status
        )
        if old.date != meeting.date and not keep_order:
            self.layoutAboutToBeChanged.emit()
            self._rows.sort(key=lambda r: (r.date, r.id), reverse=True)
            self.layoutChanged.emit()
        else:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def meeting_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), -1)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return row.date.strftime("%d/%m/%Y")
            if column == self.TITLE:
                return row.title
        if role == Qt.ItemDataRole.DecorationRole and column == self.TITLE and row.status == Status.FINAL:
            return icons.get("lock")
        if role == Qt.ItemDataRole.ToolTipRole:
            status = self.tr("Hoàn tất") if row.status == Status.FINAL else self.tr("Dự thảo")
            snippet = getattr(row, "snippet", "")
            return "\n".join(part for part in (row.title, status, snippet) if part)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {self.DATE: self.tr("Ngày"), self.TITLE: self.tr("Cuộc họp")}.get(section)


class ArchivePanel(QWidget):
    """Lists the store's meetings; search goes to the store's folded index, empty search to the list."""

    meetingActivated = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ArchivePanel()
        self.ui.setupUi(self)
        self.store = None
        self._current_id: int | None = None
        self.model = ArchiveTableModel(self)
        self.ui.meetingsView.setModel(self.model)
        header = self.ui.meetingsView.horizontalHeader()
        header.setSectionResizeMode(ArchiveTableModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ArchiveTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.ui.statusCombo.addItem(self.tr("Mọi trạng thái"), "")
        self.ui.statusCombo.addItem(self.tr("Dự thảo"), Status.DRAFT.value)
        self.ui.statusCombo.addItem(self.tr("Hoàn tất"), Status.FINAL.value)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.yearCombo.currentIndexChanged.connect(self.refresh)
        self.ui.statusCombo.currentIndexChanged.connect(self.refresh)
        self.ui.meetingsView.selectionModel().currentRowChanged.connect(self._row_changed)

    def set_store(self, store) -> None:
        """The list is filled once the window is on screen: a large archive must not delay the start."""
        self.store = store
        QTimer.singleShot(0, self, self.refresh_all)  # with a context: dropped if the panel is gone first

    @Slot()
    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _fill_years(self) -> None:
        combo = self.ui.yearCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Mọi năm"), 0)
        for year in self.store.years():
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    @Slot()
    def refresh(self) -> None:
        """Re-read the list; the open meeting stays selected without being opened again."""
        if self.store is None:
            return
        year = self.ui.yearCombo.currentData() or None
        status = Status(self.ui.statusCombo.currentData()) if self.ui.statusCombo.currentData() else None
        query = self.ui.searchEdit.text().strip()
        try:
            if query:
                rows = [
                    hit
                    for hit in self.store.search(query, limit=SEARCH_LIMIT)
                    if (year is None or hit.date.year == year) and (status is None or hit.status == status)
                ]
            else:
                rows = self.store.list_meetings(year=year, status=status)
        except UserError as error:
            self.failed.emit(str(error))
            return
        self.model.set_rows(rows)
        self.ui.countLabel.setText(self.tr("%n cuộc họp", "", len(rows)))
        self.select(self._current_id)

    def update_meeting(self, meeting) -> None:
        """The open meeting's title or date changed: mend its row (cheap while typing a title)."""
        self.model.update_meeting(meeting, keep_order=bool(self.ui.searchEdit.text().strip()))
        if self.ui.yearCombo.findData(meeting.date.year) < 0:
            self._fill_years()
        self.select(self._current_id)

    def newest_id(self) -> int | None:
        return self.model.meeting_id(0)

    @Slot()
    def refresh_all(self) -> None:
        """After a meeting was added, renamed or deleted: the years may have changed too."""
        if self.store is not None:
            try:
                self._fill_years()
            except UserError as error:  # a server out of reach: the list stays as it was
                self.failed.emit(str(error))
                return
            self.refresh()

    def select(self, meeting_id: int | None) -> None:
        self._current_id = meeting_id
        row = self.model.row_of(meeting_id)
        view = self.ui.meetingsView
        selection = view.selectionModel()
        selection.blockSignals(True)
        if row < 0:
            selection.clear()
        else:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(self.model.index(row, 0), flags)
            view.scrollTo(self.model.index(row, 0))
        selection.blockSignals(False)
        view.viewport().update()

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex | QPersistentModelIndex, _previous) -> None:
        meeting_id = self.model.meeting_id(current.row())
        if meeting_id is not None and meeting_id != self._current_id:
            self._current_id = meeting_id
            self.meetingActivated.emit(meeting_id)
