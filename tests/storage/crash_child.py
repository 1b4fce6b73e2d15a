"""Child of the crash-safety test: saves small edits through the Store and prints each one once committed.

Usage: python crash_child.py DATABASE FIRST_EDIT_NUMBER. Edits alternate: an even number inserts
attendee "e<n>", the following odd number renames that attendee to "sửa <n>". It runs until killed.
"""

from __future__ import annotations

import datetime as dt
import sys

from minutes_app.domain import Attendee, ItemKind, Meeting
from minutes_app.storage import open_store


def main() -> None:
    path, number = sys.argv[1], int(sys.argv[2])
    store = open_store(path)
    if store.read_only:
        raise SystemExit(f"not writable: {store.read_only_reason}")
    meeting_id = store.add(Meeting(title=f"Phiên {number}", date=dt.date(2024, 1, 1)))
    print(f"meeting {meeting_id}", flush=True)
    while True:
        if number % 2 == 0:
            person = Attendee(id=f"e{number}", name=f"Người {number}")
            store.insert_item(meeting_id, ItemKind.ATTENDEES, person, number)
        else:
            store.update_item_field(meeting_id, ItemKind.ATTENDEES, f"e{number - 1}", "name", f"sửa {number}")
        print(number, flush=True)
        number += 1


if __name__ == "__main__":
    main()
