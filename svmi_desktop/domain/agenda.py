"""The workshop plan: when it starts, how long it runs, minutes per theme, and the breaks.

Pure and Qt-free. The facilitator gives the start time and the total length; each theme's minutes
are suggested from what is left once the opening, the close and the breaks are taken out, and any
theme can be given its own minutes (the others share what remains). Workshop practice: ten themes
in 2-4 hours is 10-15 minutes a theme.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

MIN_TOTAL = 15
MAX_TOTAL = 12 * 60
MAX_ITEM = 8 * 60
DEFAULT_TOTAL = 180
DEFAULT_OPENING = 20
DEFAULT_CLOSING = 15


class AgendaError(ValueError):
    """A plan that cannot be kept: a length out of range, a break after an unknown theme."""


@dataclass(frozen=True)
class Break:
    """A pause after a theme (``after`` is the theme code)."""

    after: str
    minutes: int
    label: str = ""

    def __post_init__(self) -> None:
        _minutes(self.minutes, "A break")


@dataclass(frozen=True)
class Agenda:
    """The plan the facilitator sets; ``theme_minutes`` holds only themes given their own time."""

    start: _dt.time | None = None
    total_minutes: int = DEFAULT_TOTAL
    opening_minutes: int = DEFAULT_OPENING
    closing_minutes: int = DEFAULT_CLOSING
    theme_minutes: dict[str, int] = field(default_factory=dict)
    breaks: tuple[Break, ...] = ()

    def __post_init__(self) -> None:
        if type(self.total_minutes) is not int or not MIN_TOTAL <= self.total_minutes <= MAX_TOTAL:
            raise AgendaError(f"the workshop length must be {MIN_TOTAL} to {MAX_TOTAL} minutes")
        _minutes(self.opening_minutes, "The opening")
        _minutes(self.closing_minutes, "The close")
        for code, minutes in self.theme_minutes.items():
            _minutes(minutes, f"Theme {code}")

    @property
    def is_default(self) -> bool:
        return self == Agenda()

    def with_start(self, start: _dt.time | None) -> Agenda:
        return replace(self, start=start)

    def with_total(self, minutes: int) -> Agenda:
        return replace(self, total_minutes=minutes)

    def with_opening(self, minutes: int) -> Agenda:
        return replace(self, opening_minutes=minutes)

    def with_closing(self, minutes: int) -> Agenda:
        return replace(self, closing_minutes=minutes)

    def with_theme_minutes(self, code: str, minutes: int | None) -> Agenda:
        """Give a theme its own minutes, or (``None``) let it share the suggestion again."""
        own = dict(self.theme_minutes)
        if minutes is None:
            own.pop(code, None)
        else:
            own[code] = minutes
        return replace(self, theme_minutes=own)

    def with_break(self, after: str, minutes: int, label: str = "") -> Agenda:
        """Add a break after a theme, or replace the one already there (0 minutes removes it)."""
        kept = tuple(b for b in self.breaks if b.after != after)
        if minutes == 0:
            return replace(self, breaks=kept)
        return replace(self, breaks=(*kept, Break(after, minutes, label)))


def _minutes(value: object, what: str) -> None:
    if type(value) is not int or not 0 <= value <= MAX_ITEM:
        raise AgendaError(f"{what} must be 0 to {MAX_ITEM} minutes")


def suggested_minutes(agenda: Agenda, theme_codes: Sequence[str]) -> int:
    """Whole minutes each theme without its own time gets: what is left over, shared equally.

    Left over = total − opening − close − breaks − the minutes themes were given. Never below 0.
    """
    sharing = [c for c in theme_codes if c not in agenda.theme_minutes]
    if not sharing:
        return 0
    left = (
        agenda.total_minutes
        - agenda.opening_minutes
        - agenda.closing_minutes
        - sum(b.minutes for b in agenda.breaks if b.after in theme_codes)
        - sum(m for c, m in agenda.theme_minutes.items() if c in theme_codes)
    )
    return max(0, left // len(sharing))


def minutes_for(agenda: Agenda, code: str, theme_codes: Sequence[str]) -> int:
    """The minutes planned for one theme (its own, or the suggestion)."""
    own = agenda.theme_minutes.get(code)
    return own if own is not None else suggested_minutes(agenda, theme_codes)


@dataclass(frozen=True)
class Slot:
    """One line of the schedule: ``kind`` is "opening", "theme", "break" or "closing"."""

    kind: str
    key: str  # the theme code (theme, or the theme a break follows), else ""
    minutes: int
    start: _dt.time | None
    end: _dt.time | None
    label: str = ""
    own: bool = False  # the theme was given its own minutes


def schedule(agenda: Agenda, theme_codes: Sequence[str]) -> tuple[Slot, ...]:
    """The plan in order with clock times when a start time is set."""
    slots: list[Slot] = []
    clock = _dt.datetime.combine(_dt.date(2000, 1, 1), agenda.start) if agenda.start else None

    def add(kind: str, key: str, minutes: int, label: str = "", own: bool = False) -> None:
        nonlocal clock
        start = clock.time() if clock else None
        if clock is not None:
            clock += _dt.timedelta(minutes=minutes)
        slots.append(Slot(kind, key, minutes, start, clock.time() if clock else None, label, own))

    add("opening", "", agenda.opening_minutes)
    breaks = {b.after: b for b in agenda.breaks}
    for code in theme_codes:
        add("theme", code, minutes_for(agenda, code, theme_codes), own=code in agenda.theme_minutes)
        if code in breaks:
            add("break", code, breaks[code].minutes, breaks[code].label)
    add("closing", "", agenda.closing_minutes)
    return tuple(slots)


def planned_total(agenda: Agenda, theme_codes: Sequence[str]) -> int:
    """Minutes the schedule adds up to (more than the total when themes were given too much)."""
    return sum(s.minutes for s in schedule(agenda, theme_codes))


def check_agenda(agenda: Agenda, theme_codes: Sequence[str]) -> list[str]:
    """Plain-English problems with the plan (an empty list when it can be kept)."""
    problems: list[str] = []
    unknown = sorted(
        {b.after for b in agenda.breaks if b.after not in theme_codes}
        | {c for c in agenda.theme_minutes if c not in theme_codes}
    )
    if unknown:
        problems.append(f"the plan names themes this index does not have: {', '.join(unknown)}")
    over = planned_total(agenda, theme_codes) - agenda.total_minutes
    if over > 0:
        problems.append(f"the plan is {over} minutes longer than the workshop")
    if suggested_minutes(agenda, theme_codes) == 0 and len(agenda.theme_minutes) < len(theme_codes):
        problems.append("no time is left for the themes without their own minutes")
    return problems
