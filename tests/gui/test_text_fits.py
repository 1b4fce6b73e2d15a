"""Every label, button text, group title, tab title, column title and placeholder fits its widget at the
default window size, in Vietnamese and in English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

from minutes_app.gui.app import install_translators
from minutes_app.gui.main_window import MainWindow

_LINE_EDIT_MARGIN = 2  # QLineEditPrivate::horizontalMargin, on each side


def _placeholder_room(edit: QLineEdit) -> int:
    """The width a line edit gives its text: its contents, less text margins and the icons beside it."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    icons = [button for button in edit.findChildren(QToolButton) if button.isVisibleTo(edit)]
    beside = sum(button.width() + 4 for button in icons)  # QLineEdit keeps 4 px around each side icon
    return contents.width() - margins.left() - margins.right() - 2 * _LINE_EDIT_MARGIN - beside


def _too_narrow(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            if need > _placeholder_room(widget):
                problems.append(
                    f"{name}: placeholder «{widget.placeholderText()}» {need} > {_placeholder_room(widget)}"
                )
        elif isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height():
                    problems.append(f"{name}: wrapped label «{widget.text()[:40]}» too low")
            elif widget.minimumSizeHint().width() > widget.width():
                problems.append(
                    f"{name}: label «{widget.text()}» {widget.minimumSizeHint().width()} > {widget.width()}"
                )
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.sizeHint().width() > widget.width()
        ):
            problems.append(
                f"{name}: button «{widget.text()}» {widget.sizeHint().width()} > {widget.width()}"
            )
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if need > widget.width():
                problems.append(f"{name}: group title «{widget.title()}» {need} > {widget.width()}")
        elif isinstance(widget, QTabWidget) and widget.tabBar().sizeHint().width() > widget.tabBar().width():
            problems.append(
                f"{name}: tab titles need {widget.tabBar().sizeHint().width()} > {widget.tabBar().width()}"
            )
        elif isinstance(widget, QTableView) and widget.model() is not None:
            header: QHeaderView = widget.horizontalHeader()
            for section in range(header.count()):
                if header.isSectionHidden(section):
                    continue
                title = str(widget.model().headerData(section, header.orientation()) or "")
                margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
                need = header.fontMetrics().horizontalAdvance(title) + 2 * margin
                if need > header.sectionSize(section):
                    problems.append(f"{name}: column «{title}» {need} > {header.sectionSize(section)}")
    return problems


def _walk_window(qtbot, store, settings) -> list[str]:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.open_newest()
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.archive.ui.countLabel.text() != "")  # the archive lists its meetings
    assert (window.width(), window.height()) == (1280, 800)  # the default size, from the form
    problems = []
    for finalized in (False, True):  # a finalized meeting shows the band with its Mã đối chiếu
        if finalized:
            window.editor.finalize()
        for index in range(window.ui.tabWidget.count()):
            window.ui.tabWidget.setCurrentIndex(index)
            qtbot.wait(10)
            problems += [f"tab {index + 1}: {p}" for p in _too_narrow(window)]
    window.editor.autosave.discard()
    return sorted(set(problems))


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_text_fits_its_widget_at_the_default_size(qapp, qtbot, store, settings, language):
    """Walks every visible widget of each tab and the archive; any text wider than its room is listed."""
    install_translators(qapp, language)
    try:
        problems = _walk_window(qtbot, store, settings)
    finally:
        install_translators(qapp, "vi")
    assert problems == [], "\n".join(problems)
