"""One page per theme, generated from the index: criteria by level, Present and Future answers,
the theme's live level with "why this level", and a notes box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain import wording
from ..domain.assessment import Answer
from ..domain.criteria import Index, Kind, Theme
from ..domain.levels import CRITERION_LEVELS
from ..domain.scoring import ThemeLevel, ThemeResult
from .accessibility import mark_heading
from .i18n import fmt, installed_language
from .widgets import AnswerButton, LevelBadge, LevelHeading, label

NOTE_DELAY_MS = 250  # issue 9: a note is committed within 300 ms of the last keystroke


class ThemePage(QWidget):
    """Shows one theme; emits what the facilitator chose and leaves storing it to the window."""

    answer_requested = Signal(str, str, object)  # criterion id, "present"/"future", value
    note_changed = Signal(str, str)  # theme code, text

    def __init__(self, index: Index, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.buttons: dict[tuple[str, str], AnswerButton] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)

        title = mark_heading(label(f"{theme.code}  {theme.title}", "h1"))
        title.setAccessibleName(fmt(self.tr("Theme %1: %2"), theme.code, theme.title))
        outer.addWidget(title)
        outer.addWidget(
            label(
                with_translation(
                    theme.translated("question", installed_language()), theme.question
                ),
                "question",
            )
        )

        card = QFrame()
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        levels = QGridLayout()
        levels.setColumnStretch(2, 1)
        self.present_badge = LevelBadge()
        self.future_badge = LevelBadge()
        self._horizon = 3
        self.now_label = label(wording.now_label() + ":", "h3", wrap=False)
        self.future_label = label(wording.future_label(self._horizon) + ":", "h3", wrap=False)
        levels.addWidget(self.now_label, 0, 0)
        levels.addWidget(self.present_badge, 0, 1)
        levels.addWidget(self.future_label, 1, 0)
        levels.addWidget(self.future_badge, 1, 1)
        card_layout.addLayout(levels)
        card_layout.addWidget(label(self.tr("Why this level"), "h3"))
        self.why_present = label("", selectable=False)
        self.why_future = label("", selectable=False)
        self.why_present.setAccessibleName(self.tr("Why this level now"))
        self.why_future.setAccessibleName(self.tr("Why this level in the future"))
        for why in (self.why_present, self.why_future):  # readable: Tab reaches it, Orca reads it
            why.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            why.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
        card_layout.addWidget(self.why_present)
        card_layout.addWidget(self.why_future)
        outer.addWidget(card)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        self.criteria_grid = grid  # issue 14: the carried-over marks go in its fifth column
        row = 0
        # The column headings wrap: unwrapped, "In 3 years" at 200% made the answer columns
        # wider than their buttons and pushed the grid past a 1024×768 projector's width.
        grid.addWidget(label(self.tr("Present (now)"), "h3"), row, 2)
        self.future_column = label(wording.future_label(self._horizon), "h3")
        grid.addWidget(self.future_column, row, 3)
        row += 1
        for level in CRITERION_LEVELS:
            criteria = theme.at_level(level)
            if not criteria:
                continue
            grid.addWidget(
                LevelHeading(level, index.level_descriptions.get(level, "")), row, 0, 1, 4
            )
            row += 1
            for criterion in criteria:
                ident = label(criterion.id, wrap=False)
                bold = ident.font()  # a font, not a style sheet of its own: each of those is
                bold.setBold(True)  # parsed and matched per widget, at every page switch
                ident.setFont(bold)  # (only the weight is set: size and zoom still inherit)
                grid.addWidget(ident, row, 0, Qt.AlignmentFlag.AlignTop)
                text = criterion.text
                if criterion.prompt:  # issue 10: a plain question where Yes means compliant
                    text = self.tr("%1\n(a fundamental requirement; the index's words: “%2”)")
                    text = text.replace("%2", criterion.statement).replace("%1", criterion.prompt)
                elif criterion.kind is Kind.COMPLIANCE:
                    text += self.tr("  (a fundamental requirement of the Act)")
                text = with_translation(
                    criterion.translated("statement", installed_language()), text
                )
                statement = label(text)
                grid.addWidget(statement, row, 1, Qt.AlignmentFlag.AlignTop)
                if criterion.asked:
                    for col, name in ((2, "present"), (3, "future")):
                        button = AnswerButton(name, criterion.id, criterion.question)
                        button.chosen.connect(
                            lambda value, c=criterion.id, n=name: self.answer_requested.emit(
                                c, n, value
                            )
                        )
                        self.buttons[(criterion.id, name)] = button
                        grid.addWidget(button, row, col, Qt.AlignmentFlag.AlignTop)
                elif criterion.same_as:
                    grid.addWidget(
                        label(fmt(self.tr("(same answer as %1)"), criterion.same_as), "muted"),
                        row,
                        2,
                        1,
                        2,
                    )
                else:
                    grid.addWidget(
                        label(self.tr("(description, not asked)"), "muted"), row, 2, 1, 2
                    )
                row += 1
        column.addSpacing(12)
        column.addWidget(label(self.tr("Notes and evidence"), "h3"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(fmt(self.tr("Notes and evidence for theme %1"), theme.code))
        self.notes.setPlaceholderText(
            self.tr("What the room said, evidence to collect, who to ask…")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)
        column.addWidget(self.notes)
        column.addStretch(1)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.notes.textChanged.connect(self._note_timer.start)
        self.notes.installEventFilter(self)
        self._loading = False

    # -- showing -----------------------------------------------------------------------------

    def show_answers(self, answers: dict[str, Answer]) -> None:
        for criterion in self.theme.asked:
            self.show_answer(criterion.id, answers.get(criterion.id, Answer()))

    def show_answer(self, criterion_id: str, answer: Answer) -> None:
        self.buttons[(criterion_id, "present")].show_value(answer.present)
        future = self.buttons[(criterion_id, "future")]
        if answer.present is True:
            future.show_value(True, locked=True)
        else:
            future.show_value(answer.future)

    def show_result(self, result: ThemeResult) -> None:
        self.present_badge.spoken_prefix = self.now_label.text()
        self.future_badge.spoken_prefix = self.future_label.text()
        for badge, level in (
            (self.present_badge, result.present),
            (self.future_badge, result.future),
        ):
            badge.set_level(level.level, level.incomplete, level.not_answered_yet)
        self.why_present.setText(_why_text(wording.now_label(), result.present))
        self.why_future.setText(_why_text(wording.future_label(self._horizon), result.future))
        for why in (self.why_present, self.why_future):
            why.setAccessibleDescription(why.text())

    def show_horizon(self, years: int) -> None:
        """Every label about the future reads the session's horizon ("In 5 years")."""
        self._horizon = years
        self.future_label.setText(wording.future_label(years) + ":")
        self.future_column.setText(wording.future_label(years))
        for button in self.buttons.values():
            button.set_column_label(
                wording.now_label() if button.column == "present" else wording.future_label(years)
            )

    def show_note(self, text: str) -> None:
        if self.notes.toPlainText() != text:
            self._loading = True
            self.notes.setPlainText(text)
            self._loading = False
            self._note_timer.stop()

    def first_button(self) -> AnswerButton | None:
        for button in self.buttons.values():
            if button.isEnabled():
                return button
        return None

    # -- notes -------------------------------------------------------------------------------

    def flush_note(self) -> None:
        self._note_timer.stop()
        if not self._loading:
            self.note_changed.emit(self.theme.code, self.notes.toPlainText())

    def has_pending_note(self) -> bool:
        """Whether text typed in the notes box is not yet handed on to be saved (issue 9)."""
        return self._note_timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        focus_out = watched is self.notes and event.type() == QEvent.Type.FocusOut
        if focus_out and self._note_timer.isActive():
            self.flush_note()
        return super().eventFilter(watched, event)


def _why_text(when: str, level: ThemeLevel) -> str:
    why = level.why
    text = (
        QCoreApplication.translate("ThemePage", "%1: %2")
        .replace("%2", why.sentence)
        .replace("%1", when)
    )
    if level.incomplete and why.unanswered:
        count = len(why.unanswered)
        text += " " + QCoreApplication.translate(
            "ThemePage", "%n question(s) still to answer, so this is provisional.", "", count
        )
    return text


def with_translation(translated: str | None, english: str) -> str:
    """An index file's approved translation with the verbatim English beneath it; the English
    alone when the file has none for the interface language (issue 11)."""
    return f"{translated}\n{english}" if translated and translated != english else english
