"""Questions about the state of a database file: schema version, integrity, expected tables (SQL).

Part of the repository package, which holds all of the store's SQL.
"""

from __future__ import annotations

import sqlite3

from .schema import TABLES


def user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def integrity_problems(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """``[]`` when ``integrity_check`` (or ``quick_check``) says ``ok``, else its findings."""
    pragma = "integrity_check" if full else "quick_check"
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
    return [] if rows == ["ok"] else rows


def integrity_result(conn: sqlite3.Connection) -> str:
    """The text of ``PRAGMA integrity_check``: ``"ok"`` for a sound database."""
    return "\n".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall())


def foreign_key_problems(conn: sqlite3.Connection) -> int:
    return len(conn.execute("PRAGMA foreign_key_check").fetchall())


def missing_tables(conn: sqlite3.Connection) -> list[str]:
    names = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    return [t for t in TABLES if t not in names]


def has_any_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchone() is not None
