"""peewee rows of the archive, declared on one deferred database; the tables themselves come from migrations."""

from __future__ import annotations

import threading

from peewee import DatabaseProxy, ForeignKeyField, IntegerField, Model, TextField

from minutes_app.domain.model import ItemKind


class PerThreadDatabase(DatabaseProxy):
    """The rows' database, chosen by each thread for itself.

    Each Store call points the rows at its own database (store.py). A window on a server writes from a
    thread of its own while the window's thread reads: a binding shared by the whole process could be
    changed by one thread in the middle of the other's call, and its rows would then go to another
    archive. Here a thread's binding is its own.
    """

    __slots__ = ("_local",)

    def __init__(self) -> None:
        object.__setattr__(self, "_local", threading.local())
        super().__init__()

    def __setattr__(self, attr, value) -> None:
        object.__setattr__(self, attr, value)

    @property
    def obj(self):
        return getattr(self._local, "db", None)

    @obj.setter
    def obj(self, value) -> None:
        self._local.db = value


database = PerThreadDatabase()
"""Each Store binds the rows to its own database for its calls, in the calling thread (see store.py)."""


class BaseRow(Model):
    class Meta:
        database = database


class SealedRow(BaseRow):
    """A row of meeting content: its ``checksum`` is written by the writer after each change (checksums.py)."""

    checksum = TextField(default="")


def _text() -> TextField:
    return TextField(default="")


class MeetingRow(SealedRow):
    title = TextField()
    date = TextField()
    layout = TextField(default="state")
    parent_body = _text()
    issuing_body = _text()
    body_code = _text()
    number = _text()
    place_name = _text()
    start_time = TextField(null=True)
    end_time = TextField(null=True)
    location = _text()
    agenda = _text()
    documents = _text()
    other_info = _text()
    chair = _text()
    secretary = _text()
    classification = _text()
    circulation = _text()
    status = TextField(default="draft")
    conclusion = _text()
    closing_note = _text()
    copies = IntegerField(null=True)
    recipients = TextField(default="[]")
    notice_signer = TextField(default="{}")
    uid = TextField()
    created_at = TextField()
    updated_at = TextField()

    class Meta:
        table_name = "meeting"


class ItemRow(SealedRow):
    """Common columns of the ordered items: ``key`` is the item's id in the document, ``ordinal`` its place."""

    meeting = ForeignKeyField(MeetingRow, column_name="meeting_id", on_delete="CASCADE")
    key = TextField()
    ordinal = IntegerField()


class AttendeeRow(ItemRow):
    name = TextField()
    position = _text()
    organization = _text()
    group = TextField(default="member")
    attendance = TextField(default="present")
    reason = _text()
    substitute_for = _text()
    arrived = TextField(null=True)
    left = TextField(null=True)

    class Meta:
        table_name = "attendee"


class ReportRow(ItemRow):
    title = TextField()
    presenter = _text()
    time = TextField(null=True)
    content = _text()

    class Meta:
        table_name = "report"


class ContributionRow(ItemRow):
    content = TextField()
    speaker = _text()
    time = TextField(null=True)
    report = _text()

    class Meta:
        table_name = "contribution"


class VoteRow(ItemRow):
    subject = TextField()
    in_favour = IntegerField(default=0)
    against = IntegerField(default=0)
    abstain = IntegerField(default=0)

    class Meta:
        table_name = "vote"


class DirectiveRow(ItemRow):
    content = TextField()
    assignee = _text()
    deadline = TextField(null=True)
    deadline_text = _text()
    status = TextField(default="open")

    class Meta:
        table_name = "directive"


class PreviousDirectiveRow(ItemRow):
    content = TextField()
    source_meeting_uid = _text()
    source_directive_id = _text()
    source_meeting_title = _text()
    source_meeting_date = TextField(null=True)
    source_number = _text()
    assignee = _text()
    deadline = TextField(null=True)
    deadline_text = _text()
    result = _text()
    status = TextField(null=True)

    class Meta:
        table_name = "previous_directive"


class FollowUpRow(SealedRow):
    """Progress on a directive after its meeting: outside the meeting's content, so a finalized meeting
    takes follow-ups without any change to its snapshot or fingerprint."""

    meeting = ForeignKeyField(MeetingRow, column_name="meeting_id", on_delete="CASCADE")
    directive_key = TextField()
    date = TextField()
    status = TextField()
    note = _text()
    reported_in = _text()
    recorded_at = TextField()

    class Meta:
        table_name = "followup"


class SnapshotRow(SealedRow):
    """A finalized version: the canonical JSON exactly as fingerprinted, kept across reopenings."""

    meeting = ForeignKeyField(MeetingRow, column_name="meeting_id", on_delete="CASCADE")
    finalized_at = TextField()
    fingerprint = TextField()
    document = TextField()

    class Meta:
        table_name = "snapshot"


ITEM_ROWS: dict[ItemKind, type[ItemRow]] = {
    ItemKind.ATTENDEES: AttendeeRow,
    ItemKind.REPORTS: ReportRow,
    ItemKind.DISCUSSION: ContributionRow,
    ItemKind.VOTES: VoteRow,
    ItemKind.DIRECTIVES: DirectiveRow,
    ItemKind.PREVIOUS_DIRECTIVES: PreviousDirectiveRow,
}

ALL_ROWS: list[type[BaseRow]] = [MeetingRow, *ITEM_ROWS.values(), FollowUpRow, SnapshotRow]
