"""Fixtures of the storage tests: an open store, the stored sample, an archive of several meetings.

``store``, ``stored`` and ``archive`` are a file unless a module asks for both engines with
``BOTH_ENGINES = True``: then each of its tests
runs once on a SQLite file and once on a PostgreSQL server.
"""

from __future__ import annotations

import pytest

from minutes_app.storage import open_store

from .helpers import several_meetings

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture
def engine(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def archive_target(engine, request, db_path):
    """Where the test's archive lives: the file path, or the URL of a fresh server database."""
    if engine == "postgresql":
        return request.getfixturevalue("pg_url")
    return db_path


@pytest.fixture
def store(archive_target):
    with open_store(archive_target) as opened:
        yield opened


@pytest.fixture
def stored(store, sample_meeting):
    """The store with the sample meeting in it; returns (store, meeting id)."""
    return store, store.add(sample_meeting)


@pytest.fixture
def archive(archive_target, sample_meeting):
    """A closed archive holding several meetings (a checkpointed file, or a server database)."""
    with open_store(archive_target) as opened:
        opened.add_many(several_meetings(sample_meeting))
        for _ in range(3):
            opened.add_many(several_meetings(sample_meeting))
    return archive_target


def pytest_generate_tests(metafunc):
    """Modules that set ``BOTH_ENGINES`` run every test that opens an archive on both engines."""
    if getattr(metafunc.module, "BOTH_ENGINES", False) and "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", ENGINES, indirect=True)
