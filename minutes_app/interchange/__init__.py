"""JSON interchange: reading and writing meetings in the format of meeting.schema.json."""

from minutes_app.interchange.json_io import dumps, parse_document, read_meeting, write_meeting

__all__ = ["dumps", "parse_document", "read_meeting", "write_meeting"]
