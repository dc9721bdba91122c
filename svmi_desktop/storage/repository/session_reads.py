"""Reading sessions: the session list and whole assessments (SQL; see the repository package).

Functions take an open connection; nothing here changes the database.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from typing import TYPE_CHECKING

from .values import from_date_text, from_flag

if TYPE_CHECKING:
    from ...domain.assessment import Assessment

#: A listed session: id, organisation, index id, workshop date, created, updated, answered,
#: asked, present mean, future mean (a plain tuple: 10,000 of them are read at once).
SessionRow = tuple[int, str, str, str, str, str, int, int, float | None, float | None]


def exists(conn: sqlite3.Connection, session_id: int) -> bool:
    row = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
    return row is not None


def count_answers(conn: sqlite3.Connection, session_id: int) -> int:
    row = conn.execute(
        "SELECT count(*) FROM answers WHERE session_id = ?", (session_id,)
    ).fetchone()
    return int(row[0]) if row else 0


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
    # The domain classes are imported when a session is opened: listing them needs none.
    from ...domain.assessment import (
        ActionEdit,
        Assessment,
        CustomAction,
        Organisation,
        Participant,
        Status,
        Workshop,
        answer_from_store,
    )
    from ...domain.levels import Level

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
        str(cid): answer_from_store(from_flag(present), from_flag(future))
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
        str(cid): ActionEdit(str(owner), from_date_text(due), Status(status), str(note))
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
            due=from_date_text(r[6]),
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
