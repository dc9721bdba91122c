"""The radar geometry shared by the Qt widget and the PDF."""

from __future__ import annotations

import math

import pytest

from svmi_desktop.domain.radar import radar_geometry


def test_axes_start_at_twelve_o_clock_and_run_clockwise():
    g = radar_geometry(["A", "B", "C", "D"], [4, 4, 4, 4], [4, 4, 4, 4])
    ends = [tuple(round(v, 9) for v in a.end) for a in g.axes]
    assert ends == [(0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0)]
    assert [a.align for a in g.axes] == ["centre", "left", "centre", "right"]


def test_polygon_vertices_scale_with_level():
    g = radar_geometry([str(i) for i in range(10)], [0, 1, 2, 3, 4] * 2, [4] * 10)
    radii = [round(math.hypot(*p), 9) for p in g.present]
    assert radii == [0.0, 0.25, 0.5, 0.75, 1.0] * 2
    assert [r.level for r in g.rings] == [1, 2, 3, 4]
    assert all(round(math.hypot(*p), 9) == 0.5 for p in g.rings[1].points)


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        radar_geometry([], [], [])
    with pytest.raises(ValueError):
        radar_geometry(["A"], [5], [1])
    with pytest.raises(ValueError):
        radar_geometry(["A", "B"], [1], [1, 2])
