"""The room panel's Timer tab: the running timer, its cue, and the workshop plan.

Takes data through ``show_*`` and emits the plan the facilitator typed as an
:class:`~svmi_desktop.domain.agenda.Agenda`; a theme's minutes left empty (or still marked "*",
the suggestion) share what the length leaves.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import room_wording
from ..domain.agenda import Agenda, schedule
from ..domain.criteria import Index
from ..domain.room import RoomRecord
from ..domain.timer import Reading
from .table_model import Cell, CellTable
from .widgets import label


class AgendaTab(QWidget):
    """The timer and the plan; signals carry what the facilitator asked for."""

    timer_toggled = Signal()
    presenter_requested = Signal()
    agenda_changed = Signal(object)  # Agenda

    def __init__(self, index: Index) -> None:
        super().__init__()
        self.index = index
        self._loading = False
        box = QVBoxLayout(self)
        self.timer_label = label("", "h2")
        self.timer_label.setAccessibleName(self.tr("Time on this theme"))
        self.cue_label = label("", "h3")
        self.cue_label.setAccessibleName(self.tr("Timer cue"))
        row = QVBoxLayout()
        self.timer_button = QPushButton(self.tr("Start timer"))
        self.timer_button.setToolTip(self.tr("Start or pause the theme timer (F9)"))
        self.timer_button.clicked.connect(self.timer_toggled)
        self.presenter_button = QPushButton(self.tr("Audience view"))
        self.presenter_button.setToolTip(self.tr("Show or hide the audience view (F5)"))
        self.presenter_button.clicked.connect(self.presenter_requested)
        row.addWidget(self.timer_button)
        row.addWidget(self.presenter_button)
        box.addWidget(self.timer_label)
        box.addWidget(self.cue_label)
        box.addLayout(row)
        form = QFormLayout()
        self.start_edit = QTimeEdit()
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setAccessibleName(self.tr("Start time"))
        self.total_spin = self._spin(15, 720, self.tr("Workshop length in minutes"))
        self.opening_spin = self._spin(0, 480, self.tr("Opening in minutes"))
        self.closing_spin = self._spin(0, 480, self.tr("Close in minutes"))
        form.addRow(self.tr("Start"), self.start_edit)
        form.addRow(self.tr("Length (min)"), self.total_spin)
        form.addRow(self.tr("Opening (min)"), self.opening_spin)
        form.addRow(self.tr("Close (min)"), self.closing_spin)
        box.addLayout(form)
        # A model (no sorting: the rows are the themes in the order they are run); minutes and
        # breaks are typed in place (F2, a double click or typing), as before.
        self.agenda_table = CellTable(self.tr("Minutes per theme"), sortable=False)
        self.agenda_table.setTabKeyNavigation(True)  # as the QTableWidget it was: Tab moves cells
        self.agenda_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.agenda_table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        self.agenda_table.setMinimumWidth(200)
        self.agenda_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.agenda_table.source.edited.connect(self._agenda_edited)
        box.addWidget(self.agenda_table, 1)
        self.agenda_problem = label("", "error")
        box.addWidget(self.agenda_problem)
        for widget in (self.total_spin, self.opening_spin, self.closing_spin):
            widget.valueChanged.connect(self._agenda_edited)
        self.start_edit.timeChanged.connect(self._agenda_edited)

    def _spin(self, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        return spin

    # -- showing ---------------------------------------------------------------

    def show_timer(self, reading: Reading | None, timing: bool) -> None:
        self.timer_button.setText(self.tr("Pause timer") if timing else self.tr("Start timer"))
        if reading is None:
            self.timer_label.setText(self.tr("No theme open"))
            self.cue_label.setText("")
            return
        self.timer_label.setText(f"{reading.theme}  {room_wording.timer_text(reading)}")
        self.cue_label.setText(room_wording.timer_cue(reading))

    def show_agenda(self, room: RoomRecord) -> None:
        self._loading = True
        try:
            a = room.agenda
            codes = tuple(t.code for t in self.index.themes)
            self.start_edit.setTime(
                QTime(a.start.hour, a.start.minute) if a.start else QTime(9, 30)
            )
            self.total_spin.setValue(a.total_minutes)
            self.opening_spin.setValue(a.opening_minutes)
            self.closing_spin.setValue(a.closing_minutes)
            slots = [s for s in schedule(a, codes) if s.kind == "theme"]
            breaks = {b.after: b.minutes for b in a.breaks}
            rows = []
            for slot in slots:
                theme = self.index.theme(slot.key)
                rows.append(
                    [
                        Cell(  # the code keeps the table narrow
                            theme.code,
                            spoken=f"{theme.code} {theme.title}",
                            tip=theme.title,
                            value=theme.code,
                        ),
                        Cell(
                            str(slot.minutes) + ("" if slot.own else " *"),
                            tip=self.tr("* suggested from the length; type minutes to set"),
                            editable=True,
                        ),
                        Cell(str(breaks.get(theme.code, "")), editable=True),
                        Cell(room_wording.spent_text(room.time_spent.get(theme.code, 0))),
                    ]
                )
            self.agenda_table.show_cells(
                [self.tr("Theme"), self.tr("Min"), self.tr("Break"), self.tr("Spent")], rows
            )
        finally:
            self._loading = False

    def show_agenda_problems(self, problems: list[str]) -> None:
        self.agenda_problem.setText(" ".join(p[:1].upper() + p[1:] + "." for p in problems))

    # -- intents ---------------------------------------------------------------

    def _agenda_edited(self, *_: object) -> None:
        if self._loading:
            return
        t = self.start_edit.time()
        own: dict[str, int] = {}
        breaks: list[tuple[str, int]] = []
        for r in range(self.agenda_table.rowCount()):
            code = self.agenda_table.value(r)
            if code is None:
                continue
            planned = self._cell(r, 1)
            if planned and not planned.endswith("*") and planned.isdigit():
                own[code] = int(planned)
            pause = self._cell(r, 2)
            if pause.isdigit() and int(pause) > 0:
                breaks.append((code, int(pause)))
        agenda = Agenda(
            start=_dt.time(t.hour(), t.minute()),
            total_minutes=self.total_spin.value(),
            opening_minutes=self.opening_spin.value(),
            closing_minutes=self.closing_spin.value(),
            theme_minutes=own,
        )
        for code, minutes in breaks:
            agenda = agenda.with_break(code, min(minutes, 480))
        self.agenda_changed.emit(agenda)

    def _cell(self, row: int, column: int) -> str:
        return self.agenda_table.text(row, column).strip()
