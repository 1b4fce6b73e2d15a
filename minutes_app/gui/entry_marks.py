"""Marks an input holding text the minutes cannot take as it is: red, a warning sign, the reason on it."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

from minutes_app.gui import icons

PROBLEM = "entryProblem"
"""Dynamic property holding the reason shown on a marked widget ("" when it is not marked)."""
PROBLEM_BACKGROUND = QColor("#fde2e1")
PROBLEM_TEXT = QColor("#8b0000")
_SAVED_TIP = "entryPlainToolTip"
_ACTION_NAME = "entryProblemAction"


def problem_of(widget: QWidget) -> str:
    return widget.property(PROBLEM) or ""


def _line_edit(widget: QWidget) -> QLineEdit | None:
    if isinstance(widget, QLineEdit):
        return widget
    line_edit = getattr(widget, "lineEdit", None)  # editable combo boxes and spin boxes
    return line_edit() if callable(line_edit) else None


def mark(widget: QWidget, reason: str, *, show_now: bool = True) -> None:
    """Show that the text on screen is not what the minutes hold, and why; the text itself stays."""
    if not problem_of(widget):
        widget.setProperty(_SAVED_TIP, widget.toolTip())
    widget.setProperty(PROBLEM, reason)
    palette = QPalette(widget.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, PROBLEM_BACKGROUND)
        palette.setColor(group, QPalette.ColorRole.Text, PROBLEM_TEXT)
    widget.setPalette(palette)
    widget.setToolTip(reason)
    widget.setAccessibleDescription(reason)
    line_edit = _line_edit(widget)
    if line_edit is not None:
        action = line_edit.findChild(QAction, _ACTION_NAME)
        if action is None:
            action = QAction(icons.get("dialog-warning"), "", line_edit)
            action.setObjectName(_ACTION_NAME)
            line_edit.addAction(action, QLineEdit.ActionPosition.LeadingPosition)
        action.setToolTip(reason)
        action.setVisible(True)
    if show_now and widget.isVisible():
        QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), reason, widget)


def unmark(widget: QWidget) -> None:
    reason = problem_of(widget)
    if not reason:
        return
    widget.setProperty(PROBLEM, "")
    widget.setPalette(QPalette())
    widget.setToolTip(widget.property(_SAVED_TIP) or "")
    widget.setAccessibleDescription("")
    line_edit = _line_edit(widget)
    action = line_edit.findChild(QAction, _ACTION_NAME) if line_edit is not None else None
    if action is not None:
        action.setVisible(False)
    if QToolTip.isVisible() and QToolTip.text() == reason:
        QToolTip.hideText()
