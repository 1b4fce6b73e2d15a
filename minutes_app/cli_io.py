"""What the command line reads and writes: checked path arguments, standard input and output, and how an
interrupt or SIGTERM ends a write (its temporary file removed, exit 130 or 143, no traceback).

Every file output still goes through the output gate (minutes_app/outputs.py) inside the writers; "-" is
standard input or standard output, never a file of that name.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from minutes_app.messages import UserError
from minutes_app.outputs import STDIO

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl+C
EXIT_TERMINATED = 143  # 128 + SIGTERM


class Terminated(BaseException):
    """SIGTERM, raised wherever the program is, so that every ``with`` and ``finally`` cleans up on the way
    out (a BaseException: no ``except Exception`` in a library swallows it)."""


def _raise_terminated(_signum, _frame) -> None:
    raise Terminated


@contextlib.contextmanager
def sigterm_as_exception() -> Iterator[None]:
    """Turn SIGTERM into ``Terminated`` for the length of a subcommand (only the main thread can)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def checked_path(raw: str | os.PathLike) -> Path:
    """A path argument as a Path; one whose bytes are not UTF-8 (Python keeps them as lone surrogates,
    which SQLite, a server URL and every message would choke on) is a usage error."""
    text = os.fspath(raw)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError("cli.bad_path", path=text.encode("utf-8", "replace").decode()) from None
    return Path(text)


def is_stdio(name: str | os.PathLike) -> bool:
    return os.fspath(name) == STDIO


def _to_stdout(write: Callable[[BinaryIO], object]) -> None:
    """Run ``write`` on standard output; a reader that went away (``| head``) is a failure, not a traceback."""
    try:
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # Python would report the broken pipe again when it flushes at exit.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise UserError("file.cannot_write", path=STDIO, detail="broken pipe") from None


def write_stdout(data: bytes) -> None:
    _to_stdout(lambda out: out.write(data))


def output(name: str, to_bytes: Callable[[], bytes], to_file: Callable[[Path], None]) -> Path | None:
    """Write to standard output for "-" (the bytes made first, so a failure prints nothing), else to the
    file ``name`` through ``to_file``; the file written, or None for standard output."""
    if is_stdio(name):
        write_stdout(to_bytes())
        return None
    path = checked_path(name)
    to_file(path)
    return path


def stream_copy(make_copy: Callable[[Path], Path]) -> None:
    """A copy made in a private temporary folder (``make_copy(dest)``), then sent to standard output."""
    with tempfile.TemporaryDirectory(prefix="minutes-copy-") as folder:
        written = make_copy(Path(folder) / "copy.sqlite3")
        with open(written, "rb") as handle:
            _to_stdout(lambda out: shutil.copyfileobj(handle, out))
