"""Popups (completion lists, drop-down lists, the calendar) kept inside the screen they open on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

_WATCHED = (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize)


def fitted(geometry: QRect, area: QRect) -> QRect:
    """``geometry`` moved (and if need be shrunk) so that it lies inside ``area``."""
    width, height = min(geometry.width(), area.width()), min(geometry.height(), area.height())
    x = min(max(geometry.x(), area.x()), area.x() + area.width() - width)
    y = min(max(geometry.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


class _OnScreen(QObject):
    """Qt places a popup under its field at a width of its own; a minimum width can push it off screen."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._fitting = False

    def eventFilter(self, watched, event):
        if event.type() in _WATCHED and not self._fitting and watched.isWindow() and watched.isVisible():
            screen = watched.screen() or QGuiApplication.primaryScreen()
            geometry = watched.frameGeometry()
            inside = fitted(geometry, screen.availableGeometry())
            if inside != geometry:
                self._fitting = True
                try:
                    watched.move(inside.topLeft())
                    if inside.size() != geometry.size():
                        watched.resize(
                            watched.width() - geometry.width() + inside.width(),
                            watched.height() - geometry.height() + inside.height(),
                        )
                finally:
                    self._fitting = False
        return False


def keep_on_screen(popup: QWidget) -> None:
    """Watch ``popup`` (a completer's list, a combo's view, a calendar): it opens inside the screen."""
    popup.installEventFilter(_OnScreen(popup))
