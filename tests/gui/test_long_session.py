"""A long session does not abort: many thousands of Qt calls leave Python's None alive."""

from __future__ import annotations

import subprocess
import sys

LONG_SESSION = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import minutes_app.gui
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
field = QLineEdit()
for _ in range(200_000):
    field.setText("Đồng chí Trưởng ban phát biểu")
    field.update()
print("alive")
"""


def test_many_void_calls_do_not_exhaust_none():
    """Four hours of typing make millions of void Qt calls; a few hundred thousand must not abort."""
    result = subprocess.run([sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
