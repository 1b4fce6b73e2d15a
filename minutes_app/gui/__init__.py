"""The desktop window: the only part of the program that knows Qt."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Give None the immortality Python 3.12 gives it (PEP 683), on the Pythons that lack it.

    PySide6 6.12.0 returns None from every void method (setText, update, processEvents, ...) without
    taking a reference. Python 3.12 and later never count references to None, but 3.11 does, and there
    the count runs out after a few thousand calls: the window aborts with "deallocating None" a minute or
    two into typing. Raising the count by 2**60 (2**28 on 32-bit builds) keeps it above zero for any session
    a person can have, and far from overflow.
    """
    if (
        sys.version_info >= (3, 12)
        or sys.implementation.name != "cpython"
        or hasattr(sys, "gettotalrefcount")
    ):
        return  # immortal already, not CPython, or a debug build whose object header is laid out differently
    import ctypes

    bits = ctypes.sizeof(ctypes.c_ssize_t) * 8
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << (bits - 4)


_keep_none_alive()
