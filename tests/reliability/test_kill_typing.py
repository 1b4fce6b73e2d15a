"""Kill during typing: the real window types a report's summary at a human pace and is SIGKILLed at random."""

from __future__ import annotations

import os
import random
import time

from minutes_app.domain import ItemKind
from minutes_app.gui.reports_tab import ReportsTab
from minutes_app.storage import open_store

from .helpers import close_window, integrity, open_window, spawn
from .killing import read_then_kill

KILLS = int(os.environ.get("RELIABILITY_TYPING_KILLS", "30"))
LAG_ALLOWED = 1.3  # seconds of typing that may be missing: the one-second promise plus scheduling slack
RESULTS: dict = {}


def _run_and_kill(db_path, settings, seed: int, rng: random.Random):
    """One child: wait for it to type for a random while, SIGKILL it; (ready line, events, kill time)."""
    child = spawn("typing_child.py", db_path, settings, seed)
    lines, error, killed_at = read_then_kill(child, rng.uniform(0.2, 2.4))
    assert lines[0][0] == "ready", (lines[:3], error[-2000:])
    return lines[0], lines[1:], killed_at


def test_sigkill_while_typing_loses_nothing_reported_saved(qtbot, seeded_db, tmp_path):
    """After 30+ SIGKILLs of a typing window: sound file, every reported save kept, at most ~1 s missing."""
    rng = random.Random(5)
    saves = lags = 0
    worst_lag = 0.0
    started = time.monotonic()
    for run in range(KILLS):
        (_, meeting_id, report_id, base), events, killed_at = _run_and_kill(
            seeded_db, tmp_path / "settings", run, rng
        )
        assert integrity(seeded_db) == []
        with open_store(seeded_db) as store:
            assert not store.read_only, store.read_only_reason
            assert store.check() == []
            meeting = store.load(int(meeting_id))
            stored = next(r for r in meeting.items(ItemKind.REPORTS) if r.id == report_id).content
            window = open_window(qtbot, store)
            tab = next(tab for tab, _title in window.tabs if isinstance(tab, ReportsTab))
            # Reopening shows the same meeting, on the same report, with what is stored.
            assert window.editor.meeting.id == int(meeting_id)
            assert tab.binder.item_id == report_id
            assert tab.ui.reportContentEdit.toPlainText() == stored
            close_window(window)
        typed = [(int(n), float(t)) for kind, n, t in events if kind == "typed"]
        saved = [int(n) for kind, n, _t in events if kind == "saved"]
        saves += len(saved)
        assert len(stored) >= int(base)
        # Every length the status bar reported as saved is on disk (the text only grows).
        assert len(stored) >= max(saved, default=int(base)), (run, len(stored), saved[-3:])
        # At most about the last second of typing is missing.
        due = [n for n, t in typed if t <= killed_at - LAG_ALLOWED]
        assert len(stored) >= max(due, default=int(base)), (run, len(stored), due[-3:])
        missing = [t for n, t in typed if n > len(stored)]
        if missing:
            lags += 1
            worst_lag = max(worst_lag, killed_at - min(missing))
    RESULTS.update(
        kills=KILLS,
        saves=saves,
        runs_with_missing_tail=lags,
        worst_lag_s=round(worst_lag, 2),
        seconds=round(time.monotonic() - started, 1),
    )
    print("kill-during-typing:", RESULTS)
    assert saves >= KILLS // 2  # the children did save between kills (a kill may come before the first)
