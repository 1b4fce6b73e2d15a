"""The desktop window: the only part of the program that knows Qt."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Give None the immortality Python 3.12 gives it (PEP 683), on the Pythons that lack it.

    PySide6 6.12.0 returns None from every void method (setText, update, processEvents, ...) without
    taking a reference. Python 3.12 and later never count references to None, but 3.11 does, and there
    the count runs out after a few thousand calls: the window aborts with "deallocating None" a minute or
    two into typing. Raising the count by 2**40 keeps it above zero for any session a person can have.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()
