"""The introduction: the method's three steps, the index's four levels and the level legend."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ..domain.criteria import Index
from ..domain.levels import Level
from .i18n import QT_TRANSLATE_NOOP
from .widgets import LevelHeading, label

STEPS = (
    (
        QT_TRANSLATE_NOOP("IntroPage", "1. Decide where you are now."),
        QT_TRANSLATE_NOOP(
            "IntroPage",
            "For each theme, answer every statement for today: Yes if it is true now, No if not. The theme's level is the highest level whose requirements are all met.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("IntroPage", "2. Decide where you want to be."),
        QT_TRANSLATE_NOOP(
            "IntroPage",
            "Answer the Future column for where you want to be in about two to three years. Anything true now is true in future too.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("IntroPage", "3. Work out how you get there."),
        QT_TRANSLATE_NOOP(
            "IntroPage",
            "The action plan lists what it takes to move each theme from its present to its future level, phased year by year. Give each action an owner and a date.",
        ),
    ),
)


class IntroPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("How the workshop works"))
        scroll.setProperty(
            "role", "reading"
        )  # focusable to scroll by keyboard: shows a focus border
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(16, 12, 16, 8)
        self.title = label(self.tr("How the workshop works"), "h1")
        self.column.addWidget(self.title)
        self.subtitle = label("", "h3")
        self.column.addWidget(self.subtitle)
        for n, (head, text) in enumerate(STEPS):
            head, text = self.tr(head), self.tr(text)
            self.column.addWidget(label(head, "h2"))
            body = label(text)
            self.column.addWidget(body)
            if n == 1:  # by position: the heading is translated
                self.step_two = body
        self.column.addSpacing(10)
        self.column.addWidget(label(self.tr("The levels"), "h2"))
        self.levels = QVBoxLayout()
        self.column.addLayout(self.levels)
        self.column.addWidget(
            label(
                self.tr(
                    "Non-compliant means a fundamental requirement of the Public Services (Social Value) Act is not met. A level is provisional while questions are unanswered. Every level is shown with its colour and its name."
                )
            )
        )
        self.column.addStretch(1)

    def show_horizon(self, years: int) -> None:
        """Issue 10: step 2 names the session's horizon, not "two to three years"."""
        from ..domain.wording import future_label

        when = future_label(years)
        self.step_two.setText(
            self.tr(
                "Answer the Future column for where you want to be %1. "
                "Anything true now is true in future too."
            ).replace("%1", when[:1].lower() + when[1:])
        )

    def show_index(self, index: Index, organisation: str) -> None:
        self.subtitle.setText(f"{organisation}: {index.title}")
        while self.levels.count():
            item = self.levels.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.levels.addWidget(
            LevelHeading(
                Level.NON_COMPLIANT, self.tr("a fundamental requirement of the Act is not met")
            )
        )
        for level in (Level.FOLLOWER, Level.MATURE, Level.LEADER, Level.INNOVATOR):
            self.levels.addWidget(LevelHeading(level, index.level_descriptions.get(level, "")))
