"""Every table and list model of the window passes pytest-qt's model tester, before and after a change of meeting."""

from __future__ import annotations

import pytest

from minutes_app.domain import ItemKind
from minutes_app.gui import table_models
from minutes_app.gui.archive import ArchiveTableModel
from minutes_app.gui.speaker_completer import AttendeeListModel

ITEM_MODELS = sorted(
    (
        cls
        for cls in vars(table_models).values()
        if isinstance(cls, type) and issubclass(cls, table_models.ItemTableModel) and hasattr(cls, "KIND")
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
    """Each item table over the sample, the next session (people only) and a new empty meeting passes."""
    model = model_class(window.editor)
    qtmodeltester.check(model)
    window.ui.actionNewFromCurrent.trigger()
    qtmodeltester.check(model)
    window.ui.actionNewMeeting.trigger()
    qtmodeltester.check(model)


@pytest.mark.parametrize("detailed", [False, True])
def test_attendee_list_model(qtmodeltester, window, detailed):
    """The people offered for chair, secretary and speaker form a well-behaved list."""
    model = AttendeeListModel(window.editor, none_label="(chưa chọn)", detailed=detailed)
    qtmodeltester.check(model)
    window.ui.actionNewMeeting.trigger()
    qtmodeltester.check(model)


def test_the_tables_cover_every_list_of_a_meeting_the_tabs_show():
    """Attendees, reports, discussion and directives each have their table model under test."""
    kinds = {cls.KIND for cls in ITEM_MODELS}
    assert {ItemKind.ATTENDEES, ItemKind.REPORTS, ItemKind.DISCUSSION, ItemKind.DIRECTIVES} <= kinds
