"""The five maturity levels and their names, letters and ordering."""

from __future__ import annotations

from enum import IntEnum


class Level(IntEnum):
    """A theme or overall maturity level; the number is the score used in the mean."""

    NON_COMPLIANT = 0
    FOLLOWER = 1
    MATURE = 2
    LEADER = 3
    INNOVATOR = 4

    @property
    def label(self) -> str:
        """The name a facilitator reads, e.g. "Non-compliant" or "Leader"."""
        return _LABELS[self]

    @property
    def key(self) -> str:
        """The lower-case key used in criteria files ("follower", …)."""
        return self.name.lower().replace("_", "-")

    @property
    def letter(self) -> str:
        """The letter used in criterion ids (F, M, L, I); empty for Non-compliant."""
        return _LETTERS.get(self, "")

    @classmethod
    def from_letter(cls, letter: str) -> Level:
        for level, value in _LETTERS.items():
            if value == letter:
                return level
        raise ValueError(f"unknown level letter {letter!r}")

    @classmethod
    def from_key(cls, key: str) -> Level:
        for level in cls:
            if level.key == key and level is not cls.NON_COMPLIANT:
                return level
        raise ValueError(f"unknown level {key!r}")


_LABELS = {
    Level.NON_COMPLIANT: "Non-compliant",
    Level.FOLLOWER: "Follower",
    Level.MATURE: "Mature",
    Level.LEADER: "Leader",
    Level.INNOVATOR: "Innovator",
}
_LETTERS = {Level.FOLLOWER: "F", Level.MATURE: "M", Level.LEADER: "L", Level.INNOVATOR: "I"}

#: The four levels a criterion can belong to, lowest first.
CRITERION_LEVELS: tuple[Level, ...] = (Level.FOLLOWER, Level.MATURE, Level.LEADER, Level.INNOVATOR)
