"""What a person reads in a window (labels, titles, tooltips, items, menus) and which of it is untranslated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import Qt, QTextDocumentFragment  # QtGui's Qt namespace adds mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from minutes_app import paths

QT_CATALOGUE = paths.TRANSLATIONS / "qtbase_vi.ts"
OUR_CATALOGUE = paths.TRANSLATIONS / "minutes_app_en.ts"
_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\w+\}")


def catalogue(path: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message of a .ts file; plural forms are all listed."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source") or "", forms))
    return found


def plain(text: str) -> str:
    """The words as read: no shortcut after a tab, no accelerator marks, no markup, single spaces."""
    text = text.split("\t", 1)[0]
    if Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(.)", r"\1", text)
    return " ".join(text.split())


class Vocabulary:
    """The strings a label may be: known texts, with %1, %n or {name} standing for any words."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.exact: set[str] = set()
        patterns = []
        for text in texts:
            words = plain(text)
            self.exact.add(words)
            if _PLACEHOLDER.search(words) and re.search(r"[^\W\d_]", _PLACEHOLDER.sub("", words)):
                parts = [re.escape(part) for part in _PLACEHOLDER.split(words)]
                patterns.append(re.compile(".+?".join(parts), re.DOTALL))
        self.patterns = patterns
        self.prefixes = sorted((word for word in self.exact if word), key=len, reverse=True)

    def knows(self, label: str, depth: int = 0) -> bool:
        """Known as it is, or a known text followed by another (Qt builds "Hiện cột " + a column name)."""
        if label in self.exact or any(pattern.fullmatch(label) for pattern in self.patterns):
            return True
        if depth:
            return False
        return any(
            label.startswith(prefix) and self.knows(label[len(prefix) :].strip(), depth + 1)
            for prefix in self.prefixes
            if len(prefix) < len(label)
        )


def qt_vocabulary(*extra: str) -> Vocabulary:
    """Our Vietnamese for Qt's strings, plus what the test itself put on screen (file names, titles)."""
    return Vocabulary([form for _c, _s, forms in catalogue(QT_CATALOGUE) for form in forms] + list(extra))


def _menu_labels(menu: QMenu) -> list[str]:
    found = []
    for action in menu.actions():
        found += [action.text(), action.toolTip()]
        if action.menu() is not None:
            found += [action.menu().title(), *_menu_labels(action.menu())]
    return found


def _widget_labels(widget: QWidget) -> list[str]:
    found = [widget.toolTip(), widget.accessibleName()]
    if widget.isWindow():
        found.append(widget.windowTitle())
    if isinstance(widget, (QLabel, QAbstractButton)):
        found.append(widget.text())
    elif isinstance(widget, QGroupBox):
        found.append(widget.title())
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        found.append(widget.placeholderText())
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        found += [widget.itemText(index) for index in range(widget.count())]
    elif isinstance(widget, QTabBar):
        visible = [index for index in range(widget.count()) if widget.isTabVisible(index)]
        found += [widget.tabText(index) for index in visible] + [widget.tabToolTip(i) for i in visible]
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        found += [
            str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for column in range(model.columnCount(widget.rootIndex()))
        ]
    elif isinstance(widget, QMenu):
        found.append(widget.title())
    if isinstance(widget, QMenu):
        found += _menu_labels(widget)
    else:
        for action in widget.actions():
            found += [action.text(), action.toolTip()]
    return found


def labels(root: QWidget) -> list[str]:
    """Every label of the root and of its descendants that are shown with it (hidden parts are skipped)."""
    widgets = [root] + [child for child in root.findChildren(QWidget) if child.isVisibleTo(root)]
    return [text for widget in widgets for text in map(plain, _widget_labels(widget)) if text]


def menu_labels(menu: QMenu) -> list[str]:
    """The texts of a context menu and of its submenus."""
    return [text for text in map(plain, _menu_labels(menu)) if text]


def qt_english() -> list[re.Pattern]:
    """Qt's English strings that the catalogue says differently in Vietnamese, to be found inside labels.

    Two-letter lower-case sources ("to", "am") are left out: they are Vietnamese words as well.
    """
    found = []
    for _context, source, forms in catalogue(QT_CATALOGUE):
        words = plain(source)
        vietnamese_too = len(words) <= 2 and words.islower()
        if words == plain(forms[0]) or vietnamese_too or not re.search(r"[A-Za-z]", words):
            continue
        body = ".+?".join(re.escape(part) for part in _PLACEHOLDER.split(words))
        found.append(re.compile(rf"(?<!\w){body}(?!\w)"))
    return found


def containing_qt_english(texts: Iterable[str]) -> list[str]:
    """Labels (of our own making, with data in them) into which Qt put one of its English strings."""
    patterns = qt_english()
    return sorted({text for text in texts if any(pattern.search(text) for pattern in patterns)})


def untranslated(texts: Iterable[str], vocabulary: Vocabulary) -> list[str]:
    """Labels with letters that the vocabulary does not know: English that Qt left as it was."""
    return sorted({text for text in texts if re.search(r"[^\W\d_]", text) and not vocabulary.knows(text)})
