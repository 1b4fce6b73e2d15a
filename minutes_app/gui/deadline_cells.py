"""The Thời hạn cell of a directive: the words as spoken, the latest date they allow, and why when there is none."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from minutes_app.domain.dates import format_date
from minutes_app.domain.deadlines import Deadline, parse_deadline
from minutes_app.domain.model import Directive, ItemKind
from minutes_app.gui import undo_names
from minutes_app.gui.entry_marks import PROBLEM_TEXT

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


@lru_cache(maxsize=1024)
def reading(text: str, meeting_date: dt.date | None) -> Deadline:
    """Cached: the table asks for tooltips and colours at every repaint."""
    return parse_deadline(text, meeting_date)


def shown(directive: Directive) -> str:
    """The words when there are any, else the date: what was typed stays visible in the cell."""
    return directive.deadline_text or format_date(directive.deadline)


def explanation(directive: Directive, meeting_date: dt.date | None) -> str:
    """The tooltip: the date the words allow, or why there is none."""
    if not directive.deadline_text:
        return ""
    meaning = reading(directive.deadline_text, meeting_date)
    if meaning.problem is not None:
        return f"{meaning.problem} " + translate(
            "DeadlineCell", "Chữ được giữ để in; nhiệm vụ chưa có hạn chót."
        )
    if meaning.understood and meaning.date is None:
        return translate("DeadlineCell", "Nhiệm vụ thường xuyên: không có hạn chót.")
    if not meaning.understood:
        return translate(
            "DeadlineCell", "Chưa hiểu «%1» là ngày nào: chữ được giữ để in, hạn chót để trống."
        ).replace("%1", directive.deadline_text)
    return (
        translate("DeadlineCell", "Hạn chót: %1 (ngày cuối cùng mà «%2» cho phép).")
        .replace("%1", format_date(meaning.date))
        .replace("%2", directive.deadline_text)
    )


def cell_data(directive: Directive, meeting_date: dt.date | None, role):
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
        return shown(directive)
    if role == Qt.ItemDataRole.ToolTipRole:
        return explanation(directive, meeting_date) or None
    if role == Qt.ItemDataRole.ForegroundRole and directive.deadline_text:
        problem = reading(directive.deadline_text, meeting_date).problem
        return QBrush(PROBLEM_TEXT) if problem is not None else None
    return None


def apply(editor, directive_id: str, text: str) -> Deadline:
    """Store the words and the date they allow as one undo step; returns what the words meant."""
    meaning = parse_deadline(text, editor.meeting.date)
    stack = editor.undo_stack
    directive = editor.find_item(ItemKind.DIRECTIVES, directive_id)
    stack.beginMacro(undo_names.item_edit(editor.meeting, ItemKind.DIRECTIVES, directive, "deadline_text"))
    try:
        editor.set_item_field(ItemKind.DIRECTIVES, directive_id, "deadline_text", meaning.deadline_text)
        editor.set_item_field(ItemKind.DIRECTIVES, directive_id, "deadline", meaning.date)
    finally:
        stack.endMacro()
    return meaning
