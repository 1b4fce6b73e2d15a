"""Helpers of the tab tests: a tab shown as the active window, so that its shortcuts fire."""

from __future__ import annotations


def show(qtbot, tab, width=1200, height=720):
    """Show the tab as the active window: shortcuts only fire in the active window."""
    qtbot.addWidget(tab)
    tab.resize(width, height)
    tab.show()
    qtbot.waitExposed(tab)
    tab.windowHandle().requestActivate()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab
