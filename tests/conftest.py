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
def version_2_doc(sample_doc) -> dict:
    """The sample with every addition of format version 2 filled in."""
    document = {**sample_doc, "format_version": 2}
    document["meeting"] = {
        **sample_doc["meeting"],
        "uid": "6f1c2a9e-0b7d-4c1e-9a55-3d2f1e0c9b8a",
        "classification": "secret",
        "circulation": "return_after_meeting",
        "notice_signer": {
            "authority": "T/L",
            "on_behalf_of": "BAN THƯỜNG VỤ",
            "title": "CHÁNH VĂN PHÒNG",
            "name": "Hoàng Văn Minh",
        },
    }
    document["previous_directives"] = [
        {
            "id": "p1",
            "source": {
                "meeting_uid": "0a9f3e1d-2222-4b5c-8d7e-111111111111",
                "directive_id": "d3",
                "meeting_title": "Hội nghị giao ban công tác tuyên giáo quý 2/2022",
                "meeting_date": "2022-06-21",
                "number": "08-BB/BTGTU",
            },
            "content": "Tổ chức tuyên truyền kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ.",
            "assignee": "Phòng Tuyên truyền",
            "deadline": "2022-07-27",
            "deadline_text": "trước 27/7/2022",
            "result": "Đã hoàn thành, tổ chức 12 buổi nói chuyện chuyên đề.",
            "status": "done",
        },
        {"id": "p2", "source": {"meeting_uid": "x", "directive_id": "d4"}, "content": "Việc chưa báo cáo."},
    ]
    document["followups"] = [
        {"directive": sample_doc["directives"][0]["id"], "date": "2022-10-05", "status": "in_progress"},
        {
            "directive": sample_doc["directives"][0]["id"],
            "date": "2022-12-20",
            "status": "done",
            "note": "Đã tổ chức hội nghị.",
            "reported_in": "7d3e5c1a-aaaa-4bbb-8ccc-222222222222",
        },
    ]
    return document


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
