"""The room's record: agenda, time per theme, tallies, dissent, evidence, items (SQL).

Schema version 6 adds these tables; :func:`load_room` reads a session's record and
:func:`write_room` replaces it whole inside the caller's transaction (a room record is at most a
few hundred rows, so one change rewrites it). Tallies are counts only: no table here holds who
voted what. A returned file is kept as a random token and, only if the facilitator typed one, a
label.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from typing import TYPE_CHECKING

from .values import from_date_text, to_date_text

if TYPE_CHECKING:
    from ...domain.room import RoomRecord

ROOM_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE room_agenda (
        session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        start TEXT,
        total_minutes INTEGER NOT NULL CHECK (total_minutes BETWEEN 1 AND 720),
        opening_minutes INTEGER NOT NULL CHECK (opening_minutes BETWEEN 0 AND 480),
        closing_minutes INTEGER NOT NULL CHECK (closing_minutes BETWEEN 0 AND 480)
    )""",
    """CREATE TABLE room_agenda_items (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('theme', 'break')),
        theme TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 480),
        label TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        PRIMARY KEY (session_id, kind, theme)
    ) WITHOUT ROWID""",
    """CREATE TABLE room_time (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        seconds INTEGER NOT NULL CHECK (seconds >= 0),
        PRIMARY KEY (session_id, theme)
    ) WITHOUT ROWID""",
    """CREATE TABLE room_tallies (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        question TEXT NOT NULL CHECK (question IN ('present', 'future')),
        source TEXT NOT NULL CHECK (source IN ('vote', 'files')),
        yes INTEGER NOT NULL CHECK (yes >= 0),
        no INTEGER NOT NULL CHECK (no >= 0),
        unsure INTEGER NOT NULL CHECK (unsure >= 0),
        revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
        PRIMARY KEY (session_id, criterion_id, question, source)
    ) WITHOUT ROWID""",
    """CREATE TABLE room_returned (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        token TEXT NOT NULL,
        position INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, token)
    ) WITHOUT ROWID""",
    """CREATE TABLE room_dissent (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (session_id, criterion_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE room_evidence (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        what TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        day TEXT,
        PRIMARY KEY (session_id, criterion_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE room_items (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('decision', 'disagreement', 'parking')),
        theme TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (session_id, position)
    ) WITHOUT ROWID""",
)

ROOM_TABLES: tuple[str, ...] = (
    "room_agenda",
    "room_agenda_items",
    "room_time",
    "room_tallies",
    "room_returned",
    "room_dissent",
    "room_evidence",
    "room_items",
)


def load_room(conn: sqlite3.Connection, session_id: int) -> RoomRecord:
    """The session's room record (empty when the room was never used)."""
    from ...domain.agenda import Agenda, Break
    from ...domain.capture import Evidence, Item, ItemKind
    from ...domain.room import Returned, RoomRecord
    from ...domain.votes import Column, Source, Tally, Vote

    agenda = Agenda()
    row = conn.execute(
        "SELECT start, total_minutes, opening_minutes, closing_minutes FROM room_agenda"
        " WHERE session_id = ?",
        (session_id,),
    ).fetchone()
    if row is not None:
        own: dict[str, int] = {}
        breaks: list[Break] = []
        for kind, theme, minutes, label in conn.execute(
            "SELECT kind, theme, minutes, label FROM room_agenda_items WHERE session_id = ?"
            " ORDER BY position",
            (session_id,),
        ):
            if kind == "theme":
                own[str(theme)] = int(minutes)
            else:
                breaks.append(Break(str(theme), int(minutes), str(label)))
        agenda = Agenda(
            start=None if row[0] is None else _dt.time.fromisoformat(str(row[0])),
            total_minutes=int(row[1]),
            opening_minutes=int(row[2]),
            closing_minutes=int(row[3]),
            theme_minutes=own,
            breaks=tuple(breaks),
        )
    time_spent = {
        str(theme): int(seconds)
        for theme, seconds in conn.execute(
            "SELECT theme, seconds FROM room_time WHERE session_id = ? ORDER BY theme",
            (session_id,),
        )
    }
    votes: dict[tuple[str, Column], Vote] = {}
    spread: dict[tuple[str, Column], Tally] = {}
    for cid, question, source, yes, no, unsure, revealed in conn.execute(
        "SELECT criterion_id, question, source, yes, no, unsure, revealed FROM room_tallies"
        " WHERE session_id = ? ORDER BY criterion_id, question, source",
        (session_id,),
    ):
        key = (str(cid), Column(question))
        tally = Tally(int(yes), int(no), int(unsure))
        if Source(source) is Source.VOTE:
            votes[key] = Vote(tally, bool(revealed))
        else:
            spread[key] = tally
    returned = tuple(
        Returned(str(token), str(label))
        for token, label in conn.execute(
            "SELECT token, label FROM room_returned WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
    )
    dissent = {
        str(cid): str(text)
        for cid, text in conn.execute(
            "SELECT criterion_id, text FROM room_dissent WHERE session_id = ?"
            " ORDER BY criterion_id",
            (session_id,),
        )
    }
    evidence = {
        str(cid): Evidence(str(what), str(owner), from_date_text(day))
        for cid, what, owner, day in conn.execute(
            "SELECT criterion_id, what, owner, day FROM room_evidence WHERE session_id = ?"
            " ORDER BY criterion_id",
            (session_id,),
        )
    }
    items = tuple(
        Item(ItemKind(kind), str(theme), str(text))
        for kind, theme, text in conn.execute(
            "SELECT kind, theme, text FROM room_items WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
    )
    return RoomRecord(
        agenda=agenda,
        time_spent=time_spent,
        votes=votes,
        spread=spread,
        returned=returned,
        dissent=dissent,
        evidence=evidence,
        items=items,
    )


def write_room(conn: sqlite3.Connection, session_id: int, room: RoomRecord) -> None:
    """Replace the session's room record with ``room`` (inside the caller's transaction)."""
    for table in ROOM_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE session_id = ?", (session_id,))
    if room.is_empty:
        return
    agenda = room.agenda
    if not agenda.is_default:
        conn.execute(
            "INSERT INTO room_agenda (session_id, start, total_minutes, opening_minutes,"
            " closing_minutes) VALUES (?, ?, ?, ?, ?)",
            (
                session_id,
                None if agenda.start is None else agenda.start.isoformat(timespec="minutes"),
                agenda.total_minutes,
                agenda.opening_minutes,
                agenda.closing_minutes,
            ),
        )
        rows = [("theme", code, minutes, "") for code, minutes in agenda.theme_minutes.items()]
        rows += [("break", b.after, b.minutes, b.label) for b in agenda.breaks]
        conn.executemany(
            "INSERT INTO room_agenda_items (session_id, kind, theme, minutes, label, position)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(session_id, *r, n) for n, r in enumerate(rows, 1)],
        )
    conn.executemany(
        "INSERT INTO room_time (session_id, theme, seconds) VALUES (?, ?, ?)",
        [(session_id, theme, s) for theme, s in room.time_spent.items() if s > 0],
    )
    tallies = [
        (
            session_id,
            cid,
            col.value,
            "vote",
            v.tally.yes,
            v.tally.no,
            v.tally.unsure,
            int(v.revealed),
        )
        for (cid, col), v in room.votes.items()
    ]
    tallies += [
        (session_id, cid, col.value, "files", t.yes, t.no, t.unsure, 0)
        for (cid, col), t in room.spread.items()
    ]
    conn.executemany(
        "INSERT INTO room_tallies (session_id, criterion_id, question, source, yes, no, unsure,"
        " revealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        tallies,
    )
    conn.executemany(
        "INSERT INTO room_returned (session_id, token, position, label) VALUES (?, ?, ?, ?)",
        [(session_id, r.token, n, r.label) for n, r in enumerate(room.returned, 1)],
    )
    conn.executemany(
        "INSERT INTO room_dissent (session_id, criterion_id, text) VALUES (?, ?, ?)",
        [(session_id, cid, text) for cid, text in room.dissent.items() if text],
    )
    conn.executemany(
        "INSERT INTO room_evidence (session_id, criterion_id, what, owner, day)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (session_id, cid, e.what, e.owner, to_date_text(e.date))
            for cid, e in room.evidence.items()
            if not e.is_empty
        ],
    )
    conn.executemany(
        "INSERT INTO room_items (session_id, position, kind, theme, text) VALUES (?, ?, ?, ?, ?)",
        [(session_id, n, i.kind.value, i.theme, i.text) for n, i in enumerate(room.items, 1)],
    )
