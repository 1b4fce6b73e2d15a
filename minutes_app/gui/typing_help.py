"""The typing help of the Edit menu, built and wired in one place: find and replace, the phrase bank."""

from __future__ import annotations

from minutes_app.gui.find_replace import FindReplace
from minutes_app.gui.phrase_insert import PhraseInserter


def install_typing_help(window) -> tuple[FindReplace, PhraseInserter]:
    """Both helpers over the window's editor and tabs; their actions go before Edit › Find meeting."""
    ui = window.ui
    find_replace = FindReplace(window.editor, ui.tabWidget, window)
    phrases = PhraseInserter(window.editor, ui.tabWidget, window)
    for actions in (phrases.actions, find_replace.actions):
        ui.menuEdit.insertActions(ui.actionFindMeeting, actions)
        ui.menuEdit.insertSeparator(ui.actionFindMeeting)
    for helper in (find_replace, phrases):
        helper.message.connect(window.show_message)
    return find_replace, phrases
