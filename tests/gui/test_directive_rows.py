"""The Kết luận tab's task rows keep the height of their wrapped text when the tab is shown again."""

from __future__ import annotations


def _heights(tab) -> list[int]:
    table = tab.ui.directivesTable
    return [table.rowHeight(row) for row in range(tab.model.rowCount())]


def _fitted(tab) -> list[int]:
    """What _fit_rows gives each row at the columns' present widths: its wrapped text and some air."""
    table = tab.ui.directivesTable
    return [max(28, table.sizeHintForRow(row) + 8) for row in range(tab.model.rowCount())]


def test_rows_are_fitted_again_after_switching_tabs_away_and_back(window, qtbot):
    """Away to every other tab and back: each task row is as high as its wrapped text, not left taller."""
    tabs = window.ui.tabWidget
    directives = window.register.tab("DirectivesTab")
    tabs.setCurrentWidget(directives)
    qtbot.waitUntil(lambda: directives.ui.directivesTable.isVisible())
    qtbot.waitUntil(lambda: _heights(directives) == _fitted(directives), timeout=2000)
    for index in range(tabs.count()):
        if tabs.widget(index) is not directives:
            tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda: not directives.isVisible())
    tabs.setCurrentWidget(directives)
    qtbot.waitUntil(lambda: directives.ui.directivesTable.isVisible())
    qtbot.waitUntil(lambda: _heights(directives) == _fitted(directives), timeout=2000)
    assert max(_heights(directives)) < 3 * min(_heights(directives))
