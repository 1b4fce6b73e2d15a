"""Theo dõi thực hiện kết luận: every directive of the archive, filtered, counted, followed up, reported."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
)

from minutes_app import register_files
from minutes_app.domain import units
from minutes_app.domain.model import DirectiveStatus
from minutes_app.domain.register import Category, RegisterFilter, Summary
from minutes_app.gui import icons
from minutes_app.gui.folding_completer import FoldingCompleter
from minutes_app.gui.forms.ui_register_window import Ui_RegisterWindow
from minutes_app.gui.register_commands import RecordFollowUpCommand, SetUnitAliasesCommand
from minutes_app.gui.register_models import OVERDUE_COLOUR, RegisterTableModel, UnitCountsModel
from minutes_app.messages import UserError

FILTER_DELAY_MS = 200
NO_DATE = QDate(2000, 1, 1)


class MiddleElideDelegate(QStyledItemDelegate):
    """Meeting titles share their beginning ("Hội nghị giao ban…"): their end tells them apart."""

    def initStyleOption(self, option, index) -> None:  # Qt override
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class RegisterWindow(QDialog):
    """A window of its own beside the minutes: filters, counts per unit, the lines, and what to do."""

    directiveActivated = Signal(int, str)  # meeting id, directive id
    changed = Signal()  # a follow-up or a merge was made, undone or redone

    def __init__(self, store, editor, settings=None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.ui = Ui_RegisterWindow()
        self.ui.setupUi(self)
        self.store, self.editor, self.settings = store, editor, settings
        self.model = RegisterTableModel(self)
        self.units_model = UnitCountsModel(self)
        self.completer = FoldingCompleter(self)
        self._units_loaded = False
        self._awaiting: str | None = None  # an edit's reference while a server's writer thread has it
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._build()
        self._wire()

    # Construction ------------------------------------------------------------------------------------
    def _build(self) -> None:
        ui = self.ui
        ui.registerTable.setModel(self.model)
        ui.registerTable.setItemDelegateForColumn(
            RegisterTableModel.MEETING, MiddleElideDelegate(ui.registerTable)
        )
        ui.unitCountsTable.setModel(self.units_model)
        # Fixed widths, measured once from the font: fitting columns to their contents would read every
        # line of every page on each refresh.
        header = ui.registerTable.horizontalHeader()
        header.setStretchLastSection(False)
        digits = ui.registerTable.fontMetrics().horizontalAdvance("00/00/0000") + 16
        status = ui.registerTable.fontMetrics().horizontalAdvance(
            self.model.status_text(DirectiveStatus.IN_PROGRESS)
        )
        header.setSectionResizeMode(RegisterTableModel.CONTENT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (RegisterTableModel.DATE, digits),
            (RegisterTableModel.MEETING, 180),
            (RegisterTableModel.UNIT, 170),
            (RegisterTableModel.DEADLINE, 170),
            (RegisterTableModel.STATUS, 2 * status),
            (RegisterTableModel.LAST, 220),
        ):
            header.resizeSection(column, width)
        units_header = ui.unitCountsTable.horizontalHeader()
        units_header.setSectionResizeMode(UnitCountsModel.UNIT, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.units_model.columnCount()):
            title = self.units_model.headerData(column, Qt.Orientation.Horizontal)
            units_header.resizeSection(column, units_header.fontMetrics().horizontalAdvance(title) + 24)
        ui.registerSplitter.setSizes([150, 500])
        ui.registerStatusCombo.addItem(self.tr("Mọi tình trạng"), "")
        for status in DirectiveStatus:
            ui.registerStatusCombo.addItem(self.model.status_text(status), status.value)
        for edit in (ui.dateFromEdit, ui.dateToEdit):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("(mọi ngày)"))
            edit.setDate(NO_DATE)
        ui.unitEdit.setCompleter(self.completer)
        self.undo_action = self.editor.undo_stack.createUndoAction(self, self.tr("Hoàn tác"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icons.get("edit-undo"))
        self.redo_action = self.editor.undo_stack.createRedoAction(self, self.tr("Làm lại"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icons.get("edit-redo"))
        self.addActions([self.undo_action, self.redo_action])
        ui.registerUndoButton.setDefaultAction(self.undo_action)
        ui.registerRedoButton.setDefaultAction(self.redo_action)
        menu = QMenu(ui.exportRegisterButton)
        for fmt, text in (
            ("pdf", self.tr("Báo cáo PDF…")),
            ("docx", self.tr("Báo cáo Word (DOCX)…")),
            ("xlsx", self.tr("Bảng tính Excel (XLSX)…")),
            ("csv", self.tr("Bảng CSV…")),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _checked=False, f=fmt: self.export(f))
            menu.addAction(action)
        ui.exportRegisterButton.setMenu(menu)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.record_progress)

    def _wire(self) -> None:
        ui = self.ui
        self._timer.timeout.connect(self.refresh)
        self.editor.autosave.saved.connect(self._written)
        for edit in (ui.unitEdit, ui.registerSearchEdit):
            edit.textChanged.connect(self._timer.start)
        ui.registerStatusCombo.currentIndexChanged.connect(self.refresh)
        ui.overdueCheck.toggled.connect(self.refresh)
        ui.dateFromEdit.dateChanged.connect(self._timer.start)
        ui.dateToEdit.dateChanged.connect(self._timer.start)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.registerTable.clicked.connect(self._clicked)
        ui.registerTable.activated.connect(self._activated)
        ui.registerTable.selectionModel().currentRowChanged.connect(self._update_buttons)
        ui.unitCountsTable.clicked.connect(self._unit_clicked)
        ui.unitCountsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.recordProgressButton.clicked.connect(self.record_progress)
        ui.openMeetingButton.clicked.connect(self.open_current)
        ui.mergeUnitsButton.clicked.connect(self.merge_units)
        ui.closeRegisterButton.clicked.connect(self.close)
        ui.unitEdit.installEventFilter(self)

    # Filters -----------------------------------------------------------------------------------------
    def wanted(self) -> RegisterFilter:
        ui = self.ui
        status = ui.registerStatusCombo.currentData()

        def day(edit):
            return None if edit.date() == NO_DATE else edit.date().toPython()

        return RegisterFilter(
            status=DirectiveStatus(status) if status else None,
            overdue=ui.overdueCheck.isChecked(),
            unit=ui.unitEdit.text().strip(),
            date_from=day(ui.dateFromEdit),
            date_to=day(ui.dateToEdit),
            text=ui.registerSearchEdit.text().strip(),
        )

    def set_filter(self, *, overdue: bool = False, unit: str = "") -> None:
        """Show the register narrowed as asked (the overdue notice opens it on overdue only)."""
        self.clear_filters(refresh=False)
        self.ui.overdueCheck.blockSignals(True)
        self.ui.overdueCheck.setChecked(overdue)
        self.ui.overdueCheck.blockSignals(False)
        self.ui.unitEdit.blockSignals(True)
        self.ui.unitEdit.setText(unit)
        self.ui.unitEdit.blockSignals(False)
        self.refresh()

    @Slot()
    def clear_filters(self, refresh: bool = True) -> None:
        ui = self.ui
        widgets = (ui.registerStatusCombo, ui.overdueCheck, ui.unitEdit, ui.registerSearchEdit)
        for widget in (*widgets, ui.dateFromEdit, ui.dateToEdit):
            widget.blockSignals(True)
        ui.registerStatusCombo.setCurrentIndex(0)
        ui.overdueCheck.setChecked(False)
        ui.unitEdit.clear()
        ui.registerSearchEdit.clear()
        ui.dateFromEdit.setDate(NO_DATE)
        ui.dateToEdit.setDate(NO_DATE)
        for widget in (*widgets, ui.dateFromEdit, ui.dateToEdit):
            widget.blockSignals(False)
        if refresh:
            self.refresh()

    # Reading -----------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Read the lines, the counts per unit and the summary again for the current filter."""
        self._timer.stop()
        wanted, today = self.wanted(), dt.date.today()
        current = self.current_entry()
        try:
            tallies = self.store.register_tallies(wanted, today=today)
            self.model.load(self.store, wanted, today, sum(tally.summary.total for tally in tallies))
        except UserError as error:
            self.ui.summaryLabel.setText(html.escape(str(error)))
            return
        self.units_model.set_tallies(tallies)
        counts: dict[Category, int] = {}
        for tally in tallies:
            for category in Category:
                counts[category] = counts.get(category, 0) + tally.summary[category]
        self.ui.summaryLabel.setText(self.summary_text(Summary(counts)))
        self.ui.registerCountLabel.setText(self.tr("%n kết luận", "", self.model.total))
        self.select(current.ref if current else "")
        self._update_buttons()

    def summary_text(self, summary: Summary) -> str:
        """Counts at a glance, in REGISTER.md's categories, overdue in red."""
        parts = [
            self.tr("<b>%1</b> kết luận").replace("%1", str(summary.total)),
            self.tr("%1 hoàn thành đúng hạn").replace("%1", str(summary[Category.DONE_ON_TIME])),
            self.tr("%1 hoàn thành quá hạn").replace("%1", str(summary[Category.DONE_LATE])),
            self.tr("%1 đang thực hiện trong hạn").replace("%1", str(summary[Category.PENDING_ON_TIME])),
            f'<span style="color:{OVERDUE_COLOUR.name()}"><b>'
            + self.tr("%1 đang thực hiện quá hạn").replace("%1", str(summary[Category.PENDING_OVERDUE]))
            + "</b></span>",
            self.tr("%1 không thực hiện").replace("%1", str(summary[Category.NOT_DONE])),
        ]
        rate = summary.completion_rate
        if rate is not None:
            parts.append(self.tr("tỷ lệ hoàn thành %1%").replace("%1", f"{rate:.1f}".replace(".", ",")))
        return " · ".join(parts)

    def eventFilter(self, watched, event) -> bool:
        """The units for completion are read when the unit field is first used, not at opening."""
        if watched is self.ui.unitEdit and event.type() == event.Type.FocusIn and not self._units_loaded:
            self.load_unit_names()
        return False

    def load_unit_names(self) -> None:
        try:
            self.completer.set_names(self.store.unit_names())
        except UserError:
            return
        self._units_loaded = True

    # Selection and opening ---------------------------------------------------------------------------
    def current_entry(self):
        index = self.ui.registerTable.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def select(self, ref: str) -> None:
        row = self.model.row_of(ref) if ref else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            index = self.model.index(row, RegisterTableModel.DATE)
            self.ui.registerTable.setCurrentIndex(index)
            self.ui.registerTable.scrollTo(index)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        """The meeting's name is a link: one click opens the meeting at the directive."""
        if index.column() == RegisterTableModel.MEETING:
            self._activated(index)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(index.row())
        if entry is not None:
            self.directiveActivated.emit(entry.meeting_id, entry.directive_id)

    @Slot()
    def open_current(self) -> None:
        self._activated(self.ui.registerTable.currentIndex())

    @Slot(QModelIndex)
    def _unit_clicked(self, index: QModelIndex) -> None:
        tally = self.units_model.tally_at(index.row())
        if tally is not None and len(self.ui.unitCountsTable.selectionModel().selectedRows()) <= 1:
            self.ui.unitEdit.setText(tally.name)
            self.refresh()

    @Slot()
    def _update_buttons(self, *_args) -> None:
        writable = not self.store.read_only
        has_entry = self.current_entry() is not None
        self.ui.recordProgressButton.setEnabled(writable and has_entry)
        self.ui.openMeetingButton.setEnabled(has_entry)
        self.ui.mergeUnitsButton.setEnabled(writable and bool(self.units_model.rowCount()))

    # Edits: each one undoable step -------------------------------------------------------------------
    def _push(self, command) -> None:
        self.editor.flush()
        self.editor.undo_stack.push(command)

    def after_edit(self, ref: str) -> None:
        """A follow-up or a merge was made or undone: show it (the command brings it into sight)."""
        self.show()
        self.raise_()
        # On a server the write is still on its way: the lines are read again once it is done.
        self._awaiting = ref if self.editor.autosave.pending else None
        self._show_edit(ref)
        self.changed.emit()

    @Slot()
    def _written(self) -> None:
        if self._awaiting is not None:
            ref, self._awaiting = self._awaiting, None
            self._show_edit(ref)
            self.changed.emit()

    def _show_edit(self, ref: str) -> None:
        self.refresh()
        if ref:
            self.select(ref)

    @Slot()
    def record_progress(self) -> None:
        from minutes_app.gui.followup_dialog import FollowUpDialog

        entry = self.current_entry()
        if entry is None or self.store.read_only:
            return
        names = {status: self.model.status_text(status) for status in DirectiveStatus}
        dialog = FollowUpDialog(entry, names, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._push(RecordFollowUpCommand(self.editor, entry.meeting_id, dialog.followup(), self.after_edit))

    def selected_units(self) -> list[str]:
        rows = sorted(index.row() for index in self.ui.unitCountsTable.selectionModel().selectedRows())
        return [self.units_model.tally_at(row).name for row in rows if self.units_model.tally_at(row).key]

    @Slot()
    def merge_units(self) -> None:
        """The selected spellings become one unit, named as the secretary chooses (an alias, undoable)."""
        sources = self.selected_units()
        if not sources or self.store.read_only:
            return
        names = [
            n
            for n in self.store.unit_names()
            if units.unit_key(n) not in {units.unit_key(s) for s in sources}
        ]
        names = sources[:1] + names if len(sources) > 1 else names
        target, accepted = QInputDialog.getItem(
            self,
            self.tr("Gộp đơn vị"),
            self.tr("Gộp %1 vào đơn vị (chọn hoặc gõ tên sẽ hiển thị):").replace(
                "%1", ", ".join(f"«{name}»" for name in sources)
            ),
            names,
            0,
            True,
        )
        target = " ".join(target.split())
        if not accepted or not target:
            return
        old = self.store.unit_aliases()
        new = units.merged(old, sources, target)
        if new != old:
            self._push(SetUnitAliasesCommand(self.editor, old, new, target, self.after_edit))

    # Report ------------------------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        """The register as the filter shows it, as a report (PDF, DOCX) or a sheet (XLSX, CSV)."""
        filters = {
            "pdf": self.tr("Tệp PDF (*.pdf)"),
            "docx": self.tr("Tệp Word (*.docx)"),
            "xlsx": self.tr("Tệp Excel (*.xlsx)"),
            "csv": self.tr("Tệp CSV (*.csv)"),
        }
        folder = (
            Path(self.settings.last_folder) if self.settings and self.settings.last_folder else Path.home()
        )
        start = folder / f"{dt.date.today().isoformat()} so-theo-doi-ket-luan.{fmt}"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo"), str(start), filters[fmt])
        if not chosen:
            return
        if not chosen.lower().endswith(f".{fmt}"):
            chosen += f".{fmt}"
        if self.settings is not None:
            self.settings.last_folder = str(Path(chosen).parent)
        try:
            register_files.write(self.store, self.wanted(), fmt, chosen)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Không ghi được báo cáo"), str(error))
            return
        self.ui.registerCountLabel.setText(self.tr("Đã ghi %1").replace("%1", chosen))
