"""The Compare page (issue 14): two sessions of one index, then → now → target, theme by theme.

Takes its data through :meth:`ComparePage.show_comparison` / :meth:`show_choices` and emits
:attr:`other_chosen` when the facilitator picks another session to compare with; it never
reads the store. Changes are shown with an arrow AND words, levels with colour AND name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import wording
from ..domain.compare import Comparison, LevelPoint
from .style import LEVEL_COLOURS
from .widgets import label


def level_item(point: LevelPoint) -> QTableWidgetItem:
    """A level cell: its colour and its words ("Leader (3), provisional" / "Not answered yet")."""
    if point.unanswered:
        return QTableWidgetItem(wording.not_answered_text())
    item = QTableWidgetItem(wording.level_text(point.level, point.provisional))
    bg, fg = LEVEL_COLOURS[point.level]
    item.setBackground(QBrush(QColor(bg)))
    item.setForeground(QBrush(QColor(fg)))
    return item


def answer_word(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("ComparePage", "not answered")
    return QCoreApplication.translate("ComparePage", "Yes" if value else "No")


class ComparePage(QWidget):
    other_chosen = Signal(int)  # the session id to compare with

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.addWidget(label(self.tr("Compare"), "h1"))
        row = QHBoxLayout()
        self.choice_label = QLabel(self.tr("Compare with:"))
        row.addWidget(self.choice_label)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("The session to compare with"))
        self.choice_label.setBuddy(self.choice)
        self.choice.activated.connect(self._chosen)
        row.addWidget(self.choice, 1)
        outer.addLayout(row)
        self.summary = label("")
        self.summary.setProperty("role", "h3")
        outer.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Each theme's level then, now and the target"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        outer.addWidget(self.table, 2)
        outer.addWidget(label(self.tr("Criteria that changed"), "h3"))
        self.changes = label("", selectable=True)
        self.changes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.changes, 1)
        self.empty = label("", "muted")
        outer.addWidget(self.empty)
        self.comparison: Comparison | None = None

    def show_choices(self, choices: Sequence[tuple[int, str]], selected: int | None) -> None:
        """Sessions that can be compared with this one: (id, what the list shows)."""
        self.choice.blockSignals(True)
        self.choice.clear()
        for session_id, text in choices:
            self.choice.addItem(text, session_id)
            if session_id == selected:
                self.choice.setCurrentIndex(self.choice.count() - 1)
        self.choice.blockSignals(False)
        self.choice.setEnabled(bool(choices))

    def _chosen(self, position: int) -> None:
        value: Any = self.choice.itemData(position)
        if value is not None:
            self.other_chosen.emit(int(value))

    def show_message(self, text: str) -> None:
        """Nothing to compare (no other session, or another index version): say why."""
        self.comparison = None
        self.table.setRowCount(0)
        self.summary.setText("")
        self.changes.setText("")
        self.empty.setText(text)

    def show_comparison(self, comparison: Comparison, horizon_years: int) -> None:
        self.comparison = comparison
        self.empty.setText("")
        then, now = comparison.then_date.isoformat(), comparison.now_date.isoformat()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Theme"),
                self.tr("Then (%1)").replace("%1", then),
                self.tr("Now (%1)").replace("%1", now),
                self.tr("Target: %1").replace("%1", wording.future_label(horizon_years)),
                self.tr("Change"),
            ]
        )
        self.table.setRowCount(len(comparison.themes))
        lines = []
        for r, theme in enumerate(comparison.themes):
            self.table.setItem(r, 0, QTableWidgetItem(f"{theme.code}  {theme.short}"))
            self.table.setItem(r, 1, level_item(theme.delta.then))
            self.table.setItem(r, 2, level_item(theme.delta.now))
            self.table.setItem(r, 3, level_item(theme.target))
            change = QTableWidgetItem(f"{theme.delta.arrow}  {theme.delta.words}")
            change.setData(Qt.ItemDataRole.AccessibleTextRole, theme.delta.words)
            self.table.setItem(r, 4, change)
            for c in theme.changes:
                lines.append(f"{c.criterion_id}: {answer_word(c.then)} → {answer_word(c.now)}")
        self.table.resizeRowsToContents()
        o_then, o_now, o_target = (
            comparison.overall_then,
            comparison.overall_now,
            comparison.overall_target,
        )
        self.summary.setText(
            self.tr("Overall: %1 → %2 (target %3)")
            .replace("%1", wording.overall_text(o_then.mean, o_then.level, o_then.incomplete))
            .replace("%2", wording.overall_text(o_now.mean, o_now.level, o_now.incomplete))
            .replace("%3", wording.overall_text(o_target.mean, o_target.level, o_target.incomplete))
        )
        self.changes.setText("\n".join(lines) or self.tr("No answer changed."))

    def change_texts(self) -> list[str]:
        """The Change column as shown (for tests and the accessibility audit)."""
        items = (self.table.item(r, 4) for r in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]
