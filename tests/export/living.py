"""Reading the living workbook's figures back by cell, the same way from any reader.

``expected(evaluate_json)`` and ``figures(read)`` give the same shape: per theme the level
numbers, labels, "why" texts and provisional flags; the overall means and labels; the radar's
source cells; per asked criterion whether it is in the plan, its target and year.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import openpyxl

from svmi_desktop.domain import wording
from svmi_desktop.domain.criteria import Index
from svmi_desktop.domain.levels import Level
from svmi_desktop.export import workbook_formulas as fx
from svmi_desktop.formats.workbook_layout import (
    PLAN_FIRST_ROW,
    PLAN_NEEDED,
    PLAN_REF,
    PLAN_TARGET,
    PLAN_YEAR,
    RES_FIRST_ROW,
    RES_FUTURE,
    RES_FUTURE_TEXT,
    RES_NOW,
    RES_NOW_TEXT,
    RES_WHY_FUTURE,
    RES_WHY_NOW,
    SA_FIRST_ROW,
    SA_REF,
    ref,
)

Reader = Callable[[str, list[str]], list[Any]]


def positions(xlsx: bytes) -> tuple[dict[str, int], dict[str, int]]:
    """Rows of each criterion on Self Assessment and on Action Plan."""
    wb = openpyxl.load_workbook(io.BytesIO(xlsx), read_only=True)
    sa = {
        r[SA_REF - 1]: i
        for i, r in enumerate(
            wb["Self Assessment"].iter_rows(min_row=SA_FIRST_ROW, values_only=True), SA_FIRST_ROW
        )
        if r[SA_REF - 1]
    }
    plan = {
        r[PLAN_REF - 1]: i
        for i, r in enumerate(
            wb["Action Plan"].iter_rows(min_row=PLAN_FIRST_ROW, values_only=True), PLAN_FIRST_ROW
        )
        if r[PLAN_REF - 1]
    }
    wb.close()
    return sa, plan


def _text(level: int, incomplete: bool, not_answered_yet: bool = False) -> str:
    return wording.theme_level_text(Level(level), incomplete, not_answered_yet)


def _theme_text(t: dict[str, Any]) -> str:
    """A theme's level label as the app says it, from ``svmi evaluate``'s own flags."""
    return _text(t["level"], t["incomplete"], t["not_answered_yet"])


def expected(ev: dict[str, Any], index: Index) -> dict[str, Any]:
    themes = {}
    for t in ev["themes"]:
        whys = []
        for w in t["why"]:
            if t[w["scope"]]["not_answered_yet"]:  # the screen's sentence, compliance first
                ids = [m["id"] for m in w["missing"]]
                whys.append(wording.why_text(Level(0), None, ids, awaiting_compliance=True))
            elif w["next_level"] is None:
                whys.append(fx.all_met_text())
            else:
                title = wording.plan_column_title(Level(w["next_level"]))
                whys.append(f"{title}: " + ", ".join(m["id"] for m in w["missing"]))
        themes[t["code"]] = (
            t["present"]["level"],
            _theme_text(t["present"]),
            t["future"]["level"],
            _theme_text(t["future"]),
            *whys,
        )
    o = ev["overall"]
    overall = (
        o["present"]["mean"],
        _text(o["present"]["level"], o["present"]["incomplete"]),
        o["future"]["mean"],
        _text(o["future"]["level"], o["future"]["incomplete"]),
    )
    plan = {}
    items = {i["criterion"]: i for i in ev["action_plan"] if i["criterion"]}
    for cid in index.asked_ids:
        item = items.get(cid)
        if item is None:
            plan[cid] = ("No", "", "")
        else:
            target = wording.target_text(Level(item["target_level"]), item["stretch"])
            plan[cid] = ("Yes", target, item["year"])
    return {"themes": themes, "overall": overall, "plan": plan}


def figures(read: Reader, index: Index, plan_rows: dict[str, int]) -> dict[str, Any]:
    n = len(index.themes)
    cols = (RES_NOW, RES_NOW_TEXT, RES_FUTURE, RES_FUTURE_TEXT, RES_WHY_NOW, RES_WHY_FUTURE)
    cells = [ref(RES_FIRST_ROW + i, c) for i in range(n) for c in cols]
    over = RES_FIRST_ROW + n
    cells += [ref(over, c) for c in (RES_NOW, RES_NOW_TEXT, RES_FUTURE, RES_FUTURE_TEXT)]
    values = read("Results", cells)
    themes = {}
    for i, theme in enumerate(index.themes):
        row = values[i * 6 : (i + 1) * 6]
        themes[theme.code] = (int(row[0]), row[1], int(row[2]), row[3], row[4], row[5])
    o = values[n * 6 :]
    overall = (float(o[0]), o[1], float(o[2]), o[3])
    ids = list(index.asked_ids)
    plan_cells = [
        ref(plan_rows[cid], c) for cid in ids for c in (PLAN_NEEDED, PLAN_TARGET, PLAN_YEAR)
    ]
    pv = read("Action Plan", plan_cells)
    plan = {}
    for k, cid in enumerate(ids):
        needed, target, year = pv[k * 3 : (k + 1) * 3]
        plan[cid] = (
            needed,
            target or "",
            int(year) if isinstance(year, float | int) else (year or ""),
        )
    return {"themes": themes, "overall": overall, "plan": plan}
