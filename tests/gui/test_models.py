"""Every table model of the window passes pytest-qt's model tester, on the sample and on an empty meeting."""

from __future__ import annotations

import pytest

from minutes_app.gui import table_models
from minutes_app.gui.archive import ArchiveTableModel

ITEM_MODELS = sorted(
    (
        cls
        for cls in vars(table_models).values()
        if isinstance(cls, type)
        and issubclass(cls, table_models.ItemTableModel)
        and cls is not table_models.ItemTableModel
        and hasattr(cls, "KIND")
    ),
    key=lambda cls: cls.__name__,
)


def test_archive_model(qtmodeltester, store):
    """The archive list, full and after a search, is a well-behaved model."""
    model = ArchiveTableModel()
    model.set_rows(store.list_meetings())
    qtmodeltester.check(model)
    model.set_rows(store.search("tuyen giao"))
    qtmodeltester.check(model)
    assert model.rowCount() == 1


@pytest.mark.parametrize("model_class", ITEM_MODELS, ids=lambda cls: cls.__name__)
def test_item_models(qtmodeltester, window, model_class):
    """Each item table model over the open meeting, and again after the meeting changed, passes the checks."""
    model = model_class(window.editor)
    qtmodeltester.check(model)
    window.ui.actionNewMeeting.trigger()
    qtmodeltester.check(model)
