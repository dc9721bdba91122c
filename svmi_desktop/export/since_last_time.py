"""The "since last time" section of the exports (issue 14): PDF flowables and a workbook sheet.

Written here, hooked into the report, the board summary and the workbook with a line each, so
that those modules (rewritten by other issues) gain almost nothing. The content is computed once
in :mod:`svmi_desktop.domain.progress`; the wording comes from :mod:`svmi_desktop.domain.wording`.
Nothing is added when the session has no baseline (``facts.since`` is ``None``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..domain import wording
from ..domain.progress import SinceLastTime
from .pdf_base import table_style
from .text import clean_text, looks_like_formula, para_line

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from .comparison_export import ComparisonFacts
    from .summary import Facts

SHEET = "Since last time"
_CONTEXT = "SinceLastTime"


def _since(facts: Facts | ComparisonFacts) -> SinceLastTime | None:
    since = getattr(facts, "since", None)
    return since if isinstance(since, SinceLastTime) else None


def heading(since: SinceLastTime) -> str:
    return wording.since_last_time_title(since.baseline_date.isoformat())


def theme_rows(since: SinceLastTime) -> list[list[str]]:
    """Theme, then, now, target, change (arrow and words): one row per theme."""
    rows = []
    for t in since.comparison.themes:

        def text(p: Any) -> str:
            return (
                wording.not_answered_text()
                if p.unanswered
                else wording.level_text(p.level, p.provisional)
            )

        rows.append(
            [
                f"{t.code} {t.short}",
                text(t.delta.then),
                text(t.delta.now),
                text(t.target),
                f"{t.delta.arrow} {t.delta.words}",
            ]
        )
    return rows


def theme_header(since: SinceLastTime, horizon_years: int) -> list[str]:
    c = since.comparison
    return [
        wording.tr(_CONTEXT, "Theme"),
        wording.trf(_CONTEXT, "Then (%1)", c.then_date.isoformat()),
        wording.trf(_CONTEXT, "Now (%1)", c.now_date.isoformat()),
        wording.trf(_CONTEXT, "Target: %1", wording.future_label(horizon_years)),
        wording.tr(_CONTEXT, "Change"),
    ]


def action_rows(since: SinceLastTime) -> list[list[str]]:
    """Each action of last time's plan: theme, ref, action, owner, status now, progress."""
    return [
        [
            p.item.theme,
            p.item.criterion or "",
            p.item.action,
            p.item.owner,
            wording.status_label(p.status_now.value),
            p.words,
        ]
        for p in since.progress
    ]


def action_header() -> list[str]:
    return [
        wording.tr(_CONTEXT, h) for h in ("Theme", "Ref", "Action", "Owner", "Status", "Progress")
    ]


# -- PDF -----------------------------------------------------------------------------------------


def report_flowables(
    facts: Facts | ComparisonFacts, s: dict[str, Any], width: float
) -> list[Flowable]:
    """A page of the full report: the summary, the theme table and each action's progress."""
    since = _since(facts)
    if since is None:
        return []
    from reportlab.platypus import PageBreak, Paragraph, Table

    horizon = facts.assessment.workshop.horizon_years
    out: list[Flowable] = [
        PageBreak(),
        Paragraph(para_line(heading(since)), s["h1"]),
        Paragraph(para_line(since.headline), s["body"]),
    ]
    out += [Paragraph(para_line(line), s["body"]) for line in since.change_lines]
    data = [[Paragraph(para_line(v), s["cellb"]) for v in theme_header(since, horizon)]]
    data += [[Paragraph(para_line(v), s["cell"]) for v in row] for row in theme_rows(since)]
    table = Table(
        data,
        colWidths=[width * f for f in (0.28, 0.16, 0.16, 0.16, 0.24)],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, "#999999")]
        )
    )
    out.append(table)
    if since.progress:
        out.append(Paragraph(para_line(wording.tr(_CONTEXT, "Last time's actions")), s["h2"]))
        rows = [[Paragraph(para_line(v), s["cellb"]) for v in action_header()]]
        rows += [[Paragraph(para_line(v), s["cell"]) for v in row] for row in action_rows(since)]
        actions = Table(
            rows,
            colWidths=[width * f for f in (0.10, 0.08, 0.36, 0.14, 0.12, 0.20)],
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
        )
        actions.setStyle(
            table_style(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, "#999999")]
            )
        )
        out.append(actions)
    return out


def board_flowables(facts: Facts | ComparisonFacts, s: dict[str, Any]) -> list[Flowable]:
    """Two or three lines for the one-page board summary."""
    since = _since(facts)
    if since is None:
        return []
    from reportlab.platypus import Paragraph

    out: list[Flowable] = [
        Paragraph(para_line(heading(since)), s["h2"]),
        Paragraph(para_line(since.headline), s["small"]),
    ]
    if since.change_lines:
        out.append(Paragraph(para_line("; ".join(since.change_lines)), s["small"]))
    return out


# -- workbook -------------------------------------------------------------------------------------


def sheet_rows(facts: Facts | ComparisonFacts) -> list[list[str]]:
    """The sheet's rows, whatever library writes them (empty without a baseline)."""
    since = _since(facts)
    if since is None:
        return []
    horizon = facts.assessment.workshop.horizon_years
    rows: list[list[str]] = [[heading(since)], [since.headline]]
    rows += [[line] for line in since.change_lines]
    rows += [[], theme_header(since, horizon), *theme_rows(since)]
    if since.progress:
        rows += [
            [],
            [wording.tr(_CONTEXT, "Last time's actions")],
            action_header(),
            *action_rows(since),
        ]
    return rows


def add_openpyxl_sheet(wb: Any, facts: Facts | ComparisonFacts) -> None:
    """Append the sheet to an openpyxl workbook (nothing without a baseline)."""
    rows = sheet_rows(facts)
    if not rows:
        return
    ws = wb.create_sheet(SHEET)
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            text = clean_text(value)
            cell = ws.cell(row=r, column=c)
            cell.value = text or None
            if text:
                cell.data_type = "s"  # text, never a formula, whatever it starts with
                cell.quotePrefix = looks_like_formula(text)
    ws.column_dimensions["A"].width = 30
    for col in "BCDEF":
        ws.column_dimensions[col].width = 24


def add_xlsxwriter_sheet(workbook: Any, facts: Facts | ComparisonFacts) -> None:
    """The same sheet for an XlsxWriter workbook (for the issue-12 rewrite), strings only."""
    rows = sheet_rows(facts)
    if not rows:
        return
    ws = workbook.add_worksheet(SHEET)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            ws.write_string(r, c, clean_text(value))
    ws.set_column(0, 0, 30)
    ws.set_column(1, 5, 24)
