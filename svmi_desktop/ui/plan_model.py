"""The action plan "by year" table as Qt model/view (issue 10): one row per action, owner, due
date, status and note editable in place, behind a sort proxy (click a heading to sort).

The model stores nothing: an edit becomes :attr:`PlanYearsModel.edit_requested` (key, field,
value), which the page passes on to the session view, which changes the session (undoably) and
shows the new plan."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QTableView

from ..domain import wording
from ..domain.action_plan import ActionItem
from ..domain.assessment import Status
from ..domain.criteria import Index
from .i18n import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
YEAR_COLUMNS = (
    QT_TRANSLATE_NOOP("PlanYearsModel", "Year"),
    QT_TRANSLATE_NOOP("PlanYearsModel", "Theme"),
    QT_TRANSLATE_NOOP("PlanYearsModel", "Ref"),
    QT_TRANSLATE_NOOP("PlanYearsModel", "Action"),
    QT_TRANSLATE_NOOP("PlanYearsModel", "Owner"),
    QT_TRANSLATE_NOOP("PlanYearsModel", "Due"),
    QT_TRANSLATE_NOOP("PlanYearsModel", "Status"),
    QT_TRANSLATE_NOOP("PlanYearsModel", "Note"),
)
EDITABLE = {"Owner": "owner", "Due": "due", "Status": "status", "Note": "note"}


class PlanYearsModel(QAbstractTableModel):
    edit_requested = Signal(str, str, object)  # action key, field, value

    def __init__(self) -> None:
        super().__init__()
        self.items: list[ActionItem] = []
        self.themes: dict[str, str] = {}

    def show(self, index: Index, items: Sequence[ActionItem]) -> None:
        """Show these actions; the same actions with new values update in place (an open
        editor elsewhere in the table stays open)."""
        themes = {t.code: f"{t.code} {t.short}" for t in index.themes}
        if [i.key for i in items] == [i.key for i in self.items] and themes == self.themes:
            self.items = list(items)
            if self.items:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.items) - 1, len(YEAR_COLUMNS) - 1)
                )
            return
        self.beginResetModel()
        self.items, self.themes = list(items), themes
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(YEAR_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(YEAR_COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and YEAR_COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def text(self, item: ActionItem, column: int) -> str:
        name = YEAR_COLUMNS[column]
        if name == "Year":
            return self.tr("Year %1").replace("%1", str(item.year))
        if name == "Theme":
            return self.themes.get(item.theme, item.theme)
        if name == "Ref":
            return item.criterion or self.tr("own")
        if name == "Action":
            return item.action + (self.tr("  (stretch)") if item.stretch else "")
        if name == "Owner":
            return item.owner
        if name == "Due":
            return item.due.isoformat()
        if name == "Status":
            return wording.status_label(item.status)
        return item.note

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.text(item, index.column())
        if role == KEY_ROLE:
            return item.key
        if role == SORT_ROLE:
            name = YEAR_COLUMNS[index.column()]
            if name == "Year":
                return (item.year, index.row())
            if name == "Due":
                return item.due.toordinal()
            return self.text(item, index.column()).casefold()
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit typed in a cell: checked, then asked for (the plan is shown again after)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = EDITABLE.get(YEAR_COLUMNS[index.column()])
        if field is None:
            return False
        text = str(value).strip()
        parsed: object = text
        if field == "due":
            try:
                parsed = _dt.date.fromisoformat(text)
            except ValueError:
                return False  # not a real date: nothing changes
        elif field == "status":
            labels = {wording.status_label(s): s for s in Status}
            parsed = labels.get(text) or (
                Status(text) if text in {s.value for s in Status} else Status.NOT_STARTED
            )
        self.edit_requested.emit(self.items[index.row()].key, field, parsed)
        return True


class PlanSort(QSortFilterProxyModel):
    def __init__(self, source: PlanYearsModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)


class PlanYearsTable(QTableView):
    """The by-year view, with the row/cell helpers the page and the tests use."""

    def rowCount(self) -> int:
        model = self.model()
        return model.rowCount() if model is not None else 0

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def setCurrentCell(self, row: int, column: int) -> None:
        model = self.model()
        if model is not None:
            self.setCurrentIndex(model.index(row, column))

    def key_at(self, row: int) -> str | None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return None
        key = model.index(row, 0).data(KEY_ROLE)
        return str(key) if key is not None else None

    def text(self, row: int, column: int) -> str:
        model = self.model()
        return str(model.index(row, column).data()) if model is not None and row >= 0 else ""
