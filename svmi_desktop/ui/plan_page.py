"""The action plan: by theme × "To reach <level>" and by year, with owner, due date, status and
note edited in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import wording
from ..domain.action_plan import ActionItem, ActionPlan
from ..domain.assessment import Status
from ..domain.criteria import Index
from ..domain.levels import Level
from .i18n import fmt
from .plan_model import (  # issue 10: the by-year table is a model behind a sort proxy
    EDITABLE,
    KEY_ROLE,
    YEAR_COLUMNS,
    PlanSort,
    PlanYearsModel,
    PlanYearsTable,
)
from .table_model import Cell, CellTable
from .widgets import label

WRAPPED = {"Action": 22, "Note": 12}  # columns whose text wraps: their least width, in characters
MATRIX_MIN_CHARS = 18  # the least width of a "To reach …" column, in characters
TABLE_MIN_LINES = 14  # the least height of the tables, in lines of text
__all__ = ["EDITABLE", "KEY_ROLE", "YEAR_COLUMNS", "PlanPage"]

AnyIndex = QModelIndex | QPersistentModelIndex


FOCUS_SLACK_PX = 6


class UnclippedDelegate(QStyledItemDelegate):
    """An editor at least as big as it needs (issue 10: a combo box or date field squeezed
    into a one-line cell was cut off); it may overlap the cells around it while open."""

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect
        editor.ensurePolished()  # the style (zoom) first, so the size hint is the final one
        hint = editor.sizeHint().expandedTo(editor.minimumSizeHint())
        slack = FOCUS_SLACK_PX  # the focused border is thicker than the one measured here
        editor.setGeometry(
            rect.x(),
            rect.y(),
            max(rect.width(), hint.width() + slack),
            max(rect.height(), hint.height() + slack),
        )


class StatusDelegate(UnclippedDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems([wording.status_label(s) for s in Status])
        combo.setAccessibleName(self.tr("Status"))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data()))

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class DueDelegate(UnclippedDelegate):
    """Due dates typed as shown, year-month-day (issue 10: a QDateEdit's sections turned a typed
    2027-06-30 into 2027-12-06); a date that is not real is not stored."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        from .widgets import IsoDateEdit

        return IsoDateEdit(self.tr("Due date"), parent)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        from .widgets import IsoDateEdit

        assert isinstance(editor, IsoDateEdit)
        if not editor.text():  # the first key typed may already be in it
            editor.setText(str(index.data()))

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:  # type: ignore[no-untyped-def]
        from .widgets import IsoDateEdit

        assert isinstance(editor, IsoDateEdit)
        day = editor.date()
        if day is not None:
            model.setData(index, day.isoformat())


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
        outer.addWidget(label(self.tr("Action plan"), "h1"))
        self.summary = label("")
        outer.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Action plan views"))
        self.tabs.tabBar().setAccessibleName(self.tr("Action plan views: by theme or by year"))
        outer.addWidget(self.tabs, 1)

        # A read-only model (themes in the index's order, one row heading each; not sorted).
        self.matrix = CellTable(self.tr("Actions by theme and target level"), sortable=False)
        self.matrix.verticalHeader().setVisible(True)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.matrix.setWordWrap(True)
        corner = self.matrix.findChild(QAbstractButton)  # the "select all" corner button
        if corner is not None:
            corner.setAccessibleName(self.tr("Select the whole table"))
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.matrix, self.tr("By theme"))

        self.years_model = PlanYearsModel()
        self.years_model.edit_requested.connect(self.edit_requested)
        self.years_proxy = PlanSort(self.years_model)
        self.years = PlanYearsTable()
        self.years.setModel(self.years_proxy)
        self.years.setSortingEnabled(True)
        self.years.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.years.setAccessibleName(
            self.tr("Actions by year: owner, due date, status and note can be edited (F2 or type)")
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
        self.years.setItemDelegate(UnclippedDelegate(self.years))  # owner and note editors
        self._status_delegate = StatusDelegate(self.years)
        self._due_delegate = DueDelegate(self.years)
        self.years.setItemDelegateForColumn(YEAR_COLUMNS.index("Status"), self._status_delegate)
        self.years.setItemDelegateForColumn(YEAR_COLUMNS.index("Due"), self._due_delegate)
        self.tabs.addTab(self.years, self.tr("By year (edit owners and dates)"))
        self.tabs.currentChanged.connect(lambda _: self._fit_columns())
        self.tabs.setMinimumHeight(self.fontMetrics().height() * TABLE_MIN_LINES)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add an action…"))
        self.add_button.setAccessibleName(self.tr("Add an action to a theme"))
        self.add_button.clicked.connect(self.add_requested)
        self.delete_button = QPushButton(self.tr("&Delete the selected action"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected action you added"))
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.years.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._custom_ids: set[str] = set()
        self._fit_due = True  # fitted when first shown (see _fit_columns)
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
            fmt(
                self.tr("%1 over a %2-year programme."),
                wording.actions_count_text(n),
                plan.horizon_years,
            )
            if n
            else self.tr(
                "No actions yet: answer the Future column above the Present level to build a plan."
            )
        )
        self._update_buttons()

    def _fill_matrix(self, index: Index, plan: ActionPlan) -> None:
        targets: list[Level | None] = [Level.MATURE, Level.LEADER, Level.INNOVATOR]
        if any(i.target_level is Level.FOLLOWER for i in plan.items):
            targets.insert(0, Level.FOLLOWER)
        if any(i.target_level is None for i in plan.items):
            targets.append(None)
        headings = [wording.plan_column_title(t) for t in targets]  # the one wording (issue 11)
        rows = []
        for theme in index.themes:
            items = plan.for_theme(theme.code)
            cells = []
            for target in targets:
                text = "\n".join(_line(i) for i in items if i.target_level == target)
                cells.append(Cell(text, tip=text))
            rows.append(cells)
        self.matrix.show_cells(headings, rows, [f"{t.code} {t.short}" for t in index.themes])
        header = self.matrix.horizontalHeader()
        for c in range(len(targets)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        self._fit_columns()

    def _fill_years(self, index: Index, plan: ActionPlan) -> None:
        self.years_model.show(index, [item for items in plan.by_year().values() for item in items])
        self._fit_columns()

    # -- layout ------------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Share each table's width out so that wrapped text stays readable: the "To reach …"
        columns and the Action and Note columns take what the fixed columns leave, but never
        less than a readable width; below that the table scrolls sideways instead of shrinking
        text to a column of single letters (issue 10).

        Only while the page is shown: fitting sizes every row of both tables to its wrapped text,
        and a page about to be shown got a plan, two tables and a first size one after another
        (three fits, 50 ms of the 80 ms of going to the plan). A hidden page fits once, when it
        is next shown."""
        if not self.isVisible():
            self._fit_due = True
            return
        self._fit_due = False
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_due:
            self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Room for several rows at any text size: on a short screen the page's heading
            # scrolls away rather than squeezing the tables to one row.
            self.tabs.setMinimumHeight(self.fontMetrics().height() * TABLE_MIN_LINES)
            self._fit_columns()

    def row_of(self, key: str) -> int:
        for r in range(self.years.rowCount()):
            if self.years.key_at(r) == key:
                return r
        return -1

    def cell_text(self, key: str, column: str) -> str:
        return self.years.text(self.row_of(key), YEAR_COLUMNS.index(column))

    # -- editing -----------------------------------------------------------------------------

    def selected_key(self) -> str | None:
        return self.years.key_at(self.years.currentRow())

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
    ref = item.criterion or QCoreApplication.translate("PlanPage", "Own action")
    stretch = QCoreApplication.translate("PlanPage", " (stretch)") if item.stretch else ""
    return f"{ref}: {item.action}{stretch}"
