"""Meetings ⇄ rows: whole-meeting reads and writes and the fine-grained writes of autosave.

Every write runs in one short ``db.atomic()`` together with the search index update, so the index can
never disagree with the rows. Text is NFC before it reaches a row; NUL is refused with the validation
message. Functions here expect the rows to be bound to the store's database (see store.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from peewee import SQL, SqliteDatabase, fn

from minutes_app.domain import canonical, rules
from minutes_app.domain.model import (
    MEETING_FIELDS,
    DirectiveStatus,
    FollowUp,
    ItemKind,
    Layout,
    Meeting,
    MeetingSummary,
    Status,
)
from minutes_app.messages import UserError
from minutes_app.storage import checksums, codec, register, search
from minutes_app.storage.models import ITEM_ROWS, FollowUpRow, MeetingRow

_CONTENT_FIELDS = tuple(name for name in MEETING_FIELDS if name != "status")
_CHUNK = 500
_STORED_PROBLEMS = {"rule.nul", "rule.duplicate_id"}


def now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def reject_nul(where: str, value: Any) -> None:
    problems: list[rules.Problem] = []
    rules.check_text(problems, where, value)
    if problems:
        raise UserError("rule.nul", where=problems[0].where)


def prepared(meeting: Meeting) -> Meeting:
    """The NFC copy that will be stored; problems that make a meeting unstorable are raised here."""
    checked = canonical.normalize(meeting)
    for problem in rules.validate(checked):
        if problem.key in _STORED_PROBLEMS:
            raise UserError(problem.key, where=problem.where, **problem.params)
    return checked


def _editable(meeting_id: int) -> None:
    """Raise unless the meeting exists and is a draft: finalized content is frozen until reopened."""
    row = MeetingRow.select(MeetingRow.status, MeetingRow.title).where(MeetingRow.id == meeting_id).first()
    if row is None:
        raise UserError("meeting.unknown", id=meeting_id)
    if row.status == Status.FINAL.value:
        raise UserError("meeting.final", title=row.title)


def _touch(meeting_id: int) -> None:
    """The meeting changed: its time of change, and the checksum of its row again."""
    MeetingRow.update(updated_at=now()).where(MeetingRow.id == meeting_id).execute()
    _seal_meeting_row(meeting_id)


def _seal_meeting_row(meeting_id: int) -> None:
    checksums.seal(bound_db(), "meeting", "id = ?", (meeting_id,))


def _seal_items(kind: ItemKind, meeting_id: int, item_id: str | None = None) -> None:
    """The checksums of one item, or of all the meeting's items of a kind (their ordinals moved)."""
    table = ITEM_ROWS[ItemKind(kind)]._meta.table_name
    if item_id is None:
        checksums.seal(bound_db(), table, "meeting_id = ?", (meeting_id,))
    else:
        checksums.seal(bound_db(), table, "meeting_id = ? AND key = ?", (meeting_id, item_id))


def _insert_items(meeting_id: int, meeting: Meeting) -> None:
    for kind, row_class in ITEM_ROWS.items():
        rows = [
            {**codec.item_to_row(kind, item), "meeting": meeting_id, "ordinal": index}
            for index, item in enumerate(meeting.items(kind))
        ]
        for start in range(0, len(rows), _CHUNK):
            row_class.insert_many(rows[start : start + _CHUNK]).execute()


def _insert_followups(meeting_id: int, meeting: Meeting) -> None:
    stamp = now()
    rows = [
        {**followup_to_row(entry), "meeting": meeting_id, "recorded_at": stamp} for entry in meeting.followups
    ]
    for start in range(0, len(rows), _CHUNK):
        FollowUpRow.insert_many(rows[start : start + _CHUNK]).execute()


def followup_to_row(entry: FollowUp) -> dict[str, Any]:
    return {
        "directive_key": entry.directive,
        "date": entry.date.isoformat(),
        "status": DirectiveStatus(entry.status).value,
        "note": codec.normalize_value(entry.note),
        "reported_in": entry.reported_in,
    }


def load_followups(meeting_id: int) -> list[FollowUp]:
    """Oldest first (by date, then by the order they were recorded): the last one is the current status."""
    found = checksums.verified(
        "followup", checksums.rows(bound_db(), "followup", "meeting_id = ? ORDER BY date, id", (meeting_id,))
    )
    return [
        FollowUp(
            directive=row["directive_key"],
            date=dt.date.fromisoformat(row["date"]),
            status=DirectiveStatus(row["status"]),
            note=row["note"],
            reported_in=row["reported_in"],
        )
        for row in found
    ]


def bound_db():
    """The database the rows are bound to (see store.py)."""
    return MeetingRow._meta.database.obj


# Reading


def exists(meeting_id: int) -> bool:
    return MeetingRow.select().where(MeetingRow.id == meeting_id).exists()


def load(meeting_id: int) -> Meeting:
    """The meeting with every item and follow-up; Damaged (checksums.py) when one of its rows was
    changed outside the program, before any of its values is used."""
    db = bound_db()
    rows = checksums.verified("meeting", checksums.rows(db, "meeting", "id = ?", (meeting_id,)))
    if not rows:
        raise UserError("meeting.unknown", id=meeting_id)
    items, bad = {}, []
    for kind, row_class in ITEM_ROWS.items():
        table = row_class._meta.table_name
        try:
            items[kind] = checksums.verified(
                table, checksums.rows(db, table, "meeting_id = ? ORDER BY ordinal", (meeting_id,))
            )
        except checksums.Damaged as damaged:
            bad.extend(damaged.bad)
    if bad:
        raise checksums.Damaged(bad)
    meeting = codec.meeting_from_row(rows[0], MEETING_FIELDS)
    meeting.uid = rows[0]["uid"]
    for kind, found in items.items():
        setattr(meeting, kind.value, [codec.item_from_row(kind, item) for item in found])
    meeting.followups = load_followups(meeting_id)
    return meeting


def list_meetings(year: int | None = None, status: Status | None = None) -> list[MeetingSummary]:
    query = MeetingRow.select(
        MeetingRow.id,
        MeetingRow.date,
        MeetingRow.title,
        MeetingRow.layout,
        MeetingRow.status,
        MeetingRow.updated_at,
    )
    if year is not None:
        query = query.where(MeetingRow.date.between(f"{year:04d}-01-01", f"{year:04d}-12-31"))
    if status is not None:
        query = query.where(MeetingRow.status == Status(status).value)
    query = query.order_by(MeetingRow.date.desc(), MeetingRow.id.desc()).tuples()
    summaries = []
    for meeting_id, date, title, layout, status, updated in query:
        try:
            summary = MeetingSummary(
                meeting_id,
                dt.date.fromisoformat(date),
                codec.printable(title),
                Layout(layout),
                Status(status),
                updated,
            )
        except (TypeError, ValueError):
            continue  # a row changed outside the program: ``check`` and opening name it; the rest is listed
        summaries.append(summary)
    return summaries


def years() -> list[int]:
    year = fn.substr(MeetingRow.date, 1, 4)
    # By position: PostgreSQL binds the two substr()s' arguments apart and would not see one expression.
    return [int(value) for (value,) in MeetingRow.select(year).distinct().order_by(SQL("1 DESC")).tuples()]


# Whole-meeting writes


def add(db: SqliteDatabase, meeting: Meeting) -> int:
    """Insert a meeting (a finalized one is stored and then finalized, so it keeps a snapshot).

    Sets ``meeting.id``, and ``meeting.uid`` when it had none. A uid is kept as given, even when the
    archive holds it already (the same exported file imported twice): export then import then export
    gives the same bytes, and references by uid resolve to the oldest copy.
    """
    from minutes_app.storage import finalizing

    checked = prepared(meeting)
    stamp = now()
    with db.atomic():
        row = codec.meeting_to_row(checked, _CONTENT_FIELDS)
        uid = checked.uid or str(uuid.uuid4())
        meeting_id = MeetingRow.insert(
            **row, uid=uid, status=Status.DRAFT.value, created_at=stamp, updated_at=stamp
        ).execute()
        _insert_items(meeting_id, checked)
        _insert_followups(meeting_id, checked)
        checksums.seal_meeting(db, meeting_id)
        search.reindex(db, meeting_id)
        register.refresh(db, meeting_id)
        if checked.status == Status.FINAL:
            finalizing.finalize(db, meeting_id)
    meeting.id = meeting_id
    meeting.uid = uid
    return meeting_id


def replace(db: SqliteDatabase, meeting: Meeting) -> None:
    """Overwrite a stored draft with ``meeting`` (same id); its items and follow-ups are replaced as a
    whole, its uid stays."""
    from minutes_app.storage import finalizing

    if meeting.id is None:
        raise UserError("meeting.unknown", id="")
    checked = prepared(meeting)
    with db.atomic():
        _editable(checked.id)
        row = codec.meeting_to_row(checked, _CONTENT_FIELDS)
        MeetingRow.update(**row, updated_at=now()).where(MeetingRow.id == checked.id).execute()
        for row_class in (*ITEM_ROWS.values(), FollowUpRow):
            row_class.delete().where(row_class.meeting == checked.id).execute()
        _insert_items(checked.id, checked)
        _insert_followups(checked.id, checked)
        checksums.seal_meeting(db, checked.id)
        search.reindex(db, checked.id)
        register.refresh(db, checked.id)
        if checked.status == Status.FINAL:
            finalizing.finalize(db, checked.id)


def delete(db: SqliteDatabase, meeting_id: int) -> None:
    with db.atomic():
        if not exists(meeting_id):
            raise UserError("meeting.unknown", id=meeting_id)
        MeetingRow.delete().where(MeetingRow.id == meeting_id).execute()  # items and snapshots cascade
        search.remove(db, meeting_id)


# Fine-grained writes


def update_meeting_field(db: SqliteDatabase, meeting_id: int, field: str, value: Any) -> None:
    if field not in _CONTENT_FIELDS:
        raise ValueError(
            f"{field!r} is not a meeting field that autosave may write (status: finalize/reopen)"
        )
    value = codec.normalize_value(value)
    reject_nul(f"meeting.{field}", value)
    encoded = codec.encode(Meeting, field, value)
    with db.atomic():
        _editable(meeting_id)
        MeetingRow.update({field: encoded, "updated_at": now()}).where(MeetingRow.id == meeting_id).execute()
        _seal_meeting_row(meeting_id)
        if search.indexes_meeting_field(field):
            search.reindex(db, meeting_id)
        if field == "date":
            register.touched(db, meeting_id)


def _item_unknown(kind: ItemKind, item_id: str) -> UserError:
    return UserError("meeting.item_unknown", kind=kind.value, item=item_id)


def update_item_field(
    db: SqliteDatabase, meeting_id: int, kind: ItemKind, item_id: str, field: str, value
) -> None:
    kind = ItemKind(kind)
    if field not in codec.item_columns(kind):
        raise ValueError(f"{field!r} is not a writable field of {kind.value} (ids are fixed once stored)")
    value = codec.normalize_value(value)
    reject_nul(f"{kind.value}[{item_id}].{field}", value)
    encoded = codec.encode(kind.item_class, field, value)
    row_class = ITEM_ROWS[kind]
    with db.atomic():
        _editable(meeting_id)
        changed = (
            row_class.update({field: encoded})
            .where(row_class.meeting == meeting_id, row_class.key == item_id)
            .execute()
        )
        if not changed:
            raise _item_unknown(kind, item_id)
        _seal_items(kind, meeting_id, item_id)
        _touch(meeting_id)
        if search.indexes_item_field(kind, field):
            search.reindex(db, meeting_id)
        register.touched(db, meeting_id, kind)


def insert_item(db: SqliteDatabase, meeting_id: int, kind: ItemKind, item: Any, index: int) -> None:
    """Insert at ``index`` (clamped to the list, like list.insert) and shift the later items down."""
    kind = ItemKind(kind)
    if not isinstance(item, kind.item_class):
        raise TypeError(f"{kind.value} holds {kind.item_class.__name__}, not {type(item).__name__}")
    item = canonical.normalize(item)
    for name in codec.item_columns(kind):
        reject_nul(f"{kind.value}[{index}].{name}", getattr(item, name))
    row_class = ITEM_ROWS[kind]
    with db.atomic():
        _editable(meeting_id)
        mine = row_class.meeting == meeting_id
        count = row_class.select().where(mine).count()
        index = max(0, min(count, index if index >= 0 else count + index))
        if row_class.select().where(mine, row_class.key == item.id).exists():
            raise UserError("rule.duplicate_id", where=f"{kind.value}[{index}].id", id=item.id)
        row_class.update(ordinal=row_class.ordinal + 1).where(mine, row_class.ordinal >= index).execute()
        row_class.insert(**codec.item_to_row(kind, item), meeting=meeting_id, ordinal=index).execute()
        _seal_items(kind, meeting_id)
        _touch(meeting_id)
        search.reindex(db, meeting_id)
        register.touched(db, meeting_id, kind)


def remove_item(db: SqliteDatabase, meeting_id: int, kind: ItemKind, item_id: str) -> None:
    kind = ItemKind(kind)
    row_class = ITEM_ROWS[kind]
    with db.atomic():
        _editable(meeting_id)
        mine = row_class.meeting == meeting_id
        row = row_class.select(row_class.ordinal).where(mine, row_class.key == item_id).first()
        if row is None:
            raise _item_unknown(kind, item_id)
        row_class.delete().where(mine, row_class.key == item_id).execute()
        row_class.update(ordinal=row_class.ordinal - 1).where(mine, row_class.ordinal > row.ordinal).execute()
        _seal_items(kind, meeting_id)
        _touch(meeting_id)
        search.reindex(db, meeting_id)
        register.touched(db, meeting_id, kind)


def move_items(db: SqliteDatabase, meeting_id: int, kind: ItemKind, ordered_ids: list[str]) -> None:
    """Give the items the order of ``ordered_ids``, which must name each stored item exactly once."""
    kind = ItemKind(kind)
    row_class = ITEM_ROWS[kind]
    with db.atomic():
        _editable(meeting_id)
        mine = row_class.meeting == meeting_id
        stored = [key for (key,) in row_class.select(row_class.key).where(mine).tuples()]
        for item_id in ordered_ids:
            if item_id not in stored:
                raise _item_unknown(kind, item_id)
        if sorted(stored) != sorted(ordered_ids):
            raise ValueError(f"move_items needs every {kind.value} id exactly once")
        for ordinal, item_id in enumerate(ordered_ids):
            row_class.update(ordinal=ordinal).where(mine, row_class.key == item_id).execute()
        _seal_items(kind, meeting_id)
        _touch(meeting_id)
        search.reindex(db, meeting_id)
        register.touched(db, meeting_id, kind)
