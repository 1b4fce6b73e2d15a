"""Edit › old-font repair: TCVN3 and VNI mojibake in the focused field becomes Unicode, stored and undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from minutes_app.gui.legacy_repair import SHORTCUT


def _general(window):
    return next(tab for tab, _title in window.tabs if type(tab).__name__ == "GeneralTab")


def _stored(window, store, field):
    return getattr(store.load(window.editor.meeting.id), field)


def test_shortcut_repairs_a_pasted_vni_line_and_stores_it(qtbot, window, store):
    """A VNI paste in the location field is repaired by Ctrl+Shift+U and written to the database."""
    field = _general(window).ui.locationEdit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    field.insert("Hoäi tröôøng UÛy ban nhaân daân tænh")
    qtbot.keyClick(
        field, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert field.text() == "Hội trường Ủy ban nhân dân tỉnh"
    qtbot.waitUntil(
        lambda: _stored(window, store, "location") == "Hội trường Ủy ban nhân dân tỉnh", timeout=3000
    )
    assert "VNI" in window.ui.statusBar.currentMessage()


def test_repair_of_a_tcvn3_paragraph_is_one_undo_step(qtbot, window, store):
    """The repair of a multi-line TCVN3 paste undoes on its own, back to the pasted text."""
    field = _general(window).ui.agendaEdit
    field.setFocus()
    field.selectAll()
    field.insertPlainText("§¸nh gi¸ kÕt qu¶ c«ng t¸c tuyªn gi¸o")
    window.editor.flush()
    window.legacy_repair.action.trigger()
    assert field.toPlainText() == "Đánh giá kết quả công tác tuyên giáo"
    qtbot.waitUntil(
        lambda: _stored(window, store, "agenda") == "Đánh giá kết quả công tác tuyên giáo", timeout=3000
    )
    window.editor.undo_stack.undo()
    assert window.editor.meeting.agenda == "§¸nh gi¸ kÕt qu¶ c«ng t¸c tuyªn gi¸o"


def test_genuine_text_is_left_alone_with_a_word_why(qtbot, window):
    """Unicode text is never changed; the status bar says there was nothing to repair."""
    field = _general(window).ui.titleEdit
    field.setFocus()
    before = field.text()
    depth = window.editor.undo_stack.count()
    window.legacy_repair.action.trigger()
    assert field.text() == before
    assert window.editor.undo_stack.count() == depth
    assert "Không thấy chữ phông cũ" in window.ui.statusBar.currentMessage()


def test_action_is_in_the_edit_menu_with_its_shortcut(window):
    """The command is found where a secretary looks for it, with the key shown."""
    action = window.legacy_repair.action
    assert action in window.ui.menuEdit.actions()
    assert action.shortcut().toString() == SHORTCUT


def test_command_speaks_english_in_the_english_window(qapp, store, settings, qtbot):
    """The menu entry is translated like every other window string."""
    from minutes_app.gui.app import install_translators
    from minutes_app.gui.main_window import MainWindow

    install_translators(qapp, "en")
    try:
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        assert window.legacy_repair.action.text() == "Repair &old-font text (TCVN3, VNI) in this field"
    finally:
        install_translators(qapp, "vi")
