"""Colours for the workbook and the report: the shared palette (domain.palette) plus grid and header."""

from __future__ import annotations

from ..domain.levels import Level
from ..domain.palette import FUTURE, LEVEL_COLOURS, PRESENT

__all__ = ["FUTURE", "GRID", "HEADER_FILL", "LEVEL_COLOURS", "PRESENT", "fill", "ink"]

GRID = "B0B0B0"
HEADER_FILL = "E8E8E8"


def fill(level: Level) -> str:
    return LEVEL_COLOURS[level][0]


def ink(level: Level) -> str:
    return LEVEL_COLOURS[level][1]
