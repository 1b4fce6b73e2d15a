"""Child of the kill-during-typing test: the real main window types a report's summary at a human pace.

Usage: python typing_child.py DATABASE SETTINGS_FOLDER SEED. Prints, flushed, one line per event:
``ready <meeting id> <report id> <length>`` once the window shows the meeting, ``typed <length> <t>`` after
each keystroke and ``saved <length> <t>`` each time the status bar says "Đã lưu lúc ...", where <length>
is the length of the whole summary and <t> is time.monotonic() (one clock for every process). Runs until
killed.
"""

from __future__ import annotations

import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = [
    "Đồng",
    "chí",
    "Trưởng",
    "ban",
    "đề",
    "nghị",
    "các",
    "phòng",
    "rà",
    "soát",
    "kế",
    "hoạch",
    "tuyên",
    "truyền",
    "quý",
    "IV,",
    "bám",
    "sát",
    "nghị",
    "quyết",
    "của",
    "Tỉnh",
    "ủy;",
    "chú",
    "ý",
    "công",
    "tác",
    "nắm",
    "bắt",
    "dư",
    "luận",
    "xã",
    "hội,",
    "phản",
    "bác",
    "quan",
    "điểm",
    "sai",
    "trái,",
    "thù",
    "địch.",
]


def _say(*parts: object) -> None:
    sys.stdout.write(" ".join(map(str, parts)) + "\n")
    sys.stdout.flush()


def main() -> None:
    database, settings_folder, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QLabel

    from minutes_app.gui.app import application

    app = application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    from minutes_app.first_start import open_default_store
    from minutes_app.gui.main_window import MainWindow
    from minutes_app.gui.reports_tab import ReportsTab
    from minutes_app.gui.settings import Settings
    from tests.gui.gui_keys import type_text

    store = open_default_store(database, seed=False)
    if store.read_only:
        raise SystemExit(f"not writable: {store.read_only_reason}")
    window = MainWindow(store, Settings())
    window.open_newest()
    window.show()
    tab = next(tab for tab, _title in window.tabs if isinstance(tab, ReportsTab))
    window.ui.tabWidget.setCurrentWidget(tab)
    edit = tab.ui.reportContentEdit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(400)) + " "

    labels = window.ui.statusBar.findChildren(QLabel)

    def saved(_moment) -> None:
        if any(label.text().startswith("Đã lưu lúc") for label in labels):
            _say("saved", len(edit.toPlainText()), f"{time.monotonic():.4f}")

    window.editor.autosave.saved.connect(saved)  # after the window's own slot: the label is already set
    position = [0]

    def keystroke() -> None:
        type_text(edit, text[position[0]])
        position[0] += 1
        _say("typed", len(edit.toPlainText()), f"{time.monotonic():.4f}")
        timer.start(rng.randint(65, 125))  # 8 to 15 characters a second

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(keystroke)
    _say("ready", window.editor.meeting.id, tab.binder.item_id, len(edit.toPlainText()))
    timer.start(100)
    app.exec()


if __name__ == "__main__":
    main()
