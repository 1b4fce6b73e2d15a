"""A key does what its label shows: Alt+1…Alt+5 switch tabs from every field; recent speakers are Ctrl+digit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from minutes_app.gui.discussion_tab import DiscussionTab

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
_FIELDS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _activate(window, qtbot):
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def _focusable_fields(tab: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in tab.findChildren(QWidget)
        if isinstance(widget, _FIELDS)
        and not isinstance(widget.parent(), QComboBox)  # a combo's own line edit: the combo is the field
        and widget.isVisibleTo(tab)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def test_alt_digit_switches_to_the_tab_it_labels_from_every_field_of_every_tab(qtbot, window):
    """From each field of each tab (text fields, lists, tables, combos, date and number boxes) Alt+1…Alt+5
    make the tab with that number current; none of them is taken by a field or by the recent speakers."""
    _activate(window, qtbot)
    tabs = window.ui.tabWidget
    checked = 0
    for index, (tab, _title) in enumerate(window.tabs):
        tabs.setCurrentIndex(index)
        for field in _focusable_fields(tab):
            if not field.isEnabled():
                continue
            field.setFocus()
            target = (index + 2) % len(window.tabs)  # another tab than the field's own
            qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{target + 1}"), ALT)
            assert tabs.currentIndex() == target, (type(tab).__name__, field.objectName())
            tabs.setCurrentIndex(index)
            checked += 1
    assert checked > 30


def test_recent_speakers_show_their_ctrl_digit_and_answer_to_it(qtbot, window):
    """The buttons say "Hoài Ctrl+1"; Ctrl+1 in the discussion names her, and leaves the tab where it is."""
    _activate(window, qtbot)
    tabs = window.ui.tabWidget
    discussion = next(tab for tab, _title in window.tabs if isinstance(tab, DiscussionTab))
    tabs.setCurrentWidget(discussion)
    assert [button.text() for button in discussion.recent.buttons] == [
        "Hoài Ctrl+1",
        "Thu Ctrl+2",
        "Tuấn Ctrl+3",
    ]
    assert all("Ctrl+" in button.toolTip() for button in discussion.recent.buttons)
    discussion.ui.entryContentEdit.setFocus()
    qtbot.keyClick(discussion.ui.entryContentEdit, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)
    assert tabs.currentWidget() is discussion
    assert window.editor.meeting.discussion[-1].speaker == "a14"
