"""The directive register written to a file, in any of its four formats, for the command line and the window.

PDF and DOCX are the report in the layout of the newest meeting's issuing body (documents/); XLSX and
CSV are the lines with the `directives --json` keys as columns (interchange/). Every line the filter
lets through is written, not only those a window happens to show.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import BinaryIO

from minutes_app.domain.register import RegisterFilter
from minutes_app.messages import UserError

FORMATS = ("pdf", "docx", "xlsx", "csv")


def write(
    store,
    wanted: RegisterFilter,
    fmt: str,
    target: str | os.PathLike | BinaryIO,
    today: dt.date | None = None,
) -> None:
    """Write the register for ``wanted`` as ``fmt`` to a path (atomically) or an open binary handle."""
    today = today or dt.date.today()
    entries = store.register(wanted, today=today)
    if fmt in ("xlsx", "csv"):
        from minutes_app.interchange import register_sheet

        register_sheet.write(entries, fmt, target)
        return
    from minutes_app.documents import register_report

    summaries = store.list_meetings()
    if not summaries:
        raise UserError("cli.empty")
    names = {tally.key: tally.name for tally in store.register_tallies(wanted, today=today)}
    report = register_report.RegisterReport(tuple(entries), store.load(summaries[0].id), wanted, today, names)
    register_report.render(report, fmt, target)
