"""Small reusable widgets: headings, level badges (colour AND name) and the tri-state answer button."""

from __future__ import annotations

import datetime as _dt
from typing import ClassVar

# Not ``Qt`` here: the first use of the Qt namespace creates its 93 enum classes (some 20 ms),
# which the start screen does without; the functions that need it import it themselves.
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ..domain.levels import Level
from ..services.workshop import next_value
from .style import LEVEL_COLOURS, level_text


def label(text: str, role: str = "", wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that wraps (so zoom reflows rather than clips) with an optional style role."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
        if role in ("h1", "h2"):  # page titles and sections are headings to a screen reader
            from .accessibility import mark_heading

            mark_heading(widget, int(role[1]))
    if selectable:
        from PySide6.QtCore import Qt

        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


class LevelBadge(QLabel):
    """A level shown as its colour, its name and its number; dashed while provisional.

    Painted here rather than by a style sheet: a label with a style sheet of its own resolves
    its font once, so every zoom step had to set each badge's sheet again (a re-polish each),
    and Qt wraps the style of every such widget in a style sheet style of its own."""

    def __init__(self, level: Level | None = None, provisional: bool = False) -> None:
        super().__init__()
        self.level: Level | None = None
        self.provisional = False
        self.not_answered = False
        self.spoken_prefix = ""  # e.g. "Now:": what the badge is the level of, for a reader
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # As the old sheet had it: a 2 px border, 2 px by 8 px of padding, bold text whose
        # size follows the application font (only the weight is set, so zoom still applies).
        self.setContentsMargins(2 + 8, 2 + 2, 2 + 8, 2 + 2)
        bold = QFont()
        bold.setBold(True)
        self.setFont(bold)
        if level is not None:
            self.set_level(level, provisional)

    def set_level(
        self, level: Level, provisional: bool = False, not_answered: bool = False
    ) -> None:
        """Show a level; ``not_answered``: level 0 only because nobody has answered the
        compliance questions, shown neutral as "Not answered yet", never as Non-compliant."""
        state = (level, provisional, not_answered)
        if state == (self.level, self.provisional, self.not_answered):
            return
        self.level, self.provisional, self.not_answered = state
        if not_answered:
            from ..domain.wording import not_answered_yet

            text = not_answered_yet()
            self.setPalette(QPalette())  # the scheme's own text colour, following contrast
        else:
            text = level_text(level, provisional)
            pal = QPalette()
            pal.setColor(QPalette.ColorRole.WindowText, QColor(LEVEL_COLOURS[level][1]))
            self.setPalette(pal)
        self.setText(text)
        self.update()
        spoken = f"{self.spoken_prefix} {text}" if self.spoken_prefix else text
        self.setAccessibleName(spoken)
        if self.isVisible():  # a level change is announced (a live region, as Qt allows)
            from .accessibility import announce

            announce(self, spoken)

    def badge_colours(self) -> tuple[QColor | None, QColor, bool]:
        """(fill or None, border, dashed) as the badge paints them."""
        if self.level is None or self.not_answered:
            return None, self.palette().color(QPalette.ColorRole.WindowText), True
        return QColor(LEVEL_COLOURS[self.level][0]), QColor("#000000"), self.provisional

    def paintEvent(self, event: QPaintEvent) -> None:
        from PySide6.QtCore import QRectF, Qt

        fill, border, dashed = self.badge_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(border, 2)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()
        super().paintEvent(event)


class LevelHeading(QWidget):
    """A level group's heading: a colour swatch and the level's name (never colour alone)."""

    def __init__(self, level: Level, description: str = "") -> None:
        from PySide6.QtCore import Qt

        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 8, 0, 2)
        swatch = QFrame()
        swatch.setFixedSize(22, 22)
        bg, _ = LEVEL_COLOURS[level]
        swatch.setStyleSheet(f"background: {bg}; border: 2px solid #000000; border-radius: 11px;")
        row.addWidget(swatch, 0, Qt.AlignmentFlag.AlignTop)
        from ..domain import wording

        text = (
            QCoreApplication.translate("LevelHeading", "%1 (level %2)")
            .replace("%2", str(int(level)))
            .replace("%1", wording.level_name(level))
        )
        if description:
            text = (
                QCoreApplication.translate("LevelHeading", "%1 — %2")
                .replace("%2", description)
                .replace("%1", text)
            )
        heading = label(text, "h3")
        row.addWidget(heading, 1)
        self.setAccessibleName(text)


_STATE = {None: "none", True: "yes", False: "no"}


class AnswerButton(QPushButton):
    """One answer cell: unanswered "–", Yes or No. Click or Space cycles; Y, N and Delete set.

    ``locked`` shows a future answer held at Yes because the present answer is Yes.
    Emits :attr:`chosen` with the value the user asked for; the page decides what is stored.
    A screen reader hears the column, the criterion and the value as the name ("Now, A.M1:
    Yes"), the criterion's text as the description, and Yes as the checked state.
    """

    chosen = Signal(object)

    def __init__(
        self,
        column: str,
        criterion_id: str,
        criterion_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.column = column
        self.criterion_id = criterion_id
        self.criterion_text = criterion_text
        self.column_label = self.tr("Now") if column == "present" else self.tr("Future")
        self.value: bool | None = None
        self.locked = False
        self.setCheckable(True)  # exposes the checked state (Yes) to screen readers
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # ``toggled``, not ``clicked``: a click, Space, and a screen reader's Press and Toggle
        # actions all toggle; AT-SPI's Toggle never emits ``clicked`` (it flipped the checked
        # state and recorded nothing).
        self._showing = False
        self.toggled.connect(self._toggled)
        self._fit()
        self.show_value(None)

    #: Minimum widths by (font, the translated Yes and No): the same for every button of a
    #: page, and measured again at each zoom step by two hundred of them.
    _widths: ClassVar[dict[tuple[str, str, str], int]] = {}

    def _fit(self) -> None:
        """As wide as the widest state, so the column never jumps when an answer changes."""
        yes, no = self.tr("Yes ✓"), self.tr("No ✗")
        key = (self.font().key(), yes, no)
        width = self._widths.get(key)
        if width is None:
            fm = self.fontMetrics()
            widest = max(fm.horizontalAdvance(t) for t in (yes, no, "–"))
            width = self._widths[key] = widest + 2 * fm.averageCharWidth() + 28
        if self.minimumWidth() != width:
            self.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def set_column_label(self, text: str) -> None:
        """The column's name as the session words it ("Now", "In 5 years")."""
        self.column_label = text
        self.show_value(self.value, self.locked)

    def spoken_value(self) -> str:
        if self.locked:
            return self.tr("Yes, because now is Yes")
        return {None: self.tr("not answered"), True: self.tr("Yes"), False: self.tr("No")}[
            self.value
        ]

    def show_value(self, value: bool | None, locked: bool = False) -> None:
        self.value, self.locked = value, locked
        if locked:
            text, state = self.tr("Yes ✓"), "locked"
        else:
            text = {None: "–", True: self.tr("Yes ✓"), False: self.tr("No ✗")}[value]
            state = _STATE[value]
        if self.text() != text:
            self.setText(text)
        if self.property("answer") != state:
            self.setProperty("answer", state)
            self.style().unpolish(self)
            self.style().polish(self)
        self._show_checked()
        self.setEnabled(not locked)
        spoken = self.spoken_value()
        name = arg(self.tr("%1, %2: %3"), self.column_label, self.criterion_id, spoken)
        if self.accessibleName() != name:
            self.setAccessibleName(name)
        if self.criterion_text and self.accessibleDescription() != self.criterion_text:
            self.setAccessibleDescription(self.criterion_text)
        self.setToolTip(
            arg(
                self.tr(
                    "%1 answer for %2: %3. Space or click cycles – / Yes / No; Y, N and Delete set it."
                ),
                self.column_label,
                self.criterion_id,
                spoken,
            )
        )

    def _show_checked(self) -> None:
        self._showing = True
        try:
            self.setChecked(self.locked or self.value is True)
        finally:
            self._showing = False

    def _toggled(self, _checked: bool) -> None:
        if self._showing:
            return
        if not self.locked:
            self.chosen.emit(next_value(self.value))
        self._show_checked()  # the checked state is the answer's, whatever was decided

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        key = event.key()
        if self.locked:
            super().keyPressEvent(event)
            return
        # y or Y (Shift, or Caps Lock), from either keyboard; Ctrl+Y and Alt+N stay shortcuts
        typed = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        plain = not event.modifiers() & ~typed
        if key == Qt.Key.Key_Y and plain:
            self.chosen.emit(True)
        elif key == Qt.Key.Key_N and plain:
            self.chosen.emit(False)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.chosen.emit(None)
        else:
            super().keyPressEvent(event)


def arg(text: str, *args: object) -> str:
    """Qt's ``QString.arg`` for a translated text: ``%1``, ``%2``… replaced, highest first."""
    for i in range(len(args), 0, -1):
        text = text.replace(f"%{i}", str(args[i - 1]))
    return text


class IsoDateEdit(QLineEdit):
    """A date typed as it is shown, year-month-day: 2027-06-30 stays 2027-06-30.

    (A ``QDateEdit`` edits section by section, so text typed over it lands in whichever
    section has the cursor: "2027-06-30" typed into a Due cell became 2027-12-06.)
    """

    def __init__(self, accessible_name: str = "", parent: QWidget | None = None) -> None:
        from PySide6.QtCore import QRegularExpression
        from PySide6.QtGui import QRegularExpressionValidator

        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"), self)
        )
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.setToolTip(self.tr("A date as year-month-day, e.g. 2027-06-30"))

    def date(self) -> _dt.date | None:
        """The date typed, or None if it is not a whole, real date."""
        try:
            return _dt.date.fromisoformat(self.text().strip())
        except ValueError:
            return None

    def set_date(self, day: _dt.date | None) -> None:
        self.setText(day.isoformat() if day is not None else "")


_KEY_PRESS = QEvent.Type.KeyPress


class _EnterClicks(QObject):
    """Enter or Return on a focused check box or tool button outside a dialog clicks it, as
    Space does (a dialog's buttons already do; a line edit's Enter is left to the line edit)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != _KEY_PRESS:  # first and cheapest: this runs for every event
            return False
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractButton, QDialog

        if (
            isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QAbstractButton)
            and watched.hasFocus()
            and watched.isEnabled()
            and not isinstance(watched.window(), QDialog)
        ):
            watched.click()
            return True
        return False


def enable_enter_on_buttons(app: QObject | None) -> None:
    """Make Enter activate the focused button, outside dialogs as inside them.

    A push button does it itself once it is an ``autoDefault`` button (a dialog's buttons are;
    others are not), so each push button becomes one as the style polishes it
    (``proxy_style.on_polish``): no Python runs for its events. Check boxes and tool buttons,
    which Qt never clicks on Enter, get an event filter each. (An application-wide filter ran
    Python for every event of every object, 40% of the time of opening a workshop; a filter on
    every push button, 10–15% of a zoom step or a page switch.)"""
    if app is None or app.property("svmi_enter_clicks"):
        return
    from PySide6.QtWidgets import QAbstractButton, QDialog

    from . import proxy_style

    app.setProperty("svmi_enter_clicks", True)
    clicks = _EnterClicks(app)

    def watch(widget: QObject) -> None:
        if isinstance(widget, QPushButton):
            if not widget.autoDefault() and not isinstance(widget.window(), QDialog):
                widget.setAutoDefault(True)  # Qt's QPushButton clicks itself on Enter
        elif isinstance(widget, QAbstractButton):
            widget.installEventFilter(clicks)  # installing twice keeps one

    proxy_style.on_polish.append(watch)
