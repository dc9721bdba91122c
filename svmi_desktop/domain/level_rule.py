"""The theme level rule of DESIGN.md section 3 as data: an ordered list of gates.

A theme climbs from Non-compliant to Innovator through gates; the first gate with an unmet
criterion decides its level. :func:`gates` is the rule's one description that something other
than Python can follow: the submission workbook turns it into spreadsheet formulas
(``export/workbook_formulas.py``) and :func:`level_through_gates` follows it in Python; a
test proves it gives exactly :func:`~.scoring.theme_level` for every answer pattern.
Change the rule here and in ``scoring.theme_level`` together (the test fails otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .criteria import Criterion, Kind, Theme
from .levels import Level


@dataclass(frozen=True)
class Gate:
    """If any of ``criteria`` is not met, the theme stays at ``level_if_unmet``."""

    level_if_unmet: Level
    #: The level reached by passing this gate (the next level, for "why this level").
    next_level: Level
    criteria: tuple[Criterion, ...]


#: The level of a theme that passes every gate.
TOP_LEVEL = Level.INNOVATOR


def gates(theme: Theme) -> tuple[Gate, ...]:
    """The theme's gates, lowest first: compliance, then each level's requirements."""
    compliance = tuple(c for c in theme.criteria if c.kind is Kind.COMPLIANCE)
    out = [Gate(Level.NON_COMPLIANT, Level.FOLLOWER, compliance)]
    below = Level.FOLLOWER
    for level in (Level.MATURE, Level.LEADER, Level.INNOVATOR):
        reqs = tuple(c for c in theme.at_level(level) if c.kind is Kind.REQUIREMENT)
        out.append(Gate(below, level, reqs))
        below = level
    return tuple(out)


def level_through_gates(
    theme: Theme, met: Callable[[Criterion], bool]
) -> tuple[Level, Gate | None]:
    """The level the gates give, and the gate that stopped the theme (``None`` at the top)."""
    for gate in gates(theme):
        if any(not met(c) for c in gate.criteria):
            return gate.level_if_unmet, gate
    return TOP_LEVEL, None
