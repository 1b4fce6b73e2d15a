"""The directive register for the office's own spreadsheet: CSV (UTF-8 with a BOM, so that Excel reads
Vietnamese) and XLSX, one row per directive with the keys of `directives --json` as columns.

Cells hold the JSON values: dates as YYYY-MM-DD text, overdue as a boolean, an absent deadline or
follow-up as an empty cell, the last follow-up as its JSON object, so a sheet and the JSON agree. An
XLSX cell is always text, never a formula ("=..." typed in a directive stays words), loses the control
characters Excel cannot hold, and stops at Excel's 32,767 characters; the CSV keeps every character.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from typing import BinaryIO

from minutes_app.atomic import atomic_output
from minutes_app.domain.register import JSON_KEYS, RegisterEntry
from minutes_app.messages import UserError

FORMATS = ("xlsx", "csv")
XLSX_CELL_LIMIT = 32_767
_COLUMN_WIDTHS = {
    "content": 60,
    "meeting_title": 40,
    "assignee": 30,
    "last_followup": 50,
    "deadline_text": 20,
}


def _cell(value: object) -> object:
    """A JSON value as a cell: objects as their JSON text, null as an empty cell."""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def table(entries: Iterable[RegisterEntry]) -> list[list[object]]:
    """The header (the JSON keys) and one row of cell values per directive."""
    rows: list[list[object]] = [list(JSON_KEYS)]
    for entry in entries:
        document = entry.as_json()
        rows.append([_cell(document[key]) for key in JSON_KEYS])
    return rows


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(entries: Iterable[RegisterEntry], handle: BinaryIO) -> None:
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    for row in table(entries):
        writer.writerow([_csv_text(value) for value in row])
    handle.write(text.getvalue().encode("utf-8-sig"))


def write_xlsx(entries: Iterable[RegisterEntry], handle: BinaryIO) -> None:
    """One sheet, the header bold and frozen, a filter on every column, long texts wrapped."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "directives"
    for number, row in enumerate(table(entries), start=1):
        for column, value in enumerate(row, start=1):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                value = value if len(value) <= XLSX_CELL_LIMIT else value[: XLSX_CELL_LIMIT - 1] + "…"
            cell = sheet.cell(row=number, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, key in enumerate(JSON_KEYS, start=1):
        width = _COLUMN_WIDTHS.get(key, 14)
        sheet.column_dimensions[get_column_letter(index)].width = width
        if width > 14:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.properties.creator = "minutes_app"
    book.save(handle)


def write(entries: Iterable[RegisterEntry], fmt: str, target: str | os.PathLike | BinaryIO) -> None:
    """Write as ``fmt`` (xlsx or csv) to a path, atomically, or to an open binary handle."""
    writer = write_xlsx if fmt == "xlsx" else write_csv
    if isinstance(target, str | os.PathLike):
        try:
            with atomic_output(target) as handle:
                writer(entries, handle)
        except OSError as error:
            raise UserError(
                "file.cannot_write", path=os.fspath(target), detail=error.strerror or error
            ) from error
        return
    writer(entries, target)
