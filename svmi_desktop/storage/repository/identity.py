"""The data folder's identity (schema version 3): its id, and the serial every write bumps (SQL).

Every write transaction calls :func:`bump`, so the page holding the id is in every commit a
``-wal`` file holds: reading the id through the WAL tells whose WAL it is. Part of the
repository package, which holds all of the store's SQL.
"""

from __future__ import annotations

import sqlite3


def folder_id(conn: sqlite3.Connection) -> str | None:
    """The data folder's id; ``None`` for a database older than version 3 (or not SVMI's)."""
    try:
        row = conn.execute("SELECT id FROM data_folder WHERE one = 1").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    return None if row is None else str(row[0])


def bump(conn: sqlite3.Connection) -> None:
    """Mark this transaction as the data folder's (a no-op before version 3 exists)."""
    if _has_table(conn):
        conn.execute("UPDATE data_folder SET serial = serial + 1 WHERE one = 1")


def _has_table(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'data_folder'"
    ).fetchone()
    return row is not None
