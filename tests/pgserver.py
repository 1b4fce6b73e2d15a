"""A throw-away PostgreSQL server for the tests and the benchmark: Debian's initdb and pg_ctl in a
temporary folder, listening on a Unix socket only, with a writer and a read-only role.

initdb and postgres refuse to run as root (CI runs as root): they then run as the ``postgres`` system
user that Debian's package creates, and that user is given the folder. The passwords of both roles are
in a pgpass file named by PGPASSFILE, as an office would keep them in ~/.pgpass.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

WRITER, WRITER_PASSWORD = "minutes_writer", "wr1ter-s3cret-pw"
READER, READER_PASSWORD = "minutes_reader", "r3ader-s3cret-pw"
_BIN_ROOTS = (Path("/usr/lib/postgresql"), Path("/usr/local/pgsql"))


def find_bindir() -> Path | None:
    """The newest installed server's bin folder (Debian puts each major version in its own)."""
    from_env = os.environ.get("MINUTES_PG_BINDIR")
    candidates = [Path(from_env)] if from_env else []
    for root in _BIN_ROOTS:
        if root.is_dir():
            versions = sorted(
                (p for p in root.iterdir() if (p / "bin" / "initdb").exists()),
                key=lambda p: [int(part) for part in p.name.split(".") if part.isdigit()] or [0],
                reverse=True,
            )
            candidates.extend(p / "bin" for p in versions)
            if (root / "bin" / "initdb").exists():
                candidates.append(root / "bin")
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    return next((c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()), None)


def _free_port() -> int:
    """A loopback port nobody listens on now (other test servers may run on this machine)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user() -> list[str]:
    """How to run a server binary: as ourselves, or as ``postgres`` when we are root."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--"]
    return [shutil.which("setpriv") or "setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"]


def _give_to_server_user(path: Path) -> None:
    if os.geteuid() == 0:
        import pwd  # POSIX only; the test server exists on POSIX only

        entry = pwd.getpwnam("postgres")
        os.chown(path, entry.pw_uid, entry.pw_gid)


class PostgresServer:
    """One cluster: ``start()``, ``stop()`` (mid-test too: the server goes away like a lost network),
    ``url(dbname, role)`` and ``new_database()``."""

    def __init__(self, bindir: Path, *, durable: bool = False) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="minutes-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.log = self.root / "server.log"
        self.pgpass = self.root / "pgpass"
        self.durable = durable
        self.port = _free_port()
        self._count = 0

    # Life ----------------------------------------------------------------------------------------
    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*_as_server_user(), *args],
            capture_output=True,
            text=True,
            check=check,
            timeout=120,
            cwd="/",
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )

    def initialize(self) -> None:
        os.chmod(self.root, 0o755)
        self.socket_dir.mkdir()
        for path in (self.root, self.socket_dir):
            _give_to_server_user(path)
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
        )  # fmt: skip
        hba = self.data / "pg_hba.conf"
        # The superuser (used only by this harness) needs no password; the office roles do.
        hba.write_text(
            "local all postgres trust\nlocal all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\n",
            encoding="utf-8",
        )
        settings = [
            "listen_addresses = '127.0.0.1'",  # loopback only: sslmode is only meaningful over TCP
            f"unix_socket_directories = '{self.socket_dir}'",
            f"port = {self.port}",
            "max_connections = 120",
            "shared_buffers = 64MB",
        ]
        # The tests kill the server, never the machine: what reached the kernel survives, so fsync may go.
        # synchronous_commit stays on: without it an immediate stop loses commits already reported.
        if not self.durable:
            settings += ["fsync = off", "full_page_writes = off"]
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n" + "\n".join(settings) + "\n")
        self.start()
        self.admin(
            f"CREATE ROLE {WRITER} LOGIN PASSWORD '{WRITER_PASSWORD}'",
            f"CREATE ROLE {READER} LOGIN PASSWORD '{READER_PASSWORD}'",
        )
        self.pgpass.write_text(
            f"*:*:*:{WRITER}:{WRITER_PASSWORD}\n*:*:*:{READER}:{READER_PASSWORD}\n", encoding="utf-8"
        )
        os.chmod(self.pgpass, 0o600)

    def start(self) -> None:
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start"
        )

    def stop(self, mode: str = "fast") -> None:
        """``immediate`` drops every connection at once, as a server that crashed or went off the net."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def running(self) -> bool:
        result = self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "status", check=False)
        return result.returncode == 0

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # SQL as the superuser --------------------------------------------------------------------------
    def admin(self, *statements: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), port=self.port, user="postgres", dbname=dbname, autocommit=True
        ) as connection:
            for statement in statements:
                connection.execute(statement)

    def new_database(self, prefix: str = "archive") -> str:
        """A fresh empty database owned by the writer, readable by the reader; returns its name."""
        self._count += 1
        name = f"{prefix}_{os.getpid()}_{self._count}_{int(time.time() * 1000) % 100000}"
        self.admin(f"CREATE DATABASE {name} OWNER {WRITER} STRATEGY FILE_COPY")
        self.admin(
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
            f"GRANT USAGE ON SCHEMA public TO {READER}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {WRITER} IN SCHEMA public GRANT SELECT ON TABLES TO {READER}",
            dbname=name,
        )
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def url(self, dbname: str, role: str = WRITER, *, password: str | None = None) -> str:
        """libpq URL syntax with the socket folder as ``host``; no password unless one is given."""
        who = quote(role) + (":" + quote(password, safe="") if password else "")
        return f"postgresql://{who}@/{dbname}?host={quote(str(self.socket_dir), safe='')}&port={self.port}"

    def tcp_url(self, dbname: str, role: str = WRITER, **options: str) -> str:
        """The same database over TCP on the loopback address, where sslmode means something."""
        query = "&".join(f"{key}={value}" for key, value in options.items())
        return f"postgresql://{quote(role)}@127.0.0.1:{self.port}/{dbname}" + (f"?{query}" if query else "")
