"""The start screen: recent sessions with search and sort, and the ways to begin."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .widgets import label

ID_ROLE = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1, without creating the Qt namespace's enums
COLUMNS = ("Organisation", "Index", "Workshop date", "Progress", "Overall: now → future")
SORTS = (
    ("Last changed", lambda s: s.updated, True),
    ("Organisation", lambda s: s.organisation.casefold(), False),
    ("Workshop date", lambda s: s.date, True),
    ("Progress", lambda s: (s.answered / s.asked) if s.asked else 0.0, True),
)


class _SessionTable(QTableWidget):
    activated_row = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # (see ID_ROLE)

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_row.emit()
            return
        super().keyPressEvent(event)


def mean_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


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
        outer.addWidget(label("Social Value Maturity Index workshop", "h1"))
        outer.addWidget(
            label(
                "Decide where you are now, where you want to be in 2–3 years, and how you get "
                "there. Everything is saved as you go, on this computer only.",
                "muted",
            )
        )
        actions = QHBoxLayout()
        self.new_button = QPushButton("&New assessment")
        self.new_button.setProperty("primary", "true")
        self.demo_button = QPushButton("Open the &demo")
        self.import_button = QPushButton("&Import a file…")
        for button, name, signal in (
            (self.new_button, "New assessment", self.new_requested),
            (self.demo_button, "Open the demo workshop", self.demo_requested),
            (self.import_button, "Import a workbook or assessment file", self.import_requested),
        ):
            button.setAccessibleName(name)
            button.clicked.connect(signal)
            actions.addWidget(button)
        actions.addStretch(1)
        outer.addLayout(actions)

        outer.addSpacing(8)
        outer.addWidget(label("Recent sessions", "h2"))
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by organisation or index")
        self.search.setAccessibleName("Search sessions")
        self.search.setClearButtonEnabled(True)
        clear = self.search.findChild(QToolButton)  # the clear button Qt adds inside the field
        if clear is not None:
            clear.setAccessibleName("Clear the search")
        self.search.textChanged.connect(self._fill)
        search_label = label("&Search:", wrap=False)
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        self.sort = QComboBox()
        self.sort.addItems([name for name, _, _ in SORTS])
        self.sort.setAccessibleName("Sort sessions by")
        self.sort.currentIndexChanged.connect(self._fill)
        sort_label = label("S&ort by:", wrap=False)
        sort_label.setBuddy(self.sort)
        filters.addWidget(sort_label)
        filters.addWidget(self.sort, 1)
        outer.addLayout(filters)

        self.table = _SessionTable(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Recent sessions: press Enter to open")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _: self._open())
        self.table.activated_row.connect(self._open)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        outer.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.open_button = QPushButton("&Open")
        self.open_button.setAccessibleName("Open the selected session")
        self.open_button.clicked.connect(self._open)
        self.delete_button = QPushButton("De&lete…")
        self.delete_button.setAccessibleName("Delete the selected session (can be undone)")
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.open_button)
        row.addWidget(self.delete_button)
        self.reassess_button = QPushButton(self.tr("Start a &re-assessment…"))  # issue 14
        self.reassess_button.clicked.connect(lambda: self._emit(self.reassess_requested))  # issue 14
        row.addWidget(self.reassess_button)  # issue 14
        row.addStretch(1)
        outer.addLayout(row)
        self.empty = label("No sessions yet. Start a new assessment or open the demo.", "muted")
        outer.addWidget(self.empty)
        self._update_buttons()

    def show_sessions(self, sessions: Sequence[Any], index_titles: dict[str, str]) -> None:
        self._sessions = list(sessions)
        self._titles = index_titles
        self._fill()

    def _visible(self) -> list[Any]:
        needle = self.search.text().strip().casefold()
        rows = [
            s
            for s in self._sessions
            if not needle
            or needle in s.organisation.casefold()
            or needle in self._titles.get(s.index_id, s.index_id).casefold()
        ]
        _, key, reverse = SORTS[max(0, self.sort.currentIndex())]
        return sorted(rows, key=key, reverse=reverse)

    def _fill(self) -> None:
        rows = self._visible()
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            values = (
                s.organisation,
                self._titles.get(s.index_id, s.index_id),
                s.date.strftime("%d %b %Y") if hasattr(s.date, "strftime") else str(s.date),
                f"{s.answered} of {s.asked} answered",
                f"{mean_text(s.present_mean)} → {mean_text(s.future_mean)}",
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, s.id)
                self.table.setItem(r, c, item)
        if rows:
            self.table.selectRow(0)
        self.empty.setVisible(not self._sessions)
        self._update_buttons()

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return int(item.data(ID_ROLE)) if item is not None else None

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
