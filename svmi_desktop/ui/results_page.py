"""Results: the level table (its accessible equivalent) beside the radar chart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.levels import Level
from ..domain.scoring import Evaluation, OverallLevel, ThemeLevel
from .radar_chart import RadarChart
from .style import LEVEL_COLOURS, level_text
from .widgets import label

THEME_COLUMN_CHARS = 16  # the theme column's widest, in average characters: longer names wrap


class ResultsPage(QWidget):
    COLUMNS = ("Theme", "Now", "In 2–3 years")

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        self.outer = outer
        outer.addWidget(label("Results", "h1"))
        self.summary = label("")
        self.summary.setProperty("role", "h3")
        outer.addWidget(self.summary)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row = row  # left to right, or top to bottom when both do not fit side by side
        outer.addLayout(row, 1)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setAccessibleName("Results table: each theme's level now and in 2–3 years")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move in it
        header = self.table.horizontalHeader()
        for column in range(len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Expanding)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        row.addWidget(self.table, 0)
        self.radar = RadarChart()
        row.addWidget(self.radar, 1)
        self.table.setAccessibleDescription("The same figures as the radar chart, as a table.")

    def show_evaluation(self, evaluation: Evaluation) -> None:
        themes = evaluation.themes
        self.table.setRowCount(len(themes) + 1)
        for r, result in enumerate(themes):
            self.table.setItem(r, 0, QTableWidgetItem(f"{result.theme.code}  {result.theme.short}"))
            self.table.setItem(r, 1, _level_item(result.present))
            self.table.setItem(r, 2, _level_item(result.future))
        last = len(themes)
        overall = QTableWidgetItem("Overall (mean of the theme levels)")
        bold = QFont(self.font())
        bold.setBold(True)
        overall.setFont(bold)
        self.table.setItem(last, 0, overall)
        self.table.setItem(last, 1, _overall_item(evaluation.present, bold))
        self.table.setItem(last, 2, _overall_item(evaluation.future, bold))
        self._fit_table()
        self.radar.set_levels(
            [f"{r.theme.code} {r.theme.short}" for r in themes],
            [int(r.present.level) for r in themes],
            [int(r.future.level) for r in themes],
        )
        p, f = evaluation.present, evaluation.future
        text = (
            f"Overall now: {p.mean:.1f} {p.level.label}  →  in 2–3 years: "
            f"{f.mean:.1f} {f.level.label}"
        )
        if p.incomplete or f.incomplete:
            text += "  (provisional: some questions are not answered yet)"
        self.summary.setText(text)

    def _fit_table(self) -> None:
        """Keep the whole table visible; the radar takes the rest of the width."""
        self.table.resizeColumnsToContents()
        widest = THEME_COLUMN_CHARS * self.table.fontMetrics().averageCharWidth()
        if self.table.columnWidth(0) > widest:  # long theme names wrap (issue 10)
            self.table.setColumnWidth(0, widest)
        self.table.resizeRowsToContents()
        width = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        width += 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.table.setFixedWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.table.rowCount():
            self._fit_table()
            self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def side_by_side(self) -> bool:
        return self.row.direction() == QBoxLayout.Direction.LeftToRight

    def _arrange(self) -> None:
        """Radar beside the table when both fit (the radar at least as wide as its minimum),
        else the radar below the table; the page scrolls (see ``responsive.PageScroll``)."""
        margins = self.outer.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.row.spacing()
        fits = room >= self.table.width() + self.radar.minimumWidth()
        direction = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            self.radar.setMinimumHeight(self.radar.minimumWidth() if fits else self.radar.stacked_height())


def _coloured(item: QTableWidgetItem, level: Level) -> QTableWidgetItem:
    bg, fg = LEVEL_COLOURS[level]
    item.setBackground(QBrush(QColor(bg)))
    item.setForeground(QBrush(QColor(fg)))
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def _level_item(level: ThemeLevel) -> QTableWidgetItem:
    text = level_text(level.level)
    if level.incomplete:
        text += "\nprovisional"
    return _coloured(QTableWidgetItem(text), level.level)


def _overall_item(overall: OverallLevel, font: QFont) -> QTableWidgetItem:
    text = f"{overall.mean:.1f}  {overall.level.label}"
    if overall.incomplete:
        text += "\nprovisional"
    item = _coloured(QTableWidgetItem(text), overall.level)
    item.setFont(font)
    return item
