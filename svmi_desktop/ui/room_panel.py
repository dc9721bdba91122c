"""The facilitator's room panel on the laptop: timer and agenda, votes, spread, capture.

A page in the house style: it takes data through ``show_*`` and emits what the facilitator asked
for as signals; :mod:`svmi_desktop.ui.presenter` calls the room service and shows the result.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import room_wording, wording
from ..domain.capture import Completeness, Evidence, ItemKind
from ..domain.criteria import Index, Theme
from ..domain.room import RoomRecord
from ..domain.votes import Column, disagreements_first
from .agenda_tab import AgendaTab
from .table_model import Cell, CellTable
from .widgets import label

NO_DATE = QDate(2000, 1, 1)


class RoomPanel(QTabWidget):
    """Four tabs; signals carry the facilitator's intent."""

    timer_toggled = Signal()
    agenda_changed = Signal(object)  # Agenda
    counts_entered = Signal(str, str)  # criterion id, typed counts
    reveal_requested = Signal(str, bool)  # criterion id, shown on the projector?
    dissent_changed = Signal(str, str)  # criterion id, text
    criterion_chosen = Signal(str)
    evidence_changed = Signal(str, object)  # criterion id, Evidence
    item_added = Signal(str, str, str)  # kind, theme, text
    item_removed = Signal(int)  # position in the room's items
    load_files_requested = Signal()
    make_files_requested = Signal()
    presenter_requested = Signal()

    def __init__(self, index: Index) -> None:
        super().__init__()
        self.setObjectName("roomPanel")
        self.setAccessibleName(self.tr("Room panel"))
        self.index = index
        self.theme: Theme | None = None
        self.criterion: str | None = None
        self._loading = False
        self.setMinimumWidth(240)
        self.agenda = AgendaTab(index)
        self.agenda.timer_toggled.connect(self.timer_toggled)
        self.agenda.presenter_requested.connect(self.presenter_requested)
        self.agenda.agenda_changed.connect(self.agenda_changed)
        # the plan's widgets, reachable from the panel as before
        self.total_spin, self.agenda_table = self.agenda.total_spin, self.agenda.agenda_table
        self.show_timer = self.agenda.show_timer
        self.show_agenda = self.agenda.show_agenda
        self.show_agenda_problems = self.agenda.show_agenda_problems
        self.addTab(self.agenda, self.tr("&Timer"))
        self.addTab(self._vote_tab(), self.tr("&Votes"))
        self.addTab(self._spread_tab(), self.tr("Sp&read"))
        self.addTab(self._capture_tab(), self.tr("&Capture"))

    # -- building ----------------------------------------------------------------------------

    def _vote_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.criterion_combo = QComboBox()
        self.criterion_combo.setAccessibleName(self.tr("Criterion being voted on"))
        self.criterion_combo.activated.connect(
            lambda i: self.criterion_chosen.emit(self.criterion_combo.itemData(i))
        )
        box.addWidget(label(self.tr("Criterion"), "h3"))
        box.addWidget(self.criterion_combo)
        box.addWidget(label(self.tr("Counts: yes, no, not sure (e.g. 5 2 1), then Enter"), "h3"))
        self.counts_edit = QLineEdit()
        self.counts_edit.setObjectName("counts")
        self.counts_edit.setAccessibleName(self.tr("Vote counts: yes, no, not sure"))
        self.counts_edit.setMaxLength(20)
        self.counts_edit.returnPressed.connect(self._counts_entered)
        box.addWidget(self.counts_edit)
        self.vote_state = label("")
        self.vote_state.setAccessibleName(self.tr("Vote state"))
        box.addWidget(self.vote_state)
        self.reveal_button = QPushButton(self.tr("Reveal on the projector"))
        self.reveal_button.clicked.connect(self._reveal_clicked)
        box.addWidget(self.reveal_button)
        box.addWidget(label(self.tr("Note of dissent (optional, no names needed)"), "h3"))
        self.dissent_edit = QLineEdit()
        self.dissent_edit.setAccessibleName(self.tr("Note of dissent"))
        self.dissent_edit.editingFinished.connect(self._dissent_edited)
        box.addWidget(self.dissent_edit)
        box.addStretch(1)
        return tab

    def _spread_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        row = QHBoxLayout()
        make = QPushButton(self.tr("Make personal files…"))
        make.clicked.connect(self.make_files_requested)
        load = QPushButton(self.tr("Load returned files…"))
        load.clicked.connect(self.load_files_requested)
        row.addWidget(make)
        row.addWidget(load)
        row.addStretch(1)
        box.addLayout(row)
        self.returned_label = label("")
        box.addWidget(self.returned_label)
        # A model behind a sort proxy: disagreements first until a heading is clicked.
        self.spread_table = CellTable(self.tr("Spread of views, disagreements first"))
        self.spread_table.setMinimumWidth(200)
        self.spread_table.setTabKeyNavigation(True)  # as the QTableWidget it was
        self.spread_table.activated.connect(lambda index: self._spread_activated(index.row(), 0))
        self.spread_table.show_cells(self._spread_headers(), [])
        box.addWidget(self.spread_table, 1)
        return tab

    def _capture_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.completeness_label = label("", "h3")
        box.addWidget(self.completeness_label)
        self.evidence_title = label("", "h3")
        box.addWidget(self.evidence_title)
        form = QFormLayout()
        self.evidence_what = QLineEdit()
        self.evidence_what.setAccessibleName(self.tr("What shows it is met"))
        self.evidence_owner = QLineEdit()
        self.evidence_owner.setAccessibleName(self.tr("Evidence owner"))
        self.evidence_date = QDateEdit()
        self.evidence_date.setAccessibleName(self.tr("Evidence date"))
        self.evidence_date.setCalendarPopup(True)
        self.evidence_date.setMinimumDate(NO_DATE)
        self.evidence_date.setSpecialValueText(self.tr("no date"))
        self.evidence_date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Evidence"), self.evidence_what)
        form.addRow(self.tr("Owner"), self.evidence_owner)
        form.addRow(self.tr("Date"), self.evidence_date)
        box.addLayout(form)
        self.evidence_what.editingFinished.connect(self._evidence_edited)
        self.evidence_owner.editingFinished.connect(self._evidence_edited)
        self.evidence_date.editingFinished.connect(self._evidence_edited)
        box.addWidget(label(self.tr("Decisions, disagreements, parking lot"), "h3"))
        add = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of item"))
        for kind in ItemKind:
            self.kind_combo.addItem(room_wording.item_kind_label(kind), kind.value)
        self.item_edit = QLineEdit()
        self.item_edit.setAccessibleName(self.tr("New item"))
        self.item_edit.returnPressed.connect(self._item_entered)
        add.addWidget(self.kind_combo)
        add.addWidget(self.item_edit, 1)
        box.addLayout(add)
        self.items_list = QListWidget()
        self.items_list.setAccessibleName(self.tr("This theme's items"))
        self.items_list.setWordWrap(True)
        box.addWidget(self.items_list, 1)
        remove = QPushButton(self.tr("Remove the selected item"))
        remove.clicked.connect(self._remove_item)
        box.addWidget(remove)
        return tab

    # -- showing -----------------------------------------------------------------------------

    def show_theme(self, theme: Theme | None, room: RoomRecord, answers: dict[str, object]) -> None:
        """The theme open on the laptop (``None`` off the theme pages)."""
        self.theme = theme
        self.criterion_combo.clear()
        if theme is not None:
            for c in theme.asked:
                self.criterion_combo.addItem(f"{c.id}  {c.text[:60]}", c.id)
        self.show_spread(room, answers)
        self.show_items(room)

    def show_criterion(self, criterion_id: str | None, room: RoomRecord) -> None:
        self.criterion = criterion_id
        position = self.criterion_combo.findData(criterion_id) if criterion_id else -1
        if position >= 0:
            self.criterion_combo.setCurrentIndex(position)
        vote = room.vote(criterion_id) if criterion_id else None
        if vote is None:
            self.vote_state.setText(self.tr("No votes entered for this criterion."))
            self.reveal_button.setEnabled(False)
        else:
            shown = (
                self.tr("Shown on the projector")
                if vote.revealed
                else self.tr("Hidden from the projector")
            )
            self.vote_state.setText(f"{room_wording.tally_text(vote.tally)} — {shown}")
            self.reveal_button.setEnabled(True)
            self.reveal_button.setText(
                self.tr("Hide on the projector")
                if vote.revealed
                else self.tr("Reveal on the projector")
            )
        self.dissent_edit.setText(room.dissent.get(criterion_id or "", ""))
        self.dissent_edit.setEnabled(criterion_id is not None)
        self.counts_edit.setEnabled(criterion_id is not None)
        evidence = room.evidence.get(criterion_id or "", Evidence())
        self.evidence_title.setText(
            self.tr("Evidence for %1").replace("%1", criterion_id)
            if criterion_id
            else self.tr("Choose a criterion")
        )
        self._loading = True
        self.evidence_what.setText(evidence.what)
        self.evidence_owner.setText(evidence.owner)
        d = evidence.date
        self.evidence_date.setDate(QDate(d.year, d.month, d.day) if d else NO_DATE)
        self._loading = False
        for w in (self.evidence_what, self.evidence_owner, self.evidence_date):
            w.setEnabled(criterion_id is not None)

    def show_spread(self, room: RoomRecord, answers: dict[str, object]) -> None:
        theme = self.theme
        self.returned_label.setText(
            wording.tr("Room", "%n personal file(s) counted", len(room.returned))
        )
        if theme is None:
            self.spread_table.show_cells(self._spread_headers(), [])
            return
        ids = [c.id for c in theme.asked]
        tallies = {}  # returned files and the room's vote together, as in the workshop record
        for cid in ids:
            vote = room.vote(cid)
            tallies[cid] = room.spread_of(cid).plus(vote.tally) if vote else room.spread_of(cid)
        agreed = {cid: getattr(answers.get(cid), "present", None) for cid in ids}
        order = disagreements_first(ids, tallies, agreed)
        rows = []
        for r, cid in enumerate(order):
            files = room.spread_of(cid, Column.PRESENT)
            vote = room.vote(cid)
            cells = (
                (cid, cid),
                (room_wording.answer_word(agreed[cid]),) * 2,
                (room_wording.tally_compact(files), room_wording.tally_text(files))
                if not files.is_empty
                else ("", ""),
                (room_wording.tally_compact(vote.tally), room_wording.tally_text(vote.tally))
                if vote
                else ("", ""),
            )
            rows.append(
                [
                    Cell(text, spoken=spoken, tip=spoken, value=cid, sort=(text.casefold(), r))
                    for text, spoken in cells
                ]
            )
        self.spread_table.show_cells(self._spread_headers(), rows)

    def _spread_headers(self) -> list[str]:
        return [
            self.tr("Criterion"),
            self.tr("Agreed"),
            self.tr("Files\nyes/no/?"),
            self.tr("Vote\nyes/no/?"),
        ]

    def show_items(self, room: RoomRecord) -> None:
        self.items_list.clear()
        theme = self.theme
        if theme is None:
            self.completeness_label.setText("")
            return
        for position, item in enumerate(room.items):
            if item.theme != theme.code:
                continue
            row = QListWidgetItem(f"{room_wording.item_kind_label(item.kind)}: {item.text}")
            row.setData(Qt.ItemDataRole.UserRole, position)
            self.items_list.addItem(row)

    def show_completeness(self, completeness: Completeness | None) -> None:
        if completeness is None:
            self.completeness_label.setText("")
            return
        self.completeness_label.setText(
            self.tr("Evidence: %1").replace("%1", room_wording.completeness_text(completeness))
        )

    # -- intents -----------------------------------------------------------------------------

    def _spread_activated(self, row: int, _column: int) -> None:
        criterion_id = self.spread_table.value(row)
        if criterion_id is not None:
            self.criterion_chosen.emit(criterion_id)

    def _counts_entered(self) -> None:
        if self.criterion:
            self.counts_entered.emit(self.criterion, self.counts_edit.text())

    def _reveal_clicked(self) -> None:
        if self.criterion:
            self.reveal_requested.emit(
                self.criterion, self.reveal_button.text() == self.tr("Reveal on the projector")
            )

    def _dissent_edited(self) -> None:
        if self.criterion and not self._loading:
            self.dissent_changed.emit(self.criterion, self.dissent_edit.text())

    def _evidence_edited(self) -> None:
        if self.criterion is None or self._loading:
            return
        qd = self.evidence_date.date()
        day = None if qd == NO_DATE else _dt.date(qd.year(), qd.month(), qd.day())
        evidence = Evidence(self.evidence_what.text(), self.evidence_owner.text(), day)
        self.evidence_changed.emit(self.criterion, evidence)

    def _item_entered(self) -> None:
        text = self.item_edit.text().strip()
        if text and self.theme is not None:
            self.item_added.emit(self.kind_combo.currentData(), self.theme.code, text)
            self.item_edit.clear()

    def _remove_item(self) -> None:
        row = self.items_list.currentItem()
        if row is not None:
            self.item_removed.emit(int(row.data(Qt.ItemDataRole.UserRole)))
