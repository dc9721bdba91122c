"""The per-theme timer: which theme the room is on, since when, and the time spent on each.

Pure: every function takes ``now`` (seconds from any monotonic clock), so tests inject a clock
and the window passes ``time.monotonic()``. The time recorded per theme is what the facilitator
spent with that theme's page open while the timer ran; it is stored and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

#: In the last minutes of a theme's time the cue changes from "on time" to "nearly out".
NEARLY_OUT_SECONDS = 120


class Phase(StrEnum):
    """Where the current theme stands against its planned time."""

    UNTIMED = "untimed"  # no time planned for it
    ON_TIME = "on_time"
    NEARLY_OUT = "nearly_out"
    OVER = "over"


@dataclass(frozen=True)
class ThemeClock:
    """Seconds already recorded per theme, and the theme being timed now (if any)."""

    spent: dict[str, float] = field(default_factory=dict)
    running: str | None = None
    since: float | None = None

    def start(self, theme: str, now: float) -> ThemeClock:
        """Time ``theme`` from ``now``; the theme timed so far has its time recorded first."""
        stopped = self.stop(now)
        return replace(stopped, running=theme, since=now)

    def stop(self, now: float) -> ThemeClock:
        """Stop timing; the running theme's time so far is added to what it had."""
        if self.running is None or self.since is None:
            return replace(self, running=None, since=None)
        spent = dict(self.spent)
        spent[self.running] = spent.get(self.running, 0.0) + max(0.0, now - self.since)
        return ThemeClock(spent=spent, running=None, since=None)

    def elapsed(self, theme: str, now: float) -> float:
        """Seconds spent on ``theme``, including the running stretch."""
        seconds = self.spent.get(theme, 0.0)
        if theme == self.running and self.since is not None:
            seconds += max(0.0, now - self.since)
        return seconds

    def with_spent(self, theme: str, seconds: float) -> ThemeClock:
        spent = dict(self.spent)
        spent[theme] = max(0.0, seconds)
        return replace(self, spent=spent)


@dataclass(frozen=True)
class Reading:
    """What the timer shows for one theme."""

    theme: str
    elapsed: int  # whole seconds
    allotted: int  # whole seconds; 0 when untimed
    phase: Phase
    running: bool

    @property
    def remaining(self) -> int:
        """Seconds left (negative once over)."""
        return self.allotted - self.elapsed


def phase(elapsed: float, allotted: float) -> Phase:
    """On time, nearly out (the last two minutes), or over; untimed without planned time."""
    if allotted <= 0:
        return Phase.UNTIMED
    if elapsed > allotted:
        return Phase.OVER
    if allotted - elapsed <= NEARLY_OUT_SECONDS:
        return Phase.NEARLY_OUT
    return Phase.ON_TIME


def reading(clock: ThemeClock, theme: str, allotted_minutes: int, now: float) -> Reading:
    elapsed = clock.elapsed(theme, now)
    allotted = allotted_minutes * 60
    return Reading(
        theme=theme,
        elapsed=int(elapsed),
        allotted=allotted,
        phase=phase(elapsed, allotted),
        running=clock.running == theme,
    )


def clock_text(seconds: int) -> str:
    """Minutes and seconds, "12:05" (hours shown as minutes: "75:00")."""
    seconds = abs(int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"
