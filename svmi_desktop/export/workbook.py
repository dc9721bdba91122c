"""The submission workbook (``.xlsx``) in the original SVMI tool's shape (DESIGN.md section 6),
living: it scores itself (DESIGN.md section 9).

Sheets: *Instructions*, *Organisation*, *Self Assessment*, *Results* (with Excel's own radar
chart), *Action Plan*, the very hidden *svmi_data* that carries the assessment file so an
import is lossless, and *Plan by Theme*. One function per sheet (:data:`SHEET_BUILDERS`); a
new sheet is one more line there.

Decisions (docs/decisions.md, "The living workbook"):
- Written with XlsxWriter: it stores each formula's cached result next to the formula, so
  programs that do not calculate (python-calamine, mail previews, phone viewers) show the
  app's figures; openpyxl writes formulas without results. openpyxl stays the reader.
- The Self Assessment answers drive every level, mean, "why", radar point and plan row through
  formulas built from the domain's gates (``workbook_formulas``); the cached values are the
  domain's own results, and tests prove LibreOffice computes the same.
- Every user string is written with ``write_string`` (never a formula) and gets the text flag
  (quote prefix) when it starts like a formula; control characters are removed; text longer
  than a cell holds is refused.
- Sheets are protected without a password (anyone can lift it); answers, notes, action owner,
  due date, status and note, custom actions and the Organisation details are unlocked.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
from collections.abc import Callable
from typing import Any

from .. import __version__
from ..domain import wording
from ..formats import assessment_file
from ..formats.workbook_layout import (
    CHUNK,
    DATA_LAYOUT,
    DATA_MARKER,
    DATA_SHEET,
    EXTRA_SHEETS,
    NO,
    NOT_ASKED,
    ORG_FIELDS,
    ORG_LABELS,
    ORG_VALUE_COL,
    PARTICIPANT_HEADER_ROW,
    SELF_ASSESSMENT_HEADERS,
    SHEETS,
    SPARE_PARTICIPANTS,
    YES,
    org_row,
)
from . import since_last_time, workshop_record  # issues 14, 15
from .summary import Facts
from .text import one_line
from .workbook_assessment import results, self_assessment
from .workbook_cells import SheetWriter
from .workbook_plan import action_plan, plan_by_theme

__all__ = [
    "CHUNK",
    "DATA_LAYOUT",
    "DATA_MARKER",
    "DATA_SHEET",
    "EXTRA_SHEETS",
    "NO",
    "NOT_ASKED",
    "SELF_ASSESSMENT_HEADERS",
    "SHEETS",
    "YES",
    "data_chunks",
    "workbook_bytes",
]
CTX = "Workbook"


class _Build:
    """What the sheet builders share while one workbook is made."""

    def __init__(self, facts: Facts, book: Any) -> None:
        self.w = SheetWriter(facts, book)
        self.sheets: dict[str, Any] = {}
        self.values: dict[str, Any] = {}


def _instructions(b: _Build, ws: Any) -> None:
    w = b.w
    a = w.f.assessment
    w.widths(ws, {"A": 110})
    w.title(ws, 1, wording.tr(CTX, "Social Value Maturity Index – self-assessment"))
    lines = [
        wording.trf(CTX, "Organisation: %1", a.organisation.name),
        wording.trf(CTX, "Workshop date: %1", a.workshop.date.isoformat()),
        wording.trf(CTX, "Index: %1 (version %2)", w.f.index.title, w.f.index.version),
        "",
        wording.tr(CTX, "How to use this workbook"),
        wording.tr(
            CTX,
            "1. Self Assessment lists every criterion of the index, theme by theme. "
            "Present says whether the organisation meets it now, Future whether it will "
            "by the end of the programme. Choose Yes or No, or leave the cell blank.",
        ),
        wording.tr(
            CTX,
            "2. Results shows each theme's level now and in future, the overall mean, "
            "why each theme is at its level and the radar chart. They are formulas: they "
            "follow the answers as you change them. Levels: 0 Non-compliant, 1 Follower, "
            "2 Mature, 3 Leader, 4 Innovator. A theme's level is the highest level whose "
            "requirements (and all below it) are met; failing a compliance criterion makes "
            "it Non-compliant. A level is provisional while criteria are unanswered.",
        ),
        wording.tr(
            CTX,
            "3. Action Plan lists every criterion's action: whether it is in the plan, "
            "for which target and in which year, with owner, due date, status and note. "
            "It opens filtered to the actions in the plan; after changing answers, reapply "
            "the filter (Data > Reapply). Add your own actions in the empty rows at the end. "
            "Plan by Theme shows the same actions by theme and target level.",
        ),
        wording.tr(
            CTX,
            "The sheets are protected (without a password) so that the formulas are "
            "not overwritten by mistake; the cells you can change are unlocked.",
        ),
        "",
        wording.tr(
            CTX,
            "Import the workbook into SVMI Desktop to take back every change made "
            "here: answers, notes, the Organisation sheet and the Action Plan. The import "
            "lists each difference before anything is stored.",
        ),
        wording.trf(CTX, "Made by SVMI Desktop %1.", __version__),
    ]
    for i, line in enumerate(lines, start=3):
        bold = line == wording.tr(CTX, "How to use this workbook")
        w.text(ws, i, 1, line, bold=bold)
    w.page(ws, {"A": 110})


def _organisation(b: _Build, ws: Any) -> None:
    w = b.w
    a = w.f.assessment
    wk = a.workshop
    w.widths(ws, {"A": 34, "B": 80})
    values: dict[str, str | int | _dt.date] = {
        "organisation": a.organisation.name,
        "type": a.organisation.type,
        "region": a.organisation.region,
        "date": wk.date,
        "facilitator": wk.facilitator,
        "horizon": wk.horizon_years,
        "index": f"{w.f.index.title} ({w.f.index.id})",
        "index_version": a.index_version,
    }
    w.header(ws, 1, (wording.tr(CTX, "Field"), wording.tr(CTX, "Value")))
    for field, label in zip(ORG_FIELDS, ORG_LABELS, strict=True):
        r = org_row(field)
        w.text(ws, r, 1, wording.tr(CTX, label), bold=True)
        value = values[field]
        editable = field not in ("index", "index_version")
        if isinstance(value, _dt.date):
            w.date(ws, r, ORG_VALUE_COL, value, unlocked=True)
        elif isinstance(value, int):
            w.number(ws, r, ORG_VALUE_COL, value, unlocked=True)
        else:
            w.text(ws, r, ORG_VALUE_COL, value, label.lower(), unlocked=editable)
    r = org_row("horizon")
    ws.data_validation(
        r - 1,
        ORG_VALUE_COL - 1,
        r - 1,
        ORG_VALUE_COL - 1,
        {"validate": "integer", "criteria": "between", "minimum": 1, "maximum": 5},
    )
    r = org_row("date")
    ws.data_validation(
        r - 1,
        ORG_VALUE_COL - 1,
        r - 1,
        ORG_VALUE_COL - 1,
        {"validate": "date", "criteria": ">", "value": _dt.date(1999, 12, 31)},
    )
    r = PARTICIPANT_HEADER_ROW
    w.header(ws, r, (wording.tr(CTX, "Participant role"), wording.tr(CTX, "Name (if given)")))
    for i, p in enumerate(wk.participants, 1):
        w.text(ws, r + i, 1, p.role, f"participant {i} role", unlocked=True)
        w.text(ws, r + i, 2, p.name, f"participant {i} name", unlocked=True)
    for i in range(len(wk.participants) + 1, len(wk.participants) + SPARE_PARTICIPANTS + 1):
        w.text(ws, r + i, 1, "", unlocked=True)
        w.text(ws, r + i, 2, "", unlocked=True)
    w.page(ws, {"A": 34, "B": 80}, (PARTICIPANT_HEADER_ROW, PARTICIPANT_HEADER_ROW))


def _self_assessment(b: _Build, ws: Any) -> None:
    b.values["rows"] = self_assessment(b.w, ws)


def _results(b: _Build, ws: Any) -> None:
    b.values["cells"] = results(b.w, ws, b.values["rows"])


def _action_plan(b: _Build, ws: Any) -> None:
    b.values["plan_rows"] = action_plan(b.w, ws, b.values["cells"])


def _data(b: _Build, ws: Any) -> None:
    w = b.w
    chunks = data_chunks(w.f)
    whole = "".join(chunks)
    w.text(ws, 1, 1, DATA_MARKER, text_wrap=False)
    ws.write_number(0, 1, DATA_LAYOUT)
    w.text(ws, 1, 3, hashlib.sha256(whole.encode("ascii")).hexdigest(), text_wrap=False)
    w.text(ws, 2, 1, "chunks", text_wrap=False)
    ws.write_number(1, 1, len(chunks))
    for i, chunk in enumerate(chunks, start=3):
        ws.write_string(i - 1, 0, chunk)
    ws.very_hidden()
    ws.protect("")


def _since_last_time(b: _Build, ws: Any) -> None:
    """Issue 14: the re-assessment's "since last time" table (only when there is a baseline)."""
    for r, row in enumerate(since_last_time.sheet_rows(b.w.f), 1):
        for c, value in enumerate(row, 1):
            b.w.text(ws, r, c, value, f"the {since_last_time.SHEET} sheet", bold=r == 1)
    b.w.page(ws, {"A": 30, "B": 24, "C": 24, "D": 24, "E": 24, "F": 24})


def _plan_by_theme(b: _Build, ws: Any) -> None:
    plan_by_theme(b.w, ws, b.values["plan_rows"])


#: (sheet name, builder), in tab order. Builders run in this order and may use what earlier
#: ones left in ``_Build.values`` (rows of criteria, Results cells, plan rows).
SHEET_BUILDERS: tuple[tuple[str, Callable[[_Build, Any], None]], ...] = (
    (SHEETS[0], _instructions),
    (SHEETS[1], _organisation),
    (SHEETS[2], _self_assessment),
    (SHEETS[3], _results),
    (SHEETS[4], _action_plan),
    (DATA_SHEET, _data),
    (EXTRA_SHEETS[0], _plan_by_theme),
)


def workbook_bytes(facts: Facts) -> bytes:
    """Build the whole workbook in memory and return the ``.xlsx`` bytes."""
    import xlsxwriter

    from . import workbook_formulas

    workbook_formulas.reset_words()
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(
        buf,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    b = _Build(facts, book)
    builders = list(SHEET_BUILDERS)
    if since_last_time.sheet_rows(facts):  # issue 14: after svmi_data, like every extra sheet
        builders.append((since_last_time.SHEET, _since_last_time))
    if not facts.assessment.room.is_empty:  # issue 15: the workshop record, last
        builders.append((workshop_record.SHEET, lambda b, ws: workshop_record.write_sheet(b.w, ws)))
    sheets = {name: book.add_worksheet(name) for name, _ in builders}
    for ws in sheets.values():
        # XlsxWriter rewrites each formula with ~30 regular expressions to prefix Excel 365's
        # new functions; ours use none (workbook_formulas.FUNCTIONS, checked by a test), and
        # skipping that makes the export several times faster.
        ws._prepare_formula = _prepared
    for name, build in builders:
        build(b, sheets[name])
    sheets[SHEETS[2]].activate()
    org = one_line(facts.organisation, 200)
    book.set_properties(
        {
            "title": f"SVMI self-assessment – {org}",
            "author": f"SVMI Desktop {__version__}",
            "subject": "Social Value Maturity Index self-assessment",
            "created": _dt.datetime.now(_dt.UTC).replace(tzinfo=None),
        }
    )
    book.close()
    return buf.getvalue()


def _prepared(formula: str, expand_future_functions: bool = False) -> str:
    return formula[1:] if formula.startswith("=") else formula


def data_chunks(facts: Facts) -> list[str]:
    """The assessment file as ASCII JSON, in cells of at most 32,000 characters; with the
    session's history keys (issue 14: its organisation key), as its ``.svmi.json`` has them."""
    data = assessment_file.to_dict(facts.assessment, facts.lineage)
    text = json.dumps(data, ensure_ascii=True, indent=None)
    return [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)] or [""]
