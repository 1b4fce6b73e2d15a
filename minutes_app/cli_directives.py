"""The command line's directive register (CLI.md, version 2): `new --from`, `directives`, `follow-up`.

Registered by cli.py; failures are UserErrors that cli.main turns into one line and an exit status, and
malformed arguments (a date, a reference) are usage errors (exit 2) before anything is opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

from minutes_app.domain.model import DirectiveStatus, FollowUp
from minutes_app.domain.register import RegisterEntry, RegisterFilter
from minutes_app.messages import text
from minutes_app.register_files import FORMATS as REPORT_FORMATS

STATUSES = tuple(status.value for status in DirectiveStatus)


def _date(raw: str) -> dt.date:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(text("schema.date")) from None


def _ref(raw: str) -> tuple[int, str]:
    """ "12.t3" -> (12, "t3"): the meeting's id, then the directive's id as the meeting holds it."""
    meeting, dot, directive = raw.partition(".")
    if not dot or not meeting.isdigit() or int(meeting) < 1 or not directive:
        raise argparse.ArgumentTypeError(text("cli.bad_ref", ref=raw))
    return int(meeting), directive


def add_parsers(commands) -> None:
    """The three subcommands, on cli.py's subparsers."""
    command = commands.add_parser("new", help="a new draft from a meeting; prints its id")
    command.add_argument(
        "--from", dest="source", required=True, metavar="ID", help="the meeting to start from"
    )
    command.add_argument(
        "--carry", choices=("open", "none"), default="open", help="bring its unfinished directives (default)"
    )

    command = commands.add_parser("directives", help="the directive register across the archive")
    command.add_argument("--status", choices=STATUSES, help="current status (latest follow-up, else own)")
    command.add_argument("--overdue", action="store_true", help="deadline passed, still open or in progress")
    command.add_argument("--unit", default="", metavar="TEXT", help="unit, accent- and case-insensitive")
    command.add_argument("--meeting", metavar="ID", help="directives of one meeting")
    command.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help="meetings from YYYY-MM-DD"
    )
    command.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="meetings to YYYY-MM-DD")
    command.add_argument("--json", action="store_true", help="one JSON array on stdout")
    command.add_argument("-o", "--output", metavar="OUT", help="the register as a file ('-': stdout)")
    command.add_argument("--format", choices=REPORT_FORMATS, help="default: OUT's suffix, else pdf")

    command = commands.add_parser("follow-up", help="record progress on a directive")
    command.add_argument(
        "ref", type=_ref, metavar="REF", help="MEETING_ID.DIRECTIVE_ID as `directives` prints"
    )
    command.add_argument("--status", required=True, choices=STATUSES)
    command.add_argument("--note", default="", help="what was done, or why not")
    command.add_argument("--date", type=_date, metavar="DATE", help="YYYY-MM-DD (default: today)")


def cmd_new(args: argparse.Namespace) -> int:
    from minutes_app import cli
    from minutes_app.domain.carry import meeting_from

    source_id = cli._meeting_id(args.source)
    with cli._open(args, write=True) as store:
        new = meeting_from(store.load(source_id), carry=args.carry == "open")
        meeting_id = store.add(new)
    print(meeting_id)
    carried = len(new.previous_directives)
    print(text("cli.new_from", id=meeting_id, source=source_id, carried=carried), file=sys.stderr)
    return cli.EXIT_OK


def _line(entry: RegisterEntry) -> str:
    """ "12.t3  2022-09-20  open  QUÁ HẠN  2022-12-31 trong quý 4/2022  Huyện ủy Ba Bể  Rà soát…" """
    first = entry.content.strip().split("\n", 1)[0]
    deadline = " ".join(
        part for part in (entry.due.isoformat() if entry.due else "", entry.deadline_text) if part
    )
    mark = "QUÁ HẠN" if entry.overdue else ""
    fields = (
        entry.ref,
        entry.meeting_date.isoformat(),
        entry.status.value,
        mark,
        deadline,
        entry.assignee,
        first,
    )
    return "\t".join(" ".join(field.split()) for field in fields)


def _print_lines_json(rows: list[dict]) -> None:
    """One JSON array, a directive per line: readable, greppable, and written by the C encoder
    (an indented dump of 50,000 directives would cost the command most of its time)."""
    body = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    sys.stdout.write(f"[\n{body}\n]\n" if rows else "[]\n")


def _output_format(args: argparse.Namespace) -> str:
    """--format, else the output's suffix when it names one, else PDF (as `export`)."""
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower().lstrip(".")
    return suffix if suffix in REPORT_FORMATS else "pdf"


def _write_report(store, wanted: RegisterFilter, args: argparse.Namespace) -> None:
    from minutes_app import register_files

    to_stdout = args.output == "-"
    target = io.BytesIO() if to_stdout else Path(args.output)
    register_files.write(store, wanted, _output_format(args), target)
    if to_stdout:
        sys.stdout.buffer.write(target.getvalue())
        sys.stdout.buffer.flush()
    else:
        print(text("cli.exported", path=target), file=sys.stderr)


def cmd_directives(args: argparse.Namespace) -> int:
    from minutes_app import cli

    meeting_id = cli._meeting_id(args.meeting) if args.meeting is not None else None
    wanted = RegisterFilter(
        status=DirectiveStatus(args.status) if args.status else None,
        overdue=args.overdue,
        unit=args.unit,
        meeting_id=meeting_id,
        date_from=args.date_from,
        date_to=args.date_to,
    )
    with cli._open(args, write=False) as store:
        if meeting_id is not None:
            store.load(meeting_id)  # an unknown id is bad input, not an empty register
        if args.output:
            _write_report(store, wanted, args)
            return cli.EXIT_OK
        entries = store.register(wanted)
    if args.json:
        _print_lines_json([entry.as_json() for entry in entries])
    elif entries:
        for entry in entries:
            print(_line(entry))
    else:
        print(text("cli.no_results"), file=sys.stderr)
    return cli.EXIT_OK


def cmd_follow_up(args: argparse.Namespace) -> int:
    from minutes_app import cli

    meeting_id, directive = args.ref
    day = args.date or dt.date.today()
    entry = FollowUp(directive, day, DirectiveStatus(args.status), args.note)
    with cli._open(args, write=True) as store:
        store.add_followup(meeting_id, entry)
    ref = f"{meeting_id}.{directive}"
    print(text("cli.followup_recorded", ref=ref, status=args.status, date=day.isoformat()))
    return cli.EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": cmd_new,
    "directives": cmd_directives,
    "follow-up": cmd_follow_up,
}
