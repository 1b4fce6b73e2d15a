"""The few places where the raw SQL shared by both engines has to differ, decided in one room.

The engine-neutral code writes SQLite's dialect with ``?`` placeholders (the server's database turns
them into psycopg's). What cannot be written once for both: many rows in one call (sqlite3's cursor
takes them as they are; the server pipelines them in one round trip), and the planner hints SQLite
needs to choose the index a query was written for, which PostgreSQL's planner neither needs nor accepts.
"""

from __future__ import annotations

from peewee import Database, SqliteDatabase


def insert_many(db: Database, sql: str, rows: list[tuple]) -> None:
    """One ``?`` statement for many rows."""
    if not rows:
        return
    many = getattr(db, "execute_many", None)
    if many is not None:
        many(sql, rows)
    else:
        db.cursor().executemany(sql, rows)


def takes_planner_hints(db: Database) -> bool:
    """Whether SQLite's hints (a unary ``+`` keeping an index out, CROSS JOIN fixing the join order) apply."""
    return isinstance(db, SqliteDatabase)
