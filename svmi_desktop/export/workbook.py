"""The submission workbook (``.xlsx``) in the original SVMI tool's shape (DESIGN.md section 6).

Sheets: *Instructions*, *Organisation*, *Self Assessment*, *Results* (with Excel's own radar
chart), *Action Plan*, and the very hidden *svmi_data* that carries the assessment file so an
import is lossless.

Decisions:
- Every user string is an explicit text cell (``data_type = "s"``, written as an inline
  string) and gets Excel's "text" flag (``quotePrefix``) when it starts like a formula, so
  ``=HYPERLINK(…)``, ``+cmd|…``, ``@SUM(…)`` stay text; the only numbers are levels, means
  and dates. Control characters are removed; text longer than a cell holds is refused.
- *Self Assessment*: descriptors (always met, never asked) show "n/a" under Present and
  Future; a criterion that restates another (public C.I1 = C.L1) shows "same as C.L1" and
  follows that row's answer. Only asked criteria get the Yes/No dropdown. A theme's note is
  on the theme's first row. Compliance criteria show "Compliance" in the Level column with
  the Non-compliant colour: failing one makes the theme Non-compliant.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import io
import json
from functools import partial
from typing import TYPE_CHECKING

from .. import __version__
from ..domain import wording
from ..domain.criteria import Criterion, Kind
from ..domain.levels import Level
from ..formats import assessment_file
from ..formats.workbook_layout import (  # shared with the reader
    CHUNK,
    DATA_LAYOUT,
    DATA_MARKER,
    DATA_SHEET,
    NO,
    NOT_ASKED,
    PLAN_LIST_HEADERS,
    SELF_ASSESSMENT_HEADERS,
    SHEETS,
    YES,
)
from . import palette
from .summary import Facts, column_title, level_text, target_columns, target_text
from .text import clean_text, one_line
from .workbook_cells import SheetWriter

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


def workbook_bytes(facts: Facts) -> bytes:
    """Build the whole workbook in memory and return the ``.xlsx`` bytes."""
    from openpyxl import Workbook

    wb = Workbook()
    writer = _Writer(facts)
    ws = wb.active
    assert ws is not None
    ws.title = SHEETS[0]
    writer.instructions(ws)
    writer.organisation(wb.create_sheet(SHEETS[1]))
    writer.self_assessment(wb.create_sheet(SHEETS[2]))
    writer.results(wb.create_sheet(SHEETS[3]))
    writer.action_plan(wb.create_sheet(SHEETS[4]))
    writer.data(wb.create_sheet(DATA_SHEET))
    wb.active = 2  # open on the Self Assessment
    org = one_line(facts.organisation, 200)
    wb.properties.title = wording.trf("Workbook", "SVMI self-assessment – %1", org)
    wb.properties.creator = f"SVMI Desktop {__version__}"
    wb.properties.subject = wording.tr("Workbook", "Social Value Maturity Index self-assessment")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def data_chunks(facts: Facts) -> list[str]:
    """The assessment file as ASCII JSON, in cells of at most 32,000 characters."""
    text = json.dumps(assessment_file.to_dict(facts.assessment), ensure_ascii=True, indent=None)
    return [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)] or [""]


def W(text: str) -> str:
    """A wording of the workbook, in the export's language (tools/update_translations.py
    collects ``W("...")`` calls into the catalogue, context "Workbook")."""
    return wording.tr("Workbook", text)


def _plan_list_headers() -> tuple[str, ...]:
    """PLAN_LIST_HEADERS, translated (the same columns, in the same order)."""
    out = (
        W("Year"), W("Theme"), W("Ref"), W("Action"), W("Target"), W("Owner"), W("Due"),
        W("Status"), W("Note"),
    )
    assert len(out) == len(PLAN_LIST_HEADERS)
    return out


class _Writer(SheetWriter):
    """The sheets, in order."""

    # --- sheets -------------------------------------------------------------------------
    def instructions(self, ws: Worksheet) -> None:
        languages = wording.parts() or (None,)
        lines: list[str] = []
        bold: set[int] = set()
        for part in languages:  # bilingual: the whole text in each language, Welsh first
            with wording.using(part) if part is not None else contextlib.nullcontext():
                heading = wording.tr("Workbook", "Social Value Maturity Index – self-assessment")
                if not lines:
                    self.title(ws, 1, heading)
                else:
                    lines += ["", heading]
                    bold.add(len(lines) - 1)
                bold.add(len(lines) + 4)
                lines += self._instruction_lines()
        for i, line in enumerate(lines, start=3):
            cell = self.text(ws, i, 1, line)
            if i - 3 in bold:
                cell.font = self.bold
        self.page(ws, {"A": 110})

    def _instruction_lines(self) -> list[str]:
        a = self.f.assessment
        return [
            wording.trf("Workbook", "Organisation: %1", a.organisation.name),
            wording.trf("Workbook", "Workshop date: %1", a.workshop.date.isoformat()),
            wording.trf(
                "Workbook", "Index: %1 (version %2)", self.f.index.title, self.f.index.version
            ),
            "",
            wording.tr("Workbook", "How to use this workbook"),
            wording.tr(
                "Workbook",
                "1. Self Assessment lists every criterion of the index, theme by theme. Present "
                "says whether the organisation meets it now, Future whether it will in %n "
                "year(s). Choose Yes or No, or leave the cell blank.",
                a.workshop.horizon_years,
            ),
            wording.tr(
                "Workbook",
                "2. Results shows each theme's level now and in future, the overall mean and the "
                "radar chart. Levels: 0 Non-compliant, 1 Follower, 2 Mature, 3 Leader, "
                "4 Innovator. A theme's level is the highest level whose requirements (and all "
                "below it) are met; failing a compliance criterion makes it Non-compliant.",
            ),
            wording.tr(
                "Workbook",
                "3. Action Plan lists what to do to move each theme from its present to its "
                "future level, by theme and by year, with owners, due dates and status.",
            ),
            "",
            wording.tr(
                "Workbook",
                "Results and the action plan were calculated by SVMI Desktop when this file was "
                "made. If you change Present or Future answers here, import the workbook into "
                "SVMI Desktop to recalculate them; the import reads the answers from the Self "
                "Assessment sheet.",
            ),
            wording.trf("Workbook", "Made by SVMI Desktop %1.", __version__),
        ]

    def organisation(self, ws: Worksheet) -> None:
        a = self.f.assessment
        w = a.workshop
        rows: list[tuple[str, str | int | _dt.date, str]] = [
            (W("Organisation"), a.organisation.name, "organisation name"),
            (W("Type"), wording.organisation_type_label(a.organisation.type), "organisation type"),
            (W("Region"), a.organisation.region, "region"),
            (W("Workshop date"), w.date, ""),
            (W("Facilitator"), w.facilitator, "facilitator"),
            (W("Programme horizon (years)"), w.horizon_years, ""),
            (W("Index"), f"{self.f.index.title} ({self.f.index.id})", ""),
            (W("Index version"), a.index_version, ""),
        ]
        self.header(ws, 1, (W("Field"), W("Value")))
        r = 2
        for label, value, field in rows:
            self.text(ws, r, 1, label).font = self.bold
            if isinstance(value, _dt.date):
                self.date(ws, r, 2, value).alignment = self._left()
            elif isinstance(value, int):
                self.number(ws, r, 2, value).alignment = self._left()
            else:
                self.text(ws, r, 2, value, field)
            r += 1
        r += 1
        self.header(ws, r, (W("Participant role"), W("Name (if given)")))
        for i, p in enumerate(w.participants, 1):
            r += 1
            self.text(ws, r, 1, p.role, f"participant {i} role")
            self.text(ws, r, 2, p.name, f"participant {i} name")
        self.page(ws, {"A": 34, "B": 80})

    def self_assessment(self, ws: Worksheet) -> None:
        from openpyxl.formatting.rule import CellIsRule
        from openpyxl.styles import PatternFill
        from openpyxl.worksheet.datavalidation import DataValidation

        a = self.f.assessment
        self.header(ws, 1, SELF_ASSESSMENT_HEADERS)
        dv = DataValidation(
            type="list",
            formula1=f'"{YES},{NO}"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Yes or No",
            error="Choose Yes or No, or leave the cell blank.",
            promptTitle="Met?",
            prompt="Yes, No, or blank if not decided yet.",
        )
        ws.add_data_validation(dv)
        r = 1
        for theme in self.f.index.themes:
            first = True
            for c in theme.criteria:
                r += 1
                self.text(ws, r, 1, f"{theme.code} {theme.short}")
                self.text(ws, r, 2, c.id)
                self._criterion_level(ws, r, c)
                self.text(ws, r, 4, c.text)
                if c.kind is Kind.DESCRIPTOR:
                    present = future = NOT_ASKED
                elif c.same_as:
                    present = future = f"same as {c.same_as}"
                else:
                    ans = a.answer(c.id)
                    present, future = _yes_no(ans.present), _yes_no(ans.future)
                    dv.add(f"E{r}:F{r}")
                self.text(ws, r, 5, present)
                self.text(ws, r, 6, future)
                if first and a.notes.get(theme.code):
                    self.text(ws, r, 7, a.notes[theme.code], f"the note on theme {theme.code}")
                first = False
        last = max(r, 2)
        yes = PatternFill("solid", fgColor="DDEFD8")
        no = PatternFill("solid", fgColor="F6DDD2")
        ws.conditional_formatting.add(
            f"E2:F{last}", CellIsRule(operator="equal", formula=['"Yes"'], fill=yes)
        )
        ws.conditional_formatting.add(
            f"E2:F{last}", CellIsRule(operator="equal", formula=['"No"'], fill=no)
        )
        ws.freeze_panes = "C2"
        ws.auto_filter.ref = f"A1:G{last}"
        self.page(ws, {"A": 24, "B": 8, "C": 14, "D": 70, "E": 13, "F": 13, "G": 40}, "1:1")

    def _criterion_level(self, ws: Worksheet, row: int, c: Criterion) -> None:
        if c.kind is Kind.COMPLIANCE:
            self.level_cell(ws, row, 3, Level.NON_COMPLIANT, W("Compliance"))
        else:
            self.level_cell(ws, row, 3, c.level, wording.level_name(c.level))

    def results(self, ws: Worksheet) -> None:
        from openpyxl.chart import RadarChart, Reference

        ev = self.f.evaluation
        self.title(ws, 1, W("Results"))
        headers = (
            W("Ref"), W("Theme"), W("Present level"), W("Present"), W("Future level"),
            W("Future"), W("Gap"),
        )
        self.header(ws, 3, headers)
        r = 3
        for t in ev.themes:
            r += 1
            self.text(ws, r, 1, t.theme.code)
            self.text(ws, r, 2, t.theme.short)
            self.number(ws, r, 3, int(t.present.level))
            self.level_cell(ws, r, 4, t.present.level, wording.both(partial(level_text, t.present.level, t.present.incomplete)))
            self.number(ws, r, 5, int(t.future.level))
            self.level_cell(ws, r, 6, t.future.level, wording.both(partial(level_text, t.future.level, t.future.incomplete)))
            self.number(ws, r, 7, int(t.future.level) - int(t.present.level))
        last_theme = r
        r += 1
        self.text(ws, r, 1, "")
        self.text(ws, r, 2, W("Overall (mean of the themes)")).font = self.bold
        for col, overall in ((3, ev.present), (5, ev.future)):
            cell = self.number(ws, r, col, overall.mean)
            cell.number_format = "0.0"
            cell.font = self.bold
            self.level_cell(ws, r, col + 1, overall.level, wording.both(partial(level_text, overall.level, overall.incomplete)))
        if ev.present.incomplete or ev.future.incomplete:
            self.text(
                ws, r + 2, 1,
                W("Provisional: some criteria are not answered yet, so these levels may change."),
            ).alignment = self.top
        chart = RadarChart()
        chart.type = "marker"
        chart.title = W("Present and future levels (0-4)")
        chart.style = 26
        data = Reference(ws, min_col=3, max_col=3, min_row=3, max_row=last_theme)
        future = Reference(ws, min_col=5, max_col=5, min_row=3, max_row=last_theme)
        cats = Reference(ws, min_col=2, min_row=4, max_row=last_theme)
        chart.add_data(data, titles_from_data=True)
        chart.add_data(future, titles_from_data=True)
        chart.set_categories(cats)
        for series, colour, dash in ((chart.series[0], palette.PRESENT, "solid"),
                                     (chart.series[1], palette.FUTURE, "dash")):
            series.graphicalProperties.line.solidFill = colour
            series.graphicalProperties.line.width = 28575  # 2.25 pt
            series.graphicalProperties.line.dashStyle = dash
            series.marker.symbol = "circle"
            series.marker.size = 6
            series.marker.graphicalProperties.solidFill = colour
            series.marker.graphicalProperties.line.solidFill = colour
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 4
        chart.y_axis.majorUnit = 1
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.legend.position = "b"
        chart.width = 18
        chart.height = 12
        ws.add_chart(chart, "I3")
        self.page(ws, {"A": 6, "B": 30, "C": 9, "D": 28, "E": 9, "F": 28, "G": 6})

    def action_plan(self, ws: Worksheet) -> None:
        plan = self.f.plan
        self.title(ws, 1, W("Action plan by theme"))
        cols = target_columns(plan)
        self.header(ws, 3, [W("Theme"), *[wording.both(partial(column_title, c)) for c in cols]])
        r = 3
        for theme in self.f.index.themes:
            r += 1
            self.text(ws, r, 1, f"{theme.code} {theme.short}").font = self.bold
            for j, level in enumerate(cols, start=2):
                cell_items = [i for i in plan.for_theme(theme.code) if i.target_level == level]
                joined = "\n".join("• " + clean_text(i.action) for i in cell_items)
                self.text(ws, r, j, joined, f"the {column_title(level)} actions of theme {theme.code}")
            for col in range(1, len(cols) + 2):
                ws.cell(row=r, column=col).border = self.border
        r += 2
        from openpyxl.worksheet.pagebreak import Break

        ws.row_breaks.append(Break(id=r - 1))  # the by-year list starts on a new page
        self.title(ws, r, W("Action plan by year"))
        r += 1
        list_header = r
        self.header(ws, r, _plan_list_headers())
        for year, items in plan.by_year().items():
            for item in items:
                r += 1
                where = f"the action {item.key or item.action[:20]!r}"
                self.number(ws, r, 1, year)
                self.text(ws, r, 2, f"{item.theme} {self.f.index.theme(item.theme).short}")
                self.text(ws, r, 3, item.criterion or "")
                self.text(ws, r, 4, item.action, f"{where} text")
                self.text(ws, r, 5, wording.both(partial(target_text, item)))
                self.text(ws, r, 6, item.owner, f"the owner of {where}")
                self.date(ws, r, 7, item.due)
                self.text(ws, r, 8, wording.status_label(item.status))
                self.text(ws, r, 9, item.note, f"the note on {where}")
        if r == list_header:
            self.text(ws, r + 1, 1, W("No actions: every theme is already at its future level."))
        width = {"A": 22, "B": 34, "C": 34, "D": 46, "E": 18, "F": 20, "G": 12, "H": 13, "I": 30}
        self.page(ws, width)

    def data(self, ws: Worksheet) -> None:
        chunks = data_chunks(self.f)
        whole = "".join(chunks)
        self.text(ws, 1, 1, DATA_MARKER)
        self.number(ws, 1, 2, DATA_LAYOUT)
        self.text(ws, 1, 3, hashlib.sha256(whole.encode("ascii")).hexdigest())
        self.text(ws, 2, 1, "chunks")
        self.number(ws, 2, 2, len(chunks))
        for i, chunk in enumerate(chunks, start=3):
            self.text(ws, i, 1, chunk)
        ws.sheet_state = "veryHidden"

def _yes_no(value: bool | None) -> str:
    return "" if value is None else (YES if value else NO)
