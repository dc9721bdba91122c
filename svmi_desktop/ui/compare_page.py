"""The Compare page (issue 14): two sessions of one index, then → now → target, theme by theme.

Takes its data through :meth:`ComparePage.show_comparison` / :meth:`show_choices` and emits
:attr:`other_chosen` when the facilitator picks another session to compare with; it never
reads the store. Changes are shown with an arrow AND words, levels with colour AND name.
A registered page (:mod:`.page_registry`): built when first shown, its :func:`feed` asks the
lent ``History`` for the data each time it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ..domain import wording
from ..domain.compare import Comparison
from .page_registry import lent, register_page
from .table_model import Cell, CellTable, level_cell
from .widgets import label

if TYPE_CHECKING:
    from .session_view import SessionView


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
        # A model behind a sort proxy: click a heading to sort the themes by it.
        self.table = CellTable(self.tr("Each theme's level then, now and the target"))
        self.table.setSelectionBehavior(CellTable.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
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
        #: The session compared with (chosen here, or the baseline / latest earlier one).
        self.other: int | None = None

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
        self.table.show_cells([], [])
        self.summary.setText("")
        self.changes.setText("")
        self.empty.setText(text)

    def show_comparison(self, comparison: Comparison, horizon_years: int) -> None:
        self.comparison = comparison
        self.empty.setText("")
        then, now = comparison.then_date.isoformat(), comparison.now_date.isoformat()
        headers = [
            self.tr("Theme"),
            self.tr("Then (%1)").replace("%1", then),
            self.tr("Now (%1)").replace("%1", now),
            self.tr("Target: %1").replace("%1", wording.future_label(horizon_years)),
            self.tr("Change"),
        ]
        rows = []
        lines = []
        for r, theme in enumerate(comparison.themes):
            delta = theme.delta
            rows.append(
                [
                    Cell(f"{theme.code}  {theme.short}", sort=r, value=theme.code),
                    level_cell(delta.then),
                    level_cell(delta.now),
                    level_cell(theme.target),
                    Cell(f"{delta.arrow}  {delta.words}", spoken=delta.words, sort=_change(theme)),
                ]
            )
            for c in theme.changes:
                lines.append(f"{c.criterion_id}: {answer_word(c.then)} → {answer_word(c.now)}")
        self.table.show_cells(headers, rows)
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
        return [self.table.text(r, 4) for r in range(self.table.rowCount())]


def _change(theme: Any) -> tuple[int, int]:
    """The Change column's sort key: how far the level moved (down first, up last)."""
    then, now = theme.delta.then, theme.delta.now
    if then.unanswered or now.unanswered:
        return (0, 0)
    return (int(now.level) - int(then.level), 0 if now.provisional else 1)


# -- the page in the session (page_registry) ---------------------------------------------------


def _build(view: SessionView) -> ComparePage:
    page = ComparePage()
    lineage = view.session.lineage
    page.other = lineage.baseline_id if lineage else None

    def chosen(session_id: int) -> None:
        page.other = session_id
        feed(view, page)

    page.other_chosen.connect(chosen)
    return page


def feed(view: SessionView, page: ComparePage) -> None:
    """Give the page the sessions it can be compared with, and the comparison with the chosen
    one (the baseline, else the latest earlier session), from the lent ``History``."""
    from ..errors import SvmiError

    history = lent(view, "history")
    session = view.session
    if history is None:
        page.show_choices([], None)
        page.show_message(_tr("There is no other session of this index to compare with yet."))
        return
    sid = session.session_id
    others = sorted(history.comparable(sid), key=lambda s: (s.date, s.id))
    if page.other is None or all(s.id != page.other for s in others):
        earlier = [s for s in others if s.date <= session.assessment.workshop.date]
        page.other = (earlier or others)[-1].id if others else None
    page.show_choices(
        [(s.id, f"{s.date.isoformat()}  {s.organisation}") for s in others], page.other
    )
    if page.other is None:
        page.show_message(_tr("There is no other session of this index to compare with yet."))
        return
    try:
        comparison = history.compare(page.other, sid)
    except SvmiError as error:
        page.show_message(str(error))
        return
    page.show_comparison(comparison, session.assessment.workshop.horizon_years)


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


register_page("compare", lambda: QCoreApplication.translate("History", "Compare"), _build, 60, feed)
