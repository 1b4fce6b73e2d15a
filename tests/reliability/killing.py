"""Running a child until a random moment and killing it with SIGKILL; what it reported before dying."""

from __future__ import annotations

import signal
import threading
import time

from .helpers import spawn


def run_and_kill(script: str, args: list, delay: float, ready_timeout: float = 60) -> list[list[str]]:
    """Start ``script``, wait for ``ready``, let it run ``delay`` seconds, SIGKILL it; its complete lines."""
    child = spawn(script, *args)
    lines: list[list[str]] = []
    ready = threading.Event()

    def read() -> None:
        for raw in child.stdout:
            line = raw.decode()
            if not line.endswith("\n"):
                break  # a line without its newline was not reported
            lines.append(line.split())
            ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready.wait(ready_timeout):
            raise AssertionError(
                "child never ready: " + (child.stderr.read().decode() if child.poll() else "")
            )
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    reader.join(10)
    error = child.stderr.read().decode()
    child.stdout.close()
    child.stderr.close()
    assert lines and lines[0] == ["ready"], (lines[:3], error[-2000:])
    assert "Traceback" not in error and "failed" not in error, error[-2000:]
    return lines[1:]
