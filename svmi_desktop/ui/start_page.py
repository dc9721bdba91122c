"""The start screen: recent sessions with search and sort, and the ways to begin."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .session_list_model import ID_ROLE, SORTS, SessionFilter, SessionListModel, mean_text
from .widgets import label

__all__ = ["ID_ROLE", "SORTS", "StartPage", "mean_text"]


class _SessionTable(QTableView):
    """The sessions table: Enter opens the selected session."""

    activated_row = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # (see session_list_model's roles)

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_row.emit()
            return
        super().keyPressEvent(event)

    def rowCount(self) -> int:
        """Rows shown (after the search)."""
        model = self.model()
        return model.rowCount() if model is not None else 0

    def text(self, row: int, column: int) -> str:
        model = self.model()
        return str(model.index(row, column).data()) if model is not None else ""


class StartPage(QWidget):
    new_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()
    open_requested = Signal(int)
    delete_requested = Signal(int)
    reassess_requested = Signal(int)  # issue 14

    def __init__(self) -> None:
        super().__init__()
        self._sessions: list[Any] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.addWidget(label(self.tr("Social Value Maturity Index workshop"), "h1"))
        outer.addWidget(
            label(
                self.tr(
                    "Decide where you are now, where you want to be in 2–3 years, and how you get there. Everything is saved as you go, on this computer only."
                ),
                "muted",
            )
        )
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New assessment"))
        self.new_button.setProperty("primary", "true")
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.import_button = QPushButton(self.tr("&Import a file…"))
        for button, name, signal in (
            (self.new_button, self.tr("New assessment"), self.new_requested),
            (self.demo_button, self.tr("Open the demo workshop"), self.demo_requested),
            (
                self.import_button,
                self.tr("Import a workbook or assessment file"),
                self.import_requested,
            ),
        ):
            button.setAccessibleName(name)
            button.clicked.connect(signal)
            actions.addWidget(button)
        actions.addStretch(1)
        outer.addLayout(actions)

        outer.addSpacing(8)
        outer.addWidget(label(self.tr("Recent sessions"), "h2"))
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by organisation or index"))
        self.search.setAccessibleName(self.tr("Search sessions"))
        # A button of its own beside the field, not Qt's clear button inside it: that one is
        # as small as the style's small icons (16 px), under a 24 px target, and growing it
        # meant answering every pixel metric of the window in Python.
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the search"))
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self._clear_search)
        self.model = SessionListModel()
        self.proxy = SessionFilter(self.model)
        self.search.textChanged.connect(self._searched)
        search_label = label(self.tr("&Search:"), wrap=False)
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.clear_button)
        self.sort = QComboBox()
        self.sort.addItems(
            [QCoreApplication.translate("SessionListModel", name) for name, _, _ in SORTS]
        )
        self.sort.setAccessibleName(self.tr("Sort sessions by"))
        self.sort.currentIndexChanged.connect(self._sorted)
        sort_label = label(self.tr("So&rt by:"), wrap=False)  # Alt+O is Open
        sort_label.setBuddy(self.sort)
        filters.addWidget(sort_label)
        filters.addWidget(self.sort, 1)
        outer.addLayout(filters)

        self.table = _SessionTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Recent sessions: press Enter to open"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, self.model.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _: self._open())
        self.table.activated_row.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        outer.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected session"))
        self.open_button.clicked.connect(self._open)
        self.delete_button = QPushButton(self.tr("De&lete"))  # no question: it offers Undo instead
        self.delete_button.setAccessibleName(self.tr("Delete the selected session (can be undone)"))
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.open_button)
        row.addWidget(self.delete_button)
        self.reassess_button = QPushButton(self.tr("Start a re-assessmen&t…"))  # issue 14
        self.reassess_button.clicked.connect(
            lambda: self._emit(self.reassess_requested)
        )  # issue 14
        row.addWidget(self.reassess_button)  # issue 14
        row.addStretch(1)
        outer.addLayout(row)
        self.empty = label(
            self.tr("No sessions yet. Start a new assessment or open the demo."), "muted"
        )
        outer.addWidget(self.empty)
        self._update_buttons()

    def show_sessions(self, sessions: Sequence[Any], index_titles: dict[str, str]) -> None:
        self._sessions = list(sessions)
        self.model.set_sessions(self._sessions, index_titles)
        self.proxy.set_sort(self.sort.currentIndex())
        self._select_first()

    def _searched(self, text: str) -> None:
        self.proxy.set_search(text)
        self.clear_button.setEnabled(bool(text))
        self._select_first()

    def _clear_search(self) -> None:
        self.search.clear()
        self.search.setFocus()  # the button is disabled now: focus goes back to the field

    def _sorted(self, choice: int) -> None:
        self.proxy.set_sort(choice)
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.empty.setVisible(not self._sessions)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if hasattr(self, "reassess_button"):  # issue 14
            self.reassess_button.setEnabled(has)

    def _open(self) -> None:
        sid = self.selected_id()
        if sid is not None:
            self.open_requested.emit(sid)

    def _emit(self, signal: Any) -> None:  # issue 14
        sid = self.selected_id()
        if sid is not None:
            signal.emit(sid)

    def _delete(self) -> None:
        sid = self.selected_id()
        if sid is not None:
            self.delete_requested.emit(sid)
