"""Writing a file so that its name holds either the old complete content or the new one, never half."""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from minutes_app import outputs


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike, *, private: bool = False) -> Iterator[BinaryIO]:
    """Yield a binary handle on a temporary file beside ``target``; rename it over the target on success.

    The data is fsynced before the rename and the folder after it, so a power cut leaves the old file or
    the new one. On any exception (an interrupt or SIGTERM included) the temporary file is removed and the
    target is untouched. The output gate refuses the archive, its companions and backups, and devices;
    ``private`` outputs are readable by their owner only.
    """
    target = Path(target)
    outputs.check_output(target)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_parts(folder, f".{glob.escape(target.name)}.*.part")
    # The name is chosen before the file exists, so that a signal arriving just after it is created
    # still finds it to remove (tempfile learns the name only after creating the file).
    temporary = folder / f".{target.name}.{secrets.token_hex(4)}.part"
    try:
        descriptor = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
        with open(descriptor, "wb") as handle:
            os.chmod(temporary, outputs.mode_for(target, private=private))
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


# Windows refuses to replace a file that another program holds open: access denied (5) when the
# reader did not allow deletion, a sharing (32) or lock (33) violation otherwise.
_IN_USE_WINERRORS = (5, 32, 33)


def _replace(temporary: str, target: Path) -> None:
    """Rename over the target; a target held open by another program is a message saying to close it."""
    try:
        os.replace(temporary, target)
    except PermissionError as error:
        if getattr(error, "winerror", None) in _IN_USE_WINERRORS and target.exists():
            from minutes_app.messages import UserError

            raise UserError("file.in_use", path=str(target)) from error
        raise


STALE_SECONDS = 3600.0


def remove_stale_parts(folder: Path, pattern: str) -> None:
    """Temporary files of writes killed an hour ago or more: without this they stay beside the target forever."""
    limit = time.time() - STALE_SECONDS
    for leftover in folder.glob(pattern):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < limit:
                leftover.unlink()


def write_bytes_atomically(target: str | os.PathLike, data: bytes, *, private: bool = False) -> None:
    with atomic_output(target, private=private) as handle:
        handle.write(data)
