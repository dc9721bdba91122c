"""Reading what a person can edit on the workbook's *Organisation* and *Action Plan* sheets.

Each reader takes the assessment from ``svmi_data`` and returns it with the sheet's values in
their place (the visible sheet wins); a value that cannot be right is a
:class:`~svmi_desktop.errors.FileFormatError` naming the sheet and cell. Cells holding one of
the workbook's own formulas (a default due date) mean "the default".
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import replace
from typing import Any

from ..domain import wording
from ..domain.assessment import (
    MAX_HORIZON_YEARS,
    MIN_HORIZON_YEARS,
    ActionEdit,
    Assessment,
    CustomAction,
    Organisation,
    Participant,
    Status,
    Workshop,
)
from ..domain.criteria import Index
from ..domain.entry_rules import check_date, check_label, check_text, clean_text
from ..domain.levels import Level
from ..errors import FileFormatError, SvmiError
from ..formats.workbook_layout import (
    ORG_FIELDS,
    ORG_LABELS,
    PARTICIPANT_HEADER_ROW,
    PLAN_ACTION,
    PLAN_DUE,
    PLAN_FIRST_ROW,
    PLAN_HEADER_ROW,
    PLAN_HEADERS,
    PLAN_NOTE,
    PLAN_OWNER,
    PLAN_REF,
    PLAN_STATUS,
    PLAN_TARGET,
    PLAN_THEME,
    PLAN_YEAR,
    org_row,
)

ORG_SHEET = "Organisation"
PLAN_SHEET = "Action Plan"
MAX_ROWS = 5_000
#: Serial day 0 of spreadsheet dates (the 1900 system, as Excel and LibreOffice write).
EPOCH = _dt.date(1899, 12, 30)


class Formula(str):
    """A formula cell's text: one of the workbook's own formulas, never user text."""


def rows_of(ws: Any, first: int, cols: int) -> list[tuple[int, tuple[Any, ...]]]:
    """(row number, values) from ``first`` on, at most :data:`MAX_ROWS`; formula cells are
    :class:`Formula` values (text that merely starts with "=" stays a plain string)."""
    ws.reset_dimensions()
    out: list[tuple[int, tuple[Any, ...]]] = []
    for row in ws.iter_rows(min_row=first, max_col=cols):
        cells = [c for c in row if getattr(c, "column", None)]
        if not cells:
            continue
        n = cells[0].row
        if n - first >= MAX_ROWS:
            raise FileFormatError(
                f"the {ws.title} sheet has more than {MAX_ROWS:,} rows; an SVMI workbook has far fewer"
            )
        values: list[Any] = [None] * cols
        for c in cells:
            if 1 <= c.column <= cols:
                values[c.column - 1] = Formula(c.value) if c.data_type == "f" else c.value
        out.append((n, tuple(values)))
    return out


def _same(value: Any, english: str) -> bool:
    text = value.strip().lower() if isinstance(value, str) else None
    return text in {english.lower(), wording.tr("Workbook", english).lower()}


# --- Organisation ---------------------------------------------------------------------------
def read_organisation(ws: Any, data: Assessment) -> Assessment:
    rows = dict(rows_of(ws, 1, 2))
    for field, label in zip(ORG_FIELDS, ORG_LABELS, strict=True):
        r = org_row(field)
        got = rows.get(r, (None, None))[0]
        if not _same(got, label):
            raise FileFormatError(
                f"{ORG_SHEET}!A{r} should say '{label}' but says {_show(got)}; the sheet's rows "
                "were changed, so its details cannot be read"
            )

    def value(field: str) -> Any:
        return rows.get(org_row(field), (None, None))[1]

    def text(field: str) -> str:
        return _text(value(field), _field(f"{ORG_SHEET}!B{org_row(field)}", field), label=True)

    name = text("organisation")
    if not name.strip():
        raise FileFormatError(
            f"{ORG_SHEET}!B{org_row('organisation')} is empty; give the organisation's name"
        )
    day = _date(value("date"), _field(f"{ORG_SHEET}!B{org_row('date')}", "date"))
    if day is None:
        raise FileFormatError(f"{ORG_SHEET}!B{org_row('date')} is empty; give the workshop date")
    horizon = _whole(
        value("horizon"), f"{ORG_SHEET}!B{org_row('horizon')}", MIN_HORIZON_YEARS, MAX_HORIZON_YEARS
    )
    people: list[Participant] = []
    for r, (role, who) in sorted(rows.items()):
        if r <= PARTICIPANT_HEADER_ROW:
            continue
        role_text = _text(role, f"{ORG_SHEET}!A{r} (a participant's role)", label=True)
        name_text = _text(who, f"{ORG_SHEET}!B{r} (a participant's name)", label=True)
        if not role_text.strip() and not name_text.strip():
            continue
        if not role_text.strip():
            raise FileFormatError(
                f"{ORG_SHEET}!A{r} is empty but B{r} names a participant; give their role"
            )
        people.append(Participant(role_text, name_text))
    return replace(
        data,
        organisation=Organisation(name, text("type"), text("region")),
        workshop=Workshop(
            day,
            text("facilitator"),
            tuple(people),
            horizon if horizon is not None else data.workshop.horizon_years,
        ),
    )


# --- Action Plan ----------------------------------------------------------------------------
def plan_layout_is_current(ws: Any) -> bool:
    """Whether the sheet has this version's list (older workbooks had a by-year table)."""
    for n, row in rows_of(ws, PLAN_HEADER_ROW, len(PLAN_HEADERS))[:1]:
        if n == PLAN_HEADER_ROW:
            return all(_same(v, h) for v, h in zip(row, PLAN_HEADERS, strict=True))
    return False


def read_plan(ws: Any, index: Index, data: Assessment) -> Assessment:
    asked = set(index.asked_ids)
    old_customs = {c.id: c for c in data.custom_actions}
    edits: dict[str, ActionEdit] = {}
    customs: list[CustomAction] = []
    seen: dict[str, int] = {}
    for r, row in rows_of(ws, PLAN_FIRST_ROW, PLAN_NOTE):

        def cell(col: int, row: tuple[Any, ...] = row) -> Any:
            return row[col - 1]

        key = _text(cell(PLAN_REF), f"{PLAN_SHEET}!A{r} (the action's ref)").strip()
        action = _text(cell(PLAN_ACTION), f"{PLAN_SHEET}!C{r} (the action)")
        if key in seen:
            raise FileFormatError(f"{PLAN_SHEET}!A{r} repeats {key} (already on row {seen[key]})")
        if key:
            seen[key] = r
        owner = _text(cell(PLAN_OWNER), f"{PLAN_SHEET}!G{r} (the action's owner)")
        due = _date(cell(PLAN_DUE), f"{PLAN_SHEET}!H{r} (the action's due date)")
        status = _status(cell(PLAN_STATUS), f"{PLAN_SHEET}!I{r}")
        note = _text(cell(PLAN_NOTE), f"{PLAN_SHEET}!J{r} (the action's note)")
        if key in asked:
            edit = ActionEdit(owner, due, status, note)
            if not edit.is_default:
                edits[key] = edit
            continue
        if key and key not in old_customs:
            raise FileFormatError(
                f"{PLAN_SHEET}!A{r} has {_show(key)}, which is neither a criterion of the "
                f"{index.title} nor one of this workshop's own actions"
            )
        if not action.strip():
            continue  # an empty spare row, or a custom action whose text was cleared: removed
        theme = _theme(cell(PLAN_THEME), index, f"{PLAN_SHEET}!B{r}")
        year = _whole(cell(PLAN_YEAR), f"{PLAN_SHEET}!F{r}", 1, MAX_HORIZON_YEARS) or 1
        target = _target(cell(PLAN_TARGET), f"{PLAN_SHEET}!E{r}")
        custom_id = key or "custom-" + hashlib.sha256(f"{r}\n{action}".encode()).hexdigest()[:12]
        customs.append(
            CustomAction(custom_id, theme, action, year, target, owner, due, status, note)
        )
    return replace(data, action_edits=edits, custom_actions=tuple(customs))


def _theme(value: Any, index: Index, where: str) -> str:
    text = value.strip() if isinstance(value, str) else ""
    code = text.split(" ", 1)[0] if text else ""
    if not index.has_theme(code):
        raise FileFormatError(
            f"{where} says {_show(value)}; choose the action's theme from the list"
        )
    return code


def _target(value: Any, where: str) -> Level | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        for level in Level:
            if level is not Level.NON_COMPLIANT and value.strip().lower() in {
                wording.target_text(level, False).lower(),
                level.label.lower(),
            }:
                return level
    raise FileFormatError(
        f"{where} says {_show(value)}; choose a target level from the list or leave it blank"
    )


def _status(value: Any, where: str) -> Status:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Status.NOT_STARTED
    if isinstance(value, str):
        for status in Status:
            names = {status.value, status.v1_value, wording.status_label(status.value)}
            if value.strip().lower() in {name.lower() for name in names}:
                return status
    raise FileFormatError(
        f"{where} says {_show(value)}; the status is Not started, In progress or Done"
    )


# --- values ---------------------------------------------------------------------------------
#: What each Organisation row holds, for messages ("Organisation!B2 (the organisation name)").
_ORG_FIELD_NAMES = {
    "organisation": "the organisation name",
    "type": "the organisation type",
    "region": "the region",
    "date": "the workshop date",
    "facilitator": "the facilitator",
}


def _field(cell: str, field: str) -> str:
    name = _ORG_FIELD_NAMES.get(field)
    return f"{cell} ({name})" if name else cell


def entry(check: Any, value: Any, field: str) -> Any:
    """``check(value, field)`` from the entry rules (issue 9: one rule and one message for every
    way text and dates enter), its refusal raised as the workbook's :class:`FileFormatError`."""
    try:
        return check(value, field)
    except SvmiError as error:
        raise FileFormatError(str(error)) from None


def _text(value: Any, where: str, *, label: bool = False) -> str:
    """A cell's text; ``where`` names the cell and the field. Names and labels (``label``) are
    bounded as the app bounds them (:func:`~..domain.entry_rules.check_label`)."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        return ""  # one of the workbook's own formulas, not something typed
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, int | float):
        text = str(int(value)) if float(value).is_integer() else str(value)
    elif isinstance(value, _dt.datetime | _dt.date):
        text = value.date().isoformat() if isinstance(value, _dt.datetime) else value.isoformat()
    else:
        text = str(value)
    return str(entry(check_label if label else check_text, text, where))


def _date(value: Any, where: str) -> _dt.date | None:
    """A typed date; blank or the workbook's default-date formula mean "the default"."""
    if value is None or isinstance(value, Formula):
        return None
    if isinstance(value, _dt.datetime):
        day = value.date()
    elif isinstance(value, _dt.date):
        day = value
    elif isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2_958_466:
        day = EPOCH + _dt.timedelta(days=int(value))
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            day = _dt.date.fromisoformat(text)
        except ValueError:
            raise FileFormatError(
                f"{_cell(where)} says {_show(value)}; write a date as 2027-01-31"
            ) from None
    else:
        raise FileFormatError(f"{_cell(where)} says {_show(value)}; write a date as 2027-01-31")
    checked: _dt.date = entry(check_date, day, where)
    return checked


def _whole(value: Any, where: str, low: int, high: int) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            number = None
    if number is None or not number.is_integer() or not low <= number <= high:
        raise FileFormatError(
            f"{where} says {_show(value)}; use a whole number from {low} to {high}"
        )
    return int(number)


def _cell(where: str) -> str:
    """The cell alone of a ``where`` that also names the field ("Action Plan!H9")."""
    return where.split(" (", 1)[0]


def _show(value: object) -> str:
    if value is None:
        return "nothing"
    text = clean_text(str(value))  # a message must itself be printable
    if len(text) > 40:
        text = text[:39] + "…"
    return f"'{text}'"


__all__ = ["plan_layout_is_current", "read_organisation", "read_plan", "rows_of"]
