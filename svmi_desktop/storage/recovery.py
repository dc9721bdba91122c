"""Damage: telling a damaged (or newer) database file apart, and recovering from a backup.

Opening (:mod:`.opening`) checks the file's header before writing anything, then its content
(a full ``integrity_check`` after an unclean shutdown); a damaged file is moved aside, never
deleted, and the newest backup that passes the check is restored in its place. The SQL these
checks run is in :mod:`.repository`.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..paths import AppPaths
from . import backups
from . import repository as repo
from .errors import is_damage, newer_error, translate

_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class RecoveryReport:
    """What opening had to do because the database was damaged."""

    message: str
    moved_to: Path | None
    restored_from: Path | None
    #: A title for the message, saying what happened (issue 9: not always a recovery).
    title: str = "Your sessions were recovered"


def describe_time(moment: _dt.datetime) -> str:
    """A time as a facilitator reads it, in local time: ``21 Nov 2026 14:02``."""
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y %H:%M}"


def _header_version(db: Path) -> int | None:
    """``user_version`` from the file header; ``None`` if it is not an SQLite database."""
    with open(db, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return None
    return int.from_bytes(header[60:64], "big", signed=True)


def header_damaged(db: Path, paths: AppPaths) -> bool:
    """Check the file's header without opening it for writing.

    Raises :class:`StoreNewerError` for a newer schema (in the header, or in a WAL not yet
    checkpointed); ``True`` means the file is not a database at all.
    """
    try:
        size = db.stat().st_size
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise translate(exc, str(paths.data_dir)) from exc
    if size == 0:
        # An empty file is a new database to SQLite; treat it as damage only if it
        # replaced one that had been backed up (a crash while creating one leaves it empty too).
        return bool(backups.list_backups(paths.backups_dir))
    try:
        version = _header_version(db)
    except OSError as exc:
        raise translate(exc, str(paths.data_dir)) from exc
    if version is None:
        return True
    if version > repo.SCHEMA_VERSION:
        raise newer_error(db)
    wal = db.with_name(db.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        try:
            conn = repo.connect_reader(db)
        except sqlite3.Error:
            return False  # the writer connection will report it
        try:
            version = repo.user_version(conn)
        except sqlite3.DatabaseError as exc:
            return is_damage(exc)
        finally:
            conn.close()
        if version > repo.SCHEMA_VERSION:
            raise newer_error(db)
    return False


def content_damaged(conn: sqlite3.Connection, *, full: bool) -> bool:
    problems = repo.integrity_problems(conn, full=full)
    if problems:
        return True
    version = repo.user_version(conn)
    if version == 0:
        return repo.has_any_table(conn)  # not an SVMI database
    return version <= repo.SCHEMA_VERSION and bool(repo.missing_tables(conn))


def _move_aside(db: Path) -> Path:
    stamp = backups.stamp(_dt.datetime.now(_dt.UTC))
    target = db.with_name(f"damaged-{stamp}.sqlite3")
    n = 1
    while target.exists():
        n += 1
        target = db.with_name(f"damaged-{stamp}-{n}.sqlite3")
    for suffix in ("", "-wal", "-shm", "-journal"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def recover(paths: AppPaths) -> RecoveryReport:
    """Move the damaged database aside and restore the newest backup that passes the check."""
    db = paths.database
    try:
        moved = _move_aside(db)
    except OSError as exc:
        raise translate(exc, str(paths.data_dir)) from exc
    for candidate in backups.list_backups(paths.backups_dir):
        if not backups.verify(candidate):
            continue
        backups.restore(candidate, db)
        taken = backups.backup_time(candidate)
        when = describe_time(taken) if taken else candidate.name
        return RecoveryReport(
            message=(
                f"The sessions database was damaged; it was moved to {moved} and your sessions "
                f"were restored from the backup of {when}. Changes made after that time are lost."
            ),
            moved_to=moved,
            restored_from=candidate,
        )
    return RecoveryReport(
        message=(
            f"The sessions database was damaged and no usable backup was found; it was moved to "
            f"{moved} (nothing was deleted) and SVMI Desktop started with no sessions, so "
            f"nothing could be recovered."
        ),
        moved_to=moved,
        restored_from=None,
    )
