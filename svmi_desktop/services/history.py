"""The history use cases: start a re-assessment, read a session's baseline, compare, trend.

Qt-free, over the store's history methods (:mod:`svmi_desktop.storage.history_store`). A
session's :class:`~svmi_desktop.domain.reassessment.Lineage` rides on its
:class:`~.workshop.WorkshopSession` (``session.lineage``); touching a carried answer confirms it
(:func:`confirm_carried`, called from ``WorkshopSession.set_answer``).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import SvmiError

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..domain.compare import Comparison
    from ..domain.progress import SinceLastTime
    from ..domain.reassessment import CarryMode, Lineage
    from ..domain.trend import Trend
    from .workshop import Workshops, WorkshopSession


def attach_lineage(session: WorkshopSession) -> None:
    """Read the session's lineage from a store that keeps one (a plain test store may not)."""
    reader = getattr(session.store, "lineage", None)
    if reader is not None:
        session.lineage = reader(session.session_id)


def confirm_carried(session: WorkshopSession, criterion_id: str) -> None:
    """The room touched a carried answer: it is theirs now, no longer "carried over"."""
    lineage = session.lineage
    if lineage is None or criterion_id not in lineage.carried:
        return
    session.lineage = lineage.confirmed(criterion_id)
    store: Any = session.store
    session._save(  # queued like every write: retried if the disk refuses it
        ("carried", criterion_id),
        lambda: store.confirm_carried(session.session_id, criterion_id),
    )


def confirm_all(session: WorkshopSession, criterion_ids: frozenset[str] | None = None) -> None:
    """Confirm the carried answers of ``criterion_ids`` (all of them if ``None``) as they are."""
    lineage = session.lineage
    if lineage is None:
        return
    for cid in sorted(
        lineage.carried if criterion_ids is None else lineage.carried & criterion_ids
    ):
        confirm_carried(session, cid)


def since_last_time_of(session: WorkshopSession) -> SinceLastTime | None:
    """The "since last time" summary of an open session, or ``None`` (no baseline in this
    database, or a baseline of another index version, which is never compared)."""
    from ..domain.compare import ComparisonError
    from ..domain.progress import since_last_time

    lineage = session.lineage
    if lineage is None or lineage.baseline_id is None:
        return None
    try:
        baseline = session.store.load(lineage.baseline_id)
        return since_last_time(session.index, baseline, session.assessment)
    except (ComparisonError, SvmiError):
        return None


def adopt_lineage(store: Any, session_id: int, found: Lineage | None) -> Lineage | None:
    """After importing a file: join the organisation's history it records (``found``, the
    history keys read and checked with the file, ``ImportResult.lineage``).

    The file's organisation key is kept, so that a body's files link up whichever machine
    wrote them; its baseline id is kept only if this database has that session under the same
    key and on the same date (ids are local to a database), else only the baseline's date.
    ``None``: the file has no history keys (a new history starts, as before).
    """
    from dataclasses import replace

    setter = getattr(store, "set_lineage", None)
    if found is None or setter is None:
        return None
    if found.baseline_id is not None:
        try:
            same = store.lineage(found.baseline_id).org_key == found.org_key and (
                found.baseline_date is None
                or store.load(found.baseline_id).workshop.date == found.baseline_date
            )
        except SvmiError:
            same = False
        if not same or found.baseline_id == session_id:
            found = replace(found, baseline_id=None)
    setter(session_id, found)
    return found


def adopt_into(session: WorkshopSession, found: Lineage | None) -> WorkshopSession:
    """:func:`adopt_lineage` for a session just imported and about to be shown. The window,
    ``Workshops.import_file`` and ``svmi sessions import`` all pass the lineage read with the
    file (in the memory-capped child), never read the file a second time."""
    lineage = adopt_lineage(session.store, session.session_id, found)
    if lineage is not None:
        session.lineage = lineage
    return session


@dataclass(frozen=True)
class HistoryEntry:
    session_id: int
    date: _dt.date
    organisation: str
    index_id: str
    index_version: str


class History:
    """History over the app's sessions (the window and the CLI use the same one)."""

    def __init__(self, workshops: Workshops) -> None:
        self.workshops = workshops

    @property
    def _store(self) -> Any:
        return self.workshops.store

    def lineage(self, session_id: int) -> Lineage:
        return self._store.lineage(session_id)  # type: ignore[no-any-return]

    def reassess(self, session_id: int, date: _dt.date, mode: CarryMode) -> WorkshopSession:
        """Start a re-assessment of a session: stored at once, opened, linked to its baseline."""
        from ..domain.entry_rules import check_details
        from ..domain.reassessment import reassess
        from .workshop import WorkshopSession

        baseline = self._store.load(session_id)
        if date <= baseline.workshop.date:
            raise SvmiError(
                f"A re-assessment must be dated after the session it follows "
                f"({baseline.workshop.date.isoformat()})."
            )
        index = self.workshops.index(baseline.index_id)
        made = reassess(baseline, self.lineage(session_id), session_id, index, date, mode)
        check_details(made.assessment.organisation, made.assessment.workshop)
        new_id = self._store.create_linked_session(made.assessment, made.lineage)
        session = WorkshopSession(self._store, new_id, index, made.assessment)
        session.lineage = made.lineage
        ev = session.evaluation
        self._store.set_summary(
            new_id, session.answered, session.asked, ev.present.mean, ev.future.mean
        )
        return session

    def entries(self, session_id: int) -> list[HistoryEntry]:
        """Every session of the same organisation (by key), oldest first."""
        key = self.lineage(session_id).org_key
        return [
            HistoryEntry(sid, _dt.date.fromisoformat(day), name, index_id, version)
            for sid, day, name, index_id, version in self._store.history(key)
        ]

    def baseline(self, session: WorkshopSession) -> Assessment | None:
        """The session's baseline if it is still in this database, else ``None``."""
        lineage = session.lineage
        if lineage is None or lineage.baseline_id is None:
            return None
        try:
            return self._store.load(lineage.baseline_id)  # type: ignore[no-any-return]
        except SvmiError:
            return None

    def since_last_time(self, session: WorkshopSession) -> SinceLastTime | None:
        """The "since last time" summary, or ``None`` (no baseline, or another index version)."""
        return since_last_time_of(session)

    def compare(self, then_id: int, now_id: int) -> Comparison:
        """Any two sessions of the same index and version, the earlier one as *then*."""
        from ..domain.compare import compare

        a, b = self._store.load(then_id), self._store.load(now_id)
        if (b.workshop.date, now_id) < (a.workshop.date, then_id):
            a, b = b, a
        return compare(self.workshops.index(b.index_id), a, b)

    def comparable(self, session_id: int) -> list[Any]:
        """Sessions that can be compared with this one: same index (the version is checked then)."""
        mine = self._store.load(session_id)
        return [
            s
            for s in self.workshops.sessions()
            if s.index_id == mine.index_id and s.id != session_id
        ]

    def trend(self, session_id: int) -> Trend:
        """The organisation's history as levels per theme by date (same index and version)."""
        from ..domain.trend import build_trend

        current = self._store.load(session_id)
        index = self.workshops.index(current.index_id)
        sessions = [
            (e.session_id, self._store.load(e.session_id)) for e in self.entries(session_id)
        ]
        return build_trend(index, sessions)
