"""A ``-wal`` file that belongs to another data folder is moved aside, never applied (issue 9).

SQLite applies whatever ``svmi.sqlite3-wal`` lies beside the database: one copied from another
SVMI data folder (with the same page size) would silently replace this folder's sessions with
that folder's. Every write transaction bumps the data folder's identity row
(:mod:`.repository.identity`), so every commit in a WAL carries the id of the folder that wrote
it. Before the writer opens the database, the id is read twice: from the database file alone
(``immutable=1`` reads no WAL) and through the WAL (a read-only connection, which never
checkpoints). If they differ, the WAL is not this folder's: it and its ``-shm`` are moved aside
and the user is told exactly that.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
from pathlib import Path

from ..paths import AppPaths
from . import backups
from . import repository as repo
from .recovery import RecoveryReport


def _read_id(db: Path, *, through_wal: bool) -> str | None:
    try:
        conn = repo.connect_reader(db, immutable=not through_wal)
    except sqlite3.Error:
        return None
    try:
        return repo.folder_id(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def foreign_wal(db: Path) -> bool:
    """Whether the ``-wal`` beside ``db`` was written to another data folder's database."""
    wal = db.with_name(db.name + "-wal")
    try:
        if not db.is_file() or wal.stat().st_size == 0:
            return False
    except OSError:
        return False
    own = _read_id(db, through_wal=False)
    if own is None:  # a database older than version 3, or one whose id is still only in its WAL
        return False
    seen = _read_id(db, through_wal=True)
    return seen is not None and seen != own


def set_aside_foreign_wal(paths: AppPaths) -> RecoveryReport | None:
    """Move a foreign WAL (and its -shm) aside; what was done, or ``None`` if the WAL is ours."""
    db = paths.database
    if not foreign_wal(db):
        return None
    stamp = backups.stamp(_dt.datetime.now(_dt.UTC))
    target = db.with_name(f"foreign-{stamp}.sqlite3-wal")
    n = 1
    while target.exists():
        n += 1
        target = db.with_name(f"foreign-{stamp}-{n}.sqlite3-wal")
    os.replace(db.with_name(db.name + "-wal"), target)
    with contextlib.suppress(OSError):
        os.replace(db.with_name(db.name + "-shm"), target.with_name(target.name[:-4] + "-shm"))
    return RecoveryReport(
        message=(
            f"A file of unsaved changes (svmi.sqlite3-wal) in {paths.data_dir} belonged to another "
            f"SVMI Desktop data folder, so it was not used: it was moved to {target} and your own "
            f"sessions are shown as they were last saved here."
        ),
        moved_to=target,
        restored_from=None,
        title="A file from another data folder was set aside",
    )
