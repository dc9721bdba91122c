"""The *Self Assessment* and *Results* sheets: the answers, and the levels they drive.

Self Assessment: descriptors (always met, never asked) show "n/a" under Present and Future; a
criterion that restates another (public C.I1 = C.L1) shows "same as C.L1" and follows that
row. Only asked criteria get the Yes/No dropdown and unlocked answer cells. Four hidden helper
columns turn each row's answers into 1/0 (met now, met in future, unanswered now, unanswered
in future), which the Results formulas read. A theme's note is the Notes column of its rows,
read top to bottom; a long note is cut at spaces into pieces that each print in full, with
continuation rows after the theme's criteria when it needs more rows than the theme has.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from ..domain import wording
from ..domain.assessment import MAX_HORIZON_YEARS, MIN_HORIZON_YEARS, Answer
from ..domain.criteria import Criterion, Kind
from ..domain.level_rule import level_through_gates
from ..domain.levels import Level
from ..domain.scoring import Scope, is_met
from ..formats.workbook_layout import (
    NO,
    NOT_ASKED,
    NOTE_PIECE,
    RES_AWAIT_FUTURE,
    RES_AWAIT_NOW,
    RES_FIRST_ROW,
    RES_FUTURE,
    RES_FUTURE_TEXT,
    RES_GAP,
    RES_HEADER_ROW,
    RES_NOW,
    RES_NOW_TEXT,
    RES_OPEN_FUTURE,
    RES_OPEN_NOW,
    RES_REF,
    RES_THEME,
    RES_WHY_FUTURE,
    RES_WHY_NOW,
    SA_FIRST_ROW,
    SA_FUTURE,
    SA_LEVEL,
    SA_MET_FUTURE,
    SA_MET_NOW,
    SA_NOTE,
    SA_OPEN_FUTURE,
    SA_OPEN_NOW,
    SA_PRESENT,
    SA_REF,
    SA_TEXT,
    SA_THEME,
    SELF_ASSESSMENT_HEADERS,
    YES,
    col_letter,
    org_row,
    ref,
)
from . import palette
from . import workbook_formulas as fx
from .summary import level_text
from .text import check_cell_length, clean_text
from .workbook_cells import SheetWriter

SA_SHEET = "Self Assessment"
RES_SHEET = "Results"
CTX = "Workbook"


@dataclass(frozen=True)
class AssessmentCells:
    """What the later sheets need to refer to."""

    cells: fx.CriterionCells
    theme_rows: dict[str, tuple[int, int]]
    #: Results row of each theme.
    result_rows: dict[str, int]


def split_note(text: str, size: int = NOTE_PIECE) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters, at a space or line break
    where there is one; joined back together they are exactly ``text``."""
    pieces: list[str] = []
    while len(text) > size:
        cut = max(text.rfind(" ", 0, size), text.rfind("\n", 0, size))
        cut = cut + 1 if cut > size // 2 else size
        pieces.append(text[:cut])
        text = text[cut:]
    if text or not pieces:
        pieces.append(text)
    return pieces


def theme_label(code: str, short: str) -> str:
    return f"{code} {short}"


def self_assessment(w: SheetWriter, ws: Any) -> dict[str, int]:
    """Write the sheet; returns each criterion's row."""
    a = w.f.assessment
    widths = {"A": 24, "B": 8, "C": 14, "D": 70, "E": 13, "F": 13, "G": 40}
    w.widths(ws, widths)
    # English in every language: the reader finds the answers by these headers (issue 11)
    w.header(ws, 1, list(SELF_ASSESSMENT_HEADERS))
    rows: dict[str, int] = {}
    asked_cells: list[str] = []
    groups: list[tuple[int, int]] = []
    r = SA_FIRST_ROW - 1
    for theme in w.f.index.themes:
        label = theme_label(theme.code, theme.short)
        note = clean_text(a.notes.get(theme.code, ""))
        check_cell_length(note, f"the note on theme {theme.code}")
        pieces = split_note(note)
        for i, c in enumerate(theme.criteria):
            r += 1
            rows[c.id] = r
            w.text(ws, r, SA_THEME, label)
            w.text(ws, r, SA_REF, c.id)
            if c.kind is Kind.COMPLIANCE:
                w.level_cell(ws, r, SA_LEVEL, Level.NON_COMPLIANT, wording.tr(CTX, "Compliance"))
            else:
                w.level_cell(ws, r, SA_LEVEL, c.level, wording.level_name(c.level))
            w.text(ws, r, SA_TEXT, c.text)
            if c.kind is Kind.DESCRIPTOR:
                for col in (SA_PRESENT, SA_FUTURE):
                    w.text(ws, r, col, NOT_ASKED)
                for col, value in (
                    (SA_MET_NOW, 1),
                    (SA_MET_FUTURE, 1),
                    (SA_OPEN_NOW, 0),
                    (SA_OPEN_FUTURE, 0),
                ):
                    w.number(ws, r, col, value)
            elif c.same_as:
                for col in (SA_PRESENT, SA_FUTURE):
                    w.text(ws, r, col, f"same as {c.same_as}")
                source = rows[c.same_as]
                for col, met in ((SA_MET_NOW, Scope.PRESENT), (SA_MET_FUTURE, Scope.FUTURE)):
                    w.formula(ws, r, col, fx.same_as(source, col), int(is_met(c, a.answers, met)))
                w.number(ws, r, SA_OPEN_NOW, 0)
                w.number(ws, r, SA_OPEN_FUTURE, 0)
            else:
                ans = a.answer(c.id)
                w.text(ws, r, SA_PRESENT, _yes_no(ans.present), unlocked=True)
                w.text(ws, r, SA_FUTURE, _yes_no(ans.future), unlocked=True)
                asked_cells.append(f"{ref(r, SA_PRESENT)}:{ref(r, SA_FUTURE)}")
                cached = {
                    SA_MET_NOW: ans.met_present,
                    SA_MET_FUTURE: ans.met_future,
                    SA_OPEN_NOW: ans.present_unanswered,
                    SA_OPEN_FUTURE: ans.future_unanswered,
                }
                for col, make in fx.HELPERS.items():
                    w.formula(ws, r, col, make(r), int(cached[col]))
            piece = pieces[i] if i < len(pieces) else ""
            w.text(ws, r, SA_NOTE, piece, f"the note on theme {theme.code}", unlocked=True)
        for piece in pieces[len(theme.criteria) :]:
            r += 1
            w.text(ws, r, SA_THEME, label)
            w.text(ws, r, SA_TEXT, wording.trf(CTX, "The note on theme %1, continued", theme.code))
            w.text(ws, r, SA_NOTE, piece, f"the note on theme {theme.code}", unlocked=True)
        groups.append((rows[theme.criteria[0].id], r))
    last = max(r, SA_FIRST_ROW)
    if asked_cells:
        ws.data_validation(
            asked_cells[0],
            {
                "validate": "list",
                "source": [YES, NO],
                "ignore_blank": True,
                "multi_range": " ".join(asked_cells),
                "error_title": wording.tr(CTX, "Yes or No"),
                "error_message": wording.tr(CTX, "Choose Yes or No, or leave the cell blank."),
                "input_title": wording.tr(CTX, "Met?"),
                "input_message": wording.tr(CTX, "Yes, No, or blank if not decided yet."),
            },
        )
    answers = f"{ref(SA_FIRST_ROW, SA_PRESENT)}:{ref(last, SA_FUTURE)}"
    for word, colour in ((YES, "#DDEFD8"), (NO, "#F6DDD2")):
        ws.conditional_format(
            answers,
            {
                "type": "cell",
                "criteria": "==",
                "value": f'"{word}"',
                "format": w.book.add_format({"bg_color": colour}),
            },
        )
    helpers = f"{col_letter(SA_MET_NOW)}:{col_letter(SA_OPEN_FUTURE)}"
    ws.set_column(helpers, 6, None, {"hidden": True})
    ws.freeze_panes(1, 2)
    ws.autofilter(0, 0, last - 1, SA_NOTE - 1)
    w.page(ws, widths, (1, 1))
    w.keep_together(ws, groups)
    return rows


def results(w: SheetWriter, ws: Any, rows: dict[str, int]) -> AssessmentCells:
    f = w.f
    ev = f.evaluation
    widths = {"A": 6, "B": 33, "C": 8, "D": 26, "E": 8, "F": 26, "G": 6, "H": 50, "I": 50}
    w.widths(ws, widths)
    cells = fx.CriterionCells(SA_SHEET, rows)
    w.title(ws, 1, wording.tr(CTX, "Results"))
    horizon = f.assessment.workshop.horizon_years
    headers = {
        RES_REF: wording.tr(CTX, "Ref"),
        RES_THEME: wording.tr(CTX, "Theme"),
        RES_NOW: wording.now_label(),
        RES_NOW_TEXT: wording.tr(CTX, "Present level"),
        RES_FUTURE: wording.future_label(horizon),
        RES_FUTURE_TEXT: wording.tr(CTX, "Future level"),
        RES_GAP: wording.tr(CTX, "Gap"),
        RES_WHY_NOW: wording.tr(CTX, "Why this level now"),
        RES_WHY_FUTURE: wording.tr(CTX, "Why this level in future"),
    }
    w.header(ws, RES_HEADER_ROW, [headers[c] for c in sorted(headers)])
    # the horizon can be changed on the Organisation sheet: the future column names it live
    horizon_cell = f"'Organisation'!{ref(org_row('horizon'), 2, True)}"
    labels = ",".join(
        fx.q(wording.future_label(y)) for y in range(MIN_HORIZON_YEARS, MAX_HORIZON_YEARS + 1)
    )
    w.formula(
        ws,
        RES_HEADER_ROW,
        RES_FUTURE,
        f"=CHOOSE({horizon_cell},{labels})",
        headers[RES_FUTURE],
        bold=True,
        bg_color="#" + palette.HEADER_FILL,
        border=1,
        border_color="#BFBFBF",
    )
    theme_rows: dict[str, tuple[int, int]] = {}
    result_rows: dict[str, int] = {}
    r = RES_FIRST_ROW - 1
    for t in ev.themes:
        r += 1
        theme = t.theme
        result_rows[theme.code] = r
        first = rows[theme.criteria[0].id]
        last = rows[theme.criteria[-1].id]
        # note continuation rows follow the theme's last criterion: count them in (blank helpers)
        last = _theme_end(rows, f.index.themes, theme.code, last)
        theme_rows[theme.code] = (first, last)
        w.text(ws, r, RES_REF, theme.code)
        w.text(ws, r, RES_THEME, theme.short)
        for scope, num_col, text_col, why_col, open_col, await_col, met_col, sa_open in (
            (
                Scope.PRESENT,
                RES_NOW,
                RES_NOW_TEXT,
                RES_WHY_NOW,
                RES_OPEN_NOW,
                RES_AWAIT_NOW,
                SA_MET_NOW,
                SA_OPEN_NOW,
            ),
            (
                Scope.FUTURE,
                RES_FUTURE,
                RES_FUTURE_TEXT,
                RES_WHY_FUTURE,
                RES_OPEN_FUTURE,
                RES_AWAIT_FUTURE,
                SA_MET_FUTURE,
                SA_OPEN_FUTURE,
            ),
        ):
            tl = t.for_scope(scope)
            level_cell = ref(r, num_col)
            w.formula(
                ws,
                r,
                num_col,
                fx.theme_level(theme, cells, met_col),
                int(tl.level),
                align="center",
                bold=True,
            )
            w.formula(
                ws, r, open_col, fx.theme_open(first, last, sa_open, SA_SHEET), int(tl.incomplete)
            )
            w.formula(
                ws,
                r,
                await_col,
                fx.theme_awaiting(theme, cells, met_col, sa_open, level_cell),
                int(tl.not_answered_yet),
            )
            w.formula(
                ws,
                r,
                text_col,
                fx.level_label(level_cell, ref(r, open_col), ref(r, await_col)),
                wording.theme_level_text(tl.level, tl.incomplete, tl.not_answered_yet),
                text_wrap=False,
            )
            _, gate = level_through_gates(
                theme, partial(_met, answers=f.assessment.answers, scope=scope)
            )
            if tl.not_answered_yet:  # the screen's sentence: the compliance question first
                cached_why = tl.why.sentence
            else:
                cached_why = fx.why_text(gate, [c.id for c in tl.why.missing])
            why_formula = fx.why(theme, cells, met_col, level_cell, ref(r, await_col))
            w.formula(ws, r, why_col, why_formula, cached_why)
        w.formula(
            ws,
            r,
            RES_GAP,
            f"={ref(r, RES_FUTURE)}-{ref(r, RES_NOW)}",
            int(t.future.level) - int(t.present.level),
            align="center",
        )
    last_theme = r
    r += 1
    w.text(ws, r, RES_THEME, wording.tr(CTX, "Overall (mean of the themes)"), bold=True)
    for overall, num_col, text_col, open_col in (
        (ev.present, RES_NOW, RES_NOW_TEXT, RES_OPEN_NOW),
        (ev.future, RES_FUTURE, RES_FUTURE_TEXT, RES_OPEN_FUTURE),
    ):
        levels = f"{ref(RES_FIRST_ROW, num_col)}:{ref(last_theme, num_col)}"
        opens = f"{ref(RES_FIRST_ROW, open_col)}:{ref(last_theme, open_col)}"
        w.formula(
            ws,
            r,
            num_col,
            fx.overall_mean(levels),
            overall.mean,
            num_format="0.0",
            bold=True,
            align="center",
        )
        w.formula(
            ws,
            r,
            text_col,
            fx.overall_label(levels, opens),
            level_text(overall.level, overall.incomplete),
            text_wrap=False,
        )
        fixed = f"{ref(RES_FIRST_ROW, num_col, True)}:{ref(last_theme, num_col, True)}"
        w.level_colours(ws, ref(r, text_col), fx.overall_level(fixed))
    overall_row = r
    for num_col, text_col, await_col in (
        (RES_NOW, RES_NOW_TEXT, RES_AWAIT_NOW),
        (RES_FUTURE, RES_FUTURE_TEXT, RES_AWAIT_FUTURE),
    ):
        rng = f"{ref(RES_FIRST_ROW, text_col)}:{ref(last_theme, text_col)}"
        w.level_colours(
            ws,
            rng,
            f"${col_letter(num_col)}{RES_FIRST_ROW}",
            uncoloured=f"${col_letter(await_col)}{RES_FIRST_ROW}",
        )
    provisional = ev.present.incomplete or ev.future.incomplete
    note = wording.tr(
        CTX, "Provisional: some criteria are not answered yet, so these levels may change."
    )
    opens = f"{ref(RES_FIRST_ROW, RES_OPEN_NOW)}:{ref(last_theme, RES_OPEN_FUTURE)}"
    w.formula(
        ws,
        overall_row + 2,
        1,
        f'=IF(SUM({opens})>0,{fx.q(note)},"")',
        note if provisional else "",
        text_wrap=False,
    )
    ws.set_column(RES_OPEN_NOW - 1, RES_AWAIT_FUTURE - 1, 6, None, {"hidden": True})
    _radar(w, ws, last_theme, overall_row + 4)
    w.page(ws, widths, one_page=True)
    return AssessmentCells(cells, theme_rows, result_rows)


def _theme_end(rows: dict[str, int], themes: Any, code: str, last: int) -> int:
    """The theme's last row on Self Assessment, note continuation rows included."""
    codes = [t.code for t in themes]
    i = codes.index(code)
    if i + 1 < len(codes):
        return rows[themes[i + 1].criteria[0].id] - 1
    return last + 200  # room for the last theme's continuation rows (blank cells add nothing)


def _radar(w: SheetWriter, ws: Any, last_theme: int, row: int) -> None:
    """Excel's own radar chart, fed by the level formulas."""
    chart = w.book.add_chart({"type": "radar", "subtype": "with_markers"})
    cats = f"='{RES_SHEET}'!$B${RES_FIRST_ROW}:$B${last_theme}"
    for col, colour, dash in (
        (RES_NOW, palette.PRESENT, "solid"),
        (RES_FUTURE, palette.FUTURE, "dash"),
    ):
        letter = col_letter(col)
        chart.add_series(
            {
                "name": f"='{RES_SHEET}'!${letter}${RES_HEADER_ROW}",
                "categories": cats,
                "values": f"='{RES_SHEET}'!${letter}${RES_FIRST_ROW}:${letter}${last_theme}",
                "line": {"color": "#" + colour, "width": 2.25, "dash_type": dash},
                "marker": {
                    "type": "circle",
                    "size": 6,
                    "fill": {"color": "#" + colour},
                    "border": {"color": "#" + colour},
                },
            }
        )
    chart.set_title({"name": wording.tr(CTX, "Present and future levels (0-4)")})
    chart.set_y_axis({"min": 0, "max": 4, "major_unit": 1})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 680, "height": 450})
    ws.insert_chart(row - 1, 0, chart)


def _met(c: Criterion, answers: Mapping[str, Answer], scope: Scope) -> bool:
    return is_met(c, answers, scope)


def _yes_no(value: bool | None) -> str:
    return "" if value is None else (YES if value else NO)
