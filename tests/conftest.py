"""Shared fixtures: headless Qt, a fresh database path and the sample meeting for every test."""

from __future__ import annotations

import copy
import json
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MINUTES_APP_DB", None)

from minutes_app import messages, paths  # noqa: E402
from minutes_app.domain import canonical  # noqa: E402


@pytest.fixture(autouse=True)
def _vietnamese_messages():
    """Every test starts in the default language, whatever an earlier test switched to."""
    messages.set_language("vi")
    yield
    messages.set_language("vi")


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path, monkeypatch):
    """User files kept in the data folder (the phrase bank) go to the test's folder, never the user's."""
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: str(tmp_path / "user-data"))


@pytest.fixture(scope="session")
def sample_document() -> dict:
    with open(paths.SAMPLE_MEETING, encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture
def sample_doc(sample_document) -> dict:
    """A private copy of the sample document that a test may change."""
    return copy.deepcopy(sample_document)


@pytest.fixture
def sample_meeting(sample_document):
    return canonical.from_document(copy.deepcopy(sample_document))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "minutes.sqlite3"


@pytest.fixture
def message_box_log(monkeypatch):
    """No modal box may block a headless test: questions answer Yes, the rest are recorded (kind, text)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind, answer):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, f"{title}: {text}"))
            return answer

        return box

    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "about", record("about", None))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(("exec", self.text())) or 0)
    return shown
