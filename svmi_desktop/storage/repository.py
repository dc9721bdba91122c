"""All of the store's SQL: the schema and its migrations, connection settings and queries.

Nothing outside this module writes SQL. Functions take an open :class:`sqlite3.Connection` in
autocommit mode (``isolation_level=None``); the caller groups them with :func:`transaction`.
Times are UTC ISO 8601 strings of fixed width, so that they sort as text.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from ..domain.assessment import (
    ActionEdit,
    Answer,
    Assessment,
    CustomAction,
    Organisation,
    Participant,
    Status,
    Workshop,
)
from ..domain.levels import Level

BUSY_TIMEOUT_MS = 2000

# --------------------------------------------------------------------------------------------
# Schema and migrations. Version N's statements take a database at version N-1 to N; a step
# runs in one transaction that also sets user_version, so a failed step changes nothing.
# Released steps are never edited: a change to the schema is a new step.
# --------------------------------------------------------------------------------------------

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


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _V1),
    Migration(2, "custom action target level; cached session summary", _V2),
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


# --------------------------------------------------------------------------------------------
# Connections, pragmas, checks
# --------------------------------------------------------------------------------------------


def connect_writer(path: Path) -> sqlite3.Connection:
    """A read-write connection with the durability settings of DESIGN.md section 5."""
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch to WAL mode (got {mode!r})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_reader(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``; ``immutable`` for read-only media with no -shm)."""
    uri = path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


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
    names = {
        str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
    }
    return [t for t in TABLES if t not in names]


def has_any_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchone() is not None


def checkpoint_truncate(conn: sqlite3.Connection) -> bool:
    """Copy the WAL into the database and empty it; ``False`` if a reader kept it busy."""
    row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return row is not None and int(row[0]) == 0


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target`` (a new file) with the backup API.

    The copy is left in rollback-journal mode so that it is one self-contained file.
    """
    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back if anything fails."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# --------------------------------------------------------------------------------------------
# Sessions
# --------------------------------------------------------------------------------------------


def now_text() -> str:
    return format_time(_dt.datetime.now(_dt.UTC))


def format_time(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> _dt.datetime:
    """Read a stored time (``fromisoformat`` reads the ``Z`` suffix as UTC, and is fast)."""
    moment = _dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=_dt.UTC)


#: A listed session: id, organisation, index id, workshop date, created, updated, answered,
#: asked, present mean, future mean (a plain tuple: 10,000 of them are read at once).
SessionRow = tuple[int, str, str, str, str, str, int, int, float | None, float | None]


def insert_session(conn: sqlite3.Connection, assessment: Assessment, now: str) -> int:
    org, w = assessment.organisation, assessment.workshop
    cursor = conn.execute(
        "INSERT INTO sessions (index_id, index_version, org_name, org_type, org_region,"
        " workshop_date, facilitator, horizon_years, created, updated, answered)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            assessment.index_id, assessment.index_version, org.name, org.type, org.region,
            w.date.isoformat(), w.facilitator, w.horizon_years, now, now,
            _answered(assessment),
        ),
    )
    session_id = cursor.lastrowid
    assert session_id is not None
    insert_children(conn, session_id, assessment)
    return session_id


def _answered(assessment: Assessment) -> int:
    return sum(1 for a in assessment.answers.values() if not a.is_empty)


def rewrite_session(
    conn: sqlite3.Connection, session_id: int, assessment: Assessment, now: str
) -> bool:
    """Replace a session's details and all its rows; ``False`` if there is no such session."""
    org, w = assessment.organisation, assessment.workshop
    cursor = conn.execute(
        "UPDATE sessions SET index_id = ?, index_version = ?, org_name = ?, org_type = ?,"
        " org_region = ?, workshop_date = ?, facilitator = ?, horizon_years = ?, updated = ?,"
        " answered = ? WHERE id = ?",
        (
            assessment.index_id, assessment.index_version, org.name, org.type, org.region,
            w.date.isoformat(), w.facilitator, w.horizon_years, now, _answered(assessment),
            session_id,
        ),
    )
    if cursor.rowcount != 1:
        return False
    for table in ("participants", "answers", "notes", "action_edits", "custom_actions"):
        conn.execute(f"DELETE FROM {table} WHERE session_id = ?", (session_id,))
    insert_children(conn, session_id, assessment)
    return True


def insert_children(conn: sqlite3.Connection, session_id: int, assessment: Assessment) -> None:
    insert_participants(conn, session_id, assessment.workshop.participants)
    conn.executemany(
        "INSERT INTO answers (session_id, criterion_id, present, future) VALUES (?, ?, ?, ?)",
        [
            (session_id, cid, _flag(a.present), _flag(a.future))
            for cid, a in assessment.answers.items()
            if not a.is_empty
        ],
    )
    conn.executemany(
        "INSERT INTO notes (session_id, theme, text) VALUES (?, ?, ?)",
        [(session_id, theme, text) for theme, text in assessment.notes.items() if text],
    )
    for cid, edit in assessment.action_edits.items():
        if not edit.is_default:
            upsert_action_edit(conn, session_id, cid, edit)
    for position, action in enumerate(assessment.custom_actions, 1):
        _insert_custom_action(conn, session_id, action, position)


def insert_participants(
    conn: sqlite3.Connection, session_id: int, participants: tuple[Participant, ...]
) -> None:
    conn.executemany(
        "INSERT INTO participants (session_id, position, role, name) VALUES (?, ?, ?, ?)",
        [(session_id, i, p.role, p.name) for i, p in enumerate(participants, 1)],
    )


def touch(conn: sqlite3.Connection, session_id: int, now: str) -> bool:
    """Set the session's updated time; ``False`` if there is no such session."""
    cursor = conn.execute("UPDATE sessions SET updated = ? WHERE id = ?", (now, session_id))
    return cursor.rowcount == 1


def exists(conn: sqlite3.Connection, session_id: int) -> bool:
    row = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
    return row is not None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _bool(value: object) -> bool | None:
    return None if value is None else bool(value)


def upsert_answer(
    conn: sqlite3.Connection, session_id: int, criterion_id: str, answer: Answer
) -> None:
    if answer.is_empty:
        conn.execute(
            "DELETE FROM answers WHERE session_id = ? AND criterion_id = ?",
            (session_id, criterion_id),
        )
        return
    conn.execute(
        "INSERT INTO answers (session_id, criterion_id, present, future) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (session_id, criterion_id)"
        " DO UPDATE SET present = excluded.present, future = excluded.future",
        (session_id, criterion_id, _flag(answer.present), _flag(answer.future)),
    )


def count_answers(conn: sqlite3.Connection, session_id: int) -> int:
    row = conn.execute(
        "SELECT count(*) FROM answers WHERE session_id = ?", (session_id,)
    ).fetchone()
    return int(row[0]) if row else 0


def upsert_note(conn: sqlite3.Connection, session_id: int, theme: str, text: str) -> None:
    if not text:
        conn.execute("DELETE FROM notes WHERE session_id = ? AND theme = ?", (session_id, theme))
        return
    conn.execute(
        "INSERT INTO notes (session_id, theme, text) VALUES (?, ?, ?)"
        " ON CONFLICT (session_id, theme) DO UPDATE SET text = excluded.text",
        (session_id, theme, text),
    )


def upsert_action_edit(
    conn: sqlite3.Connection, session_id: int, criterion_id: str, edit: ActionEdit
) -> None:
    if edit.is_default:
        conn.execute(
            "DELETE FROM action_edits WHERE session_id = ? AND criterion_id = ?",
            (session_id, criterion_id),
        )
        return
    conn.execute(
        "INSERT INTO action_edits (session_id, criterion_id, owner, due, status, note)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (session_id, criterion_id) DO UPDATE SET owner = excluded.owner,"
        " due = excluded.due, status = excluded.status, note = excluded.note",
        (
            session_id, criterion_id, edit.owner, _date_text(edit.due), edit.status.value,
            edit.note,
        ),
    )


def put_custom_action(conn: sqlite3.Connection, session_id: int, action: CustomAction) -> None:
    """Insert the action at the end, or replace the one with its id where it stands."""
    row = conn.execute(
        "SELECT position FROM custom_actions WHERE session_id = ? AND action_id = ?",
        (session_id, action.id),
    ).fetchone()
    if row is not None:
        position = int(row[0])
        conn.execute(
            "DELETE FROM custom_actions WHERE session_id = ? AND action_id = ?",
            (session_id, action.id),
        )
    else:
        last = conn.execute(
            "SELECT coalesce(max(position), 0) FROM custom_actions WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        position = int(last[0]) + 1 if last else 1
    _insert_custom_action(conn, session_id, action, position)


def _insert_custom_action(
    conn: sqlite3.Connection, session_id: int, action: CustomAction, position: int
) -> None:
    conn.execute(
        "INSERT INTO custom_actions (session_id, action_id, position, theme, text, year,"
        " target_level, owner, due, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session_id, action.id, position, action.theme, action.text, action.year,
            None if action.target_level is None else int(action.target_level),
            action.owner, _date_text(action.due), action.status.value, action.note,
        ),
    )


def delete_custom_action(conn: sqlite3.Connection, session_id: int, action_id: str) -> None:
    conn.execute(
        "DELETE FROM custom_actions WHERE session_id = ? AND action_id = ?",
        (session_id, action_id),
    )


def update_details(
    conn: sqlite3.Connection,
    session_id: int,
    organisation: Organisation,
    workshop: Workshop,
    now: str,
) -> bool:
    cursor = conn.execute(
        "UPDATE sessions SET org_name = ?, org_type = ?, org_region = ?, workshop_date = ?,"
        " facilitator = ?, horizon_years = ?, updated = ? WHERE id = ?",
        (
            organisation.name, organisation.type, organisation.region,
            workshop.date.isoformat(), workshop.facilitator, workshop.horizon_years, now,
            session_id,
        ),
    )
    if cursor.rowcount != 1:
        return False
    conn.execute("DELETE FROM participants WHERE session_id = ?", (session_id,))
    insert_participants(conn, session_id, workshop.participants)
    return True


def set_summary(
    conn: sqlite3.Connection,
    session_id: int,
    answered: int,
    asked: int,
    present_mean: float | None,
    future_mean: float | None,
) -> bool:
    cursor = conn.execute(
        "UPDATE sessions SET answered = ?, asked = ?, present_mean = ?, future_mean = ?"
        " WHERE id = ?",
        (answered, asked, present_mean, future_mean, session_id),
    )
    return cursor.rowcount == 1


def mark_deleted(conn: sqlite3.Connection, session_id: int, now: str | None) -> bool:
    cursor = conn.execute("UPDATE sessions SET deleted = ? WHERE id = ?", (now, session_id))
    return cursor.rowcount == 1


def purge_deleted(conn: sqlite3.Connection) -> int:
    """Delete soft-deleted sessions and (by cascade) all their rows; the number deleted."""
    cursor = conn.execute("DELETE FROM sessions WHERE deleted IS NOT NULL")
    return max(cursor.rowcount, 0)


def count_deleted(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT count(*) FROM sessions WHERE deleted IS NOT NULL").fetchone()
    return int(row[0]) if row else 0


def list_sessions(conn: sqlite3.Connection) -> list[SessionRow]:
    """Sessions not deleted, most recently updated first, as tuples in :class:`SessionRow` order."""
    rows: list[SessionRow] = conn.execute(
        "SELECT id, org_name, index_id, workshop_date, created, updated, answered, asked,"
        " present_mean, future_mean FROM sessions WHERE deleted IS NULL"
        " ORDER BY updated DESC, id DESC"
    ).fetchall()
    return rows


def load_session(conn: sqlite3.Connection, session_id: int) -> Assessment | None:
    row = conn.execute(
        "SELECT index_id, index_version, org_name, org_type, org_region, workshop_date,"
        " facilitator, horizon_years FROM sessions WHERE id = ?",
        (session_id,),
    ).fetchone()
    if row is None:
        return None
    participants = tuple(
        Participant(str(role), str(name))
        for role, name in conn.execute(
            "SELECT role, name FROM participants WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
    )
    answers = {
        str(cid): Answer(_bool(present), _bool(future))
        for cid, present, future in conn.execute(
            "SELECT criterion_id, present, future FROM answers WHERE session_id = ?"
            " ORDER BY criterion_id",
            (session_id,),
        )
    }
    notes = {
        str(theme): str(text)
        for theme, text in conn.execute(
            "SELECT theme, text FROM notes WHERE session_id = ? ORDER BY theme", (session_id,)
        )
    }
    edits = {
        str(cid): ActionEdit(str(owner), _date(due), Status(status), str(note))
        for cid, owner, due, status, note in conn.execute(
            "SELECT criterion_id, owner, due, status, note FROM action_edits"
            " WHERE session_id = ? ORDER BY criterion_id",
            (session_id,),
        )
    }
    customs = tuple(
        CustomAction(
            id=str(r[0]),
            theme=str(r[1]),
            text=str(r[2]),
            year=int(r[3]),
            target_level=None if r[4] is None else Level(int(r[4])),
            owner=str(r[5]),
            due=_date(r[6]),
            status=Status(r[7]),
            note=str(r[8]),
        )
        for r in conn.execute(
            "SELECT action_id, theme, text, year, target_level, owner, due, status, note"
            " FROM custom_actions WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
    )
    return Assessment(
        index_id=str(row[0]),
        index_version=str(row[1]),
        organisation=Organisation(str(row[2]), str(row[3]), str(row[4])),
        workshop=Workshop(
            date=_dt.date.fromisoformat(str(row[5])),
            facilitator=str(row[6]),
            participants=participants,
            horizon_years=int(row[7]),
        ),
        answers=answers,
        notes=notes,
        action_edits=edits,
        custom_actions=customs,
    )


def _date_text(day: _dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _date(value: object) -> _dt.date | None:
    return None if value is None else _dt.date.fromisoformat(str(value))
