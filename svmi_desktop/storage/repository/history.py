"""Organisation keys, baseline links and carried-over answers (SQL; see the repository package).

Schema version 5 adds ``sessions.org_key`` (filled for every new row by a trigger, so that no
other insert needs to know about it), ``sessions.baseline_id`` / ``baseline_date`` and the
``carried_answers`` table: a row per answer copied from the baseline and not yet confirmed.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3

from .values import from_date_text, to_date_text

V5 = (
    "ALTER TABLE sessions ADD COLUMN org_key TEXT",
    "UPDATE sessions SET org_key = lower(hex(randomblob(8))) WHERE org_key IS NULL",
    "ALTER TABLE sessions ADD COLUMN baseline_id INTEGER"
    " REFERENCES sessions (id) ON DELETE SET NULL",
    "ALTER TABLE sessions ADD COLUMN baseline_date TEXT",
    """CREATE TRIGGER sessions_org_key AFTER INSERT ON sessions
        WHEN NEW.org_key IS NULL
        BEGIN
            UPDATE sessions SET org_key = lower(hex(randomblob(8))) WHERE id = NEW.id;
        END""",
    """CREATE TABLE carried_answers (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        PRIMARY KEY (session_id, criterion_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX sessions_by_org_key ON sessions (org_key, workshop_date)",
)

#: A lineage row: org key, baseline id, baseline date (ISO), carried criterion ids.
LineageRow = tuple[str, int | None, _dt.date | None, frozenset[str]]

#: A history row: session id, workshop date, organisation name, index id, index version.
HistoryRow = tuple[int, str, str, str, str]


def read_lineage(conn: sqlite3.Connection, session_id: int) -> LineageRow | None:
    row = conn.execute(
        "SELECT org_key, baseline_id, baseline_date FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    if row is None:
        return None
    carried = frozenset(
        str(r[0])
        for r in conn.execute(
            "SELECT criterion_id FROM carried_answers WHERE session_id = ?", (session_id,)
        )
    )
    baseline = None if row[1] is None else int(row[1])
    return (str(row[0] or f"session-{session_id}"), baseline, from_date_text(row[2]), carried)


def write_lineage(
    conn: sqlite3.Connection,
    session_id: int,
    org_key: str,
    baseline_id: int | None,
    baseline_date: _dt.date | None,
    carried: frozenset[str],
) -> bool:
    """Set a session's organisation key, baseline and carried answers; ``False`` if no session."""
    cursor = conn.execute(
        "UPDATE sessions SET org_key = ?, baseline_id = ?, baseline_date = ? WHERE id = ?",
        (org_key, baseline_id, to_date_text(baseline_date), session_id),
    )
    if cursor.rowcount != 1:
        return False
    conn.execute("DELETE FROM carried_answers WHERE session_id = ?", (session_id,))
    conn.executemany(
        "INSERT INTO carried_answers (session_id, criterion_id) VALUES (?, ?)",
        [(session_id, cid) for cid in sorted(carried)],
    )
    return True


def confirm_carried(conn: sqlite3.Connection, session_id: int, criterion_id: str) -> None:
    conn.execute(
        "DELETE FROM carried_answers WHERE session_id = ? AND criterion_id = ?",
        (session_id, criterion_id),
    )


def history(conn: sqlite3.Connection, org_key: str) -> list[HistoryRow]:
    """The organisation's sessions not deleted, oldest first (by workshop date, then id)."""
    rows: list[HistoryRow] = [
        (int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]))
        for r in conn.execute(
            "SELECT id, workshop_date, org_name, index_id, index_version FROM sessions"
            " WHERE org_key = ? AND deleted IS NULL ORDER BY workshop_date, id",
            (org_key,),
        )
    ]
    return rows
