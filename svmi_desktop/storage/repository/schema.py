"""The schema of the sessions database and the steps that migrate it (SQL).

Version N's statements take a database at version N-1 to N; a step runs in one transaction that
also sets ``user_version``, so a failed step changes nothing. Released steps are never edited: a
change to the schema is a new step. Part of the repository package, which holds all of the
store's SQL.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .connections import transaction
from .history import V5 as _V5  # issue 14
from .identity import bump
from .room import ROOM_SCHEMA  # issue 15
from .schema_v4 import V4

_V1 = (
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        index_id TEXT NOT NULL,
        index_version TEXT NOT NULL,
        org_name TEXT NOT NULL,
        org_type TEXT NOT NULL DEFAULT '',
        org_region TEXT NOT NULL DEFAULT '',
        workshop_date TEXT NOT NULL,
        facilitator TEXT NOT NULL DEFAULT '',
        horizon_years INTEGER NOT NULL CHECK (horizon_years BETWEEN 1 AND 5),
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        deleted TEXT
    )""",
    """CREATE TABLE participants (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, position)
    ) WITHOUT ROWID""",
    """CREATE TABLE answers (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        present INTEGER CHECK (present IN (0, 1)),
        future INTEGER CHECK (future IN (0, 1)),
        PRIMARY KEY (session_id, criterion_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE notes (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (session_id, theme)
    ) WITHOUT ROWID""",
    """CREATE TABLE action_edits (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due TEXT,
        status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, criterion_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE custom_actions (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        action_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        theme TEXT NOT NULL,
        text TEXT NOT NULL,
        year INTEGER NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due TEXT,
        status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, action_id)
    ) WITHOUT ROWID""",
)

_V2 = (
    # Custom actions may name the level they help reach.
    "ALTER TABLE custom_actions ADD COLUMN target_level INTEGER "
    "CHECK (target_level BETWEEN 1 AND 4)",
    # Cached progress and overall means, so that the session list needs no scoring.
    "ALTER TABLE sessions ADD COLUMN answered INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN asked INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN present_mean REAL",
    "ALTER TABLE sessions ADD COLUMN future_mean REAL",
    "CREATE INDEX sessions_by_updated ON sessions (updated, id) WHERE deleted IS NULL",
)

_V3 = (
    # The data folder's identity (issue 9): a random id, and a serial that every write
    # transaction bumps, so that every commit in a -wal file carries the id of the database it
    # belongs to and a -wal copied from another data folder can be recognised before it is used.
    """CREATE TABLE data_folder (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        id TEXT NOT NULL,
        serial INTEGER NOT NULL DEFAULT 0
    )""",
    "INSERT INTO data_folder (one, id) VALUES (1, lower(hex(randomblob(16))))",
)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _V1),
    Migration(2, "custom action target level; cached session summary", _V2),
    Migration(3, "data folder identity, bumped by every write", _V3),
    Migration(4, "action statuses and organisation types stored as keys", V4),
    Migration(5, "organisation key, baseline link, carried-over answers", _V5),  # issue 14
    Migration(
        6, "the room: agenda, time per theme, tallies, evidence, items", ROOM_SCHEMA
    ),  # issue 15
)

SCHEMA_VERSION = MIGRATIONS[-1].version

#: Tables checked to exist after migrating (a damaged or foreign database lacks them).
TABLES = ("sessions", "participants", "answers", "notes", "action_edits", "custom_actions")


def apply_migration(conn: sqlite3.Connection, migration: Migration) -> None:
    """Run one step and set ``user_version`` in the same transaction."""
    with transaction(conn):
        for statement in migration.statements:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        bump(conn)  # every write carries the data folder's id (issue 9)
