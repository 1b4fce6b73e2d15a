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


ENGINES = ["sqlite", "postgresql"]


@pytest.fixture
def engine(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def seeded_db(engine, request, db_path):
    """A closed archive holding the sample meeting, as the first start leaves it: a file, or (for the
    scenarios that make sense on a server) a fresh PostgreSQL database."""
    from minutes_app.first_start import open_default_store, seed_sample

    if engine == "postgresql":
        from minutes_app.storage import open_store

        url = request.getfixturevalue("pg_url")
        with open_store(url) as store:
            seed_sample(store)
        return url
    open_default_store(db_path, seed=True).close()
    return db_path


def pytest_generate_tests(metafunc):
    """``BOTH_ENGINES`` in a module (True, or the names of its tests) runs them on a file and on a server."""
    wanted = getattr(metafunc.module, "BOTH_ENGINES", False)
    chosen = wanted is True or (wanted and metafunc.function.__name__ in wanted)
    if chosen and "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", ENGINES, indirect=True)
