"""The sessions store: every answer committed as it is given, and nothing lost on a crash.

See DESIGN.md section 5. :meth:`Store.open` hands opening to :mod:`.opening` (the single-writer
lock, checks, recovery from a backup via :mod:`.recovery`, migration). Each mutating method is
one committed transaction: when it returns, the change is on disk (WAL, ``synchronous=FULL``).
All SQL is in :mod:`.repository`, called through that package's namespace.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from ..paths import AppPaths
from . import backups, checkpoint, opening
from . import repository as repo
from .errors import StorageError, StoreReadOnlyModeError, translate
from .history_store import HistoryStoreMixin  # issue 14
from .lock import WriterLock
from .opening import lock_path, marker_path
from .recovery import RecoveryReport, describe_time

if TYPE_CHECKING:  # annotations only: opening the store and listing sessions need no domain class
    from ..domain.assessment import (
        ActionEdit,
        Answer,
        Assessment,
        CustomAction,
        Organisation,
        Workshop,
    )
    from ..domain.room import RoomRecord  # issue 15

__all__ = [
    "BACKUP_INTERVAL",
    "RecoveryReport",
    "SessionSummary",
    "Store",
    "describe_time",
    "lock_path",
    "marker_path",
]

T = TypeVar("T")

#: How long a backup may be old, while there are changes, before :meth:`Store.maybe_backup` makes one.
BACKUP_INTERVAL = _dt.timedelta(minutes=30)


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


class Store(HistoryStoreMixin):  # issue 14: history methods
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
        #: Why a store is read-only, in a sentence the window shows (set by whoever fell back).
        self.read_only_reason: str | None = None
        self.recovery = recovery
        self.unclean_shutdown = unclean_shutdown
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock
        self._mutex = threading.RLock()
        self._changed = False
        self._changed_since_backup = False
        self._batch_depth = 0
        #: Set when closing could not empty the WAL because another program was reading: what
        #: to tell the user (the data is safe; only the wipe of deleted text waits).
        self.checkpoint_deferred: str | None = None
        self._last_backup: float = time.monotonic()
        self._where = str(paths.data_dir)

    # ---------------------------------------------------------------------------------------
    # Opening
    # ---------------------------------------------------------------------------------------

    @classmethod
    def open(cls, paths: AppPaths, *, read_only: bool = False) -> Store:
        """Open (creating if need be) the sessions database of ``paths``; see :mod:`.opening`."""
        if read_only:
            return cls(paths, opening.open_reader(paths), read_only=True, lock=None)
        opened = opening.open_writer(paths)
        return cls(
            paths,
            opened.conn,
            read_only=False,
            lock=opened.lock,
            recovery=opened.recovery,
            unclean_shutdown=opened.unclean_shutdown,
        )

    # ---------------------------------------------------------------------------------------
    # Reading
    # ---------------------------------------------------------------------------------------

    def list_sessions(self) -> list[SessionSummary]:
        """Sessions not deleted, most recently changed first."""
        rows = self._read(repo.list_sessions)
        parse_time, parse_date = repo.parse_time, _dt.date.fromisoformat
        return [
            SessionSummary(
                sid,
                org,
                index_id,
                parse_date(day),
                parse_time(created),
                parse_time(updated),
                answered,
                asked,
                present,
                future,
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

    def set_room(self, session_id: int, room: RoomRecord) -> None:  # issue 15
        """Replace the session's room record (agenda, tallies, capture, time) in one change."""

        def change(conn: sqlite3.Connection) -> None:
            self._touch(conn, session_id)
            repo.write_room(conn, session_id, room)

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
        """Empty the WAL into the database without ever hanging (see :mod:`.checkpoint`)."""
        conn = self._writer()
        try:
            done = checkpoint.within_deadline(conn)
        except sqlite3.Error as exc:
            raise translate(exc, self._where) from exc
        self.checkpoint_deferred = None if done else checkpoint.deferred_message(self._where)

    # ---------------------------------------------------------------------------------------
    # Backups and closing
    # ---------------------------------------------------------------------------------------

    def backup_now(self) -> Path:
        """Write a verified backup now and rotate old ones out; its path."""
        with self._mutex:
            conn = self._writer()
            path = backups.write_backup(conn, self.paths.backups_dir, _dt.datetime.now(_dt.UTC))
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
                self.read_only_reason  # issue 9: e.g. a read-only data folder, not another window
                or "These sessions were opened read-only, so the change was not saved; close any "
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
            if self._batch_depth:  # inside together(): part of its one transaction
                result = change(conn)
                self._changed = self._changed_since_backup = True
                return result
            try:
                with repo.transaction(conn):
                    repo.bump(conn)
                    result = change(conn)
            except sqlite3.Error as exc:
                raise translate(exc, self._where) from exc
            self._changed = True
            self._changed_since_backup = True
            return result

    @contextlib.contextmanager
    def together(self) -> Iterator[None]:
        """Make every change inside the block one transaction: one commit, one fsync.

        A change and the session summary that reflects it are written together, so that after
        a kill the start screen's progress is never one behind; if anything in the block fails,
        nothing in it is stored.
        """
        with self._mutex:
            conn = self._writer()
            if self._batch_depth:
                self._batch_depth += 1
                try:
                    yield
                finally:
                    self._batch_depth -= 1
                return
            self._batch_depth = 1
            try:
                with repo.transaction(conn):
                    repo.bump(conn)
                    yield
            except sqlite3.Error as exc:
                raise translate(exc, self._where) from exc
            finally:
                self._batch_depth = 0

    @staticmethod
    def _touch(conn: sqlite3.Connection, session_id: int) -> None:
        if not repo.touch(conn, session_id, repo.now_text()):
            raise _missing(session_id)


def _missing(session_id: int) -> StorageError:
    return StorageError(f"There is no session {session_id}; it may have been deleted.")
