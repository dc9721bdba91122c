"""The history modals (issue 14), as module-level functions that tests patch.

Kept beside :mod:`.dialogs` rather than in it, so that the shared module gains nothing.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.reassessment import CarryMode


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryDialogs", text)


class ReassessDialog(QDialog):
    """Date of the re-assessment, and whether last time's answers are carried over."""

    def __init__(self, parent: QWidget | None, organisation: str, baseline: _dt.date, proposed: _dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Start a re-assessment"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr("A new session for %1, following the one of %2. The details and the open actions "
                "are carried forward.").replace("%1", organisation).replace("%2", baseline.isoformat())
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
        layout.addLayout(form)
        self.carry = QRadioButton(_tr("&Carry over last time's answers for the room to confirm"))
        self.blank = QRadioButton(_tr("Start with &blank answers"))
        self.carry.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.carry)
        group.addButton(self.blank)
        layout.addWidget(self.carry)
        layout.addWidget(self.blank)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[_dt.date, CarryMode]:
        day = self.date.date()
        mode = CarryMode.CARRY if self.carry.isChecked() else CarryMode.BLANK
        return _dt.date(day.year(), day.month(), day.day()), mode


def ask_reassessment(
    parent: QWidget | None, organisation: str, baseline: _dt.date, proposed: _dt.date
) -> tuple[_dt.date, CarryMode] | None:
    """The date and carry-over choice, or ``None`` if cancelled."""
    dialog = ReassessDialog(parent, organisation, baseline, proposed)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
