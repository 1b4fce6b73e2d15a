"""Follow-ups: progress recorded on a meeting's directives after the meeting, outside its content.

They are written on finalized meetings too, and never touch the meeting's rows, snapshots or search
index: the signed minutes and their fingerprint stay exactly as they were.
"""

from __future__ import annotations

from peewee import SqliteDatabase

from minutes_app.domain.model import FollowUp, ItemKind
from minutes_app.messages import UserError
from minutes_app.storage import checksums, register, repository
from minutes_app.storage.models import DirectiveRow, FollowUpRow


def add(db: SqliteDatabase, meeting_id: int, entry: FollowUp) -> int:
    """Record ``entry`` on one of the meeting's directives; returns its id (to take it back by undo)."""
    row = repository.followup_to_row(entry)
    repository.reject_nul("followups[].note", row["note"])
    with db.atomic():
        if not repository.exists(meeting_id):
            raise UserError("meeting.unknown", id=meeting_id)
        known = DirectiveRow.select().where(
            DirectiveRow.meeting == meeting_id, DirectiveRow.key == entry.directive
        )
        if not known.exists():
            raise UserError("meeting.item_unknown", kind=ItemKind.DIRECTIVES.value, item=entry.directive)
        followup_id = FollowUpRow.insert(**row, meeting=meeting_id, recorded_at=repository.now()).execute()
        checksums.seal(db, "followup", "id = ?", (followup_id,))
        register.refresh(db, meeting_id)
        return followup_id


def remove(db: SqliteDatabase, meeting_id: int, followup_id: int) -> None:
    with db.atomic():
        removed = (
            FollowUpRow.delete()
            .where(FollowUpRow.meeting == meeting_id, FollowUpRow.id == followup_id)
            .execute()
        )
        if not removed:
            raise UserError("meeting.item_unknown", kind="followups", item=followup_id)
        register.refresh(db, meeting_id)
