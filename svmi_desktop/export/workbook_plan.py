"""The *Action Plan* list and the *Plan by Theme* table, both driven by the level formulas.

Action Plan: one row per asked criterion, whether or not it is needed now (formulas say if it
is in the plan, for which target and in which year, from the Results levels), then the
facilitator's own actions, then empty rows for actions added in the spreadsheet. Owner, due
date, status and note are unlocked; so are a custom action's theme, text, target and year.
The AutoFilter starts filtered to the actions in the plan (reapply it after changing answers).
Plan by Theme: theme rows × "To become compliant / To reach Mature / Leader / Innovator /
Other actions", each cell the matching actions of the list, one per line.
"""

from __future__ import annotations

from typing import Any

from ..domain import wording
from ..domain.action_plan import ActionItem
from ..domain.assessment import ActionEdit, Status
from ..domain.levels import Level
from ..formats.workbook_layout import (
    EXTRA_SHEETS,
    PLAN_ACTION,
    PLAN_DUE,
    PLAN_FIRST_ROW,
    PLAN_HEADER_ROW,
    PLAN_HEADERS,
    PLAN_LEVEL,
    PLAN_NEEDED,
    PLAN_NOTE,
    PLAN_OWNER,
    PLAN_REF,
    PLAN_STATUS,
    PLAN_STRETCH,
    PLAN_TARGET,
    PLAN_THEME,
    PLAN_YEAR,
    RES_FUTURE,
    RES_NOW,
    SA_MET_FUTURE,
    SA_MET_NOW,
    SA_OPEN_NOW,
    SPARE_ACTIONS,
    org_row,
    ref,
    sheet_ref,
)
from . import workbook_formulas as fx
from .workbook_assessment import RES_SHEET, AssessmentCells, theme_label
from .workbook_cells import SheetWriter

PLAN_SHEET = "Action Plan"
BY_THEME_SHEET = EXTRA_SHEETS[0]
ORG_SHEET = "Organisation"
CTX = "Workbook"
#: The Plan by Theme columns: the level an action targets (-1: a custom action with none).
BY_THEME_LEVELS: tuple[int, ...] = (1, 2, 3, 4, -1)


def action_plan(w: SheetWriter, ws: Any, at: AssessmentCells) -> list[tuple[int, str | None]]:
    """Write the list; returns (row, theme code or None for a custom row) for Plan by Theme."""
    f = w.f
    a = f.assessment
    widths = {
        "A": 10,
        "B": 22,
        "C": 46,
        "D": 9,
        "E": 16,
        "F": 6,
        "G": 20,
        "H": 12,
        "I": 13,
        "J": 30,
    }
    w.widths(ws, widths)
    w.title(ws, 1, wording.tr(CTX, "Action plan"))
    w.header(ws, PLAN_HEADER_ROW, [wording.tr(CTX, h) for h in PLAN_HEADERS])
    items = {i.criterion: i for i in f.plan.items if i.criterion}
    horizon = sheet_ref(ORG_SHEET, org_row("horizon"), 2, True)
    start = sheet_ref(ORG_SHEET, org_row("date"), 2, True)
    out: list[tuple[int, str | None]] = []
    hidden: list[int] = []
    r = PLAN_FIRST_ROW - 1
    groups: list[tuple[int, int]] = []
    for theme in f.index.themes:
        if theme.asked:
            groups.append((r + 1, r + len(theme.asked)))
        res_row = at.result_rows[theme.code]
        now = sheet_ref(RES_SHEET, res_row, RES_NOW, True)
        future = sheet_ref(RES_SHEET, res_row, RES_FUTURE, True)
        for c in theme.asked:
            r += 1
            out.append((r, theme.code))
            item = items.get(c.id)
            if item is None:
                hidden.append(r)
            met_now = at.cells.cell(c, SA_MET_NOW)
            met_future = at.cells.cell(c, SA_MET_FUTURE)
            level_cell, stretch_cell = ref(r, PLAN_LEVEL), ref(r, PLAN_STRETCH)
            w.text(ws, r, PLAN_REF, c.id)
            w.text(ws, r, PLAN_THEME, theme_label(theme.code, theme.short))
            w.text(ws, r, PLAN_ACTION, c.action)
            open_now = at.cells.cell(c, SA_OPEN_NOW)
            w.formula(
                ws,
                r,
                PLAN_LEVEL,
                fx.plan_level(c, met_now, met_future, now, future, open_now),
                int(item.target_level) if item and item.target_level else -1,
            )
            w.formula(
                ws,
                r,
                PLAN_STRETCH,
                fx.plan_stretch(c, met_now, met_future, future),
                int(bool(item and item.stretch)),
            )
            w.formula(
                ws,
                r,
                PLAN_NEEDED,
                fx.plan_needed(level_cell),
                fx.yes_word() if item else fx.no_word(),
            )
            w.formula(
                ws,
                r,
                PLAN_TARGET,
                fx.plan_target(level_cell, stretch_cell),
                wording.target_text(item.target_level, item.stretch) if item else "",
            )
            w.formula(
                ws,
                r,
                PLAN_YEAR,
                fx.plan_year(level_cell, now, horizon),
                item.year if item else "",
                align="center",
            )
            edit = a.action_edits.get(c.id, ActionEdit())
            _editable(w, ws, r, c.id, edit.owner, edit.status, edit.note)
            if edit.due is not None:
                w.date(ws, r, PLAN_DUE, edit.due, unlocked=True)
            else:
                w.formula(
                    ws,
                    r,
                    PLAN_DUE,
                    fx.default_due(ref(r, PLAN_YEAR), start),
                    _serial(item.due) if item else "",
                    num_format="yyyy-mm-dd",
                    locked=False,
                    align="left",
                )
    customs = {i.custom_id: i for i in f.plan.items if i.custom_id}
    for custom in a.custom_actions:
        r += 1
        out.append((r, None))
        item = customs.get(custom.id)
        w.text(ws, r, PLAN_REF, custom.id, "a custom action's id")
        _custom_row(
            w,
            ws,
            r,
            horizon,
            start,
            item,
            custom.theme,
            custom.text,
            custom.year,
            custom.target_level,
            custom.due,
        )
        _editable(w, ws, r, custom.id, custom.owner, custom.status, custom.note)
    for _ in range(SPARE_ACTIONS):
        r += 1
        out.append((r, None))
        w.text(ws, r, PLAN_REF, "")
        _custom_row(w, ws, r, horizon, start, None, None, "", None, None, None)
        _editable(w, ws, r, "", "", Status.NOT_STARTED, "", status_blank=True)
    last = r
    _validations(ws, PLAN_FIRST_ROW, last, len(a.custom_actions), len(f.index.themes))
    ws.set_column(PLAN_LEVEL - 1, PLAN_STRETCH - 1, 4, None, {"hidden": True})
    ws.autofilter(PLAN_HEADER_ROW - 1, 0, last - 1, PLAN_NOTE - 1)
    ws.filter_column_list(PLAN_NEEDED - 1, [fx.yes_word(), "Blanks"])
    for row in hidden:
        w.hide_row(ws, row)
    ws.freeze_panes(PLAN_HEADER_ROW, 0)
    w.page(ws, widths, (PLAN_HEADER_ROW, PLAN_HEADER_ROW))
    if a.custom_actions:  # the facilitator's own actions (the empty rows after them print blank)
        own = last - SPARE_ACTIONS
        groups.append((own - len(a.custom_actions) + 1, own))
    # the spare rows print blank: they go with the last printed rows, never on a page alone
    w.keep_together(
        ws,
        [(PLAN_FIRST_ROW - 3, PLAN_FIRST_ROW - 1), *groups],
        tail=(last - SPARE_ACTIONS + 1, last),
    )
    return out


def _editable(
    w: SheetWriter,
    ws: Any,
    r: int,
    key: str,
    owner: str,
    status: Status,
    note: str,
    status_blank: bool = False,
) -> None:
    where = f"the action {key[:20]!r}"
    w.text(ws, r, PLAN_OWNER, owner, f"the owner of {where}", unlocked=True)
    w.text(
        ws,
        r,
        PLAN_STATUS,
        "" if status_blank else wording.status_label(status.value),
        unlocked=True,
    )
    w.text(ws, r, PLAN_NOTE, note, f"the note on {where}", unlocked=True)


def _custom_row(
    w: SheetWriter,
    ws: Any,
    r: int,
    horizon: str,
    start: str,
    item: ActionItem | None,
    theme: str | None,
    text: str,
    year: int | None,
    target: Level | None,
    due: Any,
) -> None:
    f = w.f
    label = theme_label(theme, f.index.theme(theme).short) if theme else ""
    w.text(ws, r, PLAN_THEME, label, unlocked=True)
    w.text(ws, r, PLAN_ACTION, text, f"the custom action on row {r}", unlocked=True)
    w.formula(
        ws,
        r,
        PLAN_NEEDED,
        f'=IF(TRIM({ref(r, PLAN_ACTION)})="","",{fx.q(fx.yes_word())})',
        fx.yes_word() if text else "",
    )
    w.text(ws, r, PLAN_TARGET, wording.target_text(target, False) if target else "", unlocked=True)
    if year is None:
        ws.write_blank(r - 1, PLAN_YEAR - 1, None, w.fmt(locked=False, align="center"))
    else:
        w.number(ws, r, PLAN_YEAR, year, unlocked=True, align="center")
    w.formula(
        ws,
        r,
        PLAN_LEVEL,
        fx.custom_level(ref(r, PLAN_TARGET)),
        int(target) if target is not None else -1,
    )
    w.number(ws, r, PLAN_STRETCH, 0)
    if due is not None:
        w.date(ws, r, PLAN_DUE, due, unlocked=True)
    else:
        w.formula(
            ws,
            r,
            PLAN_DUE,
            fx.default_due(fx.custom_year(ref(r, PLAN_YEAR), horizon)[1:], start),
            _serial(item.due) if item else "",
            num_format="yyyy-mm-dd",
            locked=False,
            align="left",
        )


def _validations(ws: Any, first: int, last: int, customs: int, themes: int) -> None:
    statuses = [wording.status_label(s.value) for s in Status]  # labels; keys stay in svmi_data
    ws.data_validation(
        first - 1,
        PLAN_STATUS - 1,
        last - 1,
        PLAN_STATUS - 1,
        {"validate": "list", "source": statuses, "ignore_blank": True},
    )
    custom_first = last - SPARE_ACTIONS - customs + 1
    names = [wording.target_text(lv, False) for lv in Level if lv is not Level.NON_COMPLIANT]
    ws.data_validation(
        custom_first - 1,
        PLAN_TARGET - 1,
        last - 1,
        PLAN_TARGET - 1,
        {"validate": "list", "source": names, "ignore_blank": True},
    )
    ws.data_validation(
        custom_first - 1,
        PLAN_YEAR - 1,
        last - 1,
        PLAN_YEAR - 1,
        {
            "validate": "integer",
            "criteria": "between",
            "minimum": 1,
            "maximum": 5,
            "ignore_blank": True,
        },
    )
    source = f"='{BY_THEME_SHEET}'!$A$4:$A${3 + themes}"
    ws.data_validation(
        custom_first - 1,
        PLAN_THEME - 1,
        last - 1,
        PLAN_THEME - 1,
        {"validate": "list", "source": source, "ignore_blank": True},
    )


def STRETCH_SUFFIX() -> str:
    """ " (stretch)" after a stretch action, as ``wording.target_text`` says it (issue 13)."""
    return wording.trf("Wording", "%1 (stretch)", "")


def plan_by_theme(w: SheetWriter, ws: Any, rows: list[tuple[int, str | None]]) -> None:
    f = w.f
    widths = {"A": 22, "B": 34, "C": 34, "D": 34, "E": 34, "F": 34}
    w.widths(ws, widths)
    w.title(ws, 1, wording.tr(CTX, "Action plan by theme"))
    titles = [wording.plan_column_title(Level(lv) if lv >= 0 else None) for lv in BY_THEME_LEVELS]
    w.header(ws, 3, [wording.tr(CTX, "Theme"), *titles])
    r = 3
    for theme in f.index.themes:
        r += 1
        label = theme_label(theme.code, theme.short)
        w.text(ws, r, 1, label, bold=True, border=1, border_color="#BFBFBF")
        for j, lv in enumerate(BY_THEME_LEVELS, start=2):
            terms: list[tuple[str, str]] = []
            for row, code in rows:
                level = f"'{PLAN_SHEET}'!{ref(row, PLAN_LEVEL, True)}"
                stretch = f"'{PLAN_SHEET}'!{ref(row, PLAN_STRETCH, True)}"
                action = (
                    f"'{PLAN_SHEET}'!{ref(row, PLAN_ACTION, True)}"
                    f'&IF({stretch}=1,{fx.q(STRETCH_SUFFIX())},"")'
                )  # issue 13
                if code == theme.code:
                    if lv >= 0:
                        terms.append((f"{level}={lv}", action))
                elif code is None:
                    where = f"'{PLAN_SHEET}'!{ref(row, PLAN_THEME, True)}"
                    terms.append((f'AND({where}={fx.q(label)},{level}={lv},{action}<>"")', action))
            target = Level(lv) if lv >= 0 else None
            cached = "\n".join(
                "• " + i.action + (STRETCH_SUFFIX() if i.stretch else "")
                for i in f.plan.for_theme(theme.code)
                if i.target_level == target
            )
            try:
                w.formula(
                    ws, r, j, fx.joined_actions(terms), cached, border=1, border_color="#BFBFBF"
                )
            except fx.FormulaTooLong:  # more custom rows than a formula can name: the value
                w.text(ws, r, j, cached, border=1, border_color="#BFBFBF")
    w.page(ws, widths, (3, 3))


def _serial(day: Any) -> float:
    """A date as the spreadsheet's serial number (the cached value of a date formula)."""
    import datetime as _dt

    return float((day - _dt.date(1899, 12, 30)).days)
