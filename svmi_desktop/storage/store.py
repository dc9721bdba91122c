"""The sessions store: every answer committed as it is given, and nothing lost on a crash.

See DESIGN.md section 5. :meth:`Store.open` takes the single-writer lock, checks the database
(a full ``integrity_check`` after an unclean shutdown), recovers a damaged file from the newest
good backup, and migrates an older schema after a verified backup. Each mutating method is one
committed transaction: when it returns, the change is on disk (WAL, ``synchronous=FULL``).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from ..domain.assessment import ActionEdit, Answer, Assessment, CustomAction, Organisation, Workshop
from ..paths import AppPaths
from . import backups
from . import repository as repo
from .errors import (
    LOCKED_MESSAGE,
    DamagedDatabaseError,
    StorageError,
    StoreLockedError,
    StoreNewerError,
    StoreReadOnlyModeError,
    is_damage,
    translate,
)
from .lock import LockHeld, WriterLock

T = TypeVar("T")

_SQLITE_MAGIC = b"SQLite format 3\x00"
#: How long a backup may be old, while there are changes, before :meth:`Store.maybe_backup` makes one.
BACKUP_INTERVAL = _dt.timedelta(minutes=30)


@dataclass(frozen=True)
class RecoveryReport:
    """What opening had to do because the database was damaged."""

    message: str
    moved_to: Path | None
    restored_from: Path | None


@dataclass(frozen=True)
class SessionSummary:
    id: int
    organisation: str
    index_id: str
    date: _dt.date
    created: _dt.datetime
    updated: _dt.datetime
    answered: int
    asked: int
    present_mean: float | None
    future_mean: float | None


def marker_path(database: Path) -> Path:
    """The clean-shutdown marker: present while a writer has the database open."""
    return database.with_name(database.name + ".open")


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def describe_time(moment: _dt.datetime) -> str:
    """A time as a facilitator reads it, in local time: ``21 Nov 2026 14:02``."""
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y %H:%M}"


class Store:
    """The sessions database of one data folder. Use :meth:`open`; close it (or use ``with``)."""

    read_only: bool
    recovery: RecoveryReport | None
    path: Path
    #: True when the previous writer did not close cleanly (crash, kill, power loss).
    unclean_shutdown: bool

    def __init__(
        self,
        paths: AppPaths,
        conn: sqlite3.Connection,
        *,
        read_only: bool,
        lock: WriterLock | None,
        recovery: RecoveryReport | None = None,
        unclean_shutdown: bool = False,
    ) -> None:
        self.paths = paths
        self.path = paths.database
        self.read_only = read_only
        self.recovery = recovery
        self.unclean_shutdown = unclean_shutdown
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock
        self._mutex = threading.RLock()
        self._changed = False
        self._changed_since_backup = False
        self._last_backup: float = time.monotonic()
        self._where = str(paths.data_dir)

    # ---------------------------------------------------------------------------------------
    # Opening
    # ---------------------------------------------------------------------------------------

    @classmethod
    def open(cls, paths: AppPaths, *, read_only: bool = False) -> Store:
        """Open (creating if need be) the sessions database of ``paths``; see the module doc."""
        if read_only:
            return cls._open_reader(paths)
        return cls._open_writer(paths)

    @classmethod
    def _open_writer(cls, paths: AppPaths) -> Store:
        where = str(paths.data_dir)
        try:
            paths.data_dir.mkdir(parents=True, exist_ok=True)
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
            return cls._start_writer(paths, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _start_writer(cls, paths: AppPaths, lock: WriterLock) -> Store:
        db = paths.database
        where = str(paths.data_dir)
        marker = marker_path(db)
        unclean = marker.exists()
        _set_aside_orphan_journals(db)
        damaged = _header_damaged(db, paths)  # refuses a newer database before anything is written
        _write_marker(marker, where)
        conn: sqlite3.Connection | None = None
        recovery: RecoveryReport | None = None
        if not damaged:
            try:
                conn = repo.connect_writer(db)
                damaged = _content_damaged(conn, full=unclean)
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc):
                    raise translate(exc, where) from exc
                damaged = True
            if damaged and conn is not None:
                conn.close()
                conn = None
        try:
            if damaged:
                recovery = _recover(paths)
                conn = repo.connect_writer(db)
                if _content_damaged(conn, full=True):  # pragma: no cover - verified backup
                    raise DamagedDatabaseError(
                        f"The sessions database in {where} is damaged and could not be recovered; "
                        f"move it out of the folder and start SVMI Desktop again."
                    )
            assert conn is not None
            _migrate(conn, paths)
            if repo.count_deleted(conn):  # left by a run that ended before it could purge
                with repo.transaction(conn):
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
        return cls(
            paths, conn, read_only=False, lock=lock, recovery=recovery, unclean_shutdown=unclean
        )

    @classmethod
    def _open_reader(cls, paths: AppPaths) -> Store:
        db = paths.database
        where = str(paths.data_dir)
        if not db.is_file():
            raise StorageError(f"There are no saved sessions in {where} yet.")
        if _header_damaged(db, paths):
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
            raise _newer_error(db)
        if version < repo.SCHEMA_VERSION:
            conn.close()
            raise StorageError(
                f"The sessions in {where} were saved by an older version and must be upgraded "
                f"first; open SVMI Desktop normally (not read-only) to upgrade them."
            )
        return cls(paths, conn, read_only=True, lock=None)

    # ---------------------------------------------------------------------------------------
    # Reading
    # ---------------------------------------------------------------------------------------

    def list_sessions(self) -> list[SessionSummary]:
        """Sessions not deleted, most recently changed first."""
        rows = self._read(repo.list_sessions)
        parse_time, parse_date = repo.parse_time, _dt.date.fromisoformat
        return [
            SessionSummary(
                sid, org, index_id, parse_date(day), parse_time(created), parse_time(updated),
                answered, asked, present, future,
            )
            for sid, org, index_id, day, created, updated, answered, asked, present, future in rows
        ]

    def load(self, session_id: int) -> Assessment:
        assessment = self._read(lambda conn: repo.load_session(conn, session_id))
        if assessment is None:
            raise _missing(session_id)
        return assessment

    def integrity_check(self) -> str:
        """The result of ``PRAGMA integrity_check``: ``"ok"`` for a sound database."""
        return self._read(repo.integrity_result)

    # ---------------------------------------------------------------------------------------
    # Changes: one committed transaction each
    # ---------------------------------------------------------------------------------------

    def create_session(self, assessment: Assessment) -> int:
        return self._write(lambda conn: repo.insert_session(conn, assessment, repo.now_text()))

    def set_answer(self, session_id: int, criterion_id: str, answer: Answer) -> None:
        """Store one answer; an empty ``Answer()`` removes it."""

        def change(conn: sqlite3.Connection) -> None:
            self._touch(conn, session_id)
            repo.upsert_answer(conn, session_id, criterion_id, answer)

        self._write(change)

    def set_note(self, session_id: int, theme: str, text: str) -> None:
        def change(conn: sqlite3.Connection) -> None:
            self._touch(conn, session_id)
            repo.upsert_note(conn, session_id, theme, text)

        self._write(change)

    def set_action_edit(self, session_id: int, criterion_id: str, edit: ActionEdit) -> None:
        def change(conn: sqlite3.Connection) -> None:
            self._touch(conn, session_id)
            repo.upsert_action_edit(conn, session_id, criterion_id, edit)

        self._write(change)

    def put_custom_action(self, session_id: int, action: CustomAction) -> None:
        """Add the action, or replace the one with the same id where it stands."""

        def change(conn: sqlite3.Connection) -> None:
            self._touch(conn, session_id)
            repo.put_custom_action(conn, session_id, action)

        self._write(change)

    def delete_custom_action(self, session_id: int, action_id: str) -> None:
        def change(conn: sqlite3.Connection) -> None:
            self._touch(conn, session_id)
            repo.delete_custom_action(conn, session_id, action_id)

        self._write(change)

    def update_details(
        self, session_id: int, organisation: Organisation, workshop: Workshop
    ) -> None:
        """Organisation and workshop details, participants included."""

        def change(conn: sqlite3.Connection) -> None:
            if not repo.update_details(conn, session_id, organisation, workshop, repo.now_text()):
                raise _missing(session_id)

        self._write(change)

    def set_summary(
        self,
        session_id: int,
        answered: int,
        asked: int,
        present_mean: float | None,
        future_mean: float | None,
    ) -> None:
        """The cached progress and overall means shown in the session list."""

        def change(conn: sqlite3.Connection) -> None:
            if not repo.set_summary(conn, session_id, answered, asked, present_mean, future_mean):
                raise _missing(session_id)

        self._write(change)

    def replace_session(self, session_id: int, assessment: Assessment) -> None:
        """Write the whole session in one transaction (undo of bulk changes, imports)."""

        def change(conn: sqlite3.Connection) -> None:
            if not repo.rewrite_session(conn, session_id, assessment, repo.now_text()):
                raise _missing(session_id)

        self._write(change)

    def delete_session(self, session_id: int) -> None:
        """Hide the session; :meth:`restore_session` undoes it until :meth:`purge_deleted`."""

        def change(conn: sqlite3.Connection) -> None:
            if not repo.mark_deleted(conn, session_id, repo.now_text()):
                raise _missing(session_id)

        self._write(change)

    def restore_session(self, session_id: int) -> None:
        def change(conn: sqlite3.Connection) -> None:
            if not repo.mark_deleted(conn, session_id, None):
                raise StorageError(
                    f"Session {session_id} can no longer be restored; it was removed for good "
                    f"when SVMI Desktop last closed."
                )

        self._write(change)

    def purge_deleted(self) -> int:
        """Remove deleted sessions for good: their text is overwritten in the database and WAL."""
        with self._mutex:
            self._writer()
            if not self._read(repo.count_deleted):
                return 0
            count = self._write(repo.purge_deleted)
            self._checkpoint()
            return count

    def _checkpoint(self) -> None:
        conn = self._writer()
        try:
            for attempt in range(20):  # a reader in another window may hold the WAL briefly
                if repo.checkpoint_truncate(conn):
                    return
                time.sleep(0.05 * (attempt + 1))
        except sqlite3.Error as exc:
            raise translate(exc, self._where) from exc

    # ---------------------------------------------------------------------------------------
    # Backups and closing
    # ---------------------------------------------------------------------------------------

    def backup_now(self) -> Path:
        """Write a verified backup now and rotate old ones out; its path."""
        with self._mutex:
            conn = self._writer()
            path = backups.write_backup(
                conn, self.paths.backups_dir, _dt.datetime.now(_dt.UTC)
            )
            self._changed_since_backup = False
            self._last_backup = time.monotonic()
            return path

    def maybe_backup(self, interval: _dt.timedelta = BACKUP_INTERVAL) -> Path | None:
        """A backup if something changed and the last one is older than ``interval``."""
        if self.read_only or not self._changed_since_backup:
            return None
        if time.monotonic() - self._last_backup < interval.total_seconds():
            return None
        return self.backup_now()

    @property
    def changed(self) -> bool:
        """Whether anything was changed since the store was opened."""
        return self._changed

    @property
    def closed(self) -> bool:
        return self._conn is None

    def close(self) -> None:
        """Purge deleted sessions, back up if changed, mark a clean shutdown, release the lock.

        A failure to purge or back up (a full disk, say) does not stop the close: everything
        stored is already durable.
        """
        with self._mutex:
            conn = self._conn
            if conn is None:
                return
            try:
                if not self.read_only:
                    with contextlib.suppress(StorageError):
                        self.purge_deleted()
                    if self._changed_since_backup:
                        with contextlib.suppress(StorageError):
                            self.backup_now()
                conn.close()  # the last connection checkpoints and removes the WAL
                self._conn = None
                if not self.read_only:
                    with contextlib.suppress(OSError):
                        marker_path(self.path).unlink()
            finally:
                if self._conn is not None:
                    with contextlib.suppress(sqlite3.Error):
                        self._conn.close()
                    self._conn = None
                if self._lock is not None:
                    self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ---------------------------------------------------------------------------------------
    # Helpers
    # ---------------------------------------------------------------------------------------

    def _live(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StorageError("The sessions database was closed; open SVMI Desktop again.")
        return self._conn

    def _writer(self) -> sqlite3.Connection:
        if self.read_only:
            raise StoreReadOnlyModeError(
                "These sessions were opened read-only, so the change was not saved; close any "
                "other SVMI Desktop window and open them again normally to make changes."
            )
        return self._live()

    def _read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        with self._mutex:
            conn = self._live()
            try:
                return query(conn)
            except sqlite3.Error as exc:
                raise translate(exc, self._where) from exc

    def _write(self, change: Callable[[sqlite3.Connection], T]) -> T:
        with self._mutex:
            conn = self._writer()
            try:
                with repo.transaction(conn):
                    result = change(conn)
            except sqlite3.Error as exc:
                raise translate(exc, self._where) from exc
            self._changed = True
            self._changed_since_backup = True
            return result

    @staticmethod
    def _touch(conn: sqlite3.Connection, session_id: int) -> None:
        if not repo.touch(conn, session_id, repo.now_text()):
            raise _missing(session_id)


def _missing(session_id: int) -> StorageError:
    return StorageError(f"There is no session {session_id}; it may have been deleted.")


def _newer_error(db: Path) -> StoreNewerError:
    return StoreNewerError(
        f"The sessions database {db} was made by a newer version of SVMI Desktop; install that "
        f"version (or newer) to open it. The file has not been changed."
    )


def _header_version(db: Path) -> int | None:
    """``user_version`` from the file header; ``None`` if it is not an SQLite database."""
    with open(db, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return None
    return int.from_bytes(header[60:64], "big", signed=True)


def _header_damaged(db: Path, paths: AppPaths) -> bool:
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
        raise _newer_error(db)
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
            raise _newer_error(db)
    return False


def _content_damaged(conn: sqlite3.Connection, *, full: bool) -> bool:
    problems = repo.integrity_problems(conn, full=full)
    if problems:
        return True
    version = repo.user_version(conn)
    if version == 0:
        return repo.has_any_table(conn)  # not an SVMI database
    return version <= repo.SCHEMA_VERSION and bool(repo.missing_tables(conn))


def _write_marker(marker: Path, where: str) -> None:
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
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


def _recover(paths: AppPaths) -> RecoveryReport:
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


def _migrate(conn: sqlite3.Connection, paths: AppPaths) -> None:
    """Bring the schema up to date, after a verified backup if there is data to protect."""
    version = repo.user_version(conn)
    if version > repo.SCHEMA_VERSION:
        raise _newer_error(paths.database)
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
