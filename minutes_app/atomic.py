"""Writing a file so that its name holds either the old complete content or the new one, never half."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike) -> Iterator[BinaryIO]:
    """Yield a binary handle on a temporary file beside ``target``; rename it over the target on success.

    The data is fsynced before the rename and the folder after it, so a power cut leaves the old file or
    the new one. On any exception the temporary file is removed and the target is untouched.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_parts(folder, f".{glob.escape(target.name)}.*.part")
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by the with below, renamed after
        "wb", dir=folder, prefix=f".{target.name}.", suffix=".part", delete=False
    )
    try:
        os.chmod(handle.name, _mode_for(target))
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _replace(handle.name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
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


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new one gets what the user's umask allows, like open() does.

    The temporary file is created private (0600), which would otherwise leak onto every exported file.
    """
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_bytes_atomically(target: str | os.PathLike, data: bytes) -> None:
    with atomic_output(target) as handle:
        handle.write(data)
