"""Helpers of the reliability tests: children in their own processes, file hashes, the window's status bar."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def child_env(**extra: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("MINUTES_APP_DB", None)
    env.update(extra)
    return env


def spawn(script: str, *args: object, **kwargs) -> subprocess.Popen:
    """A child running tests/reliability/<script> with the repository importable, pipes on stdout/stderr."""
    return subprocess.Popen(
        [sys.executable, str(HERE / script), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
        cwd=REPO,
        **kwargs,
    )


def cli(*args: object, timeout: float = 60) -> subprocess.CompletedProcess:
    """``python -m minutes_app ARGS`` in a child, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", *map(str, args)],
        capture_output=True,
        text=True,
        env=child_env(LANG="vi_VN.UTF-8"),
        cwd=REPO,
        timeout=timeout,
    )


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


HOT_JOURNALS: list[Path] = []  # files whose killed writer left a hot journal that integrity() rolled back


def integrity(path: Path) -> list[str]:
    """integrity_check of a file opened outside the program; [] when sound.

    Read-only, unless a killed writer left a hot journal: then as any SQLite reader would, on a writable
    connection that rolls it back (recorded in HOT_JOURNALS).
    """
    if str(path).startswith("postgresql://"):  # a server archive: the engine's own check
        from minutes_app.storage import open_store

        with open_store(path, read_only=True) as store:
            return store.check()
    uri = "file:" + str(Path(path).resolve()) + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
            raise
        connection.close()
        HOT_JOURNALS.append(Path(path))
        connection = sqlite3.connect(path)
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


def table_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the user's content (not the search index), ordered: to compare copies."""
    uri = "file:" + str(Path(path).resolve()) + "?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'search%' ORDER BY name"
            )
        ]
        return {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in tables
        }
    finally:
        connection.close()


def status_texts(window) -> list[str]:
    """What the status bar shows now: its visible labels and its temporary message."""
    from PySide6.QtWidgets import QLabel

    bar = window.statusBar()
    texts = [label.text() for label in bar.findChildren(QLabel) if label.isVisible() and label.text()]
    if bar.currentMessage():
        texts.append(bar.currentMessage())
    return texts


def alert_text(window) -> str:
    """The persistent red message of the status bar ('' when none is shown)."""
    from PySide6.QtWidgets import QLabel

    for label in window.statusBar().findChildren(QLabel):
        if label.isVisible() and label.text() and "#b00020" in label.styleSheet():
            return label.text()
    return ""


def open_window(qtbot, store):
    """The real main window on ``store``, on the newest meeting, shown."""
    from minutes_app.gui.main_window import MainWindow
    from minutes_app.gui.settings import Settings

    window = MainWindow(store, Settings())
    qtbot.addWidget(window)
    window.open_newest()
    window.show()
    qtbot.waitExposed(window)
    return window


_CLOSED: list = []


def close_window(window) -> None:
    """Close as the user would, after the pending writes; kept referenced so no GC frees it midway.

    The window defers its first archive listing to the event loop; a window dropped before the loop
    turned would otherwise be collected while that deferred call runs.
    """
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    window.editor.flush()
    window.close()
    _CLOSED.append(window)  # pytest-qt closes and frees it at the test's end, not a collection midway
