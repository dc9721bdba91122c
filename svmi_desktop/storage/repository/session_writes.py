"""Writing sessions: inserts, updates, soft deletion and purge (SQL; see the repository package).

Functions take an open connection and run inside the caller's :func:`.connections.transaction`.
Those that return ``bool`` return ``False`` when there is no such session.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from .room import write_room  # issue 15
from .values import to_date_text, to_flag

if TYPE_CHECKING:  # annotations only: the domain classes are not needed to list sessions
    from ...domain.assessment import (
        ActionEdit,
        Answer,
        Assessment,
        CustomAction,
        Organisation,
        Participant,
        Workshop,
    )


def _detail_values(org: Organisation, w: Workshop) -> tuple[object, ...]:
    """The session row's organisation and workshop columns, in the order the statements name them
    (``org_name`` .. ``horizon_years``): one home for the insert, the rewrite and the details
    update, so the three cannot drift apart."""
    return (org.name, org.type, org.region, w.date.isoformat(), w.facilitator, w.horizon_years)


def _session_values(assessment: Assessment) -> tuple[object, ...]:
    """The index and detail columns' values (``index_id``, ``index_version``, then the details)."""
    return (
        assessment.index_id,
        assessment.index_version,
        *_detail_values(assessment.organisation, assessment.workshop),
    )


def insert_session(conn: sqlite3.Connection, assessment: Assessment, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO sessions (index_id, index_version, org_name, org_type, org_region,"
        " workshop_date, facilitator, horizon_years, created, updated, answered)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_session_values(assessment), now, now, _answered(assessment)),
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
    cursor = conn.execute(
        "UPDATE sessions SET index_id = ?, index_version = ?, org_name = ?, org_type = ?,"
        " org_region = ?, workshop_date = ?, facilitator = ?, horizon_years = ?, updated = ?,"
        " answered = ? WHERE id = ?",
        (*_session_values(assessment), now, _answered(assessment), session_id),
    )
    if cursor.rowcount != 1:
        return False
    for table in ("participants", "answers", "notes", "action_edits", "custom_actions"):
        conn.execute(f"DELETE FROM {table} WHERE session_id = ?", (session_id,))
    insert_children(conn, session_id, assessment)
    return True


def insert_children(conn: sqlite3.Connection, session_id: int, assessment: Assessment) -> None:
    from ...domain.assessment import stored_future  # the future column keeps the room's own

    insert_participants(conn, session_id, assessment.workshop.participants)
    conn.executemany(
        "INSERT INTO answers (session_id, criterion_id, present, future) VALUES (?, ?, ?, ?)",
        [
            (session_id, cid, to_flag(a.present), to_flag(stored_future(a)))
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
    write_room(conn, session_id, assessment.room)  # issue 15


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


def upsert_answer(
    conn: sqlite3.Connection, session_id: int, criterion_id: str, answer: Answer
) -> None:
    from ...domain.assessment import stored_future  # the future column keeps the room's own

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
        (session_id, criterion_id, to_flag(answer.present), to_flag(stored_future(answer))),
    )


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
            session_id,
            criterion_id,
            edit.owner,
            to_date_text(edit.due),
            edit.status.value,
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
            session_id,
            action.id,
            position,
            action.theme,
            action.text,
            action.year,
            None if action.target_level is None else int(action.target_level),
            action.owner,
            to_date_text(action.due),
            action.status.value,
            action.note,
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
        (*_detail_values(organisation, workshop), now, session_id),
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
