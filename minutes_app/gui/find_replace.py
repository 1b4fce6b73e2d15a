"""Find and replace in the open meeting (Ctrl+F, Ctrl+H, F3, Shift+F3): the menu actions.

The dialog (gui/find_dialog.py) and the search (domain/find.py) are loaded when first used, so that
they cost the window's start nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget

from minutes_app.gui import icons


class FindReplace(QObject):
    """The menu actions and the one dialog they open; F3 and Shift+F3 go on from the last hit."""

    message = Signal(str)

    def __init__(self, editor, tab_widget: QTabWidget, window: QWidget) -> None:
        super().__init__(window)
        self.editor, self.tab_widget, self.window = editor, tab_widget, window
        self.dialog = None  # built on first use: the window starts without it
        self.find_action = self._action(
            self.tr("Tìm trong &biên bản…"), QKeySequence.StandardKey.Find, "edit-find"
        )
        self.find_action.triggered.connect(lambda: self.open(replacing=False))
        self.replace_action = self._action(self.tr("Tìm và th&ay…"), QKeySequence("Ctrl+H"), "")
        self.replace_action.triggered.connect(lambda: self.open(replacing=True))
        self.next_action = self._action(self.tr("Tìm tiếp"), QKeySequence("F3"), "")
        self.next_action.triggered.connect(lambda: self._go(forward=True))
        self.previous_action = self._action(self.tr("Tìm lùi"), QKeySequence("Shift+F3"), "")
        self.previous_action.triggered.connect(lambda: self._go(forward=False))
        self.actions = [self.find_action, self.replace_action, self.next_action, self.previous_action]

    def _action(self, text: str, keys, icon: str) -> QAction:
        action = QAction(text, self.window)
        if icon:
            action.setIcon(icons.get(icon))
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def ensure_dialog(self):
        if self.dialog is None:
            from minutes_app.gui.find_dialog import FindReplaceDialog

            self.dialog = FindReplaceDialog(self.editor, self.tab_widget, self.window)
            self.dialog.addActions([self.next_action, self.previous_action])
            self.dialog.message.connect(self.message)
        return self.dialog

    @Slot()
    def open(self, replacing: bool):
        dialog = self.ensure_dialog()
        dialog.open_for(replacing)
        return dialog

    def _go(self, forward: bool) -> None:
        dialog = self.ensure_dialog()
        if not dialog.ui.findEdit.text():
            dialog.open_for(replacing=False)
            return
        if forward:
            dialog.find_next()
        else:
            dialog.find_previous()
