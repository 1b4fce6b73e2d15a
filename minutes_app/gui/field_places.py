"""Where each field of the meeting is shown in the window, found from the tabs' own bindings and lists.

Nothing here names a tab or a field: the tabs are searched for their FieldBinders (a field shown in an
input widget) and ItemListControllers (a kind of item shown as a table), so that a tab or a kind added
later is found the same way. Used to show a search hit and to know what the cursor is on.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit, QWidget
from shiboken6 import isValid

from minutes_app.domain.model import ItemKind
from minutes_app.gui.bindings import FieldBinder
from minutes_app.gui.item_list import ItemListController


def utf16_offset(text: str, index: int) -> int:
    """Qt counts text in UTF-16 units: an emoji before a hit is two of them, one Python character."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def select_text(widget: QWidget, text: str, start: int, end: int) -> bool:
    """Select ``text[start:end]`` in a line or text field that shows ``text``; False for other widgets."""
    first, last = utf16_offset(text, start), utf16_offset(text, end)
    if isinstance(widget, QLineEdit):
        widget.setSelection(first, last - first)
        return True
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        cursor = widget.textCursor()
        cursor.setPosition(first)
        cursor.setPosition(last, cursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
        return True
    return False


class FieldPlaces:
    """The tabs of ``tab_widget`` read as a map: kind and field → tab, list, widget or table column."""

    def __init__(self, tab_widget: QTabWidget) -> None:
        self.tab_widget = tab_widget

    def pages(self) -> list[QWidget]:
        return [self.tab_widget.widget(index) for index in range(self.tab_widget.count())]

    def tab_title(self, index: int) -> str:
        """The tab's title as read, without its mnemonic and number ("&4 Thảo luận" → "Thảo luận")."""
        title = self.tab_widget.tabText(index).replace("&", "")
        head, _space, rest = title.partition(" ")
        return rest if head.isdigit() and rest else title

    # -- lookups -----------------------------------------------------------------------------------
    def binder_widget(self, kind: ItemKind | None, field: str) -> tuple[int, QWidget] | None:
        for index, page in enumerate(self.pages()):
            for binder in page.findChildren(FieldBinder):
                widget = binder.widget_of(field) if binder.kind == kind else None
                if widget is not None:
                    return index, widget
        return None

    def item_list(self, kind: ItemKind) -> tuple[int, ItemListController] | None:
        for index, page in enumerate(self.pages()):
            for controller in page.findChildren(ItemListController):
                if kind == controller.model.KIND:
                    return index, controller
        return None

    def tab_of(self, kind: ItemKind | None, field: str) -> int:
        """The tab that shows a field: its input widget's, else (for items) its table's; -1 when none does."""
        found = self.binder_widget(kind, field)
        if found is None and kind is not None:
            found = self.item_list(kind)
        return found[0] if found is not None else -1

    def tab_of_widget(self, widget: QWidget | None) -> int:
        for index, page in enumerate(self.pages()):
            if widget is not None and (widget is page or page.isAncestorOf(widget)):
                return index
        return -1

    def current_items(self, tab: int) -> dict[ItemKind, str]:
        """The item each list of one tab has current: what "this report" or "this speaker" means there."""
        if not 0 <= tab < self.tab_widget.count():
            return {}
        current = {}
        for controller in self.tab_widget.widget(tab).findChildren(ItemListController):
            item_id = controller.current_id()
            if item_id:
                current[controller.model.KIND] = item_id
        return current

    def field_label(self, kind: ItemKind | None, field: str) -> str:
        """What the window calls a field: its widget's accessible name, else its column's title."""
        found = self.binder_widget(kind, field)
        if found is not None and found[1].accessibleName():
            return found[1].accessibleName()
        listed = self.item_list(kind) if kind is not None else None
        if listed is not None:
            model: QAbstractItemModel = listed[1].model
            column = listed[1].model.column_of(field)
            if column >= 0:
                return str(model.headerData(column, Qt.Orientation.Horizontal))
        return field

    # -- showing -----------------------------------------------------------------------------------
    def show(self, kind: ItemKind | None, item_id: str, field: str) -> QWidget | None:
        """Bring a field into view (its tab, its row) and return the widget that shows its text, if any.

        For a field typed in a table cell the cell's editor is opened, so that the text can be selected;
        a read-only cell is selected only and None is returned.
        """
        listed = self.item_list(kind) if kind is not None else None
        bound = self.binder_widget(kind, field)
        tab = bound[0] if bound is not None else listed[0] if listed is not None else -1
        if tab < 0:
            return None
        self.tab_widget.setCurrentIndex(tab)
        if listed is not None:
            listed[1].select_ids([item_id], item_id)
        if bound is not None:
            bound[1].setFocus(Qt.FocusReason.OtherFocusReason)
            return bound[1]
        if listed is None:
            return None
        return self._open_cell(listed[1], item_id, field)

    @staticmethod
    def _open_cell(controller: ItemListController, item_id: str, field: str) -> QWidget | None:
        model, view = controller.model, controller.view
        column = model.column_of(field)
        if column < 0:
            return None
        index: QModelIndex = model.index(model.row_of(item_id), column)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return None
        view.edit(index)
        return view.indexWidget(index)


def close_cell_editors(widget: QWidget | None) -> None:
    """Commit and close a table cell's editor, so that a change made beside it is shown, not overwritten."""
    if widget is None or not isValid(widget):  # closed meanwhile (Enter, Esc, a click elsewhere)
        return
    view = widget.parent().parent() if widget.parent() is not None else None
    if not isinstance(view, QAbstractItemView):
        return
    delegate = view.itemDelegateForIndex(view.currentIndex())
    if delegate is not None and view.indexWidget(view.currentIndex()) is widget:
        delegate.commitData.emit(widget)
        delegate.closeEditor.emit(widget, delegate.EndEditHint.NoHint)
