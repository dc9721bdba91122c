"""The New assessment page: index, organisation, workshop date, participants and horizon."""

from __future__ import annotations

import datetime as _dt
import itertools

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
    DEFAULT_HORIZON_YEARS,
    MAX_HORIZON_YEARS,
    MIN_HORIZON_YEARS,
    ORGANISATION_TYPES,
    Organisation,
    Participant,
    Workshop,
    index_for_type,
)
from ..domain.entry_rules import DATE_MAX, DATE_MIN
from ..services.workshop import NewSession
from .i18n import fmt
from .widgets import label

ADD_OWN = "__add_own__"


class NewAssessmentPage(QWidget):
    """Collects a :class:`NewSession`; the window creates it when :attr:`create_requested` fires."""

    create_requested = Signal(object)  # NewSession
    add_index_requested = Signal()
    cancel_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("New assessment form"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields and scrolls to them
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 16, 24, 12)
        column.addWidget(label(self.tr("New assessment"), "h1"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(form)

        self.index = QComboBox()
        self.index.setAccessibleName(self.tr("Index"))
        self.index.activated.connect(self._index_chosen)
        form.addRow(self.tr("&Index"), self.index)

        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation name (required)"))
        self.org_error = label(self.tr("Enter the organisation's name to continue."), "error")
        self.organisation.textChanged.connect(lambda _: self.org_error.setVisible(False))
        form.addRow(self.tr("&Organisation name"), self.organisation)
        self.org_error.setVisible(False)
        form.addRow("", self.org_error)

        self.org_type = QComboBox()
        for key in ORGANISATION_TYPES:
            self.org_type.addItem(wording.organisation_type_label(key), key)
        self.org_type.setAccessibleName(self.tr("Organisation type"))
        self.org_type.currentIndexChanged.connect(
            lambda _: self._type_chosen(str(self.org_type.currentData()))
        )
        form.addRow(self.tr("&Type"), self.org_type)
        self.region = QLineEdit()
        self.region.setAccessibleName(self.tr("Region"))
        form.addRow(self.tr("&Region"), self.region)
        self.facilitator = QLineEdit()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.facilitator.setPlaceholderText(self.tr("A role is enough, e.g. Social value lead"))
        form.addRow(self.tr("F&acilitator"), self.facilitator)  # Alt+F is the File menu
        self.date = QDateEdit()
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Workshop date"))
        self.date.setDateRange(_qdate(DATE_MIN), _qdate(DATE_MAX))  # issue 9: domain bounds
        form.addRow(self.tr("Workshop &date"), self.date)
        self.horizon = QSpinBox()
        self.horizon.setRange(MIN_HORIZON_YEARS, MAX_HORIZON_YEARS)
        self.horizon.setSuffix(self.tr(" years"))
        self.horizon.setAccessibleName(self.tr("Programme horizon in years"))
        form.addRow(self.tr("Programme hori&zon"), self.horizon)  # Alt+H is the Help menu

        column.addWidget(
            label(self.tr("Participants (a role is enough; a name only with consent)"), "h3")
        )
        self.participants = QGridLayout()
        column.addLayout(self.participants)
        self.rows: list[tuple[QLineEdit, QLineEdit, QPushButton]] = []
        self.add_participant = QPushButton(self.tr("Add a &participant"))
        self.add_participant.setAccessibleName(self.tr("Add a participant row"))
        self.add_participant.clicked.connect(lambda: self.add_row().setFocus())
        column.addWidget(self.add_participant)

        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Create and start"))
        self.create_button.setProperty("primary", "true")
        self.create_button.setAccessibleName(self.tr("Create the assessment and start"))
        self.create_button.clicked.connect(self._create)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and go back to the start screen"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch(1)
        # Enter in a field never creates the session (issue 10): only the Create button does
        # (clicked, Space, or Enter while it has focus).

    def reset(self, index_ids: tuple[str, ...], titles: dict[str, str]) -> None:
        self.set_indexes(index_ids, titles)
        self.organisation.clear()
        self.org_error.setVisible(False)
        self.org_type.setCurrentIndex(0)
        self._type_chosen(str(self.org_type.currentData()))
        self.region.clear()
        self.facilitator.clear()
        today = _dt.date.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.horizon.setValue(DEFAULT_HORIZON_YEARS)
        while self.rows:
            self._remove_row(self.rows[-1])
        self.add_row()

    def set_indexes(
        self, index_ids: tuple[str, ...], titles: dict[str, str], select: str = ""
    ) -> None:
        self.index.clear()
        for index_id in index_ids:
            self.index.addItem(titles.get(index_id, index_id), index_id)
        self.index.addItem(self.tr("Add your own index file…"), ADD_OWN)
        if select:
            self.index.setCurrentIndex(max(0, self.index.findData(select)))

    def _type_chosen(self, organisation_type: str) -> None:
        """The index follows the organisation type (Business → business, a public body →
        public sector); "Other" leaves the choice as it is."""
        index_id = index_for_type(organisation_type)
        position = self.index.findData(index_id) if index_id else -1
        if position >= 0:
            self.index.setCurrentIndex(position)

    def _index_chosen(self, position: int) -> None:
        if self.index.itemData(position) == ADD_OWN:
            self.index.setCurrentIndex(0)
            self.add_index_requested.emit()

    def add_row(self, role: str = "", name: str = "") -> QLineEdit:
        n = len(self.rows) + 1
        role_edit = QLineEdit(role)
        role_edit.setPlaceholderText(self.tr("Role, e.g. Head of Procurement"))
        role_edit.setAccessibleName(fmt(self.tr("Participant %1 role"), n))
        name_edit = QLineEdit(name)
        name_edit.setPlaceholderText(self.tr("Name (optional)"))
        name_edit.setAccessibleName(fmt(self.tr("Participant %1 name (optional)"), n))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(fmt(self.tr("Remove participant %1"), n))
        entry = (role_edit, name_edit, remove)
        remove.clicked.connect(lambda: self._remove_row(entry))
        r = len(self.rows)
        self.participants.addWidget(role_edit, r, 0)
        self.participants.addWidget(name_edit, r, 1)
        self.participants.addWidget(remove, r, 2)
        # Tab in reading order: a new row comes after the last one, before "Add a participant".
        chain = (self.rows[-1][2] if self.rows else self.horizon, *entry, self.add_participant)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.rows.append(entry)
        return role_edit

    def _remove_row(self, entry: tuple[QLineEdit, QLineEdit, QPushButton]) -> None:
        if entry in self.rows:
            self.rows.remove(entry)
        for widget in entry:
            self.participants.removeWidget(widget)
            widget.deleteLater()

    def collect(self) -> NewSession | None:
        name = self.organisation.text().strip()
        if not name:
            self.org_error.setVisible(True)
            self.organisation.setFocus()
            return None
        d = self.date.date()
        participants = tuple(
            Participant(role.text().strip(), person.text().strip())
            for role, person, _ in self.rows
            if role.text().strip() or person.text().strip()
        )
        return NewSession(
            index_id=str(self.index.currentData()),
            organisation=Organisation(
                name, str(self.org_type.currentData()), self.region.text().strip()
            ),
            workshop=Workshop(
                date=_dt.date(d.year(), d.month(), d.day()),
                facilitator=self.facilitator.text().strip(),
                participants=participants,
                horizon_years=self.horizon.value(),
            ),
        )

    def _create(self) -> None:
        new = self.collect()
        if new is not None:
            self.create_requested.emit(new)


def _qdate(day: _dt.date) -> QDate:
    """A date for the date picker (issue 9: its range is the domain's, ``entry_rules``)."""
    return QDate(day.year, day.month, day.day)
