"""Running a child until a random moment and killing it with SIGKILL; what it reported before dying."""

from __future__ import annotations

import signal
import threading
import time

from .helpers import spawn


def read_then_kill(child, delay: float, ready_timeout: float = 60) -> tuple[list[list[str]], str, float]:
    """Collect ``child``'s complete lines; ``delay`` seconds after its first, SIGKILL it.

    Returns the lines (split into words), its stderr and the monotonic time of the kill. A line without
    its newline was cut by the kill and so was never reported: it is not counted.
    """
    lines: list[list[str]] = []
    ready = threading.Event()

    def read() -> None:
        for raw in child.stdout:
            line = raw.decode()
            if not line.endswith("\n"):
                break
            lines.append(line.split())
            ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready.wait(ready_timeout):
            raise AssertionError(
                "child never ready: " + (child.stderr.read().decode() if child.poll() is not None else "")
            )
        time.sleep(delay)
    finally:
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        child.wait()
    reader.join(10)
    error = child.stderr.read().decode()
    child.stdout.close()
    child.stderr.close()
    return lines, error, killed_at


def run_and_kill(script: str, args: list, delay: float, ready_timeout: float = 60) -> list[list[str]]:
    """Start ``script``, wait for ``ready``, let it run ``delay`` seconds, SIGKILL it; its complete lines."""
    lines, error, _killed_at = read_then_kill(spawn(script, *args), delay, ready_timeout)
    assert lines and lines[0] == ["ready"], (lines[:3], error[-2000:])
    assert "Traceback" not in error and "failed" not in error, error[-2000:]
    return lines[1:]
