"""The room use cases: agenda, per-theme timer, silent votes, returned files, capture.

Qt-free. A :class:`RoomService` works on an open
:class:`~svmi_desktop.services.workshop.WorkshopSession`: each change makes a new
:class:`~svmi_desktop.domain.room.RoomRecord`, puts it on the session's assessment and writes it
through the store in one transaction (queued and retried like every other change when the store
refuses). The timer reads an injected monotonic clock, so tests control time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from ..domain.agenda import Agenda, minutes_for
from ..domain.capture import Completeness, Evidence, Item, ItemKind, evidence_completeness
from ..domain.merge import MergeResult
from ..domain.room import RoomRecord
from ..domain.text_limits import check_length
from ..domain.timer import Reading, ThemeClock, reading
from ..domain.votes import Column, Tally, Vote, parse_counts
from .workshop import WorkshopSession

Clock = Callable[[], float]


class RoomStore(Protocol):
    def set_room(self, session_id: int, room: RoomRecord) -> None: ...


class RoomService:
    """The room's record for one open session, and the running timer."""

    def __init__(self, session: WorkshopSession, clock: Clock = time.monotonic) -> None:
        self.session = session
        self.clock = clock
        self._timer = ThemeClock(spent={k: float(v) for k, v in self.room.time_spent.items()})
        self.current_theme: str | None = None
        self.timing = False

    # -- reading -----------------------------------------------------------------------------

    @property
    def room(self) -> RoomRecord:
        return self.session.assessment.room

    @property
    def theme_codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.session.index.themes)

    def planned_minutes(self, theme: str) -> int:
        return minutes_for(self.room.agenda, theme, self.theme_codes)

    def timer_reading(self, theme: str | None = None) -> Reading | None:
        theme = theme or self.current_theme
        if theme is None:
            return None
        return reading(self._timer, theme, self.planned_minutes(theme), self.clock())

    def completeness(self, theme: str) -> Completeness:
        return evidence_completeness(
            self.session.index.theme(theme), self.session.assessment.answers, self.room.evidence
        )

    # -- the timer ---------------------------------------------------------------------------

    def show_theme(self, theme: str | None) -> None:
        """The window moved to a theme page (or away from the themes, ``None``)."""
        if theme == self.current_theme:
            return
        self.current_theme = theme
        if self.timing:
            now = self.clock()
            self._timer = self._timer.start(theme, now) if theme else self._timer.stop(now)
            self._record()

    def start_timer(self) -> None:
        self.timing = True
        if self.current_theme is not None:
            self._timer = self._timer.start(self.current_theme, self.clock())

    def pause_timer(self) -> None:
        self.timing = False
        self._timer = self._timer.stop(self.clock())
        self._record()

    def toggle_timer(self) -> bool:
        (self.pause_timer if self.timing else self.start_timer)()
        return self.timing

    def flush(self) -> None:
        """Record the running theme's time so far (closing the session, leaving the window)."""
        if self.timing:
            now = self.clock()
            running = self._timer.running
            self._timer = self._timer.stop(now)
            if running is not None:
                self._timer = self._timer.start(running, now)
        self._record()

    def _record(self) -> None:
        room = self.room
        for theme, seconds in self._timer.spent.items():
            room = room.with_time_spent(theme, int(seconds))
        if room != self.room:
            self._set(room)

    # -- agenda ------------------------------------------------------------------------------

    def set_agenda(self, agenda: Agenda) -> None:
        for b in agenda.breaks:
            check_length(b.label, "The break's label")
        self._set(self.room.with_agenda(agenda))

    # -- silent votes ------------------------------------------------------------------------

    def vote(self, criterion_id: str, column: Column = Column.PRESENT) -> Vote | None:
        return self.room.vote(criterion_id, column)

    def enter_counts(
        self, criterion_id: str, counts: str | Tally, column: Column = Column.PRESENT
    ) -> Vote:
        """Record a silent vote's counts (hidden from the projector until revealed)."""
        self._asked(criterion_id)
        tally = parse_counts(counts) if isinstance(counts, str) else counts
        vote = Vote(tally, revealed=False)
        self._set(self.room.with_vote(criterion_id, column, vote))
        return vote

    def reveal(
        self, criterion_id: str, revealed: bool = True, column: Column = Column.PRESENT
    ) -> None:
        vote = self.room.vote(criterion_id, column)
        if vote is None:
            raise ValueError(f"no votes have been entered for {criterion_id} yet")
        self._set(self.room.with_vote(criterion_id, column, vote.with_revealed(revealed)))

    def clear_vote(self, criterion_id: str, column: Column = Column.PRESENT) -> None:
        self._set(self.room.with_vote(criterion_id, column, None))

    def set_dissent(self, criterion_id: str, text: str) -> None:
        check_length(text, f"The note of dissent on {criterion_id}")
        self._asked(criterion_id)
        self._set(self.room.with_dissent(criterion_id, text))

    # -- returned personal files -------------------------------------------------------------

    def merge_files(
        self, paths: Sequence[Path], resolve_index: Callable[[str], object]
    ) -> MergeResult:
        """Count returned personal files into the spread; refused files are listed, not stored."""
        from .room_files import merge_paths

        result = merge_paths(
            self.session.index,
            self.session.assessment,
            paths,
            resolve_index,  # type: ignore[arg-type]
        )
        if result.counted:
            self._set(self.room.with_spread(result.spread, result.returned))
        return result

    # -- capture -----------------------------------------------------------------------------

    def set_evidence(self, criterion_id: str, evidence: Evidence) -> None:
        check_length(evidence.what, f"The evidence for {criterion_id}")
        check_length(evidence.owner, f"The evidence owner for {criterion_id}")
        self._asked(criterion_id)
        self._set(self.room.with_evidence(criterion_id, evidence))

    def add_item(self, kind: ItemKind, theme: str, text: str) -> None:
        check_length(text, "The item")
        if not self.session.index.has_theme(theme):
            raise KeyError(theme)
        self._set(self.room.with_item(Item(kind, theme, text.strip())))

    def remove_item(self, position: int) -> Item:
        item = self.room.items[position]
        self._set(self.room.with_item_replaced(position, None))
        return item

    # -- internals ---------------------------------------------------------------------------

    def _asked(self, criterion_id: str) -> None:
        criterion = self.session.index.criterion(criterion_id)
        if not criterion.asked:
            raise ValueError(f"{criterion_id} is not asked in the workshop")

    def _set(self, room: RoomRecord) -> None:
        session = self.session
        session.assessment = session.assessment.with_room(room)
        store = session.store
        setter = getattr(store, "set_room", None)
        if setter is None:  # a store without the room (an old test double): memory only
            return
        session._save("room", lambda: setter(session.session_id, room))
