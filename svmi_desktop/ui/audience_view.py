"""The projector's view: large type, no editing controls, nothing private.

Draws an :class:`~svmi_desktop.domain.audience.AudienceFrame` and nothing else; what a frame may
hold is decided in :mod:`svmi_desktop.domain.audience` (no notes, no names). The type scales with
the height of the screen the view is on, so the back row of the room can read it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.audience import AudienceFrame

#: Body text height as a share of the screen's height (768 px → 22 px type).
TYPE_SHARE = 1 / 35


def _label(text: str = "", name: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        widget.setObjectName(name)
    return widget


class AudienceView(QWidget):
    """A top-level window for the projector (or, with one screen, in place of the window)."""

    dismissed = Signal()  # Escape: hand the screen back to the laptop window

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audience")
        self.setWindowTitle(self.tr("SVMI workshop – audience view"))
        self.setAccessibleName(self.tr("Audience view"))
        self.frame: AudienceFrame | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 16)
        top = QHBoxLayout()
        self.heading = _label("", "heading")
        top.addWidget(self.heading, 1)
        timer_box = QVBoxLayout()
        self.timer = _label("", "timer")
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.timer.setWordWrap(False)
        self.cue = _label("", "cue")
        self.cue.setAlignment(Qt.AlignmentFlag.AlignRight)
        timer_box.addWidget(self.timer)
        timer_box.addWidget(self.cue)
        top.addLayout(timer_box, 0)
        outer.addLayout(top)
        self.question = _label("", "question")
        outer.addWidget(self.question)
        self.levels = _label("", "levels")
        outer.addWidget(self.levels)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("audienceBody")
        self.grid = QGridLayout(self.body)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(10)
        self.scroller.setWidget(self.body)
        outer.addWidget(self.scroller, 1)
        self.row_labels: list[QLabel] = []
        self._size = 0
        self.fit_type(768)

    # -- type size ---------------------------------------------------------------------------

    def fit_type(self, screen_height: int) -> None:
        """Scale every font to the screen: body ≈ 1/35 of its height, headings larger."""
        size = max(16, round(screen_height * TYPE_SHARE))
        if size == self._size:
            return
        self._size = size
        self.setStyleSheet(
            f"""
            QWidget#audience, QWidget#audienceBody {{ background: #FFFFFF; }}
            QWidget#audience QLabel {{ font-size: {size}px; color: #111111; }}
            QLabel#heading {{ font-size: {round(size * 1.6)}px; font-weight: bold; }}
            QLabel#question {{ font-size: {round(size * 1.1)}px; font-style: italic; }}
            QLabel#levels {{ font-size: {round(size * 1.2)}px; font-weight: bold; }}
            QLabel#timer {{ font-size: {round(size * 1.6)}px; font-weight: bold; }}
            QLabel#cue {{ font-size: {size}px; font-weight: bold; color: #7A3E00; }}
            QLabel[current="true"] {{ font-weight: bold; }}
            QLabel#votes {{ font-size: {size}px; font-weight: bold; }}
            """
        )

    # -- showing -----------------------------------------------------------------------------

    def show_frame(self, frame: AudienceFrame) -> None:
        """Draw the frame; rows are rebuilt only when the theme or its criteria change."""
        old, self.frame = self.frame, frame
        self.heading.setText(frame.heading)
        self.question.setText(frame.question)
        self.levels.setText("     ".join(f"{name}: {value}" for name, value in frame.levels))
        self.timer.setText(frame.timer)
        self.timer.setVisible(bool(frame.timer))
        self.cue.setText(frame.cue)
        self.cue.setVisible(bool(frame.cue))
        if old is None or old.rows != frame.rows:
            self._rows(frame)

    def _rows(self, frame: AudienceFrame) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.row_labels = []
        on_theme = bool(frame.theme)
        heads = (
            (self.tr("Now"), self.tr("Future"))
            if on_theme
            else (frame.levels[0][0], frame.levels[1][0])
        )
        for col, heading in ((2, heads[0]), (3, heads[1])):
            head = _label(heading)
            head.setProperty("current", "true")
            self.grid.addWidget(head, 0, col)
        current_label: QLabel | None = None
        for n, row in enumerate(frame.rows, 1):
            mark = "▶ " if row.current else ""
            ident = _label(mark + row.criterion_id)
            statement = _label(row.text)
            present = _label(row.present)
            future = _label(row.future)
            for cell in (ident, statement, present, future):
                cell.setProperty("current", "true" if row.current else "false")
                self.row_labels.append(cell)
            self.grid.addWidget(ident, 2 * n - 1, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(statement, 2 * n - 1, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(present, 2 * n - 1, 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(future, 2 * n - 1, 3, Qt.AlignmentFlag.AlignTop)
            if row.votes:
                votes = _label(row.votes, "votes")
                self.row_labels.append(votes)
                self.grid.addWidget(votes, 2 * n, 1, 1, 3)
            if row.current:
                current_label = statement
        self.grid.setRowStretch(2 * len(frame.rows) + 1, 1)
        if current_label is not None:
            self.scroller.ensureWidgetVisible(current_label, 0, self._size * 4)

    def texts(self) -> list[str]:
        """Every text the view shows (what tests check for anything private)."""
        return [w.text() for w in self.findChildren(QLabel) if not w.isHidden() or w is self.cue]

    # -- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape hands the screen back (single-screen toggle); nothing here edits."""
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.dismissed.emit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
