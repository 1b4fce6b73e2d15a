"""Edits not yet in the archive, as data: operations that replay on a Store, and the durable journal of them.

The window's autosave queues these operations rather than closures, so that what it holds can be written
to the laptop's disk while a server is out of reach and replayed, in the same order, when it is back or
at the next start after a crash. An operation names the meeting by id and uid (the uid guards against
replaying into another archive's meeting of the same id) and one of the Store's fine-grained writes; its
values are kept in their column form (storage/codec.py), which round-trips exactly.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from minutes_app.atomic import write_bytes_atomically
from minutes_app.domain.model import ItemKind, Meeting
from minutes_app.messages import UserError
from minutes_app.storage import codec

JOURNAL_VERSION = 1
_CALLS = ("update_meeting_field", "update_item_field", "insert_item", "remove_item", "move_items")


@dataclasses.dataclass(frozen=True)
class Operation:
    """One fine-grained write of a meeting: ``store.<call>(meeting_id, **decoded args)``."""

    call: str
    meeting_id: int
    meeting_uid: str
    args: dict[str, Any]

    def __post_init__(self) -> None:
        if self.call not in _CALLS:
            raise ValueError(f"{self.call!r} is not a write the journal knows")

    @property
    def key(self) -> tuple | None:
        """Writes with the same key replace each other in a queue (the newest value of a field wins);
        inserts and removals never do."""
        args = self.args
        if self.call == "update_meeting_field":
            return ("field", self.meeting_id, args["field"])
        if self.call == "update_item_field":
            return ("item", self.meeting_id, args["kind"], args["item_id"], args["field"])
        if self.call == "move_items":
            return ("order", self.meeting_id, args["kind"])
        return None

    def decoded(self) -> dict[str, Any]:
        """The arguments as the Store takes them (domain values)."""
        args = dict(self.args)
        if "kind" in args:
            args["kind"] = ItemKind(args["kind"])
        if self.call == "update_meeting_field":
            args["value"] = codec.decode(Meeting, args["field"], args["value"])
        elif self.call == "update_item_field":
            args["value"] = codec.decode(args["kind"].item_class, args["field"], args["value"])
        elif self.call == "insert_item":
            args["item"] = codec.item_from_row(args["kind"], args["item"])
        return args

    def apply(self, store) -> None:
        getattr(store, self.call)(self.meeting_id, **self.decoded())

    def to_json(self) -> dict[str, Any]:
        return {
            "call": self.call,
            "meeting_id": self.meeting_id,
            "meeting_uid": self.meeting_uid,
            "args": self.args,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Operation:
        return cls(data["call"], int(data["meeting_id"]), str(data["meeting_uid"]), dict(data["args"]))


# Building operations from the domain values the editor holds -------------------------------------------


def meeting_field(meeting: Meeting, field: str, value: Any) -> Operation:
    encoded = codec.encode(Meeting, field, value)
    return Operation("update_meeting_field", meeting.id, meeting.uid, {"field": field, "value": encoded})


def item_field(meeting: Meeting, kind: ItemKind, item_id: str, field: str, value: Any) -> Operation:
    kind = ItemKind(kind)
    encoded = codec.encode(kind.item_class, field, value)
    args = {"kind": kind.value, "item_id": item_id, "field": field, "value": encoded}
    return Operation("update_item_field", meeting.id, meeting.uid, args)


def insert_item(meeting: Meeting, kind: ItemKind, item: Any, index: int) -> Operation:
    kind = ItemKind(kind)
    args = {"kind": kind.value, "item": codec.item_to_row(kind, item), "index": index}
    return Operation("insert_item", meeting.id, meeting.uid, args)


def remove_item(meeting: Meeting, kind: ItemKind, item_id: str) -> Operation:
    return Operation(
        "remove_item", meeting.id, meeting.uid, {"kind": ItemKind(kind).value, "item_id": item_id}
    )


def move_items(meeting: Meeting, kind: ItemKind, ordered_ids: list[str]) -> Operation:
    args = {"kind": ItemKind(kind).value, "ordered_ids": list(ordered_ids)}
    return Operation("move_items", meeting.id, meeting.uid, args)


# The journal on disk ---------------------------------------------------------------------------------


def default_folder() -> Path:
    """Beside the user's archive file, in the data folder, where autosave's other durable things live."""
    from minutes_app import paths

    return paths.data_folder() / "journal"


class Journal:
    """The pending operations of one archive, kept on this computer until the archive has them.

    The whole queue is rewritten atomically (temporary file, fsync, rename) each time it changes, so
    the file always holds a complete, ordered queue; an empty queue removes the file.
    """

    def __init__(self, archive: str, folder: Path | None = None) -> None:
        self.archive = archive
        digest = hashlib.sha256(archive.encode("utf-8")).hexdigest()[:24]
        self.path = (folder or default_folder()) / f"{digest}.json"

    def save(self, operations: Iterable[Operation]) -> None:
        """Keep exactly ``operations`` on disk; raises OSError when this computer cannot keep them."""
        entries = [operation.to_json() for operation in operations]
        if not entries:
            self.clear()
            return
        document = {"version": JOURNAL_VERSION, "archive": self.archive, "operations": entries}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_bytes_atomically(self.path, data)

    def load(self) -> list[Operation]:
        """The kept queue, oldest first; [] when there is none (or it is not ours to read)."""
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            return []  # a journal we cannot read is left in place for a person to look at
        if document.get("archive") != self.archive or document.get("version") != JOURNAL_VERSION:
            return []
        return [Operation.from_json(entry) for entry in document.get("operations", [])]

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)

    def exists(self) -> bool:
        return self.path.exists()


def still_ours(
    store, operations: list[Operation], on_rejected: Callable[[UserError], None]
) -> list[Operation]:
    """The operations whose meeting is still the one they were typed in (the same uid under that id).

    Others (the meeting was deleted, or the archive was replaced by another one meanwhile) are reported
    through ``on_rejected`` and dropped. A failure to read raises: the journal then stays as it is.
    """
    stored_uids: dict[int, str | None] = {}
    kept = []
    for operation in operations:
        if operation.meeting_id not in stored_uids:
            try:
                stored_uids[operation.meeting_id] = store.load(operation.meeting_id).uid
            except UserError as error:
                if error.key != "meeting.unknown":
                    raise
                stored_uids[operation.meeting_id] = None
        if stored_uids[operation.meeting_id] == operation.meeting_uid:
            kept.append(operation)
        else:
            on_rejected(UserError("journal.meeting_gone", id=operation.meeting_id))
    return kept


# Failures that pass when the disk, the file, the other writer or the server lets go: keep and retry.
TRANSIENT_KEYS = frozenset(
    {
        "db.disk_full",
        "db.read_only_folder",
        "db.busy",
        "db.locked",
        "db.write_failed",
        "db.cannot_open",
        "db.unreachable",
        "db.meeting_leased",
    }
)


def is_transient(error: UserError) -> bool:
    return error.key in TRANSIENT_KEYS
