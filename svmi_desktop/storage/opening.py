"""Opening the sessions database: the writer lock, checks, recovery, migration.

:func:`open_writer` takes the single-writer lock, writes the clean-shutdown marker, checks the
database (a full ``integrity_check`` after an unclean shutdown), recovers a damaged file from the
newest good backup (:mod:`.recovery`), migrates an older schema after a verified backup, and
purges sessions deleted by a run that ended before it could. :func:`open_reader` opens a
read-only connection for a second window or the command line. The SQL is in :mod:`.repository`.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..paths import PRIVATE_FILE, AppPaths, private, private_dir
from . import backups, wal_guard
from . import repository as repo
from .errors import (
    LOCKED_MESSAGE,
    DamagedDatabaseError,
    StorageError,
    StoreLockedError,
    StoreNewerError,
    is_damage,
    newer_error,
    translate,
)
from .lock import LockHeld, WriterLock
from .recovery import RecoveryReport, content_damaged, header_damaged, recover


@dataclass(frozen=True)
class OpenedWriter:
    """What :func:`open_writer` hands to :class:`~.store.Store`."""

    conn: sqlite3.Connection
    lock: WriterLock
    recovery: RecoveryReport | None
    #: True when the previous writer did not close cleanly (crash, kill, power loss).
    unclean_shutdown: bool


def marker_path(database: Path) -> Path:
    """The clean-shutdown marker: present while a writer has the database open."""
    return database.with_name(database.name + ".open")


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def open_writer(paths: AppPaths) -> OpenedWriter:
    """Open (creating if need be) the database of ``paths`` for writing; see the module doc."""
    where = str(paths.data_dir)
    try:
        private_dir(paths.data_dir)
        _private_database(paths.database)
    except OSError as exc:
        raise translate(exc, where) from exc
    lock = WriterLock(lock_path(paths.database))
    try:
        lock.acquire()
    except LockHeld:
        raise StoreLockedError(LOCKED_MESSAGE) from None
    except OSError as exc:
        raise translate(exc, where) from exc
    try:
        return _start_writer(paths, lock)
    except BaseException:
        lock.release()
        raise


def _start_writer(paths: AppPaths, lock: WriterLock) -> OpenedWriter:
    db = paths.database
    where = str(paths.data_dir)
    marker = marker_path(db)
    unclean = marker.exists()
    _set_aside_orphan_journals(db)
    try:
        foreign = wal_guard.set_aside_foreign_wal(paths)  # before SQLite can apply it
    except OSError as exc:
        raise translate(exc, where) from exc
    damaged = header_damaged(db, paths)  # refuses a newer database before anything is written
    _write_marker(marker, where)
    conn: sqlite3.Connection | None = None
    recovery: RecoveryReport | None = None
    if not damaged:
        try:
            conn = repo.connect_writer(db)
            damaged = content_damaged(conn, full=unclean)
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise translate(exc, where) from exc
            damaged = True
        if damaged and conn is not None:
            conn.close()
            conn = None
    try:
        if damaged:
            recovery = recover(paths)
            conn = repo.connect_writer(db)
            if content_damaged(conn, full=True):  # pragma: no cover - verified backup
                raise DamagedDatabaseError(
                    f"The sessions database in {where} is damaged and could not be recovered; "
                    f"move it out of the folder and start SVMI Desktop again."
                )
        assert conn is not None
        _migrate(conn, paths)
        if repo.count_deleted(conn):  # left by a run that ended before it could purge
            with repo.transaction(conn):
                repo.bump(conn)
                repo.purge_deleted(conn)
            repo.checkpoint_truncate(conn)
    except StoreNewerError:
        if conn is not None:
            conn.close()
        raise
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.Error | OSError):
            raise translate(exc, where) from exc
        raise
    if foreign is not None:
        recovery = (
            foreign
            if recovery is None
            else RecoveryReport(
                f"{foreign.message} {recovery.message}", recovery.moved_to, recovery.restored_from
            )
        )
    return OpenedWriter(conn, lock, recovery, unclean_shutdown=unclean)


def open_reader(paths: AppPaths) -> sqlite3.Connection:
    """A read-only connection to the database of ``paths``, which must be at the current schema."""
    db = paths.database
    where = str(paths.data_dir)
    if not db.is_file():
        raise StorageError(f"There are no saved sessions in {where} yet.")
    if header_damaged(db, paths):
        raise DamagedDatabaseError(
            f"The sessions database in {where} is damaged; open SVMI Desktop normally (not "
            f"read-only) to recover it from the latest backup."
        )
    try:
        try:
            conn = repo.connect_reader(db)
            version = repo.user_version(conn)
        except sqlite3.OperationalError:
            if os.access(paths.data_dir, os.W_OK):
                raise
            # Read-only media with no -shm file: nobody can be writing, so read it as is.
            conn = repo.connect_reader(db, immutable=True)
            version = repo.user_version(conn)
    except sqlite3.Error as exc:
        raise translate(exc, where) from exc
    if version > repo.SCHEMA_VERSION:
        conn.close()
        raise newer_error(db)
    if version < repo.SCHEMA_VERSION:
        conn.close()
        raise StorageError(
            f"The sessions in {where} were saved by an older version and must be upgraded "
            f"first; open SVMI Desktop normally (not read-only) to upgrade them."
        )
    return conn


def _private_database(db: Path) -> None:
    """Create the database file 0600 before SQLite does (SQLite gives its -wal and -shm the
    database's mode), and tighten one an earlier version left 0644 (issue 9)."""
    if os.name == "nt":
        return
    if not db.exists():
        with contextlib.suppress(OSError):
            os.close(os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    for suffix in ("", "-wal", "-shm", ".lock", ".open"):
        private(db.with_name(db.name + suffix))


def _write_marker(marker: Path, where: str) -> None:
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        try:
            os.write(fd, f"{os.getpid()}\n".encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise translate(exc, where) from exc


def _set_aside_orphan_journals(db: Path) -> None:
    """A -wal or -shm with no database beside it belongs to some other file: move it aside."""
    if db.exists():
        return
    stamp = backups.stamp(_dt.datetime.now(_dt.UTC))
    for suffix in ("-wal", "-shm", "-journal"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            with contextlib.suppress(OSError):
                os.replace(side, db.with_name(f"orphan-{stamp}.sqlite3{suffix}"))


def _migrate(conn: sqlite3.Connection, paths: AppPaths) -> None:
    """Bring the schema up to date, after a verified backup if there is data to protect."""
    version = repo.user_version(conn)
    if version > repo.SCHEMA_VERSION:
        raise newer_error(paths.database)
    if version == repo.SCHEMA_VERSION:
        return
    if version > 0:
        backups.write_backup(
            conn,
            paths.backups_dir,
            _dt.datetime.now(_dt.UTC),
            before_version=repo.SCHEMA_VERSION,
        )
    for step in repo.MIGRATIONS:
        if step.version > version:
            repo.apply_migration(conn, step)
    if repo.integrity_problems(conn, full=False) or repo.foreign_key_problems(conn):
        raise DamagedDatabaseError(  # pragma: no cover - each step is one transaction
            f"Upgrading the sessions database in {paths.data_dir} left it inconsistent; the "
            f"copy made before the upgrade is in {paths.backups_dir}."
        )
