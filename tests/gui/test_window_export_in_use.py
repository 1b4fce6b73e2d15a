"""Exporting from the window over a PDF or DOCX that a reader holds open (Windows) says to close it."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QFileDialog


@pytest.mark.parametrize("action, suffix", [("actionExportPdf", ".pdf"), ("actionExportDocx", ".docx")])
def test_export_over_an_open_file_tells_to_close_it(
    window, tmp_path, monkeypatch, message_boxes, action, suffix
):
    """A warning naming the file and saying to close it; the window goes on, the open file is untouched."""
    target = tmp_path / f"bien-ban{suffix}"
    target.write_bytes(b"open in the reader")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    real = os.replace

    def replace(source, destination):
        if os.fspath(destination) == os.fspath(target):
            error = PermissionError(errno.EACCES, "The process cannot access the file")
            error.winerror = 32  # ERROR_SHARING_VIOLATION, as with the file open in Acrobat or Word
            raise error
        return real(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    getattr(window.ui, action).trigger()
    warnings = [text for kind, text in message_boxes if kind in ("warning", "critical")]
    assert len(warnings) == 1
    assert "Hãy đóng tệp đó rồi xuất lại" in warnings[0] and str(target) in warnings[0]
    assert target.read_bytes() == b"open in the reader"
    assert window.isVisible()
