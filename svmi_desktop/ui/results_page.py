"""Results: the level table (its accessible equivalent) beside the radar chart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QHeaderView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.scoring import Evaluation
from .i18n import QT_TRANSLATE_NOOP, fmt
from .radar_chart import RadarChart
from .widgets import label

THEME_COLUMN_CHARS = 16  # the theme column's widest, in average characters: longer names wrap


class ResultsPage(QWidget):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ResultsModel", "Theme"),
        QT_TRANSLATE_NOOP("ResultsModel", "Now"),
        QT_TRANSLATE_NOOP("ResultsModel", "In 2–3 years"),
    )

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        self.outer = outer
        outer.addWidget(label(self.tr("Results"), "h1"))
        self.summary = label("")
        self.summary.setProperty("role", "h3")
        outer.addWidget(self.summary)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row = row  # left to right, or top to bottom when both do not fit side by side
        outer.addLayout(row, 1)
        from .results_model import ResultsModel, ResultsSort, ResultsTable  # issue 10: model/view

        self.model = ResultsModel()
        self.proxy = ResultsSort(self.model)
        self.table = ResultsTable()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(
            self.tr("Results table: each theme's level now and in 2–3 years")
        )
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
        self.table.setAccessibleDescription(
            self.tr("The same figures as the radar chart, as a table.")
        )
        self._future_name = self.tr("in 2–3 years")

    def show_horizon(self, years: int) -> None:
        """Issue 10: the future column, the summary and the radar's legend read the horizon."""
        from ..domain.wording import future_label

        name = future_label(years)
        self._future_name = name[:1].lower() + name[1:]
        self.model.set_future_name(name)
        self.table.setAccessibleName(
            self.tr("Results table: each theme's level now and %1").replace("%1", self._future_name)
        )
        self.radar.future_name = name

    def show_evaluation(self, evaluation: Evaluation) -> None:
        themes = evaluation.themes
        self.model.show(evaluation)
        self._fit_table()
        self.radar.set_levels(
            [f"{r.theme.code} {r.theme.short}" for r in themes],
            [int(r.present.level) for r in themes],
            [int(r.future.level) for r in themes],
        )
        p, f = evaluation.present, evaluation.future
        from ..domain import wording  # the one wording of the overall figure (issue 11)

        text = fmt(
            self.tr("Overall now: %1  →  %2: %3"),
            wording.overall_text(p.mean, p.level),
            self._future_name,
            wording.overall_text(f.mean, f.level),
        )
        if p.incomplete or f.incomplete:
            text += self.tr("  (provisional: some questions are not answered yet)")
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
            self.radar.setMinimumHeight(
                self.radar.minimumWidth() if fits else self.radar.stacked_height()
            )
