"""Fixtures of the reliability tests: isolated settings, recorded message boxes, a database with the sample."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Each test keeps its window settings in its own folder."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def boxes(message_box_log):
    """Message boxes answer at once and are recorded as (kind, title: text); questions answer Yes."""
    return message_box_log


@pytest.fixture
def seeded_db(db_path):
    """A closed database file holding the sample meeting, as the first start leaves it."""
    from minutes_app.first_start import open_default_store

    open_default_store(db_path, seed=True).close()
    return db_path
