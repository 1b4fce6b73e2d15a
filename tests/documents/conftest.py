"""Fixtures for the printed documents: the sample in both layouts and helpers that read PDFs back."""

from __future__ import annotations

import copy

import pytest

from minutes_app.domain import canonical


def state_variant(document: dict) -> dict:
    """The sample meeting re-issued by a state agency (UBND tỉnh / Sở Nội vụ)."""
    document = copy.deepcopy(document)
    document["meeting"].update(
        layout="state",
        parent_body="UBND TỈNH BẮC KẠN",
        issuing_body="SỞ NỘI VỤ",
        body_code="SNV",
        number="05",
        recipients=["Như thành phần", "Lưu: VT, Hồ sơ"],
    )
    return document


@pytest.fixture
def party_meeting(sample_document):
    return canonical.from_document(copy.deepcopy(sample_document))


@pytest.fixture
def state_meeting(sample_document):
    return canonical.from_document(state_variant(sample_document))


@pytest.fixture(params=["party", "state"])
def meeting(request, sample_document):
    """The sample in each layout in turn."""
    document = sample_document if request.param == "party" else state_variant(sample_document)
    return canonical.from_document(copy.deepcopy(document))
