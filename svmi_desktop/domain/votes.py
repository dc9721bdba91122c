"""Individual views as counts: how many said yes, no or not sure about one criterion.

A :class:`Tally` never holds names. It comes from a silent vote entered by the facilitator in
the room, or from personal assessment files returned before the room (see
:mod:`svmi_desktop.domain.merge`). The agreed answer stays in the assessment's answers; a tally
only sits beside it. Each rule here is one pure function.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

#: The most people one count may hold (a room, or a consortium's returned files).
MAX_COUNT = 999


class Column(StrEnum):
    """Which question a tally answers: met now, or met by the end of the horizon."""

    PRESENT = "present"
    FUTURE = "future"


class Source(StrEnum):
    """Where the counts came from."""

    VOTE = "vote"  # a silent vote in the room
    FILES = "files"  # personal files returned before the room


class CountError(ValueError):
    """A count that is negative or larger than a room could hold."""


@dataclass(frozen=True)
class Tally:
    """How many said yes, no and not sure."""

    yes: int = 0
    no: int = 0
    unsure: int = 0

    def __post_init__(self) -> None:
        for name in ("yes", "no", "unsure"):
            value = getattr(self, name)
            if type(value) is not int or not 0 <= value <= MAX_COUNT:
                raise CountError(f"the {name} count must be a whole number from 0 to {MAX_COUNT}")

    @property
    def total(self) -> int:
        return self.yes + self.no + self.unsure

    @property
    def is_empty(self) -> bool:
        return self.total == 0

    def with_yes(self, yes: int) -> Tally:
        return replace(self, yes=yes)

    def with_no(self, no: int) -> Tally:
        return replace(self, no=no)

    def with_unsure(self, unsure: int) -> Tally:
        return replace(self, unsure=unsure)

    def plus(self, other: Tally) -> Tally:
        """Both tallies' counts added (one more returned file, one more batch)."""
        return Tally(self.yes + other.yes, self.no + other.no, self.unsure + other.unsure)


def counted(answer: bool | None) -> Tally:
    """One person's answer as a tally of one: an unanswered criterion counts as not sure."""
    if answer is True:
        return Tally(yes=1)
    if answer is False:
        return Tally(no=1)
    return Tally(unsure=1)


def is_split(tally: Tally) -> bool:
    """True when some said yes and some said no: the room does not agree."""
    return tally.yes > 0 and tally.no > 0


def disagreement(tally: Tally) -> float:
    """How divided the views are, from 0 (all agree, or no views) to 1 (an even yes/no split).

    The smaller of yes and no over the larger, weighted by the share of people who took a side:
    5 yes / 5 no is 1.0, 9 yes / 1 no is about 0.11, 3 yes / 0 no is 0. Not-sure views alone are
    not a disagreement, but they dilute a split.
    """
    sided = tally.yes + tally.no
    if tally.yes == 0 or tally.no == 0:
        return 0.0
    balance = min(tally.yes, tally.no) / max(tally.yes, tally.no)
    return balance * sided / tally.total


def majority(tally: Tally) -> bool | None:
    """Yes or No when more than half of everyone said it; ``None`` otherwise."""
    if tally.yes * 2 > tally.total:
        return True
    if tally.no * 2 > tally.total:
        return False
    return None


def against_agreed(tally: Tally, agreed: bool | None) -> bool:
    """True when the agreed answer is the opposite of what most people said."""
    most = majority(tally)
    return agreed is not None and most is not None and most != agreed


def disagreements_first(
    criterion_ids: Iterable[str],
    tallies: Mapping[str, Tally],
    agreed: Mapping[str, bool | None] | None = None,
) -> list[str]:
    """The criteria, most divided first; then those whose agreed answer goes against the
    majority; then the rest in their given (index) order. The sort is stable, so criteria equally
    divided keep index order."""
    agreed = agreed or {}
    order = list(criterion_ids)

    def key(pair: tuple[int, str]) -> tuple[int, float, int]:
        position, cid = pair
        tally = tallies.get(cid, Tally())
        if is_split(tally):
            return (0, -disagreement(tally), position)
        if against_agreed(tally, agreed.get(cid)):
            return (1, 0.0, position)
        return (2, 0.0, position)

    return [cid for _, cid in sorted(enumerate(order), key=key)]


@dataclass(frozen=True)
class Vote:
    """A silent vote on one criterion: the counts, and whether the room has seen them yet."""

    tally: Tally = Tally()
    revealed: bool = False

    def with_tally(self, tally: Tally) -> Vote:
        return replace(self, tally=tally)

    def with_revealed(self, revealed: bool) -> Vote:
        return replace(self, revealed=revealed)


def projected(vote: Vote | None) -> Tally | None:
    """What the projector may show of a vote: its counts once revealed, else nothing."""
    if vote is None or not vote.revealed:
        return None
    return vote.tally


def parse_counts(text: str) -> Tally:
    """Counts typed in a couple of keystrokes: "5 2 1" (yes, no, not sure), "5/2", "5,2,0".

    Any run of non-digits separates the numbers; missing counts are 0. Raises
    :class:`CountError` with a plain message for anything else.
    """
    import re

    numbers = re.findall(r"\d+", text)
    if not numbers or len(numbers) > 3 or re.search(r"[^\d\s,;/:.+-]", text):
        raise CountError("type up to three counts, yes then no then not sure, for example 5 2 1")
    values = [int(n) for n in numbers] + [0] * (3 - len(numbers))
    return Tally(*values)
