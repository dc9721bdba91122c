"""Tables of cells the pages have worked out, as Qt model/view: :class:`CellModel` holds rows of
:class:`Cell` (text, spoken text, tooltip, level colours, sort key, a value of the row),
:class:`CellSort` sorts them by a heading, :class:`CellTable` is the view with the cell reads
the pages, tests and the accessibility audit use.

For tables that only show what a page was given (Compare, History, the consortium's, the room's
spread and plan, the action plan by theme): each page turns its domain object into cells (the
words from :mod:`svmi_desktop.domain.wording`), the model draws them. The session list, the
results and the plan by year keep models of their own (they sort and edit by domain rules).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..domain import wording
from ..domain.compare import LevelPoint
from .style import LEVEL_COLOURS

AnyIndex = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole  # the value a row stands for (a criterion id, a code)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Cell:
    text: str
    spoken: str | None = None  # what a screen reader says, if not the text
    tip: str | None = None
    colours: tuple[str, str] | None = None  # background, foreground
    sort: Any = None  # the sort key, if not the text (casefolded)
    value: Any = None
    editable: bool = False

    def with_text(self, text: str) -> Cell:
        return replace(self, text=text)


def level_cell(point: LevelPoint) -> Cell:
    """A level: its colour and its words ("Leader (3), provisional" / "Not answered yet"),
    sorted by the level (not answered below Non-compliant)."""
    if point.unanswered:
        return Cell(wording.not_answered_text(), sort=(-1, 0))
    bg, fg = LEVEL_COLOURS[point.level]
    return Cell(
        wording.level_text(point.level, point.provisional),
        colours=(bg, fg),
        sort=(int(point.level), 0 if point.provisional else 1),
    )


class CellModel(QAbstractTableModel):
    """Rows of cells under headings (and, for the plan by theme, row headings)."""

    edited = Signal(int, int, str)  # row, column, the text typed (in an editable cell)

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.row_headers: list[str] = []
        self.rows: list[list[Cell]] = []

    def show(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        row_headers: Sequence[str] = (),
    ) -> None:
        self.beginResetModel()
        self.headers, self.row_headers = list(headers), list(row_headers)
        self.rows = [list(row) for row in rows]
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell | None:
        if 0 <= row < len(self.rows) and 0 <= column < len(self.rows[row]):
            return self.rows[row][column]
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        if self.row_headers:
            return self.row_headers[section] if 0 <= section < len(self.row_headers) else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if cell is not None and cell.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell.spoken if cell.spoken is not None else cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip
        if role == Qt.ItemDataRole.BackgroundRole and cell.colours:
            return QBrush(QColor(cell.colours[0]))
        if role == Qt.ItemDataRole.ForegroundRole and cell.colours:
            return QBrush(QColor(cell.colours[1]))
        if role == VALUE_ROLE:
            return cell.value
        if role == SORT_ROLE:
            return cell.sort if cell.sort is not None else cell.text.casefold()
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A cell typed in: kept (so the page reads the table as typed) and announced."""
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None or not cell.editable or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        self.rows[index.row()][index.column()] = cell.with_text(text)
        self.dataChanged.emit(index, index)
        self.edited.emit(index.row(), index.column(), text)
        return True


class CellSort(QSortFilterProxyModel):
    """Sorts by a heading, on each cell's sort key; ties keep the given order. With
    ``last_pinned`` the last row (an overall row) stays last whichever way."""

    def __init__(self, source: CellModel, last_pinned: bool = False) -> None:
        super().__init__()
        self.setSourceModel(source)
        self._source = source
        self._pinned = last_pinned
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        last = len(self._source.rows) - 1
        if self._pinned and left.row() == last:
            return descending
        if self._pinned and right.row() == last:
            return not descending
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            if a != b:
                return bool(a < b)
        except TypeError:  # keys of different kinds: compare their texts
            if str(a) != str(b):
                return str(a) < str(b)
        return bool(left.row() < right.row()) != descending


class CellTable(QTableView):
    """A read-only table view (Tab leaves it, arrow keys move in it), with the reads of a
    ``QTableWidget`` that callers and tests use: ``rowCount``, ``text``, ``header_text``..."""

    def __init__(self, name: str, sortable: bool = True, last_pinned: bool = False) -> None:
        super().__init__()
        self.source = CellModel()
        self.proxy = CellSort(self.source, last_pinned)
        self.setModel(self.proxy)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if sortable:  # click a heading to sort; until then the order given
            self.setSortingEnabled(True)
            self.unsort()

    def show_cells(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        row_headers: Sequence[str] = (),
    ) -> None:
        self.source.show(headers, rows, row_headers)

    def unsort(self) -> None:
        """Back to the order given (the sort indicator off)."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)

    def rowCount(self) -> int:
        return self.proxy.rowCount()

    def columnCount(self) -> int:
        return self.proxy.columnCount()

    def text(self, row: int, column: int) -> str:
        value = self.proxy.index(row, column).data()
        return "" if value is None else str(value)

    def value(self, row: int, column: int = 0) -> Any:
        return self.proxy.index(row, column).data(VALUE_ROLE)

    def header_text(self, column: int) -> str:
        value = self.proxy.headerData(column, Qt.Orientation.Horizontal)
        return "" if value is None else str(value)

    def set_text(self, row: int, column: int, text: str) -> bool:
        """Type ``text`` into a cell, as its editor would on Enter."""
        return self.proxy.setData(self.proxy.index(row, column), text)
