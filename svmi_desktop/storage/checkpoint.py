"""Emptying the WAL into the database with a deadline, so that closing never hangs (issue 9).

A reader in another window or program can hold the WAL for as long as it likes; each attempt
waits only briefly for it (:data:`WAIT_MS`) and the whole for at most :data:`SECONDS`. Closing
used to retry twenty times at the full busy timeout, some 50 s. A checkpoint that cannot finish
is deferred: everything is still stored (in the WAL); only the wipe of deleted sessions' text
from the journal waits until the next close.
"""

from __future__ import annotations

import sqlite3
import time

from . import repository as repo

#: The longest closing waits for another program's reader to let the WAL be emptied.
SECONDS = 0.8
#: How long each attempt waits for readers (SQLite's busy timeout, in milliseconds).
WAIT_MS = 100


def within_deadline(conn: sqlite3.Connection, seconds: float = SECONDS) -> bool:
    """Checkpoint (TRUNCATE) ``conn``'s WAL, retrying until ``seconds`` pass; ``True`` if done."""
    deadline = time.monotonic() + seconds
    conn.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
    try:
        while True:
            if repo.checkpoint_truncate(conn):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {repo.BUSY_TIMEOUT_MS}")


def deferred_message(where: str) -> str:
    """What to tell the user when the checkpoint had to be deferred."""
    return (
        f"Another program was reading the sessions in {where}, so the text of the deleted "
        f"sessions stays in the database's journal file until SVMI Desktop next closes; "
        f"everything else is saved."
    )
