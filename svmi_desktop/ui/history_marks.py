"""On-screen parts of a re-assessment (issue 14): the "since last time" box on Results, and the
"carried over, not yet confirmed" marks on the theme pages.

Both are added to the existing pages from outside (:mod:`.history_hooks`), so those pages gain
no code; each shows what it is given and emits intent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain import wording
from ..domain.progress import ProgressState, SinceLastTime
from .theme_page import ThemePage
from .widgets import label


class SinceLastTimeBox(QFrame):
    """Themes up and down, level changes and each action of last time's plan, in words."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        self.title = label("", "h3")
        self.headline = label("")
        self.changes = label("")
        self.counts = label("")
        self.action_list = label("", selectable=True)
        from PySide6.QtCore import Qt

        self.action_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for widget in (self.title, self.headline, self.changes, self.counts):
            layout.addWidget(widget)
        # Every action of last time's plan, most advanced first, in a short scrolling list:
        # a plan of fifty actions must not push the results table off the screen.
        self.action_scroll = QScrollArea()
        self.action_scroll.setWidgetResizable(True)
        self.action_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.action_scroll.setWidget(self.action_list)
        self.action_scroll.setMaximumHeight(self.fontMetrics().height() * 7)
        layout.addWidget(self.action_scroll)
        self.setAccessibleName(self.tr("Since last time"))
        self.hide()

    def show_since(self, since: SinceLastTime | None) -> None:
        if since is None:
            self.hide()
            return
        self.title.setText(wording.since_last_time_title(since.baseline_date.isoformat()))
        self.headline.setText(since.headline)
        self.changes.setText("\n".join(since.change_lines))
        self.changes.setVisible(bool(since.change_lines))
        order = list(ProgressState)
        ranked = sorted(since.progress, key=lambda p: order.index(p.state))
        self.counts.setText(
            "; ".join(
                f"{wording.progress_state_text(state.value)}: {since.count(state)}"
                for state in order
                if since.count(state)
            )
        )
        lines = [
            f"{p.item.key if p.item.criterion else p.item.theme}: {p.item.action} — {p.words}"
            for p in ranked
        ]
        self.action_list.setText("\n".join(lines))
        self.action_scroll.setVisible(bool(lines))
        self.show()


class CarriedBanner(QWidget):
    """At the top of a theme page: how many answers are carried over, and a way to confirm them."""

    confirm_requested = Signal(str)  # theme code

    def __init__(self, theme_code: str) -> None:
        super().__init__()
        self.theme_code = theme_code
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "muted")
        row.addWidget(self.text, 1)
        self.button = QPushButton(self.tr("Confirm them as they are"))
        self.button.setAccessibleName(self.tr("Confirm this theme's carried-over answers"))
        self.button.clicked.connect(lambda: self.confirm_requested.emit(self.theme_code))
        row.addWidget(self.button)
        self.hide()


def mark_carried(
    page: ThemePage, carried: frozenset[str], banner: CarriedBanner, marks: dict[str, QLabel]
) -> None:
    """Show or clear the marker beside each of the page's criteria, and the banner's count.

    ``marks`` holds the page's marker labels by criterion id, made the first time one is needed.
    """
    count = 0
    for criterion in page.theme.asked:
        cid = criterion.id
        present = page.buttons[(cid, "present")]
        is_carried = cid in carried
        count += is_carried
        mark = marks.get(cid)
        if is_carried and mark is None:
            grid = getattr(page, "criteria_grid", None)  # kept by the page: never a stale wrapper
            if isinstance(grid, QGridLayout):
                position: Any = grid.getItemPosition(grid.indexOf(present))
                r = int(position[0])
                mark = label(wording.carried_marker(), "muted")
                grid.addWidget(mark, r, 4)
                marks[cid] = mark
        if mark is not None:
            mark.setVisible(is_carried)
        for column in ("present", "future"):
            button = page.buttons[(cid, column)]
            base = getattr(button, "criterion_text", "") or criterion.text  # the prompt, if any
            button.setAccessibleDescription(
                f"{base} ({wording.carried_marker()})" if is_carried else base
            )
    banner.text.setText(wording.carried_count_text(count))
    banner.setVisible(count > 0)
