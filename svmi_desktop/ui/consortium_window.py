"""Several bodies together (issue 14): a window over a folder of submissions.

The folder is read off the UI thread (:mod:`.background`), with a progress bar and Cancel; the
figures come from :mod:`svmi_desktop.domain.consortium` and are only drawn here. Names are
hidden below five members unless the facilitator ticks "Show every member's name".
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import wording
from ..domain.compare import LevelPoint as _LevelPoint
from ..domain.consortium import Consortium, Group, Refused, Submission, aggregate
from ..domain.levels import Level
from .radar_chart import RadarChart
from .style import FUTURE_COLOUR, PRESENT_COLOUR
from .table_model import Cell, CellTable, level_cell
from .widgets import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Consortium", text)


class MemberRadar(RadarChart):
    """One member's levels now (solid) against the consortium's median now (dashed)."""

    def __init__(self) -> None:
        super().__init__()
        self.names = (_tr("Member"), _tr("Median"))
        self.setAccessibleName(_tr("Radar chart of one member against the median"))

    def _legend(self, painter: QPainter, fm: QFontMetricsF, text_colour: QColor) -> None:
        x, y = 12.0, 10.0
        line_h = fm.height() * 1.25
        for i, (name, colour, dashed) in enumerate(
            ((self.names[0], PRESENT_COLOUR, False), (self.names[1], FUTURE_COLOUR, True))
        ):
            cy = y + i * line_h + line_h / 2
            pen = QPen(QColor(colour), 3.5)
            pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, cy), QPointF(x + 44, cy))
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 54, cy + fm.ascent() / 2 - 1), name)


def _table(name: str) -> CellTable:
    """A read-only table: a model behind a sort proxy (click a heading to sort by it)."""
    return CellTable(name)


def _level(level: int) -> Cell:
    return level_cell(_LevelPoint(Level(level)))


class ConsortiumWindow(QWidget):
    def __init__(self, library: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.setWindowTitle(_tr("Several bodies together – SVMI Desktop"))
        self.resize(1200, 760)
        outer = QVBoxLayout(self)
        outer.addWidget(label(_tr("Several bodies together"), "h1"))
        row = QHBoxLayout()
        self.choose_button = QPushButton(_tr("Open a &folder of submissions…"))
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(self.choose_button)
        self.names_box = QCheckBox(_tr("Show every member's &name"))
        self.names_box.setToolTip(
            _tr("Names are hidden below 5 members unless you choose to show them.")
        )
        self.names_box.toggled.connect(self._names_toggled)
        row.addWidget(self.names_box)
        row.addStretch(1)
        self.xlsx_button = QPushButton(_tr("Export &workbook…"))
        self.pdf_button = QPushButton(_tr("Export &PDF…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        row.addWidget(self.xlsx_button)
        row.addWidget(self.pdf_button)
        outer.addLayout(row)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(_tr("Files read"))
        self.cancel_button = QPushButton(_tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        outer.addLayout(progress_row)
        self.status = label("", "muted")
        self.status.setAccessibleName(_tr("Status"))
        outer.addWidget(self.status)
        self.summary = label("")
        outer.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.now_table = _table(_tr("Each member's level per theme now"))
        self.future_table = _table(_tr("Each member's level per theme in the future"))
        self.stats_table = _table(_tr("Lowest, median and highest level per theme"))
        self.rounds_table = _table(_tr("Each round: bodies, returning bodies, median levels"))
        self.apart_table = _table(_tr("Files listed apart or not read, and why"))
        radar_tab = QWidget()
        radar_layout = QVBoxLayout(radar_tab)
        self.member_choice = QComboBox()
        self.member_choice.setAccessibleName(_tr("The member shown against the median"))
        self.member_choice.currentIndexChanged.connect(self._show_member)
        radar_layout.addWidget(self.member_choice)
        self.radar = MemberRadar()
        radar_layout.addWidget(self.radar, 1)
        for widget, title in (
            (self.now_table, _tr("Members: now")),
            (self.future_table, _tr("Members: future")),
            (self.stats_table, _tr("Per theme")),
            (radar_tab, _tr("One member and the median")),
            (self.rounds_table, _tr("Rounds")),
            (self.apart_table, _tr("Listed apart and not read")),
        ):
            self.tabs.addTab(widget, title)
        outer.addWidget(self.tabs, 1)
        self.submissions: list[Submission] = []
        self.refused: list[Refused] = []
        self.consortium: Consortium | None = None
        self._cancel = threading.Event()
        self._show_names: bool | None = None
        self._loading = False
        self._busy(False)

    # -- loading -------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        from . import dialogs

        folder = dialogs.choose_folder(self, _tr("Open a folder of submissions"), Path.home())
        if folder is not None:
            self.load(folder)

    def load(self, folder: Path) -> None:
        """Read the folder on a worker thread; progress and Cancel stay live."""
        from ..importing.consortium_reader import default_workers, read_folder
        from .background import run_in_background

        self._cancel.clear()
        self._busy(True)
        self.progress.setRange(0, 0)
        self.status.setText(_tr("Reading %1…").replace("%1", folder.name))
        cancel, library = self._cancel, self.library

        def work(progress: Any) -> Any:
            return read_folder(
                folder,
                library.get,
                progress=lambda n, total: progress(n, total),
                cancelled=cancel.is_set,
                workers=default_workers(),
                indexes_dir=getattr(library, "user_dir", None),
            )

        self.task = run_in_background(work, self._loaded, self._failed, self._progress)

    def cancel(self) -> None:
        self._cancel.set()
        self.status.setText(_tr("Cancelling…"))

    def _progress(self, args: tuple[Any, ...]) -> None:
        n, total = int(args[0]), int(args[1])
        self.progress.setRange(0, total)
        self.progress.setValue(n)
        self.status.setText(
            _tr("Read %1 of %2 files…").replace("%1", str(n)).replace("%2", str(total))
        )

    def _loaded(self, result: Any) -> None:
        self._busy(False)
        self.submissions, self.refused = result
        self.status.setText(
            _tr("Read %1 files.").replace("%1", str(len(self.submissions) + len(self.refused)))
        )
        self.refresh()

    def _failed(self, error: Exception) -> None:
        from ..errors import SvmiError

        self._busy(False)
        if not isinstance(error, SvmiError):
            raise error
        self.status.setText(str(error))

    def _busy(self, busy: bool) -> None:
        self._loading = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        has = self.consortium is not None and self.consortium.main is not None
        self.xlsx_button.setEnabled(has and not busy)
        self.pdf_button.setEnabled(has and not busy)

    def _names_toggled(self, checked: bool) -> None:
        self._show_names = checked
        if self.submissions:
            self.refresh()

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.consortium = aggregate(self.submissions, self.refused, self._show_names)
        c = self.consortium
        from ..export.consortium_export import summary_lines

        self.summary.setText("\n".join(summary_lines(c)))
        g = c.main
        if g is not None:
            self.names_box.blockSignals(True)
            self.names_box.setChecked(g.names_shown)
            self.names_box.blockSignals(False)
            self._members(self.now_table, g, future=False)
            self._members(self.future_table, g, future=True)
            self._stats(g)
            self._rounds(g)
            self.member_choice.blockSignals(True)
            self.member_choice.clear()
            for m in g.members:
                self.member_choice.addItem(m.label)
            self.member_choice.blockSignals(False)
            self._show_member(0)
        self._apart(c)
        self._busy(False)

    def _members(self, table: CellTable, g: Group, future: bool) -> None:
        rows = []
        for m in g.members:
            levels = m.submission.future if future else m.submission.present
            rows.append(
                [Cell(m.label), Cell(m.submission.date.isoformat()), *(_level(v) for v in levels)]
            )
        table.show_cells([_tr("Member"), _tr("Date"), *g.codes], rows)

    def _stats(self, g: Group) -> None:
        from ..export.consortium_export import stats_rows

        rows = stats_rows(g)  # the workbook's words; sorted by the figures they stand for
        cells = []
        for r, (row, s) in enumerate(zip(rows[1:], g.stats, strict=True)):
            keys = (r, s.count, *_figures(s.present), *_figures(s.future))
            cells.append([Cell(text, sort=key) for text, key in zip(row, keys, strict=True)])
        self.stats_table.show_cells(rows[0], cells)

    def _rounds(self, g: Group) -> None:
        self.rounds_table.show_cells(
            [_tr("Year"), _tr("Bodies"), _tr("Also in the round before"), *g.codes],
            [
                [
                    Cell(str(rnd.year), sort=rnd.year),
                    Cell(str(rnd.count), sort=rnd.count),
                    Cell(str(rnd.returning), sort=rnd.returning),
                    *(_level(v) for v in rnd.median_present),
                ]
                for rnd in g.rounds
            ],
        )

    def _apart(self, c: Consortium) -> None:
        rows = [
            (
                f"{g.index_id} {g.index_version}",
                _tr("%1 files of another index or version: listed apart, never mixed.").replace(
                    "%1", str(g.files)
                ),
            )
            for g in c.apart
        ] + [(r.source, r.reason) for r in c.refused]
        self.apart_table.show_cells(
            [_tr("Files"), _tr("Why")], [[Cell(a), Cell(b)] for a, b in rows]
        )

    def _show_member(self, position: int) -> None:
        c = self.consortium
        if c is None or c.main is None or not 0 <= position < len(c.main.members):
            return
        g, member = c.main, c.main.members[position]
        self.radar.names = (member.label, _tr("Median"))
        self.radar.set_levels(
            list(g.labels), list(member.submission.present), list(g.median_present())
        )
        self.radar.setAccessibleDescription(
            _tr("%1 now, against the consortium's median now: ").replace("%1", member.label)
            + "; ".join(
                f"{code} {wording.level_name(Level(a))} / {wording.level_name(Level(b))}"
                for code, a, b in zip(
                    g.codes, member.submission.present, g.median_present(), strict=True
                )
            )
        )

    # -- exporting -----------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        from . import dialogs

        if self.consortium is None:
            return
        folder = dialogs.choose_folder(self, _tr("Export the comparison to a folder"), Path.home())
        if folder is not None:
            self.export_to(folder / f"SVMI consortium.{kind}", kind)

    def export_to(self, path: Path, kind: str) -> Path | None:
        from ..errors import SvmiError
        from ..export.consortium_export import consortium_pdf, consortium_workbook
        from ..fileio import write_atomic
        from . import dialogs

        assert self.consortium is not None
        build = consortium_workbook if kind == "xlsx" else consortium_pdf
        try:
            written = write_atomic(path, build(self.consortium), overwrite=True)
        except SvmiError as error:
            dialogs.show_error(self, _tr("The comparison could not be exported"), str(error))
            return None
        self.status.setText(_tr("Exported %1").replace("%1", str(written)))
        return written


def _figures(spread: Any) -> tuple[int, int, int]:
    return (int(spread.minimum), int(spread.median), int(spread.maximum))


def open_consortium_window(window: Any) -> ConsortiumWindow:
    """Open (or bring back) the consortium window of the main window."""
    existing = getattr(window, "_consortium_window", None)
    if existing is None:
        existing = ConsortiumWindow(window.workshops.library, window)
        window._consortium_window = existing
    existing.show()
    existing.raise_()
    return existing
