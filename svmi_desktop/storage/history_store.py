"""The store's history methods (issue 14): organisation keys, baselines, carried answers.

A mixin of :class:`.store.Store`, so that the store module itself gains one line. Each change
is one committed transaction, as everywhere in the store; the SQL is in
:mod:`.repository.history`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from .errors import StorageError
from .repository import history as sql

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..domain.reassessment import Lineage

T = TypeVar("T")


class HistoryStoreMixin:
    """Reading and writing where a session sits in its organisation's history."""

    if TYPE_CHECKING:

        def _read(self, query: Callable[[sqlite3.Connection], T]) -> T: ...
        def _write(self, change: Callable[[sqlite3.Connection], T]) -> T: ...

    def lineage(self, session_id: int) -> Lineage:
        from ..domain.reassessment import Lineage

        row = self._read(lambda conn: sql.read_lineage(conn, session_id))
        if row is None:
            raise StorageError(f"There is no session {session_id}; it may have been deleted.")
        return Lineage(org_key=row[0], baseline_id=row[1], baseline_date=row[2], carried=row[3])

    def set_lineage(self, session_id: int, lineage: Lineage) -> None:
        def change(conn: sqlite3.Connection) -> None:
            if not sql.write_lineage(
                conn,
                session_id,
                lineage.org_key,
                lineage.baseline_id,
                lineage.baseline_date,
                lineage.carried,
            ):
                raise StorageError(f"There is no session {session_id}; it may have been deleted.")

        self._write(change)

    def create_linked_session(self, assessment: Assessment, lineage: Lineage) -> int:
        """Insert a session and its lineage in one transaction (a re-assessment, an import)."""
        from .repository import insert_session, now_text

        def change(conn: sqlite3.Connection) -> int:
            session_id = insert_session(conn, assessment, now_text())
            sql.write_lineage(
                conn,
                session_id,
                lineage.org_key,
                lineage.baseline_id,
                lineage.baseline_date,
                lineage.carried,
            )
            return session_id

        return self._write(change)

    def confirm_carried(self, session_id: int, criterion_id: str) -> None:
        self._write(lambda conn: sql.confirm_carried(conn, session_id, criterion_id))

    def history(self, org_key: str) -> list[sql.HistoryRow]:
        """The organisation's sessions, oldest first: id, date, name, index id, index version."""
        return self._read(lambda conn: sql.history(conn, org_key))
