"""The History page (issue 14): levels per theme by date, and a radar of two dates and the target.

The radar reuses :class:`.radar_chart.RadarChart` (now and target, as on Results) and adds the
earlier date as a grey dotted polygon, from :func:`svmi_desktop.domain.trend.trend_radar`.
A registered page (:mod:`.page_registry`): built when first shown, its :func:`feed` asks the
lent ``History`` for the organisation's trend each time it is shown; the page never reads the
store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..domain import wording
from ..domain.levels import Level
from ..domain.radar import Point
from ..domain.trend import Trend, trend_radar
from .page_registry import lent, register_page
from .radar_chart import RadarChart
from .table_model import Cell, CellTable, level_cell
from .widgets import label

if TYPE_CHECKING:
    from .session_view import SessionView

THEN_COLOUR = "#555555"


class TrendRadarChart(RadarChart):
    """Now and target as on the Results radar, plus an earlier date, dotted grey with diamonds."""

    def __init__(self) -> None:
        super().__init__()
        self.then_points: tuple[Point, ...] = ()
        self.then_label = ""
        self.setAccessibleName(self.tr("Radar chart of two dates and the target"))

    def set_dates(
        self,
        labels: list[str],
        then: list[int],
        now: list[int],
        target: list[int],
        then_label: str,
    ) -> None:
        radar = trend_radar(labels, then, now, target)
        self.set_levels(labels, now, target)
        self.then_points, self.then_label = radar.geometry.present, then_label
        parts = [
            self.tr("%1: %2 %3, now %4")
            .replace("%1", lab)
            .replace("%2", then_label)
            .replace("%3", wording.level_name(Level(a)))
            .replace("%4", wording.level_name(Level(b)))
            for lab, a, b in zip(labels, then, now, strict=True)
        ]
        self.setAccessibleDescription(self.accessibleDescription() + " " + "; ".join(parts))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.then_points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(THEN_COLOUR)
        pen = QPen(colour, 3.0)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        vertices = [self.map_point(p) for p in self.then_points]
        painter.drawPolygon(QPolygonF(vertices))
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        for v in vertices:
            painter.drawPolygon(
                QPolygonF(
                    [v + QPointF(0, -6), v + QPointF(6, 0), v + QPointF(0, 6), v + QPointF(-6, 0)]
                )
            )
        fm = QFontMetricsF(self.font())
        y = 10.0 + 2 * fm.height() * 1.25 + fm.height() * 1.25 / 2
        painter.setPen(pen)
        painter.drawLine(QPointF(12, y), QPointF(56, y))
        painter.setPen(self.palette().text().color())
        painter.drawText(QPointF(66, y + fm.ascent() / 2 - 1), self.then_label)
        painter.end()


class TrendPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.addWidget(label(self.tr("History"), "h1"))
        self.summary = label("")
        outer.addWidget(self.summary)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        # A model behind a sort proxy: click a date to sort by it (the overall row stays last).
        self.table = CellTable(
            self.tr("Each theme's level at each assessment, oldest first"), last_pinned=True
        )
        row.addWidget(self.table, 1)
        self.radar = TrendRadarChart()
        row.addWidget(self.radar, 1)
        self.trend: Trend | None = None

    def show_trend(self, trend: Trend, horizon_years: int) -> None:
        self.trend = trend
        points = trend.points
        rows = [
            [Cell(text, sort=r), *(level_cell(point.present[r]) for point in points)]
            for r, text in enumerate(trend.labels)
        ]
        overall = [Cell(self.tr("Overall (mean)"))]
        overall += [Cell(f"{p.present_mean:.1f}", sort=p.present_mean) for p in points]
        self.table.show_cells(
            [self.tr("Theme")] + [p.date.isoformat() for p in points], [*rows, overall]
        )
        self.table.resizeColumnsToContents()
        text = self.tr("%1 assessments of this organisation.").replace("%1", str(len(points)))
        if trend.left_apart:
            text += " " + self.tr(
                "%1 other sessions use another index version and are not shown."
            ).replace("%1", str(len(trend.left_apart)))
        self.summary.setText(text)
        if points:
            first, now = points[0] if len(points) > 1 else points[-1], points[-1]
            self.radar.set_dates(
                list(trend.labels),
                [int(p.level) for p in first.present],
                [int(p.level) for p in now.present],
                [int(p.level) for p in now.future],
                first.date.isoformat(),
            )


# -- the page in the session (page_registry) ---------------------------------------------------


def feed(view: SessionView, page: TrendPage) -> None:
    """Give the page the organisation's history, from the lent ``History``."""
    history = lent(view, "history")
    if history is not None:
        session = view.session
        page.show_trend(
            history.trend(session.session_id), session.assessment.workshop.horizon_years
        )


register_page(
    "history",
    lambda: QCoreApplication.translate("History", "History"),
    lambda _view: TrendPage(),
    70,
    feed,
)
