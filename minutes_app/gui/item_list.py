"""Add, remove and reorder the rows of one item table, and follow its selection across model resets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from minutes_app.gui import icons
from minutes_app.gui.table_models import ItemTableModel


def add_shortcut_to_tooltip(action: QAction) -> None:
    """Tooltips name the key, so the mouse teaches the keyboard."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = action.text().replace("&", "")
    action.setToolTip(f"{text} ({keys})" if keys else text)


class ItemListController(QObject):
    """The same list handling in every tab: the editor's resets keep the user's selection by item id.

    ``new_item`` builds the item to insert (the controller gives it an id); the actions carry the
    keys and are added to ``host`` so that they work wherever the focus is inside the tab.
    """

    currentItemChanged = Signal(str)  # item id, "" when nothing is current

    def __init__(
        self,
        editor,
        view: QTableView,
        model: ItemTableModel,
        host: QWidget,
        new_item: Callable[[str], object],
        names: dict[str, str],
    ):
        super().__init__(host)
        self.editor, self.view, self.model, self.new_item = editor, view, model, new_item
        self._kept: list[str] = []
        self._kept_current = ""
        self.edit_on_add: str | None = None  # the field whose cell opens for typing after "add"
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Insert and Delete belong to the table: in a text field they must keep their usual meaning.
        table_only, whole_tab = (
            Qt.ShortcutContext.WidgetShortcut,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.add_action = self._action(
            view, table_only, names["add"], "list-add", QKeySequence(Qt.Key.Key_Insert), self.add
        )
        self.remove_action = self._action(
            view,
            table_only,
            names["remove"],
            "list-remove",
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.remove,
        )
        self.move_up_action = self._action(
            host,
            whole_tab,
            names["up"],
            "go-up",
            QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up),
            lambda: self.move(-1),
        )
        self.move_down_action = self._action(
            host,
            whole_tab,
            names["down"],
            "go-down",
            QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down),
            lambda: self.move(1),
        )
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        view.selectionModel().currentRowChanged.connect(self._on_current_row)
        view.selectionModel().selectionChanged.connect(self.update_actions)
        editor.readOnlyChanged.connect(self.update_actions)
        editor.meetingLoaded.connect(self.update_actions)
        self.update_actions()

    def _action(self, owner, context, text, icon, keys, slot) -> QAction:
        action = QAction(icons.get(icon), text, owner)
        action.setShortcut(keys)
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        add_shortcut_to_tooltip(action)
        owner.addAction(action)
        return action

    # -- selection by id ---------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.item_at(row).id for row in rows if row < self.model.rowCount()]

    def current_id(self) -> str:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()).id if index.isValid() else ""

    def select_ids(self, ids: list[str], current: str | None = None) -> None:
        selection = QItemSelection()
        rows = [row for row in (self.model.row_of(item_id) for item_id in ids) if row >= 0]
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        current_row = self.model.row_of(current) if current else (rows[0] if rows else -1)
        selection_model = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        if current_row >= 0:
            column = max(self.view.currentIndex().column(), 0)
            selection_model.setCurrentIndex(self.model.index(current_row, column), flags.NoUpdate)
            self.view.scrollTo(self.model.index(current_row, column))
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        self._on_current_row()

    def reveal(self, item_id: str, field: str = "") -> None:
        """Select the row of ``item_id`` with the cell of ``field`` current, scrolled into view."""
        row = self.model.row_of(item_id)
        if row < 0:
            return
        self.select_ids([item_id], item_id)
        column = self.model.column_of(field) if field else -1
        if column >= 0:
            index = self.model.index(row, column)
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(index)

    @Slot()
    def _remember_selection(self) -> None:
        self._kept, self._kept_current = self.selected_ids(), self.current_id()

    @Slot()
    def _restore_selection(self) -> None:
        self.select_ids(self._kept, self._kept_current)
        self.update_actions()

    @Slot()
    def _on_current_row(self, *_args) -> None:
        self.currentItemChanged.emit(self.current_id())

    # -- the actions -------------------------------------------------------------------------------
    @Slot()
    def update_actions(self, *_args) -> None:
        editable = self.editor.meeting is not None and not self.editor.read_only
        has_selection = bool(self.selected_ids())
        self.add_action.setEnabled(editable)
        for action in (self.remove_action, self.move_up_action, self.move_down_action):
            action.setEnabled(editable and has_selection)

    def insert_position(self) -> int:
        """New rows go under the current one, where the secretary is looking, else at the end."""
        current = self.view.currentIndex()
        return current.row() + 1 if current.isValid() else self.model.rowCount()

    @Slot()
    def add(self) -> str:
        if self.editor.read_only or self.editor.meeting is None:
            return ""
        item = self.new_item(self.editor.new_item_id(self.model.KIND))
        self.editor.insert_item(self.model.KIND, item, self.insert_position())
        self.select_ids([item.id], item.id)
        column = self.model.column_of(self.edit_on_add) if self.edit_on_add else -1
        if column >= 0:
            index = self.model.index(self.model.row_of(item.id), column)
            self.view.setCurrentIndex(index)
            self.view.setFocus()
            self.view.edit(index)
        return item.id

    @Slot()
    def remove(self) -> None:
        ids = self.selected_ids()
        if not ids or self.editor.read_only:
            return
        order = self.model.ids()
        following = [i for i in order[order.index(ids[-1]) + 1 :] if i not in ids]
        preceding = [i for i in order[: order.index(ids[0])] if i not in ids]
        self.editor.remove_items(self.model.KIND, ids)
        neighbour = following[:1] or preceding[-1:]
        self.select_ids(neighbour, neighbour[0] if neighbour else None)

    def move(self, step: int) -> None:
        """Move the selected rows one place up or down together, as one undoable reorder."""
        ids = self.selected_ids()
        if not ids or self.editor.read_only:
            return
        order = self.model.ids()
        positions = [order.index(i) for i in ids]
        if (step < 0 and min(positions) == 0) or (step > 0 and max(positions) == len(order) - 1):
            return
        for position in sorted(positions, reverse=step > 0):
            order[position], order[position + step] = order[position + step], order[position]
        current = self.current_id()
        self.editor.move_items(self.model.KIND, order)
        self.select_ids(ids, current)
