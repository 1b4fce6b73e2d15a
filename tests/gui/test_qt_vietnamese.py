"""Qt's own dialogs and menus in the Vietnamese window speak Vietnamese: printing, files, questions, editing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gui_keys import type_text
from PySide6.QtCore import QCoreApplication, QPoint, QTimer, QTranslator
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from qt_labels import (
    OUR_CATALOGUE,
    QT_CATALOGUE,
    catalogue,
    containing_qt_english,
    labels,
    menu_labels,
    plain,
    qt_vocabulary,
    untranslated,
)
from test_printing import QUEUE, cups  # noqa: F401  (the private CUPS queue fixture)

from minutes_app.gui.app import install_translators
from minutes_app.gui.print_preview import PrintPreviewDialog


@pytest.fixture
def vietnamese(qapp):
    """The translators the program installs for Vietnamese, as `minutes-app` starts by default."""
    install_translators(qapp, "vi")
    yield
    install_translators(qapp, "vi")


def _while_modal(start, inspect) -> None:
    """Run start(), which opens a modal dialog, and inspect that dialog (which must close it) once shown."""
    seen: list = []

    def visit():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        try:
            inspect(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # an inspection that failed must not leave the test waiting on the dialog

    QTimer.singleShot(0, visit)
    start()
    assert seen and seen[0] is not None, "no modal dialog opened"


def _every_tab(root: QWidget) -> list[str]:
    """The labels of the root with each tab of each of its tab widgets brought to the front in turn."""
    found = labels(root)
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.isTabVisible(index) and tabs.isVisibleTo(root):
                tabs.setCurrentIndex(index)
                found += labels(root)
    return found


def _printer_data() -> list[str]:
    """What the system's printers (CUPS queues, drivers) name themselves: not ours to translate."""
    found = []
    for info in QPrinterInfo.availablePrinters():
        found += [info.printerName(), info.description(), info.location(), info.makeAndModel()]
        found += [size.name() for size in info.supportedPageSizes()]
    return [text for text in found if text]


def _driver_texts(ppd: Path) -> list[str]:
    """The names a printer driver (PPD) gives its options, groups and choices (*Option Key/Name: …)."""
    patterns = (r"\*OpenGroup:\s*[^/]+/(.+)$", r"\*OpenUI\s+\*\w+/([^:]+):", r"\*\w+\s+[^/:*]+/([^:]+):")
    found = []
    for line in ppd.read_text(encoding="latin-1").splitlines():
        match = next((m for m in (re.match(p, line) for p in patterns) if m), None)
        if match:
            found.append(match.group(1).strip())
    return found


def _print_dialog_labels(qtbot, meeting, printer_name: str | None = None) -> list[str]:
    """Everything the print dialog opened from our preview shows: main part, options, Properties."""
    preview = PrintPreviewDialog(meeting)
    qtbot.addWidget(preview)
    found: list[str] = []

    def read_properties(properties):
        found.extend(_every_tab(properties))
        properties.reject()

    def read_print_dialog(dialog):
        assert isinstance(dialog, QPrintDialog)
        if printer_name:
            printers = dialog.findChild(QWidget, "printers")
            printers.setCurrentIndex(printers.findText(printer_name))
        found.extend(labels(dialog))
        box = dialog.findChild(QDialogButtonBox)
        options = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.ResetRole)
        options.click()  # "Tùy chọn >>": copies, page range, duplex
        found.extend(_every_tab(dialog))
        _while_modal(dialog.findChild(QPushButton, "properties").click, read_properties)
        dialog.reject()

    _while_modal(preview.ui.printButton.click, read_print_dialog)
    return found


def test_print_dialog_and_its_properties_speak_vietnamese(vietnamese, qtbot, sample_meeting):
    """Ctrl+P's dialog, its options and its Properties (page size, margins, orientation) are in Vietnamese."""
    found = _print_dialog_labels(qtbot, sample_meeting)
    expected = {"In", "Máy in", "Thuộc tính", "Số bản:", "Phạm vi in", "Thuộc tính máy in", "Khổ giấy:"}
    assert expected <= set(found)
    assert untranslated(found, qt_vocabulary(*_printer_data())) == []


def test_print_dialog_for_a_cups_queue_speaks_vietnamese(vietnamese, qtbot, sample_meeting, cups):  # noqa: F811
    """With a real CUPS queue chosen, its job options (hold, priority, banners) are in Vietnamese too."""
    found = _print_dialog_labels(qtbot, sample_meeting, printer_name=QUEUE)
    assert QUEUE in found
    expected = {"Tùy chọn lệnh in", "Thời điểm in:", "In ngay", "Trang bìa lệnh in", "Tối mật", "Nâng cao"}
    assert expected <= set(found)
    driver = _driver_texts(cups.parent / "ppd" / f"{QUEUE}.ppd")
    assert "Output Resolution" in driver  # the Advanced tab lists the driver's own options, as it names them
    assert untranslated(found, qt_vocabulary(*_printer_data(), *driver)) == []


def test_questions_and_messages_have_vietnamese_buttons(vietnamese, qtbot):
    """A Yes/No question, its details button, and the standard buttons our dialogs use are in Vietnamese."""
    question = QMessageBox(
        QMessageBox.Icon.Question,
        "Hoàn tất biên bản",
        "Hoàn tất biên bản này?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
    )
    question.setDetailedText("Nội dung sẽ bị khóa.")
    qtbot.addWidget(question)
    question.show()
    found = labels(question)
    assert question.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    assert question.button(QMessageBox.StandardButton.No).text() == "&Không"
    assert "Xem chi tiết…" in found

    box = QDialogButtonBox()
    for standard in ("Ok", "Cancel", "Save", "Close", "Open", "Apply", "Discard", "Help", "Reset", "Retry"):
        box.addButton(getattr(QDialogButtonBox.StandardButton, standard))
    qtbot.addWidget(box)
    box.show()
    found += labels(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"

    choice = QInputDialog()  # how the window asks which backup to restore
    choice.setComboBoxItems(["Bản sao lưu 1", "Bản sao lưu 2"])
    qtbot.addWidget(choice)
    choice.show()
    found += labels(choice)
    ours = ("Hoàn tất biên bản", "Hoàn tất biên bản này?", "Bản sao lưu 1", "Bản sao lưu 2")
    assert untranslated(found, qt_vocabulary(*ours)) == []


def test_file_dialog_speaks_vietnamese(vietnamese, qtbot, tmp_path):
    """Qt's own file dialog (Linux without a desktop's dialog): labels, buttons, columns, menu actions."""
    (tmp_path / "bien-ban-cu").mkdir()
    dialog = QFileDialog(None, "Lưu tệp", str(tmp_path), "Tệp PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QWidget, "treeView")
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 1)
    folder_type = view.model().index(0, 2, view.rootIndex()).data()
    actions = [plain(action.text()) for action in dialog.findChildren(QAction)]  # file list and header menus
    found = labels(dialog) + [folder_type] + actions
    expected = {"Xem trong:", "Tên tệp:", "Loại tệp:", "Lưu", "Tên", "Ngày sửa", "Thư mục", "Đổi tên"}
    assert expected <= set(found) and "Hiện cột Kích thước" in found
    paths = [tmp_path.name, str(tmp_path), "bien-ban-cu"] + [part for part in tmp_path.parts if part != "/"]
    assert untranslated(found, qt_vocabulary("Lưu tệp", "Tệp PDF (*.pdf)", *paths)) == []


def _context_menu(qtbot, widget: QWidget, point: QPoint | None = None) -> list[str]:
    """The labels of the menu a right click at the point opens (some widgets run it modally, some not)."""
    found: list[str] = []

    def read():
        menu = QApplication.activePopupWidget()
        if menu is not None and not found:
            found.extend(menu_labels(menu))
            menu.close()

    QTimer.singleShot(0, read)
    point = point or QPoint(2, 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    read()
    qtbot.waitUntil(lambda: bool(found))
    return found


def test_context_menus_of_fields_speak_vietnamese(vietnamese, window, qtbot):
    """Right-click menus of the window's text fields (with spelling help), number and date boxes and scroll
    bars are Vietnamese."""
    general = next(tab for tab, _title in window.tabs if type(tab).__name__ == "GeneralTab")
    found = []
    for field in (general.ui.titleEdit, general.ui.agendaEdit, QTextEdit()):
        menu = field.createStandardContextMenu()
        found += menu_labels(menu)
        menu.deleteLater()
    for widget in (general.ui.copiesSpin, general.ui.dateEdit, general.ui.agendaEdit.verticalScrollBar()):
        found += _context_menu(qtbot, widget)
    agenda = general.ui.agendaEdit  # a word the spell check does not know: its menu wraps the field's own
    agenda.setFocus()
    agenda.moveCursor(QTextCursor.MoveOperation.End)
    type_text(agenda, " nghành ")
    window.editor.flush()
    cursor = QTextCursor(agenda.document())
    cursor.setPosition(agenda.toPlainText().index("nghành") + 1)
    spelling = _context_menu(qtbot, agenda.viewport(), agenda.cursorRect(cursor).center())
    assert "Thêm «nghành» vào từ điển" in spelling and "Dán" in spelling
    expected = {"Hoàn tác", "Cắt", "Sao chép", "Dán", "Chọn tất cả", "Tăng", "Giảm", "Cuộn đến đây"}
    assert expected <= set(found)
    ours = [source for _context, source, _forms in catalogue(OUR_CATALOGUE)]
    suggestions = window.spell_check.checker.suggestions("nghành", 20)
    assert untranslated(found + spelling, qt_vocabulary(*ours, *suggestions)) == []


def test_undo_texts_speak_vietnamese(vietnamese, window, qtbot):
    """Undo/Redo name the step in Vietnamese, in the window's actions and in Qt's own undo texts."""
    general = next(tab for tab, _title in window.tabs if type(tab).__name__ == "GeneralTab")
    title = general.ui.titleEdit
    title.setFocus()
    title.end(False)
    type_text(title, " (bổ sung)")
    undo_text = plain(window.undo_action.text())
    window.undo_action.trigger()
    redo_text = plain(window.redo_action.text())
    assert undo_text.startswith("Hoàn tác") and redo_text.startswith("Làm lại") and undo_text != "Hoàn tác"
    ours = [source for _context, source, _forms in catalogue(OUR_CATALOGUE)]
    assert untranslated([undo_text, redo_text], qt_vocabulary(*ours)) == []
    stack = QUndoStack()  # without texts of ours, Qt's "Undo %1" and "Redo %1" name the step
    undo, redo = stack.createUndoAction(None), stack.createRedoAction(None)
    assert (undo.text(), redo.text()) == ("Hoàn tác", "Làm lại")
    stack.push(QUndoCommand("Sửa nội dung"))
    assert undo.text() == "Hoàn tác Sửa nội dung"
    stack.undo()
    assert redo.text() == "Làm lại Sửa nội dung"


def test_window_labels_hold_no_english_from_qt(vietnamese, window, qtbot):
    """Every tab of the window: tooltips name keys in Vietnamese ("Lên (Alt+Lên)") and nothing of Qt is English."""
    found = []
    for index in range(window.ui.tabWidget.count()):
        window.ui.tabWidget.setCurrentIndex(index)
        found += labels(window)
    assert any(text.endswith("(Alt+Lên)") for text in found)
    assert containing_qt_english(found) == []


def test_english_window_keeps_qts_english(qapp, qtbot):
    """In English the Vietnamese catalogue is not installed: Qt's dialogs and buttons stay English."""
    try:
        installed = install_translators(qapp, "en")
        assert not any("qtbase_vi" in translator.filePath() for translator in installed)
        assert QCoreApplication.translate("QPrintDialog", "Print") == "Print"
        printer = QPrinter()
        dialog = QPrintDialog(printer)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Print"
        question = QMessageBox(QMessageBox.Icon.Question, "Finalize", "Finalize?")
        question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        qtbot.addWidget(question)
        assert question.button(QMessageBox.StandardButton.Yes).text() == "&Yes"
        field = QLineEdit()
        assert menu_labels(field.createStandardContextMenu())[0] == "Undo"
        assert QUndoStack().createUndoAction(None).text() == "Undo"
    finally:
        install_translators(qapp, "vi")


def test_vietnamese_installs_the_catalogue_and_english_removes_it(qapp):
    """Vietnamese installs our qtbase_vi catalogue; switching to English and back removes and restores it."""
    installed = install_translators(qapp, "vi")
    assert any(translator.filePath().endswith("qtbase_vi.qm") for translator in installed)
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Có"
    install_translators(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Yes"
    install_translators(qapp, "vi")
    assert QCoreApplication.translate("QPrintDialog", "Print") == "In"


def test_catalogue_is_complete_compiled_and_keeps_accelerators_and_placeholders():
    """Every entry is translated, the .qm holds the .ts as it is, & stays on a plain letter, %1 survives."""
    text = QT_CATALOGUE.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and "<translation></translation>" not in text
    compiled = QTranslator()
    assert compiled.load(str(QT_CATALOGUE.with_suffix(".qm")))
    problems = []
    for context, source, (translation,) in catalogue(QT_CATALOGUE):
        if compiled.translate(context, source) != translation:
            problems.append(("stale .qm", context, source))
        if source.replace("&&", "").count("&") != translation.replace("&&", "").count("&"):
            problems.append(("accelerator", context, source))
        if re.search(r"&(?![A-Za-z0-9&])", translation.replace("&&", "")):
            problems.append(("accelerator not on a key of the keyboard", context, source))
        if sorted(_placeholders(source)) != sorted(_placeholders(translation)):
            problems.append(("placeholder", context, source))
    assert problems == []


def _placeholders(text: str) -> list[str]:
    return re.findall(r"%\d", text)
