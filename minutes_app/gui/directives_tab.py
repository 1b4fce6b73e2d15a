"""Kết luận: the chair's conclusion and the tasks it gives, with who does them and by when."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from minutes_app.domain.model import Directive
from minutes_app.gui.bindings import FieldBinder
from minutes_app.gui.delegates import set_up_table
from minutes_app.gui.forms.ui_directives_tab import Ui_DirectivesTab
from minutes_app.gui.item_list import ItemListController
from minutes_app.gui.table_models import DirectivesTableModel
from minutes_app.gui.votes_panel import VotesPanel


class DirectivesTab(QWidget):
    """The conclusion as free text above a table of tasks; the table is typed into like a spreadsheet."""

    statusMessage = Signal(str)  # why typed text was refused

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.ui = Ui_DirectivesTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.binder = FieldBinder(editor, parent=self)
        self.binder.text(ui.conclusionEdit, "conclusion")
        self.model = DirectivesTableModel(editor, self)
        self.list = ItemListController(
            editor,
            ui.directivesTable,
            self.model,
            self,
            lambda item_id: Directive(id=item_id, content=""),
            {
                "add": self.tr("Thêm nhiệm vụ"),
                "remove": self.tr("Xóa"),
                "up": self.tr("Lên"),
                "down": self.tr("Xuống"),
            },
        )
        self.list.edit_on_add = "content"
        self.model.entryRefused.connect(self.statusMessage)
        set_up_table(ui.directivesTable, {"content": 1})
        # Whole tasks, wrapped: a conclusion is read row by row before it is printed. Rows follow
        # the width the stretched columns really get, and every change of the rows.
        table = ui.directivesTable
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().sectionResized.connect(self._fit_rows)
        self.model.modelReset.connect(self._fit_rows)
        self.model.dataChanged.connect(self._fit_rows)
        table.installEventFilter(self)  # shown again or resized: the columns' widths have changed
        for button, action in (
            (ui.addDirectiveButton, self.list.add_action),
            (ui.removeDirectiveButton, self.list.remove_action),
            (ui.moveUpButton, self.list.move_up_action),
            (ui.moveDownButton, self.list.move_down_action),
        ):
            button.setDefaultAction(action)
        # Votes between the conclusion and the tasks, in the order the minutes and the search use.
        self.votes = VotesPanel(editor, self)
        ui.splitter.insertWidget(1, self.votes)
        QWidget.setTabOrder(ui.conclusionEdit, self.votes.ui.votesTable)
        QWidget.setTabOrder(self.votes.ui.moveVoteDownButton, ui.directivesTable)
        ui.splitter.setSizes([100, 230, 370])
        editor.meetingLoaded.connect(self._select_first)
        self._select_first()

    @Slot()
    def _select_first(self) -> None:
        """Open on the first task, so that the row keys and buttons work before any click."""
        self.list.select_ids(self.model.ids()[:1])

    @Slot()
    def _fit_rows(self, *_args) -> None:
        """Each row as high as its wrapped text, with air above and below for reading."""
        table = self.ui.directivesTable
        for row in range(self.model.rowCount()):
            table.setRowHeight(row, max(28, table.sizeHintForRow(row) + 8))

    def eventFilter(self, watched, event):
        if watched is self.ui.directivesTable and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self, self._fit_rows)  # once the header has given the columns their widths
        return super().eventFilter(watched, event)
