"""The present/future radar for the PDF, drawn with reportlab graphics from the domain's geometry."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ..domain import wording
from ..domain.radar import radar_geometry
from ..domain.scoring import Evaluation
from . import palette
from .pdf_base import FONT
from .summary import Facts
from .text import one_line

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing


def radar_drawing(ev: Evaluation, facts: Facts, width: float, height: float) -> Drawing:
    """The present/future radar from the domain's geometry (y already points up here)."""
    from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
    from reportlab.lib.colors import HexColor

    labels = [r.theme.short for r in ev.themes]
    geo = radar_geometry(
        labels,
        [int(r.present.level) for r in ev.themes],
        [int(r.future.level) for r in ev.themes],
        label_gap=0.1,
    )
    legend_h = 22
    radius = min(width / 2 - 95, (height - legend_h) / 2 - 26)
    cx, cy = width / 2, legend_h + (height - legend_h) / 2
    d = Drawing(width, height, initialFontName=FONT)  # never an unembedded Times-Roman
    grid, ink = HexColor("#" + palette.GRID), HexColor("#333333")

    def xy(p: tuple[float, float]) -> tuple[float, float]:
        return cx + p[0] * radius, cy + p[1] * radius

    def flat(points: tuple[tuple[float, float], ...]) -> list[float]:
        return [v for p in points for v in xy(p)]

    for ring in geo.rings:
        d.add(Polygon(flat(ring.points), strokeColor=grid, strokeWidth=0.6, fillColor=None))
    for axis in geo.axes:
        x, y = xy(axis.end)
        d.add(Line(cx, cy, x, y, strokeColor=grid, strokeWidth=0.6))
        lx, ly = xy(axis.label_at)
        anchor = {"left": "start", "right": "end"}.get(axis.align, "middle")
        lines = textwrap.wrap(one_line(axis.label, 60), 18) or [""]
        size, lead = 7.5, 9
        top_half = axis.end[1] >= 0
        if axis.align == "centre":
            first = ly + 2 + lead * (len(lines) - 1) if top_half else ly - size
        else:
            first = ly + (lead * (len(lines) - 1)) / 2 - size / 3
        for i, line in enumerate(lines):
            d.add(
                String(
                    lx,
                    first - i * lead,
                    line,
                    fontName=FONT,
                    fontSize=size,
                    fillColor=ink,
                    textAnchor=anchor,
                )
            )
    future_c, present_c = HexColor("#" + palette.FUTURE), HexColor("#" + palette.PRESENT)
    d.add(
        Polygon(
            flat(geo.future),
            strokeColor=future_c,
            strokeWidth=1.8,
            strokeDashArray=[5, 3],
            fillColor=future_c,
            fillOpacity=0.15,
        )
    )
    d.add(
        Polygon(
            flat(geo.present),
            strokeColor=present_c,
            strokeWidth=2.2,
            fillColor=present_c,
            fillOpacity=0.25,
        )
    )
    for ring in geo.rings:
        x, y = xy(ring.label_at)
        d.add(
            String(
                x + 3,
                y - 8,
                wording.level_name(ring.level),
                fontName=FONT,
                fontSize=6.5,
                fillColor=HexColor("#666666"),
            )
        )
    horizon = facts.assessment.workshop.horizon_years
    lx = width / 2 - 120
    d.add(
        Rect(
            lx,
            6,
            18,
            9,
            fillColor=present_c,
            fillOpacity=0.25,
            strokeColor=present_c,
            strokeWidth=1.8,
        )
    )
    d.add(String(lx + 24, 7.5, wording.now_label(), fontName=FONT, fontSize=8.5, fillColor=ink))
    lx2 = width / 2 + 10
    d.add(
        Rect(
            lx2,
            6,
            18,
            9,
            fillColor=future_c,
            fillOpacity=0.15,
            strokeColor=future_c,
            strokeWidth=1.6,
            strokeDashArray=[4, 2],
        )
    )
    d.add(
        String(
            lx2 + 24, 7.5, wording.future_label(horizon), fontName=FONT, fontSize=8.5, fillColor=ink
        )
    )
    return d
