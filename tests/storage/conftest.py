"""Fixtures of the storage tests: an open store, the stored sample, an archive of several meetings."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app.storage import open_store

from .helpers import several_meetings


@pytest.fixture
def store(db_path):
    with open_store(db_path) as opened:
        yield opened


@pytest.fixture
def stored(store, sample_meeting):
    """The store with the sample meeting in it; returns (store, meeting id)."""
    return store, store.add(sample_meeting)


@pytest.fixture
def archive(db_path, sample_meeting) -> Path:
    """A closed, checkpointed database file holding several meetings."""
    with open_store(db_path) as opened:
        opened.add_many(several_meetings(sample_meeting))
        for _ in range(3):
            opened.add_many(several_meetings(sample_meeting))
    return db_path
