"""The history modals (issue 14), as module-level functions that tests patch.

Kept beside :mod:`.dialogs` rather than in it, so that the shared module gains nothing.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.reassessment import CarryMode


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryDialogs", text)


class ReassessDialog(QDialog):
    """Date of the re-assessment, and whether last time's answers are carried over."""

    def __init__(
        self, parent: QWidget | None, organisation: str, baseline: _dt.date, proposed: _dt.date
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Start a re-assessment"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "A new session for %1, following the one of %2. The details and the open actions "
                "are carried forward."
            )
            .replace("%1", organisation)
            .replace("%2", baseline.isoformat())
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date = QDateEdit(QDate(proposed.year, proposed.month, proposed.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(QDate(baseline.year, baseline.month, baseline.day).addDays(1))
        self.date.setAccessibleName(_tr("Date of the re-assessment"))
        form.addRow(_tr("&Date:"), self.date)
        # A list, not two radio buttons: one Tab stop that every screen reader names.
        self.answers = QComboBox()
        self.answers.addItem(
            _tr("Carry over last time's answers for the room to confirm"), CarryMode.CARRY.value
        )
        self.answers.addItem(_tr("Start with blank answers"), CarryMode.BLANK.value)
        self.answers.setAccessibleName(_tr("Last time's answers"))
        form.addRow(_tr("&Answers:"), self.answers)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[_dt.date, CarryMode]:
        day = self.date.date()
        mode = CarryMode(self.answers.currentData())
        return _dt.date(day.year(), day.month(), day.day()), mode


def ask_reassessment(
    parent: QWidget | None, organisation: str, baseline: _dt.date, proposed: _dt.date
) -> tuple[_dt.date, CarryMode] | None:
    """The date and carry-over choice, or ``None`` if cancelled."""
    dialog = ReassessDialog(parent, organisation, baseline, proposed)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
