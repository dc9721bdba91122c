"""Level colours for the workbook and the report (Okabe-Ito, safe for colour-blind readers).

Each level pairs a fill with a text colour that keeps a contrast of at least 4.5:1, and the
level's name is always printed too, so colour is never the only cue.
"""

from __future__ import annotations

from ..domain.levels import Level

#: (fill, text) as RRGGBB hex, no "#".
LEVEL_COLOURS: dict[Level, tuple[str, str]] = {
    Level.NON_COMPLIANT: ("D55E00", "000000"),  # vermillion
    Level.FOLLOWER: ("F0E442", "000000"),  # yellow
    Level.MATURE: ("56B4E9", "000000"),  # sky blue
    Level.LEADER: ("009E73", "000000"),  # bluish green
    Level.INNOVATOR: ("0072B2", "FFFFFF"),  # blue
}

#: The radar's two series: present (solid) and future (dashed).
PRESENT = "0072B2"  # blue
FUTURE = "E69F00"  # orange
GRID = "B0B0B0"
HEADER_FILL = "E8E8E8"


def fill(level: Level) -> str:
    return LEVEL_COLOURS[level][0]


def ink(level: Level) -> str:
    return LEVEL_COLOURS[level][1]
