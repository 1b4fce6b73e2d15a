"""The command-line contract of ../spec/CLI.md: subcommands over the same domain API as the window.

Subcommands never import Qt. Every failure ends as one line on stderr and an exit status: 1 when the
operation failed (the message says what to do), 2 for bad usage or bad input; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from minutes_app import __version__, cli_directives, messages
from minutes_app.messages import UserError, text

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

# Keys that describe the user's input rather than a failure of the operation (exit status 2).
_INPUT_KEY_PREFIXES = ("json.", "schema.", "rule.", "meeting.unknown", "meeting.item_unknown", "cli.bad_id")
_INPUT_KEYS = {"file.not_found", "file.not_utf8", "file.cannot_read"}

FORMATS = ("pdf", "docx", "json")
DOCUMENTS = ("minutes", "attendance", "conclusion")


class UsageError(Exception):
    """Raised by the parser instead of exiting, so that the message stays one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse API name
        raise UsageError(f"{self.prog}: {message}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="minutes-app",
        description="Biên bản hội nghị: soạn, in và lưu trữ / meeting minutes: type, print, archive.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: MINUTES_APP_DB or the user data folder)"
    )
    parser.add_argument("--lang", choices=("vi", "en"), help="language of messages and of the window")
    parser.add_argument("--version", action="version", version=f"minutes-app {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    command = commands.add_parser("import", help="add a meeting from a JSON file; prints its id")
    command.add_argument("file", metavar="FILE.json")

    command = commands.add_parser("export", help="write a meeting as PDF, DOCX or JSON")
    command.add_argument("id")
    command.add_argument("-o", "--output", required=True, metavar="OUT")
    command.add_argument("--format", choices=FORMATS, default="pdf")
    command.add_argument("--document", choices=DOCUMENTS, default="minutes")

    command = commands.add_parser("list", help="meetings, newest first")
    command.add_argument("--json", action="store_true")

    command = commands.add_parser("search", help="accent- and case-insensitive search")
    command.add_argument("query")
    command.add_argument("--json", action="store_true")

    for name, help_text in (("finalize", "freeze a meeting's content"), ("reopen", "allow editing again")):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("id")

    commands.add_parser("check", help="integrity check; exit 0 when sound")

    command = commands.add_parser("backup", help="consistent copy through the SQLite backup API")
    command.add_argument("dest", metavar="DEST")
    cli_directives.add_parsers(commands)  # new --from, directives, follow-up
    return parser


def _meeting_id(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise UserError("cli.bad_id", id=raw) from None
    if value < 1:
        raise UserError("cli.bad_id", id=raw)
    return value


def _open(args: argparse.Namespace, *, write: bool):
    """Read-only commands do not take the writer lock, so they work while the window is open."""
    from minutes_app import first_start, paths

    explicit = args.db
    path = paths.default_database(explicit)
    seed = not explicit and not _env_database()
    store = first_start.open_default_store(path, seed=seed, read_only=not write)
    if write and store.read_only:
        reason = store.read_only_reason or UserError("db.read_only_session")
        store.close()
        raise reason
    return store


def _env_database() -> bool:
    import os

    return bool(os.environ.get("MINUTES_APP_DB"))


def _summary_dict(item) -> dict:
    return {
        "id": item.id,
        "date": item.date.isoformat(),
        "title": item.title,
        "layout": item.layout.value,
        "status": item.status.value,
    }


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def _print_rows(rows: list[dict], with_snippet: bool = False) -> None:
    for row in rows:
        line = f"{row['id']}\t{row['date']}\t{row['layout']}\t{row['status']}\t{row['title']}"
        if with_snippet:
            line += f"\n\t{row['snippet']}"
        print(line)


def cmd_import(args: argparse.Namespace) -> int:
    from minutes_app import interchange

    meeting = interchange.read_meeting(args.file)
    with _open(args, write=True) as store:
        meeting_id = store.add(meeting)
    print(meeting_id)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    meeting_id = _meeting_id(args.id)
    with _open(args, write=False) as store:
        meeting = store.load(meeting_id)
    output = Path(args.output)
    if args.format == "json":
        from minutes_app import interchange

        interchange.write_meeting(meeting, output)
    else:
        from minutes_app import documents

        try:
            documents.render(meeting, document=args.document, fmt=args.format, target=output)
        except OSError as error:
            raise UserError("file.cannot_write", path=output, detail=error.strerror or error) from None
    print(text("cli.exported", path=output), file=sys.stderr)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        rows = [_summary_dict(item) for item in store.list_meetings()]
    if args.json:
        _print_json(rows)
    elif rows:
        _print_rows(rows)
    else:
        print(text("cli.empty"), file=sys.stderr)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        rows = [_summary_dict(hit) | {"snippet": hit.snippet} for hit in store.search(args.query, limit=50)]
    if args.json:
        _print_json(rows)
    elif rows:
        _print_rows(rows, with_snippet=True)
    else:
        print(text("cli.no_results"), file=sys.stderr)
    return EXIT_OK


def cmd_finalize(args: argparse.Namespace) -> int:
    meeting_id = _meeting_id(args.id)
    with _open(args, write=True) as store:
        digest = store.finalize(meeting_id)
    print(text("cli.finalized", id=meeting_id, fingerprint=digest))
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    meeting_id = _meeting_id(args.id)
    with _open(args, write=True) as store:
        store.reopen(meeting_id)
    print(text("cli.reopened", id=meeting_id))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        problems = store.check()
        path = store.path
    if problems:
        for problem in problems[:20]:
            print(problem, file=sys.stderr)
        print(text("cli.check_failed", path=path, backups=path.parent / "backups"), file=sys.stderr)
        return EXIT_FAILED
    print(text("cli.check_ok", path=path))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        written = store.backup_to(Path(args.dest))
    print(text("cli.backup_done", path=written))
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    try:
        from minutes_app.gui import app
    except ImportError as error:
        raise UserError("cli.gui_unavailable", detail=error) from None
    return app.run(db_path=args.db, lang=args.lang)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_window,
    "import": cmd_import,
    "export": cmd_export,
    "list": cmd_list,
    "search": cmd_search,
    "finalize": cmd_finalize,
    "reopen": cmd_reopen,
    "check": cmd_check,
    "backup": cmd_backup,
    **cli_directives.COMMANDS,
}


def exit_status(error: UserError) -> int:
    key = error.key
    if key in _INPUT_KEYS or key.startswith(_INPUT_KEY_PREFIXES):
        return EXIT_BAD_INPUT
    return EXIT_FAILED


def _one_line(message: str, limit: int = 600) -> str:
    """Messages may quote user input (a 100,000-character title); the terminal gets one readable line."""
    line = " ".join(str(message).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang_hint = next((argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--lang"), None)
    messages.set_language(messages.language_from_environment(lang_hint))
    try:
        args = _parser().parse_args(argv)
    except UsageError as error:
        print(_one_line(str(error)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except SystemExit as done:  # --help and --version
        return int(done.code or 0)
    messages.set_language(messages.language_from_environment(args.lang))
    try:
        return COMMANDS[args.command](args)
    except UserError as error:
        print(_one_line(str(error)), file=sys.stderr)
        return exit_status(error)
    except KeyboardInterrupt:
        print(text("cli.interrupted"), file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # the contract: no traceback reaches the user on any input
        print(_one_line(text("cli.unexpected", detail=f"{type(error).__name__}: {error}")), file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
