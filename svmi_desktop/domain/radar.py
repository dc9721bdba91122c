"""Radar chart geometry, computed once and drawn by the Qt widget and the PDF alike.

Unit coordinates: the centre is (0, 0), the outer ring (Innovator, level 4) has radius 1,
y points **up**, the first axis is at 12 o'clock and the axes run clockwise. A consumer
scales by its radius and flips y if its canvas grows downwards (Qt does, reportlab does not).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .levels import Level

Point = tuple[float, float]
MAX_LEVEL = int(Level.INNOVATOR)


@dataclass(frozen=True)
class Axis:
    label: str
    angle: float  # radians, measured clockwise from 12 o'clock
    end: Point  # where the axis meets the outer ring
    label_at: Point  # a point just outside the ring to anchor the label
    align: str  # "left", "right" or "centre": which side of label_at the text sits


@dataclass(frozen=True)
class Ring:
    level: Level
    points: tuple[Point, ...]
    label_at: Point  # where to print the level's name, on the first axis


@dataclass(frozen=True)
class RadarGeometry:
    axes: tuple[Axis, ...]
    rings: tuple[Ring, ...]
    present: tuple[Point, ...]
    future: tuple[Point, ...]


def point_at(angle: float, radius: float) -> Point:
    """Unit coordinates of a point ``radius`` from the centre at a clockwise angle."""
    return (radius * math.sin(angle), radius * math.cos(angle))


def radar_geometry(
    labels: Sequence[str],
    present: Sequence[int],
    future: Sequence[int],
    label_gap: float = 0.12,
) -> RadarGeometry:
    """Axes, level rings 1-4 and the present and future polygons for the given theme levels."""
    if not labels:
        raise ValueError("a radar chart needs at least one axis")
    if not len(labels) == len(present) == len(future):
        raise ValueError("labels, present and future must have the same length")
    n = len(labels)
    angles = [2 * math.pi * i / n for i in range(n)]
    axes = tuple(
        Axis(
            label=label,
            angle=angle,
            end=point_at(angle, 1.0),
            label_at=point_at(angle, 1.0 + label_gap),
            align=_align(angle),
        )
        for label, angle in zip(labels, angles, strict=True)
    )
    rings = tuple(
        Ring(
            level=Level(level),
            points=tuple(point_at(a, level / MAX_LEVEL) for a in angles),
            label_at=point_at(0.0, level / MAX_LEVEL),
        )
        for level in range(1, MAX_LEVEL + 1)
    )
    return RadarGeometry(
        axes=axes,
        rings=rings,
        present=_polygon(angles, present),
        future=_polygon(angles, future),
    )


def _polygon(angles: Sequence[float], levels: Sequence[int]) -> tuple[Point, ...]:
    out = []
    for angle, level in zip(angles, levels, strict=True):
        if not 0 <= level <= MAX_LEVEL:
            raise ValueError(f"level {level} is outside 0-{MAX_LEVEL}")
        out.append(point_at(angle, level / MAX_LEVEL))
    return tuple(out)


def _align(angle: float) -> str:
    x = math.sin(angle)
    if abs(x) < 1e-6:
        return "centre"
    return "left" if x > 0 else "right"
