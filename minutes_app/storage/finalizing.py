"""Finalizing and reopening: the status change plus a kept snapshot of exactly what was fingerprinted."""

from __future__ import annotations

import json

from peewee import SqliteDatabase

from minutes_app.domain import canonical
from minutes_app.domain.model import Meeting, Status
from minutes_app.messages import UserError
from minutes_app.storage import checksums, register, repository
from minutes_app.storage.models import MeetingRow, SnapshotRow


def _document_text(meeting: Meeting) -> str:
    """The snapshot keeps the signed content only: follow-ups and the uid are not part of it."""
    document = canonical.to_document(meeting)
    document.pop("followups")
    document["meeting"].pop("uid", None)
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def finalize(db: SqliteDatabase, meeting_id: int) -> str:
    """Freeze the meeting and keep its snapshot; finalizing a finalized meeting returns its fingerprint."""
    with db.atomic():
        meeting = repository.load(meeting_id)
        if meeting.status == Status.FINAL:
            latest = (
                SnapshotRow.select(SnapshotRow.fingerprint)
                .where(SnapshotRow.meeting == meeting_id)
                .order_by(SnapshotRow.id.desc())
                .first()
            )
            if latest is not None:
                return latest.fingerprint
        meeting.status = Status.FINAL
        digest = canonical.fingerprint(meeting)
        stamp = repository.now()
        snapshot_id = SnapshotRow.insert(
            meeting=meeting_id, finalized_at=stamp, fingerprint=digest, document=_document_text(meeting)
        ).execute()
        MeetingRow.update(status=Status.FINAL.value, updated_at=stamp).where(
            MeetingRow.id == meeting_id
        ).execute()
        checksums.seal(db, "snapshot", "id = ?", (snapshot_id,))
        checksums.seal(db, "meeting", "id = ?", (meeting_id,))
        register.record_reviews(db, meeting)
    return digest


def reopen(db: SqliteDatabase, meeting_id: int) -> bool:
    """Back to draft; the snapshots stay, so the signed version can always be shown again. False, and
    nothing written, when the meeting is a draft already."""
    with db.atomic():
        if not repository.exists(meeting_id):
            raise UserError("meeting.unknown", id=meeting_id)
        changed = (
            MeetingRow.update(status=Status.DRAFT.value, updated_at=repository.now())
            .where(MeetingRow.id == meeting_id, MeetingRow.status == Status.FINAL.value)
            .execute()
        )
        if changed:
            checksums.seal(db, "meeting", "id = ?", (meeting_id,))
    return bool(changed)


def finalized_versions(meeting_id: int) -> list[tuple[str, str, Meeting]]:
    """(finalized_at, fingerprint, meeting), newest first."""
    if not repository.exists(meeting_id):
        raise UserError("meeting.unknown", id=meeting_id)
    versions = []
    uid = MeetingRow.select(MeetingRow.uid).where(MeetingRow.id == meeting_id).scalar()
    found = checksums.rows(
        repository.bound_db(), "snapshot", "meeting_id = ? ORDER BY id DESC", (meeting_id,)
    )
    for row in checksums.verified("snapshot", found):
        meeting = canonical.from_document(json.loads(row["document"]))
        meeting.id, meeting.uid = meeting_id, uid
        versions.append((row["finalized_at"], row["fingerprint"], meeting))
    return versions
