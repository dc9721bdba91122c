"""The present/future radar as inline SVG for the HTML report, drawn from the domain's geometry.

The SVG is an image with a name (``<title>``) and a description (``<desc>``) that reads every
theme's level now and in future; the level table right after it is the full equivalent, so a
screen-reader user loses nothing (WCAG 1.1.1). Lines are told apart by style as well as colour.
"""

from __future__ import annotations

import textwrap
from html import escape

from ..domain import wording
from ..domain.radar import radar_geometry
from ..domain.scoring import Evaluation
from . import palette
from .text import one_line

_CTX = "Report"
WIDTH, HEIGHT = 640, 470


def radar_text(ev: Evaluation, horizon_years: int) -> str:
    """The radar's text alternative: one clause per theme, levels worded as everywhere else;
    in a bilingual report, the whole text once per language (``wording.both``)."""
    return wording.both(lambda: _radar_text(ev, horizon_years))


def _radar_text(ev: Evaluation, horizon_years: int) -> str:
    now, future = wording.now_label(), wording.future_label(horizon_years)
    parts = [
        wording.trf(
            _CTX,
            "%1: %2 %3, %4 %5",
            one_line(r.theme.short, 80),
            now,
            wording.theme_level_text(
                r.present.level, r.present.incomplete, r.present.not_answered_yet
            ),
            future.lower(),
            wording.theme_level_text(
                r.future.level, r.future.incomplete, r.future.not_answered_yet
            ),
        )
        for r in ev.themes
    ]
    return wording.trf(
        _CTX,
        "Radar chart of each theme's level, from 0 at the centre to 4 at the edge. %1. "
        "The table below gives the same levels.",
        "; ".join(parts),
    )


def radar_svg(ev: Evaluation, horizon_years: int, ident: str = "radar") -> str:
    """The radar as an ``<svg role="img">`` string with a title and a description."""
    labels = [r.theme.short for r in ev.themes]
    geo = radar_geometry(
        labels,
        [int(r.present.level) for r in ev.themes],
        [int(r.future.level) for r in ev.themes],
        label_gap=0.08,
    )
    legend_h = 34
    radius = min(WIDTH / 2 - 130, (HEIGHT - legend_h) / 2 - 40)
    cx, cy = WIDTH / 2, (HEIGHT - legend_h) / 2 + 8

    def xy(p: tuple[float, float]) -> tuple[float, float]:
        return cx + p[0] * radius, cy - p[1] * radius  # SVG's y grows downwards

    def points(pts: tuple[tuple[float, float], ...]) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in map(xy, pts))

    title = wording.tr(_CTX, "Levels now and in future, by theme")
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" class="radar">',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(radar_text(ev, horizon_years))}</desc>',
        f'<g fill="none" stroke="#{palette.GRID}" stroke-width="0.8">',
    ]
    for ring in geo.rings:
        out.append(f'<polygon points="{points(ring.points)}"/>')
    for axis in geo.axes:
        x, y = xy(axis.end)
        out.append(f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}"/>')
    out.append("</g>")
    out.append(
        f'<polygon points="{points(geo.future)}" fill="#{palette.FUTURE}" fill-opacity="0.15" '
        f'stroke="#{palette.FUTURE}" stroke-width="2.4" stroke-dasharray="7 4"/>'
    )
    out.append(
        f'<polygon points="{points(geo.present)}" fill="#{palette.PRESENT}" fill-opacity="0.25" '
        f'stroke="#{palette.PRESENT}" stroke-width="2.8"/>'
    )
    out.append('<g font-size="12" fill="#222222">')
    for axis in geo.axes:
        lx, ly = xy(axis.label_at)
        anchor = {"left": "start", "right": "end"}.get(axis.align, "middle")
        lines = textwrap.wrap(one_line(axis.label, 60), 20) or [""]
        lead = 14
        if axis.align == "centre":
            first = ly - 4 - lead * (len(lines) - 1) if axis.end[1] >= 0 else ly + 12
        else:
            first = ly - lead * (len(lines) - 1) / 2 + 4
        spans = "".join(
            f'<tspan x="{lx:.1f}" y="{first + i * lead:.1f}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        out.append(f'<text text-anchor="{anchor}">{spans}</text>')
    out.append("</g>")
    out.append('<g font-size="10" fill="#444444">')
    for ring in geo.rings:
        x, y = xy(ring.label_at)
        out.append(
            f'<text x="{x + 4:.1f}" y="{y + 11:.1f}">{escape(wording.level_name(ring.level))}</text>'
        )
    out.append("</g>")
    ly = HEIGHT - 16
    lx = WIDTH / 2 - 170
    out += [
        f'<rect x="{lx:.1f}" y="{ly - 10}" width="22" height="12" fill="#{palette.PRESENT}" '
        f'fill-opacity="0.25" stroke="#{palette.PRESENT}" stroke-width="2.4"/>',
        f'<text x="{lx + 30:.1f}" y="{ly}" font-size="13" fill="#222222">'
        f"{escape(wording.now_label())}</text>",
        f'<rect x="{lx + 150:.1f}" y="{ly - 10}" width="22" height="12" fill="#{palette.FUTURE}" '
        f'fill-opacity="0.15" stroke="#{palette.FUTURE}" stroke-width="2" stroke-dasharray="5 3"/>',
        f'<text x="{lx + 180:.1f}" y="{ly}" font-size="13" fill="#222222">'
        f"{escape(wording.future_label(horizon_years))}</text>",
        "</svg>",
    ]
    return "\n".join(out)
