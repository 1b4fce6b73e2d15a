"""Kết quả thực hiện kết luận kỳ trước, at the top of the Báo cáo tab: the directives under review.

A meeting opened from the previous one arrives with its unfinished directives here; during the meeting
the secretary gives each a status and the result the unit reports. The words, unit and deadline came
from the earlier minutes and are not retyped; more can be picked from any earlier meeting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from minutes_app.domain.model import DirectiveStatus, ItemKind, PreviousDirective
from minutes_app.gui.bindings import FieldBinder
from minutes_app.gui.delegates import set_up_table
from minutes_app.gui.forms.ui_previous_directives_panel import Ui_PreviousDirectivesPanel
from minutes_app.gui.item_list import ItemListController
from minutes_app.gui.table_models import Column, ItemTableModel

_NOT_REPORTED = ""


def _short_date(day) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class PreviousDirectivesTableModel(ItemTableModel):
    """The reviewed directives: what was asked, of whom, by when; the status and result reported now."""

    KIND = ItemKind.PREVIOUS_DIRECTIVES

    def make_columns(self):
        return [
            Column("content", self.tr("Kết luận kỳ trước"), editable=False, preview=True),
            Column("assignee", self.tr("Đơn vị thực hiện"), editable=False),
            Column("deadline_text", self.tr("Thời hạn"), editable=False),
            Column("status", self.tr("Tình trạng"), "choice", self.status_choices()),
            Column("result", self.tr("Kết quả thực hiện"), editable=False, preview=True),
        ]

    def status_choices(self):
        return (
            (_NOT_REPORTED, self.tr("(chưa báo cáo)")),
            (DirectiveStatus.OPEN, self.tr("Chưa thực hiện")),
            (DirectiveStatus.IN_PROGRESS, self.tr("Đang thực hiện")),
            (DirectiveStatus.DONE, self.tr("Hoàn thành")),
            (DirectiveStatus.CANCELLED, self.tr("Không thực hiện")),
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and 0 <= index.row() < self.rowCount() and index.column() < len(self.columns):
            item: PreviousDirective = self.item_at(index.row())
            field = self.columns[index.column()].field
            if (
                field == "status"
                and item.status is None
                and role
                in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.EditRole,
                )
            ):
                return self.status_choices()[0][1] if role == Qt.ItemDataRole.DisplayRole else _NOT_REPORTED
            if field == "deadline_text" and role == Qt.ItemDataRole.DisplayRole:
                spoken = " ".join(item.deadline_text.split())
                day = _short_date(item.deadline)
                return f"{spoken} ({day})" if spoken and day else spoken or day
            if field == "content" and role == Qt.ItemDataRole.ToolTipRole:
                source = " ".join(item.source_meeting_title.split())
                when = _short_date(item.source_meeting_date)
                return f"{item.content}\n\n{source} {when}".strip()
        return super().data(index, role)

    def parse(self, column: Column, value):
        if column.field == "status":
            return None if value in (_NOT_REPORTED, None) else DirectiveStatus(value)
        return super().parse(column, value)


class PreviousDirectivesPanel(QWidget):
    """The table, and for the selected directive its status and the result reported."""

    pickRequested = Signal()  # the window offers directives of earlier meetings to add

    def __init__(self, editor, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.ui = Ui_PreviousDirectivesPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.splitter: QSplitter | None = None  # the tab's splitter that gives this panel its height
        self._fit_pending = True
        self.model = PreviousDirectivesTableModel(editor, self)
        self.list = ItemListController(
            editor,
            ui.previousDirectivesTable,
            self.model,
            self,
            lambda item_id: PreviousDirective(id=item_id, content=""),
            {
                "add": self.tr("Thêm"),
                "remove": self.tr("Xóa"),
                "up": self.tr("Lên"),
                "down": self.tr("Xuống"),
            },
        )
        # The reports list below has Alt+Up/Down for the same tab: these move by their buttons and by drag.
        for action in (self.list.move_up_action, self.list.move_down_action):
            action.setShortcut(QKeySequence())
        self.list.add_action.setText(self.tr("Thêm kết luận kỳ trước…"))
        self.list.add_action.setToolTip(
            self.tr("Chọn kết luận của các cuộc họp trước để báo cáo kết quả (Insert)")
        )
        self.list.add_action.triggered.disconnect()
        self.list.add_action.triggered.connect(self.pickRequested)
        for button, action in (
            (ui.addPreviousButton, self.list.add_action),
            (ui.removePreviousButton, self.list.remove_action),
            (ui.movePreviousUpButton, self.list.move_up_action),
            (ui.movePreviousDownButton, self.list.move_down_action),
        ):
            button.setDefaultAction(action)
        set_up_table(ui.previousDirectivesTable, {"content": 3, "result": 2})
        header = ui.previousDirectivesTable.horizontalHeader()
        for field, width in (("assignee", 150), ("deadline_text", 120)):  # wrapped, never wider than this
            header.setSectionResizeMode(self.model.column_of(field), QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.model.column_of(field), width)
        ui.previousDirectivesTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for status, label in self.model.status_choices():
            ui.previousStatusCombo.addItem(label, status)
        self.binder = FieldBinder(editor, ItemKind.PREVIOUS_DIRECTIVES, self)
        self.binder.choice(ui.previousStatusCombo, "status", convert=self._status)
        self.binder.text(ui.previousResultEdit, "result")
        self.list.currentItemChanged.connect(self.binder.set_item)
        ui.previousSplitter.setSizes([300, 90])
        self.model.modelReset.connect(self._fit)
        self.model.dataChanged.connect(self._fit_rows)
        editor.meetingLoaded.connect(self._select_first)
        editor.readOnlyChanged.connect(self._update_hint)
        self._select_first()

    @staticmethod
    def _status(value):
        return None if value in (_NOT_REPORTED, None) else DirectiveStatus(value)

    @Slot()
    def _select_first(self) -> None:
        self.list.select_ids(self.model.ids()[:1])
        self._fit()

    @Slot()
    def _fit(self, *_args) -> None:
        """Rows as high as their text; the panel tall when there is something to report, a strip when not.

        The tab's height is known only once it is laid out on screen: until then the share waits for
        the splitter's first resize (see eventFilter); a height the secretary dragged is kept after.
        """
        self._fit_rows()
        self._update_hint()
        splitter = self.splitter
        if splitter is None:
            return
        if not splitter.isVisible() or splitter.height() < 200:
            self._fit_pending = True
            return
        self._fit_pending = False
        total = splitter.height() - splitter.handleWidth()
        compact = self.ui.previousButtonsLayout.sizeHint().height() + 48
        share = min(total * 55 // 100, 200 + 60 * self.model.rowCount()) if self.model.rowCount() else compact
        splitter.setSizes([share, total - share])

    def eventFilter(self, watched, event) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize and self._fit_pending:
            QTimer.singleShot(0, self, self._fit)
        return False

    @Slot()
    def _fit_rows(self, *_args) -> None:
        table = self.ui.previousDirectivesTable
        for row in range(self.model.rowCount()):
            table.setRowHeight(row, max(28, min(table.sizeHintForRow(row) + 6, 90)))

    @Slot()
    def _update_hint(self, *_args) -> None:
        empty = not self.model.rowCount()
        self.ui.previousSplitter.setVisible(not empty)
        self.ui.previousHintLabel.setText(
            self.tr(
                "Chưa có kết luận kỳ trước cần báo cáo. Cuộc họp tạo bằng «Cuộc họp mới từ cuộc họp này» tự "
                "mang sang các kết luận chưa hoàn thành."
            )
            if empty
            else self.tr("Chọn từng kết luận, ghi tình trạng và kết quả đơn vị báo cáo.")
        )


def install_previous_directives(tab) -> PreviousDirectivesPanel:
    """Put the panel above the reports of a ReportsTab, the two sharing the height in a splitter."""
    panel = PreviousDirectivesPanel(tab.editor, tab)
    outer = QSplitter(Qt.Orientation.Vertical, tab)
    outer.setObjectName("previousReportsSplitter")
    outer.setChildrenCollapsible(False)
    tab.ui.mainLayout.replaceWidget(tab.ui.splitter, outer)
    outer.addWidget(panel)
    outer.addWidget(tab.ui.splitter)
    outer.setStretchFactor(1, 1)
    panel.splitter = outer
    outer.installEventFilter(panel)
    panel._fit()
    QWidget.setTabOrder(panel.ui.movePreviousDownButton, tab.ui.reportsTable)
    return panel
