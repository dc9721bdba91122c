"""The level and radar colours, defined once for the screen, the workbook and the report.

Okabe-Ito colours, safe for colour-blind readers. Each level pairs a fill with a text colour
that keeps a contrast of at least 4.5:1, and the level's name is always shown too, so colour is
never the only cue. The radar's series are told apart by line style and fill as well; both
series colours keep at least 3:1 against white (WCAG non-text contrast).
Colours are ``RRGGBB`` hex without ``#``; each consumer adds what its library needs.
"""

from __future__ import annotations

from .levels import Level

#: (fill, text) per level.
LEVEL_COLOURS: dict[Level, tuple[str, str]] = {
    Level.NON_COMPLIANT: ("D55E00", "000000"),  # vermillion
    Level.FOLLOWER: ("F0E442", "000000"),  # yellow
    Level.MATURE: ("56B4E9", "000000"),  # sky blue
    Level.LEADER: ("009E73", "000000"),  # bluish green
    Level.INNOVATOR: ("0072B2", "FFFFFF"),  # blue
}

PRESENT = "0072B2"  # blue, solid line
FUTURE = "D55E00"  # vermillion, dashed line
