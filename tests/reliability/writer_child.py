"""Child of the kill-during-writes tests: repeats one kind of write until killed, reporting each one done.

Usage: python writer_child.py MODE DATABASE [ARGUMENT]. Prints ``ready`` once imported, then, flushed,
one line per completed write:
  import FILE.json      ``imported <id>``        (the command line's import, in this process)
  backup_now            ``backup <path>``        (Store.backup_now into backups/)
  backup_cli DEST       ``backup <path>``        (the command line's backup to one file name)
  finalize              ``finalized <n>``        (reopen and finalize the newest meeting, n-th time)
  export FORMAT OUT     ``exported <n>``         (the command line's export of the newest meeting)
  migrate               ``upgraded <version>``   (open an older file, which upgrades it, then stop)
  hold                  ``holding <pid>``        (open for writing and keep the writer lock until killed)
"""

from __future__ import annotations

import contextlib
import io
import sys


def _say(*parts: object) -> None:
    sys.stdout.write(" ".join(map(str, parts)) + "\n")
    sys.stdout.flush()


def _cli(*args: str) -> str:
    from minutes_app import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(list(args))
    if status != 0:
        raise SystemExit(f"cli {args} failed {status}: {err.getvalue()}")
    return out.getvalue()


def main() -> None:
    mode, database, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    from minutes_app import cli  # noqa: F401 - imported before "ready", so kills hit the writes
    from minutes_app.storage import migrations, open_store

    if mode == "export":
        from minutes_app import documents, interchange  # noqa: F401
    _say("ready")
    number = 0
    while True:
        number += 1
        if mode == "import":
            _say("imported", _cli("--db", database, "import", rest[0]).strip())
        elif mode == "backup_now":
            with open_store(database) as store:
                _say("backup", store.backup_now())
        elif mode == "backup_cli":
            _cli("--db", database, "backup", rest[0])
            _say("backup", rest[0])
        elif mode == "finalize":
            with open_store(database) as store:
                newest = store.list_meetings()[0].id
                if store.load(newest).status.value == "final":
                    store.reopen(newest)
                store.finalize(newest)
            _say("finalized", number)
        elif mode == "export":
            fmt, out = rest
            with open_store(database, read_only=True) as store:
                newest = store.list_meetings()[0].id
            _cli("--db", database, "export", str(newest), "-o", out, "--format", fmt)
            _say("exported", number)
        elif mode == "hold":
            import time

            store = open_store(database)
            assert not store.read_only, store.read_only_reason
            _say("holding", __import__("os").getpid())
            while True:
                time.sleep(60)
        elif mode == "migrate":
            with open_store(database) as store:
                version = store._db.execute_sql("PRAGMA user_version").fetchone()[0]
            _say("upgraded", version, migrations.schema_version())
            return
        else:
            raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
