"""The results radar, painted with QPainter from the core's radar geometry.

Present and future differ by line style (solid / dashed), fill (translucent / hatched) and marker
(circle / square) as well as colour; rings carry the level names; the results table beside it is
the accessible equivalent.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain import wording
from ..domain.levels import Level
from ..domain.radar import Point, RadarGeometry, radar_geometry
from .i18n import fmt
from .style import FUTURE_COLOUR, PRESENT_COLOUR


class RadarChart(QWidget):
    """Draws present vs future theme levels; call :meth:`set_levels` to update."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.present: list[int] = []
        self.future: list[int] = []
        self.geometry_: RadarGeometry | None = None
        self.future_name = self.tr("In 2–3 years")  # ResultsPage.show_horizon sets the session's
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 320)
        self.setAccessibleName(self.tr("Radar chart of present and future levels"))
        self.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus
        )  # issue 10: Tab reaches it; it reads its description

    def sizeHint(self) -> QSize:
        return QSize(560, 520)

    def stacked_height(self) -> int:
        """Its height below the table: room for the rings, the labels and the legend at the
        current text size (the page scrolls if the window is shorter)."""
        fm = QFontMetricsF(self.font())
        return int(max(self.minimumWidth(), 320 + fm.height() * 8))

    def set_levels(
        self, labels: Sequence[str], present: Sequence[int], future: Sequence[int]
    ) -> None:
        self.labels, self.present, self.future = list(labels), list(present), list(future)
        self.geometry_ = radar_geometry(self.labels, self.present, self.future)
        parts = [
            fmt(
                self.tr("%1: now %2, future %3"),
                lab,
                wording.level_name(Level(p)),
                wording.level_name(Level(f)),
            )
            for lab, p, f in zip(self.labels, self.present, self.future, strict=True)
        ]
        self.setAccessibleDescription(
            self.tr("Present is the solid blue line, future the dashed orange line. ")
            + "; ".join(parts)
        )
        self.update()

    # -- geometry in widget pixels ----------------------------------------------------------

    def _frame(self) -> tuple[QPointF, float, bool]:
        """Centre, radius, and whether the full axis labels fit (else theme codes only)."""
        fm = QFontMetricsF(self.font())
        legend = fm.height() * 2.6
        margin_y = fm.height() * 2.2
        height = max(self.height() - 2 * margin_y - legend, 40.0)
        best = (0.0, True)
        for full in (True, False):
            texts = self.labels if full else [t.split(" ", 1)[0] for t in self.labels]
            widest = max((fm.horizontalAdvance(t) for t in texts), default=0.0)
            width = self.width() - 2 * (widest + fm.averageCharWidth() * 2)
            radius = min(width, height) / 2
            if full and radius >= min(self.width(), height) * 0.3:
                best = (radius, True)
                break
            if not full:
                best = (radius, False)
        radius = max(best[0], 20.0)
        centre = QPointF(self.width() / 2, legend + margin_y + height / 2)
        return centre, radius, best[1]

    def full_labels(self) -> bool:
        return self._frame()[2]

    def map_point(self, unit: Point) -> QPointF:
        """Where a unit-coordinate point (y up) lands in the widget (y down)."""
        centre, radius, _ = self._frame()
        return QPointF(centre.x() + unit[0] * radius, centre.y() - unit[1] * radius)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.base())
        if self.hasFocus():  # a visible focus mark when Tab reaches the chart
            # solid, 3 px, not antialiased: every pixel of it at full contrast (the 3:1 rule)
            painter.setPen(QPen(pal.highlight().color(), 3, Qt.PenStyle.SolidLine))
            painter.drawRect(self.rect().adjusted(2, 2, -3, -3))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = pal.text().color()
        geo = self.geometry_
        if geo is None:
            return
        grid = QColor(text_colour)
        grid.setAlpha(110)
        fm = QFontMetricsF(self.font())
        painter.setPen(QPen(grid, 1))
        for ring in geo.rings:
            painter.drawPolygon(QPolygonF([self.map_point(p) for p in ring.points]))
        centre = self.map_point((0.0, 0.0))
        for axis in geo.axes:
            painter.drawLine(centre, self.map_point(axis.end))
        painter.setPen(text_colour)
        full = self.full_labels()
        for axis in geo.axes:
            at = self.map_point(axis.label_at)
            text = axis.label if full else axis.label.split(" ", 1)[0]
            w = fm.horizontalAdvance(text)
            x = at.x() - (w / 2 if axis.align == "centre" else (w if axis.align == "right" else 0))
            y = at.y() + fm.ascent() / 2
            if axis.align == "centre":
                y = at.y() - fm.descent() if at.y() < centre.y() else at.y() + fm.ascent()
            painter.drawText(QPointF(x, y), text)
        self._series(painter, geo.future, FUTURE_COLOUR, dashed=True)
        self._series(painter, geo.present, PRESENT_COLOUR, dashed=False)
        halo = QColor(pal.base().color())
        halo.setAlpha(200)
        for ring in geo.rings:
            at = self.map_point(ring.label_at)
            box = fm.boundingRect(wording.level_name(ring.level))
            box.moveTo(at.x() + 6, at.y() - 4 - fm.ascent())
            painter.fillRect(box.adjusted(-2, 0, 2, 0), halo)
            painter.setPen(text_colour)
            painter.drawText(QPointF(at.x() + 6, at.y() - 4), wording.level_name(ring.level))
        self._legend(painter, fm, text_colour)

    def _series(
        self, painter: QPainter, points: Sequence[Point], colour: str, dashed: bool
    ) -> None:
        qcolour = QColor(colour)
        vertices = [self.map_point(p) for p in points]
        polygon = QPolygonF(vertices)
        pen = QPen(qcolour, 3.5)
        pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            brush = QBrush(qcolour, Qt.BrushStyle.BDiagPattern)
        else:
            fill = QColor(qcolour)
            fill.setAlpha(60)
            brush = QBrush(fill)
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawPolygon(polygon)
        painter.setPen(QPen(qcolour, 1))
        painter.setBrush(QBrush(qcolour))
        for point in vertices:
            if dashed:
                painter.drawRect(QRectF(point.x() - 5, point.y() - 5, 10, 10))
            else:
                painter.drawEllipse(point, 5.5, 5.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _legend(self, painter: QPainter, fm: QFontMetricsF, text_colour: QColor) -> None:
        x, y = 12.0, 10.0
        line_h = fm.height() * 1.25
        for i, (name, colour, dashed) in enumerate(
            (
                (wording.now_label(), PRESENT_COLOUR, False),
                (self.future_name, FUTURE_COLOUR, True),  # the session's horizon (issue 10)
            )
        ):
            cy = y + i * line_h + line_h / 2
            pen = QPen(QColor(colour), 3.5)
            pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, cy), QPointF(x + 44, cy))
            painter.setPen(QPen(QColor(colour), 1))
            painter.setBrush(QBrush(QColor(colour)))
            if dashed:
                painter.drawRect(QRectF(x + 17, cy - 5, 10, 10))
            else:
                painter.drawEllipse(QPointF(x + 22, cy), 5.5, 5.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 54, cy + fm.ascent() / 2 - 1), name)
