"""A shared archive's address: libpq URLs, told apart from file names, and shown without their password."""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

_SCHEMES = ("postgresql://", "postgres://")
_PASSWORD_PARAM = re.compile(r"(?i)(password\s*=\s*)('[^']*'|\S+)")


def is_server_url(target: str | os.PathLike) -> bool:
    return isinstance(target, str) and target.lower().startswith(_SCHEMES)


def redact(url: str) -> str:
    """The URL as people may see it: user, host, port, database and options, never the password."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "postgresql://…"
    netloc = parts.netloc
    if "@" in netloc:
        who, where = netloc.rsplit("@", 1)
        netloc = who.split(":", 1)[0] + "@" + where
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() != "password"]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query, safe="/", quote_via=quote), ""))


def scrub(text: str, url: str) -> str:
    """``text`` with the URL's password (and any ``password=…`` a driver may quote) taken out."""
    password = password_of(url)
    if password:
        text = text.replace(password, "…").replace(quote(password, safe=""), "…")
    return _PASSWORD_PARAM.sub(r"\1…", text.replace(url, redact(url)))


def password_of(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    from urllib.parse import unquote

    if parts.password:
        return unquote(parts.password)
    return next((v for k, v in parse_qsl(parts.query) if k.lower() == "password"), "")


def user_of(url: str) -> str:
    """The role the URL logs in as; libpq's default (PGUSER, else the system user) when it names none."""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    named = parts.username if parts is not None else None
    query_user = next((v for k, v in parse_qsl(parts.query) if k == "user"), None) if parts else None
    if query_user or named:
        return query_user or named
    import getpass

    return os.environ.get("PGUSER") or getpass.getuser()


def place(url: str) -> str:
    """The server and the archive's database, "host/database": short enough for the status bar, which
    says this while someone is typing; a server reached through a local socket is this computer's."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return redact(url)
    query = dict(parse_qsl(parts.query))
    host = parts.hostname or query.get("host", "") or os.environ.get("PGHOST", "") or "localhost"
    host = host.split(",")[0]
    if host.startswith("/"):
        host = "localhost"
    database = parts.path.lstrip("/") or query.get("dbname", "") or os.environ.get("PGDATABASE", "")
    return f"{host}/{database}" if database else host
