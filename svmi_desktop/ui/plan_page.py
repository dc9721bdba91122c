"""The action plan: by theme × "To reach <level>" and by year, with owner, due date, status and
note edited in place."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import wording
from ..domain.action_plan import ActionItem, ActionPlan
from ..domain.assessment import Status
from ..domain.criteria import Index
from ..domain.levels import Level
from .widgets import label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
YEAR_COLUMNS = ("Year", "Theme", "Ref", "Action", "Owner", "Due", "Status", "Note")
EDITABLE = {"Owner": "owner", "Due": "due", "Status": "status", "Note": "note"}
WRAPPED = {"Action": 22, "Note": 12}  # columns whose text wraps: their least width, in characters
MATRIX_MIN_CHARS = 18  # the least width of a "To reach …" column, in characters

AnyIndex = QModelIndex | QPersistentModelIndex


class StatusDelegate(QStyledItemDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems([wording.status_label(s) for s in Status])
        combo.setAccessibleName("Status")
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data()))

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class DueDelegate(QStyledItemDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        edit = QDateEdit(parent)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setAccessibleName("Due date")
        return edit

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        editor.setDate(QDate.fromString(str(index.data()), "yyyy-MM-dd"))

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date().toString("yyyy-MM-dd"))


class PlanPage(QWidget):
    """Shows the plan; emits edits, additions and deletions for the window to store."""

    edit_requested = Signal(str, str, object)  # action key, field, value
    add_requested = Signal()
    delete_requested = Signal(str)  # custom action id

    def __init__(self) -> None:
        super().__init__()
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.addWidget(label("Action plan", "h1"))
        self.summary = label("")
        outer.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Action plan views")
        self.tabs.tabBar().setAccessibleName("Action plan views: by theme or by year")
        outer.addWidget(self.tabs, 1)

        self.matrix = QTableWidget()
        self.matrix.setAccessibleName("Actions by theme and target level")
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setWordWrap(True)
        self.matrix.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move in it
        corner = self.matrix.findChild(QAbstractButton)  # the "select all" corner button
        if corner is not None:
            corner.setAccessibleName("Select the whole table")
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.matrix, "By theme")

        self.years = QTableWidget(0, len(YEAR_COLUMNS))
        self.years.setHorizontalHeaderLabels(YEAR_COLUMNS)
        self.years.setAccessibleName(
            "Actions by year: owner, due date, status and note can be edited (F2 or type)"
        )
        self.years.setWordWrap(True)
        self.years.setTabKeyNavigation(False)  # Tab leaves the table; F2 or typing edits a cell
        self.years.verticalHeader().setVisible(False)
        self.years.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.years.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.years.horizontalHeader()
        for col, name in enumerate(YEAR_COLUMNS):
            mode = (
                QHeaderView.ResizeMode.Interactive  # sized by _fit_columns: wraps, never a sliver
                if name in WRAPPED
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)
        self.years.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._status_delegate = StatusDelegate(self.years)
        self._due_delegate = DueDelegate(self.years)
        self.years.setItemDelegateForColumn(YEAR_COLUMNS.index("Status"), self._status_delegate)
        self.years.setItemDelegateForColumn(YEAR_COLUMNS.index("Due"), self._due_delegate)
        self.years.itemChanged.connect(self._changed)
        self.tabs.addTab(self.years, "By year (edit owners and dates)")
        self.tabs.currentChanged.connect(lambda _: self._fit_columns())

        buttons = QHBoxLayout()
        self.add_button = QPushButton("&Add an action…")
        self.add_button.setAccessibleName("Add an action to a theme")
        self.add_button.clicked.connect(self.add_requested)
        self.delete_button = QPushButton("&Delete the selected action")
        self.delete_button.setAccessibleName("Delete the selected action you added")
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.years.currentCellChanged.connect(lambda *_: self._update_buttons())
        self._custom_ids: set[str] = set()
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------------

    def show_plan(self, index: Index, plan: ActionPlan) -> None:
        self._loading = True
        try:
            self._custom_ids = {i.custom_id for i in plan.items if i.custom_id}
            self._fill_matrix(index, plan)
            self._fill_years(index, plan)
        finally:
            self._loading = False
        n = len(plan.items)
        self.summary.setText(
            f"{n} action{'s' if n != 1 else ''} over a {plan.horizon_years}-year programme."
            if n
            else "No actions yet: answer the Future column above the Present level to build a plan."
        )
        self._update_buttons()

    def _fill_matrix(self, index: Index, plan: ActionPlan) -> None:
        targets: list[Level | None] = [Level.MATURE, Level.LEADER, Level.INNOVATOR]
        if any(i.target_level is Level.FOLLOWER for i in plan.items):
            targets.insert(0, Level.FOLLOWER)
        if any(i.target_level is None for i in plan.items):
            targets.append(None)
        headings = [f"To reach {t.label}" if t else "Other actions" for t in targets]
        self.matrix.clear()
        self.matrix.setColumnCount(len(targets))
        self.matrix.setHorizontalHeaderLabels(headings)
        self.matrix.setRowCount(len(index.themes))
        self.matrix.setVerticalHeaderLabels([f"{t.code} {t.short}" for t in index.themes])
        for r, theme in enumerate(index.themes):
            items = plan.for_theme(theme.code)
            for c, target in enumerate(targets):
                lines = [_line(i) for i in items if i.target_level == target]
                cell = QTableWidgetItem("\n".join(lines))
                cell.setToolTip("\n".join(lines))
                self.matrix.setItem(r, c, cell)
        header = self.matrix.horizontalHeader()
        for c in range(len(targets)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        self._fit_columns()

    def _fill_years(self, index: Index, plan: ActionPlan) -> None:
        rows = [item for items in plan.by_year().values() for item in items]
        self.years.setRowCount(len(rows))
        for r, item in enumerate(rows):
            theme = index.theme(item.theme)
            values = (
                f"Year {item.year}",
                f"{theme.code} {theme.short}",
                item.criterion or "own",
                item.action + ("  (stretch)" if item.stretch else ""),
                item.owner,
                item.due.isoformat(),
                wording.status_label(item.status),
                item.note,
            )
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(KEY_ROLE, item.key)
                if YEAR_COLUMNS[c] not in EDITABLE:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.years.setItem(r, c, cell)
        self._fit_columns()

    # -- layout ------------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Share each table's width out so that wrapped text stays readable: the "To reach …"
        columns and the Action and Note columns take what the fixed columns leave, but never
        less than a readable width; below that the table scrolls sideways instead of shrinking
        text to a column of single letters (issue 10)."""
        char = self.fontMetrics().averageCharWidth()
        columns = self.matrix.columnCount()
        if columns:
            room = self.matrix.viewport().width()
            width = max(room // columns, MATRIX_MIN_CHARS * char)
            for c in range(columns):
                self.matrix.setColumnWidth(c, width)
        fixed = sum(
            self.years.columnWidth(c) for c, name in enumerate(YEAR_COLUMNS) if name not in WRAPPED
        )
        room = self.years.viewport().width() - fixed
        total = sum(WRAPPED.values())
        for name, least in WRAPPED.items():
            share = room * least // total
            self.years.setColumnWidth(YEAR_COLUMNS.index(name), max(share, least * char))
        self.matrix.resizeRowsToContents()
        self.years.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    def row_of(self, key: str) -> int:
        for r in range(self.years.rowCount()):
            item = self.years.item(r, 0)
            if item is not None and item.data(KEY_ROLE) == key:
                return r
        return -1

    def cell_text(self, key: str, column: str) -> str:
        item = self.years.item(self.row_of(key), YEAR_COLUMNS.index(column))
        return item.text() if item else ""

    # -- editing -----------------------------------------------------------------------------

    def _changed(self, cell: QTableWidgetItem) -> None:
        if self._loading:
            return
        column = YEAR_COLUMNS[cell.column()]
        field = EDITABLE.get(column)
        if field is None:
            return
        key = str(cell.data(KEY_ROLE))
        text = cell.text().strip()
        value: object = text
        if field == "due":
            try:
                value = _dt.date.fromisoformat(text)
            except ValueError:
                return
        elif field == "status":
            value = {wording.status_label(s): s for s in Status}.get(text, Status.NOT_STARTED)
        self.edit_requested.emit(key, field, value)

    def selected_key(self) -> str | None:
        row = self.years.currentRow()
        item = self.years.item(row, 0) if row >= 0 else None
        return str(item.data(KEY_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_key() in self._custom_ids)

    def _delete(self) -> None:
        key = self.selected_key()
        if key in self._custom_ids and key is not None:
            self.delete_requested.emit(key)

    def close_editor(self) -> None:
        """Commit any open cell editor (before leaving the page)."""
        editor = self.years.focusWidget()
        if editor is not None and editor is not self.years and self.years.isAncestorOf(editor):
            self.years.commitData(editor)
            self.years.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def _line(item: ActionItem) -> str:
    ref = item.criterion or "Own action"
    stretch = " (stretch)" if item.stretch else ""
    return f"{ref}: {item.action}{stretch}"
