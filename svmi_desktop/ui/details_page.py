"""The Workshop details page: organisation name, type and region, facilitator, date,
participants and horizon, editable at any time (through ``WorkshopSession.update_details``,
undoably, via :meth:`SessionView.change_details`). Registered in :mod:`.page_registry`."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import wording
from ..domain.assessment import (
    MAX_HORIZON_YEARS,
    MIN_HORIZON_YEARS,
    ORGANISATION_TYPES,
    Organisation,
    Participant,
    Workshop,
)
from ..domain.text_limits import MAX_TEXT
from .accessibility import mark_heading
from .page_registry import register_page
from .widgets import IsoDateEdit, label

if TYPE_CHECKING:
    from ..services.workshop import WorkshopSession
    from .session_view import SessionView


class ParticipantRows(QWidget):
    """Editable rows of participants: a role, and a name only with consent."""

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QLineEdit, QLineEdit, QPushButton]] = []

    def set_participants(self, participants: tuple[Participant, ...]) -> None:
        while self.rows:
            self.remove(self.rows[-1])
        for person in participants:
            self.add(person.role, person.name)

    def add(self, role: str = "", name: str = "") -> QLineEdit:
        n = len(self.rows) + 1
        role_edit = QLineEdit(role)
        role_edit.setMaxLength(MAX_TEXT)
        role_edit.setPlaceholderText(self.tr("Role, e.g. Head of Procurement"))
        role_edit.setAccessibleName(self.tr("Participant %1 role").replace("%1", str(n)))
        name_edit = QLineEdit(name)
        name_edit.setMaxLength(MAX_TEXT)
        name_edit.setPlaceholderText(self.tr("Name (optional)"))
        name_edit.setAccessibleName(self.tr("Participant %1 name (optional)").replace("%1", str(n)))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove participant %1").replace("%1", str(n)))
        entry = (role_edit, name_edit, remove)
        remove.clicked.connect(lambda: self.remove(entry, focus=True))
        r = len(self.rows)
        for c, widget in enumerate(entry):
            self.grid.addWidget(widget, r, c)
        if self.rows:
            for before, after in itertools.pairwise((self.rows[-1][2], *entry)):
                QWidget.setTabOrder(before, after)
        self.rows.append(entry)
        return role_edit

    def remove(self, entry: tuple[QLineEdit, QLineEdit, QPushButton], focus: bool = False) -> None:
        if entry not in self.rows:
            return
        at = self.rows.index(entry)
        self.rows.remove(entry)
        for widget in entry:
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        if focus:  # focus goes to the row that took its place, never nowhere
            if self.rows:
                self.rows[min(at, len(self.rows) - 1)][0].setFocus()
            else:
                self.focusNextChild()

    def participants(self) -> tuple[Participant, ...]:
        return tuple(
            Participant(role.text().strip(), person.text().strip())
            for role, person, _ in self.rows
            if role.text().strip() or person.text().strip()
        )


class DetailsPage(QWidget):
    """Shows the workshop details; emits :attr:`details_changed` when the facilitator saves."""

    details_changed = Signal(object, object)  # Organisation, Workshop

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 8)
        self.title = mark_heading(label(self.tr("Workshop details"), "h1"))
        column.addWidget(self.title)
        column.addWidget(
            label(
                self.tr("Change who, when and for how long at any time; Ctrl+Z undoes it."), "muted"
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(form)
        self.organisation = self._line(self.tr("Organisation name (required)"))
        form.addRow(self.tr("&Organisation name"), self.organisation)
        self.org_type = QComboBox()
        for key in ORGANISATION_TYPES:  # keys stored, labels shown (issue 11)
            self.org_type.addItem(wording.organisation_type_label(key), key)
        self.org_type.setAccessibleName(self.tr("Organisation type"))
        form.addRow(self.tr("&Type"), self.org_type)
        self.region = self._line(self.tr("Region"))
        form.addRow(self.tr("&Region"), self.region)
        self.facilitator = self._line(self.tr("Facilitator"))
        form.addRow(self.tr("Fa&cilitator"), self.facilitator)
        self.date = IsoDateEdit(self.tr("Workshop date, as year-month-day"))
        form.addRow(self.tr("Workshop &date"), self.date)
        self.horizon = QSpinBox()
        self.horizon.setRange(MIN_HORIZON_YEARS, MAX_HORIZON_YEARS)
        self.horizon.setSuffix(self.tr(" years"))
        self.horizon.setAccessibleName(self.tr("Programme horizon in years"))
        form.addRow(self.tr("Programme hori&zon"), self.horizon)
        column.addWidget(
            label(self.tr("Participants (a role is enough; a name only with consent)"), "h3")
        )
        self.people = ParticipantRows()
        column.addWidget(self.people)
        self.add_person = QPushButton(self.tr("&Add a participant"))
        self.add_person.clicked.connect(lambda: self.people.add().setFocus())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_person)
        add_row.addStretch(1)
        column.addLayout(add_row)
        self.error = label("", "error")
        self.error.setVisible(False)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save details"))
        self.save_button.setProperty("primary", "true")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo my edits here"))
        self.revert_button.setAccessibleName(self.tr("Put back the details as they were saved"))
        self.revert_button.clicked.connect(self._revert)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        self._shown: tuple[Organisation, Workshop] | None = None

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(MAX_TEXT)
        return edit

    # -- showing -----------------------------------------------------------------------------

    def show_session(self, session: WorkshopSession) -> None:
        self.show_details(session.assessment.organisation, session.assessment.workshop)

    def show_details(self, organisation: Organisation, workshop: Workshop) -> None:
        self._shown = (organisation, workshop)
        self.organisation.setText(organisation.name)
        position = self.org_type.findData(organisation.type or ORGANISATION_TYPES[-1])
        if position < 0:  # a type of the user's own: shown as typed, kept as it is
            self.org_type.addItem(organisation.type, organisation.type)
            position = self.org_type.count() - 1
        self.org_type.setCurrentIndex(position)
        self.region.setText(organisation.region)
        self.facilitator.setText(workshop.facilitator)
        self.date.set_date(workshop.date)
        self.horizon.setValue(workshop.horizon_years)
        self.people.set_participants(workshop.participants)
        self.error.setVisible(False)

    def _revert(self) -> None:
        if self._shown is not None:
            self.show_details(*self._shown)

    # -- saving ------------------------------------------------------------------------------

    def collect(self) -> tuple[Organisation, Workshop] | None:
        name = self.organisation.text().strip()
        if not name:
            self.error.setText(self.tr("Enter the organisation's name: it cannot be empty."))
            self.error.setVisible(True)
            self.organisation.setFocus()
            return None
        day = self.date.date()
        if day is None:
            self.error.setText(
                self.tr(
                    "The workshop date must be a real date written year-month-day, e.g. 2027-06-30."
                )
            )
            self.error.setVisible(True)
            self.date.setFocus()
            return None
        return (
            Organisation(name, str(self.org_type.currentData()), self.region.text().strip()),
            Workshop(
                date=day,
                facilitator=self.facilitator.text().strip(),
                participants=self.people.participants(),
                horizon_years=self.horizon.value(),
            ),
        )

    def save(self) -> None:
        details = self.collect()
        if details is not None:
            self.error.setVisible(False)
            self.details_changed.emit(*details)


def _build(view: SessionView) -> DetailsPage:
    page = DetailsPage()
    page.show_session(view.session)
    page.details_changed.connect(view.change_details)
    return page


register_page(
    "details",
    lambda: QCoreApplication.translate("SessionView", "Workshop details"),
    _build,
    order=50,
)
