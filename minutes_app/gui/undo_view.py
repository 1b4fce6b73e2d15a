"""Undo and redo that show what they change: tab, row and field come into view first; the menu names the step."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QWidget

from minutes_app.gui import icons
from minutes_app.gui.commands import ViewTarget, view_target
from minutes_app.gui.field_places import FieldPlaces


class UndoInView(QObject):
    """The window's Undo and Redo actions.

    Before a step is taken back (or again) the tab that shows it becomes current, its row is selected
    and its field takes the focus, so that the change happens where the secretary looks; the actions'
    text names the step ("Hoàn tác: sửa ý kiến của đ/c Lý Văn Tuấn"). Where a field is shown is read from
    the tabs' binders and lists (field_places.FieldPlaces), so a tab added later takes part unasked.
    """

    def __init__(self, editor, tab_widget: QTabWidget, window: QWidget):
        super().__init__(window)
        self.editor, self.tab_widget, self.window = editor, tab_widget, window
        stack = editor.undo_stack
        self.undo_action = QAction(icons.get("edit-undo"), self.tr("&Hoàn tác"), window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(icons.get("edit-redo"), self.tr("&Làm lại"), window)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # Word's key, wherever the platform's differs
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._name_undo)
        stack.redoTextChanged.connect(self._name_redo)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._name_undo(stack.undoText())
        self._name_redo(stack.redoText())

    @Slot(str)
    def _name_undo(self, step: str) -> None:
        text = self.tr("&Hoàn tác: %1").replace("%1", step) if step else self.tr("&Hoàn tác")
        self._set_text(getattr(self, "undo_action", None), text)

    @Slot(str)
    def _name_redo(self, step: str) -> None:
        text = self.tr("&Làm lại: %1").replace("%1", step) if step else self.tr("&Làm lại")
        self._set_text(getattr(self, "redo_action", None), text)

    @staticmethod
    def _set_text(action: QAction | None, text: str) -> None:
        """The name of the step in the menu; the toolbar's tooltip adds the key, so that it is learnt."""
        if action is None or not shiboken6.isValid(action):
            return  # the stack empties itself as the window closes
        action.setText(text)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '')} ({keys})" if keys else text.replace("&", ""))

    @Slot()
    def undo(self) -> None:
        self._step(undo=True)

    @Slot()
    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        # What the focused field still holds (a time not yet read, a name not yet chosen) is settled
        # first, as leaving the field would: it is then the newest step and the one taken back.
        focus = QApplication.focusWidget()
        if focus is not None and self.window.isAncestorOf(focus):
            focus.clearFocus()
        self.editor.flush()
        stack = self.editor.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        target = view_target(stack.command(stack.index() - 1 if undo else stack.index()))
        self.reveal(target)
        if undo:
            stack.undo()
        else:
            stack.redo()
        self.reveal(target)  # a row the step brought back is selected now

    def reveal(self, target: ViewTarget | None) -> None:
        """The tab that shows the step's field (its input widget's, else its table's) becomes current;
        the row is selected and the field, or the table, takes the focus. No cell editor is opened."""
        if target is None:
            return
        places = FieldPlaces(self.tab_widget)
        listed = places.item_list(target.kind) if target.kind is not None else None
        bound = places.binder_widget(target.kind, target.field) if target.field else None
        tab = bound[0] if bound is not None else listed[0] if listed is not None else -1
        if tab < 0:
            return
        self.tab_widget.setCurrentIndex(tab)
        if listed is not None and target.item_id:
            listed[1].reveal(target.item_id, "" if bound is not None else target.field)
        if bound is not None and bound[1].isEnabled():
            widget = bound[1]
            area = _scroll_area_of(widget)
            if area is not None:
                area.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif listed is not None:
            listed[1].view.setFocus(Qt.FocusReason.OtherFocusReason)


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent
