"""A whole history of one organisation: levels per theme by date, and a radar of two dates.

The radar reuses :func:`.radar.radar_geometry` (axes, rings, polygons); a trend radar is its
geometry for *then* and *now* plus the target polygon, so every adapter draws it the same way.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

from .assessment import Assessment
from .compare import LevelPoint
from .criteria import Index
from .radar import Point, RadarGeometry, radar_geometry
from .scoring import evaluate


@dataclass(frozen=True)
class TrendPoint:
    session_id: int
    date: _dt.date
    present: tuple[LevelPoint, ...]
    future: tuple[LevelPoint, ...]
    present_mean: float


@dataclass(frozen=True)
class Trend:
    codes: tuple[str, ...]
    labels: tuple[str, ...]
    points: tuple[TrendPoint, ...]  # oldest first
    #: Sessions left out because they use another index or index version.
    left_apart: tuple[int, ...] = ()


def build_trend(index: Index, sessions: Sequence[tuple[int, Assessment]]) -> Trend:
    """Levels per theme for each session of ``index`` (same version), oldest first."""
    points, apart = [], []
    for session_id, assessment in sessions:
        if assessment.index_id != index.id or assessment.index_version != index.version:
            apart.append(session_id)
            continue
        ev = evaluate(index, assessment.answers)
        points.append(
            TrendPoint(
                session_id,
                assessment.workshop.date,
                tuple(LevelPoint.present_of(r) for r in ev.themes),
                tuple(LevelPoint.future_of(r) for r in ev.themes),
                ev.present.mean,
            )
        )
    points.sort(key=lambda p: (p.date, p.session_id))
    return Trend(
        codes=tuple(t.code for t in index.themes),
        labels=tuple(f"{t.code} {t.short}" for t in index.themes),
        points=tuple(points),
        left_apart=tuple(apart),
    )


@dataclass(frozen=True)
class TrendRadar:
    """The radar of two dates and the target: ``geometry.present`` is then, ``.future`` now."""

    geometry: RadarGeometry
    target: tuple[Point, ...]


def trend_radar(
    labels: Sequence[str], then: Sequence[int], now: Sequence[int], target: Sequence[int]
) -> TrendRadar:
    geometry = radar_geometry(labels, then, now)
    return TrendRadar(geometry, radar_geometry(labels, target, target).present)
