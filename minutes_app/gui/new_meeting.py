"""New meetings: a blank one from the settings' defaults, or the next session of a recurring meeting."""

from __future__ import annotations

import datetime as dt

from minutes_app.domain import Meeting, carry
from minutes_app.gui.settings import Settings


def blank_meeting(title: str, settings: Settings, today: dt.date | None = None) -> Meeting:
    return Meeting(
        title=title,
        date=today or dt.date.today(),
        layout=settings.layout,
        parent_body=settings.parent_body,
        issuing_body=settings.issuing_body,
        body_code=settings.body_code,
        place_name=settings.place_name,
    )


def meeting_from(previous: Meeting, today: dt.date | None = None) -> Meeting:
    """The next session, as `new --from` makes it: the same people and bodies, last period's unfinished
    directives carried over to be reported on (domain.carry.meeting_from)."""
    return carry.meeting_from(previous, today, carry=True)
