"""The results table as Qt model/view (issue 10): one row per theme and the overall mean, the
level cells coloured AND named, behind a sort proxy (click a heading to sort; the overall row
stays last)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableView

from ..domain import wording
from ..domain.levels import Level
from ..domain.scoring import Evaluation, OverallLevel, ThemeLevel
from .style import LEVEL_COLOURS, level_text

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # theme order, or the level as a number


class ResultsModel(QAbstractTableModel):
    """Theme, now, future; the last row is the overall mean."""

    def __init__(self) -> None:
        super().__init__()
        self.evaluation: Evaluation | None = None
        self.future_name = self.tr("In 2–3 years")

    def show(self, evaluation: Evaluation) -> None:
        self.beginResetModel()
        self.evaluation = evaluation
        self.endResetModel()

    def set_future_name(self, name: str) -> None:
        self.future_name = name
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 2, 2)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self.evaluation is None:
            return 0
        return len(self.evaluation.themes) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Theme"), wording.now_label(), self.future_name)[section]

    def is_overall(self, row: int) -> bool:
        return self.evaluation is not None and row == len(self.evaluation.themes)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ev = self.evaluation
        if ev is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        overall = self.is_overall(row)
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if overall:
                    return self.tr("Overall (mean of the theme levels)")
                theme = ev.themes[row].theme
                return f"{theme.code}  {theme.short}"
            if role == SORT_ROLE:
                return row
            if role == Qt.ItemDataRole.FontRole and overall:
                return _bold()
            return None
        if overall:
            level: ThemeLevel | OverallLevel = ev.present if column == 1 else ev.future
        else:
            result = ev.themes[row]
            level = result.present if column == 1 else result.future
        return _level_data(level, role)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _level_data(level: ThemeLevel | OverallLevel, role: int) -> Any:
    if isinstance(level, ThemeLevel) and level.not_answered_yet:
        # never an orange Non-compliant before anyone has answered (issue 10)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return wording.not_answered_yet()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == SORT_ROLE:
            return -1
        return None
    value: Level = level.level
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        if isinstance(level, OverallLevel):  # the one wording (truncated mean, issue 11)
            return wording.overall_text(level.mean, value, level.incomplete)
        return level_text(value, level.incomplete)
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor(LEVEL_COLOURS[value][0]))
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor(LEVEL_COLOURS[value][1]))
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return Qt.AlignmentFlag.AlignCenter
    if role == Qt.ItemDataRole.FontRole and isinstance(level, OverallLevel):
        return _bold()
    if role == SORT_ROLE:
        return level.mean if isinstance(level, OverallLevel) else int(value)
    return None


class ResultsSort(QSortFilterProxyModel):
    """Sorts the themes by a heading; the overall row stays last whichever way."""

    def __init__(self, source: ResultsModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self._source = source
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if self._source.is_overall(left.row()):
            return descending
        if self._source.is_overall(right.row()):
            return not descending
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a == b:  # ties keep the themes' order
            return bool(left.row() < right.row()) != descending
        return bool(a < b)


class ResultsTable(QTableView):
    """The results table view, with the cell reads the tests and the audit use."""

    def rowCount(self) -> int:
        model = self.model()
        return model.rowCount() if model is not None else 0

    def columnCount(self) -> int:
        model = self.model()
        return model.columnCount() if model is not None else 0

    def text(self, row: int, column: int) -> str:
        model = self.model()
        return str(model.index(row, column).data()) if model is not None else ""
