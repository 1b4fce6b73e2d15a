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

from minutes_app import __version__, cli_directives, cli_io, messages
from minutes_app.domain.model import Status
from minutes_app.messages import UserError, text

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

# Keys that describe the user's input rather than a failure of the operation (exit status 2).
_INPUT_KEY_PREFIXES = (
    "json.",
    "schema.",
    "rule.",
    "meeting.unknown",
    "meeting.item_unknown",
    "cli.bad_id",
    "cli.bad_path",
    "output.",
    "input.",
    "copy.",
)
_INPUT_KEYS = {"file.not_found", "file.not_utf8", "file.cannot_read"}
_LARGEST_ID = 2**63 - 1  # SQLite's INTEGER
_RAW_LINES = 5  # SQLite's own lines ``check`` prints without --verbose

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
        "--db",
        metavar="DB",
        help="database file or postgresql:// URL (default: MINUTES_APP_DB or the user data folder)",
    )
    parser.add_argument("--lang", choices=("vi", "en"), help="language of messages and of the window")
    parser.add_argument("--version", action="version", version=f"minutes-app {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    command = commands.add_parser("import", help="add a meeting from a JSON file; prints its id")
    command.add_argument(
        "file", metavar="FILE.json", help="the file (at most 20 MB), or - for standard input"
    )

    command = commands.add_parser("export", help="write a meeting as PDF, DOCX or JSON")
    command.add_argument("id")
    command.add_argument("-o", "--output", required=True, metavar="OUT", help=_OUTPUT_HELP)
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

    command = commands.add_parser("check", help="integrity check; exit 0 when sound")
    command.add_argument("--verbose", action="store_true", help="every line SQLite reports, not the first 5")

    command = commands.add_parser("backup", help="consistent copy through the SQLite backup API")
    command.add_argument("dest", metavar="DEST", help="a file, a folder, or - for standard output")

    command = commands.add_parser("copy", help="copy a whole archive, e.g. a file to a postgresql:// server")
    command.add_argument("source", metavar="SOURCE_DB")
    command.add_argument("dest", metavar="DEST_DB")
    cli_directives.add_parsers(commands)  # new --from, directives, follow-up
    return parser


_OUTPUT_HELP = (
    "the file to write, or - for standard output. Never the database itself, its -wal, -shm or lock "
    "files or a file in its backups/ folder, and never a device, FIFO or socket (exit 2). An existing "
    "symlink is replaced by the new file; the file it pointed to is left as it was."
)


def _meeting_id(raw: str) -> int:
    """A meeting id as given on the command line: a whole number from 1 to SQLite's largest integer."""
    shown = raw.encode("utf-8", "replace").decode()
    shown = shown if len(shown) <= 40 else shown[:40] + "…"
    try:
        value = int(raw)
    except ValueError:
        raise UserError("cli.bad_id", id=shown) from None
    if not 1 <= value <= _LARGEST_ID:
        raise UserError("cli.bad_id", id=shown)
    return value


def _open(args: argparse.Namespace, *, write: bool):
    """Read-only commands do not take the writer lock, so they work while the window is open; they
    never create an archive (only the window, ``import`` and ``copy`` do)."""
    from minutes_app import first_start, paths

    path = paths.default_database(args.db)
    cli_io.checked_path(path)  # a path or URL whose bytes are not text is a usage error
    seed = not args.db and not _env_database()
    store = first_start.open_default_store(path, seed=seed, read_only=not write)
    for notice in store.notices:
        print(_one_line(notice), file=sys.stderr)
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

    source = args.file if cli_io.is_stdio(args.file) else cli_io.checked_path(args.file)
    meeting = interchange.read_meeting(source)
    with _open(args, write=True) as store:
        meeting_id = store.add(meeting)
    print(meeting_id)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    meeting_id = _meeting_id(args.id)
    with _open(args, write=False) as store:
        meeting = store.load(meeting_id)
    if args.format == "json":
        from minutes_app import interchange

        to_bytes = lambda: interchange.dumps(meeting).encode("utf-8")  # noqa: E731
        to_file = lambda path: interchange.write_meeting(meeting, path)  # noqa: E731
    else:
        from minutes_app import documents

        def to_bytes() -> bytes:
            return documents.render(meeting, document=args.document, fmt=args.format)

        def to_file(path: Path) -> None:
            documents.render(meeting, document=args.document, fmt=args.format, target=path)

    written = cli_io.output(args.output, to_bytes, to_file)
    if written is not None:
        print(text("cli.exported", path=written), file=sys.stderr)
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
        already = store.load(meeting_id).status == Status.FINAL
        digest = store.finalize(meeting_id)
    print(text("cli.already_final" if already else "cli.finalized", id=meeting_id, fingerprint=digest))
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    meeting_id = _meeting_id(args.id)
    with _open(args, write=True) as store:
        changed = store.reopen(meeting_id)
    print(text("cli.reopened" if changed else "cli.already_draft", id=meeting_id))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """The explanation first (which meetings, what kind of damage), then at most 5 of SQLite's lines."""
    with _open(args, write=False) as store:
        report = store.verify()
        path = store.path
    if report.sound:
        print(text("cli.check_ok", path=path))
        if not report.index_checked:
            print(text("cli.check_index_skipped"), file=sys.stderr)
        return EXIT_OK
    backups = path.parent / "backups" if isinstance(path, Path) else "pg_dump"
    print(text("cli.check_failed", path=path, backups=backups), file=sys.stderr)
    for line in report.explanations():
        print(_one_line(line), file=sys.stderr)
    raw = report.raw()
    shown = raw if args.verbose else raw[:_RAW_LINES]
    for line in shown:
        print(_one_line(line), file=sys.stderr)
    if len(raw) > len(shown):
        print(text("cli.check_more", count=len(raw) - len(shown)), file=sys.stderr)
    return EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        if cli_io.is_stdio(args.dest):
            cli_io.stream_copy(store.backup_to)
            return EXIT_OK
        written = store.backup_to(cli_io.checked_path(args.dest))
    print(text("cli.backup_done", path=written))
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    """SOURCE is only read; DEST is created when missing and must hold no meetings."""
    from minutes_app import paths
    from minutes_app.storage import open_store
    from minutes_app.storage.copying import copy_archive
    from minutes_app.storage.engines.pg_store import normalized
    from minutes_app.storage.engines.pg_url import redact

    source_path, dest_path = paths.default_database(args.source), paths.default_database(args.dest)
    cli_io.checked_path(source_path)
    cli_io.checked_path(dest_path)
    if isinstance(source_path, Path) and isinstance(dest_path, Path) and _same_file(source_path, dest_path):
        raise UserError("copy.same", path=dest_path)
    with open_store(source_path, read_only=True) as source:
        if isinstance(dest_path, str) and redact(normalized(dest_path)) == source.path:
            raise UserError("copy.same", path=source.path)
        with open_store(dest_path) as dest:
            count = copy_archive(source, dest)
            print(text("cli.copied", count=count, source=source.path, dest=dest.path))
    return EXIT_OK


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.exists() and second.exists() and first.samefile(second)
    except OSError:
        return False


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
    "copy": cmd_copy,
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
    if args.command is None:
        return _run(args)
    with cli_io.sigterm_as_exception():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    """One subcommand; whatever happens, one line on stderr and an exit status, never a traceback."""
    try:
        return COMMANDS[args.command](args)
    except UserError as error:
        print(_one_line(str(error)), file=sys.stderr)
        return exit_status(error)
    except KeyboardInterrupt:
        print(text("cli.interrupted"), file=sys.stderr)
        return cli_io.EXIT_INTERRUPTED
    except cli_io.Terminated:
        print(text("cli.interrupted"), file=sys.stderr)
        return cli_io.EXIT_TERMINATED
    except Exception as error:  # the contract: no traceback reaches the user on any input
        print(_one_line(text("cli.unexpected", detail=f"{type(error).__name__}: {error}")), file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
