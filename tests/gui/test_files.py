"""Files from the window: PDF, DOCX and JSON export into the last folder used, and JSON import."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from minutes_app.gui.settings import Settings


@pytest.fixture
def save_dialog(monkeypatch):
    """The file dialog answers with a name the test chooses, and records the folder it was opened in."""
    answers: dict = {"path": None, "asked_in": []}

    def save(_parent, _caption, start, _filter):
        answers["asked_in"].append(start)
        return str(answers["path"]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", save)
    return answers


def test_export_pdf_and_docx(window, tmp_path, save_dialog):
    """Export PDF writes the minutes as PDF; the next dialog opens in the same folder."""
    save_dialog["path"] = tmp_path / "out" / "bien-ban"
    save_dialog["path"].parent.mkdir()
    window.ui.actionExportPdf.trigger()
    written = tmp_path / "out" / "bien-ban.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert Settings().last_folder == str(tmp_path / "out")
    save_dialog["path"] = tmp_path / "out" / "bien-ban.docx"
    window.ui.actionExportDocx.trigger()
    assert (tmp_path / "out" / "bien-ban.docx").read_bytes().startswith(b"PK")
    assert save_dialog["asked_in"][1].startswith(str(tmp_path / "out"))


def test_export_then_import_json(window, store, tmp_path, save_dialog):
    """A meeting exported as JSON comes back as a new meeting in the archive, opened in the window."""
    save_dialog["path"] = tmp_path / "hop.json"
    window.ui.actionExportJson.trigger()
    assert (tmp_path / "hop.json").exists()
    first = window.editor.meeting.id
    window.ui.actionImportJson.trigger()
    assert window.editor.meeting.id != first
    assert window.editor.meeting.title == store.load(first).title
    assert window.archive.model.rowCount() == 2


def test_import_of_a_broken_file_says_why(window, tmp_path, save_dialog, message_boxes):
    """A file that is not a meeting is refused with the interchange message, and nothing is added."""
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    save_dialog["path"] = broken
    window.ui.actionImportJson.trigger()
    assert window.archive.model.rowCount() == 1
    assert any(kind == "warning" and "JSON" in text for kind, text in message_boxes)
