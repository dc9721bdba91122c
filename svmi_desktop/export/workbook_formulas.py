"""The formulas that make the submission workbook score itself, built from the domain's rule.

Only functions that Excel 2016+ and LibreOffice 7.x both evaluate: IF, OR, AND, TRIM, SUM,
COUNT, INT, MIN, MAX, MID, CHOOSE, DATE, YEAR, MONTH, DAY, CHAR (no TEXTJOIN, IFS, LET).
String constants stay under Excel's 255 characters; every formula is checked against Excel's
8,192-character limit. The level rule comes from :mod:`..domain.level_rule` (the same gates
``domain.scoring`` follows), the wording from :mod:`..domain.wording`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from ..domain import wording
from ..domain.criteria import Criterion, Theme
from ..domain.level_rule import TOP_LEVEL, Gate, gates
from ..domain.levels import Level
from ..formats.workbook_layout import (
    SA_FUTURE,
    SA_MET_FUTURE,
    SA_MET_NOW,
    SA_OPEN_FUTURE,
    SA_OPEN_NOW,
    SA_PRESENT,
    YES,
    ref,
)

MAX_FORMULA = 8_192
SPLIT = "\x00"

#: The constant pieces of the label formulas, built once per export (per thread: an export
#: runs inside its own language, ``wording.using``), not once per cell.
_WORDS: dict[tuple[int, str], str] = {}


def reset_words() -> None:
    """Forget this thread's cached wording (called at the start of each export)."""
    me = threading.get_ident()
    for key in [k for k in _WORDS if k[0] == me]:
        del _WORDS[key]


def _words(name: str) -> str:
    key = (threading.get_ident(), name)
    if key not in _WORDS:
        _WORDS[key] = _build_words(name)
    return _WORDS[key]


def _build_words(name: str) -> str:
    if name == "levels":
        return ",".join(q(wording.level_text(lv, False)) for lv in Level)
    if name == "levels provisional":
        return ",".join(q(wording.level_text(lv, True)) for lv in Level)
    if name == "targets":
        return ",".join(q(wording.target_text(lv, False)) for lv in Level)
    if name == "targets stretch":
        return ",".join(q(wording.target_text(lv, True)) for lv in Level)
    if name == "not answered":
        return q(wording.theme_level_text(Level.NON_COMPLIANT, True, not_answered=True))
    if name == "yes":
        return wording.tr("Workbook", "Yes")
    if name == "no":
        return wording.tr("Workbook", "No")
    if name == "all met":
        return wording.tr("Workbook", "Every requirement is met.")
    if name == "why awaiting":
        return wording.why_text(Level.NON_COMPLIANT, None, [SPLIT], awaiting_compliance=True)
    if name.startswith("why "):
        title = wording.plan_column_title(Level(int(name[4:])))
        return wording.trf("Workbook", "%1: %2", title, SPLIT)
    if name == "custom level":
        names = [wording.target_text(lv, False) for lv in Level]
        return "".join(f"IF(TRIM(@)={q(n)},{int(lv)}," for lv, n in zip(Level, names, strict=True))
    raise KeyError(name)


class FormulaTooLong(ValueError):
    """A generated formula longer than Excel accepts (the caller writes the value instead)."""


def checked(formula: str) -> str:
    if len(formula) > MAX_FORMULA:
        raise FormulaTooLong(len(formula))
    return formula


def q(text: str) -> str:
    """A string constant: ``"…"`` with quotes doubled (at most 255 characters, Excel's limit)."""
    if len(text) > 255:
        raise FormulaTooLong(len(text))
    return '"' + text.replace('"', '""') + '"'


# --- Self Assessment helper columns (1 or 0 per criterion row) -------------------------------
def met_now(row: int) -> str:
    return f'=IF(TRIM({ref(row, SA_PRESENT)})="{YES}",1,0)'


def met_future(row: int) -> str:
    p, f = ref(row, SA_PRESENT), ref(row, SA_FUTURE)
    return f'=IF(OR(TRIM({p})="{YES}",TRIM({f})="{YES}"),1,0)'


def open_now(row: int) -> str:
    return f'=IF(TRIM({ref(row, SA_PRESENT)})="",1,0)'


def open_future(row: int) -> str:
    p, f = ref(row, SA_PRESENT), ref(row, SA_FUTURE)
    return f'=IF(AND(TRIM({p})<>"{YES}",TRIM({f})=""),1,0)'


def same_as(row: int, col: int) -> str:
    """A restated criterion follows its original's row."""
    return f"={ref(row, col)}"


HELPERS = {
    SA_MET_NOW: met_now,
    SA_MET_FUTURE: met_future,
    SA_OPEN_NOW: open_now,
    SA_OPEN_FUTURE: open_future,
}


# --- theme levels -----------------------------------------------------------------------------
class CriterionCells:
    """Where each criterion's helper cells are, on the Self Assessment sheet."""

    def __init__(self, sheet: str, rows: dict[str, int]) -> None:
        self.sheet = sheet
        self.rows = rows

    def cell(self, criterion: Criterion, col: int) -> str:
        return f"'{self.sheet}'!{ref(self.rows[criterion.id], col, absolute=True)}"

    def unmet(self, criteria: Sequence[Criterion], col: int) -> str:
        """True when any of ``criteria`` is not met (``col``: met now or met in future)."""
        return "OR(" + ",".join(f"{self.cell(c, col)}=0" for c in criteria) + ")"


def theme_level(theme: Theme, cells: CriterionCells, met_col: int) -> str:
    """The level the gates give: ``IF(OR(compliance unmet),0,IF(OR(Mature unmet),1,…,4))``."""
    expr = str(int(TOP_LEVEL))
    for gate in reversed(gates(theme)):
        if gate.criteria:
            expr = f"IF({cells.unmet(gate.criteria, met_col)},{int(gate.level_if_unmet)},{expr})"
    return checked("=" + expr)


def theme_open(first_row: int, last_row: int, open_col: int, sheet: str) -> str:
    """1 while any asked criterion of the theme's rows is unanswered (its level is provisional)."""
    rng = f"'{sheet}'!{ref(first_row, open_col, True)}:{ref(last_row, open_col, True)}"
    return f"=IF(SUM({rng})>0,1,0)"


def theme_awaiting(
    theme: Theme, cells: CriterionCells, met_col: int, open_col: int, level_cell: str
) -> str:
    """1 while the theme is at 0 only because its compliance questions are unanswered
    (``Why.awaiting_compliance``): every compliance criterion is met or still open, so nobody
    has said No. A restated criterion's open cell is 0, as ``scoring.is_unanswered`` says."""
    compliance = gates(theme)[0].criteria
    if not compliance:
        return "=0"
    each = ",".join(
        f"OR({cells.cell(c, met_col)}=1,{cells.cell(c, open_col)}=1)" for c in compliance
    )
    return checked(f"=IF(AND({level_cell}=0,{each}),1,0)")


def level_label(level_cell: str, open_cell: str, awaiting_cell: str | None = None) -> str:
    """ "Leader (3)" or "Leader (3), provisional", from the level number and the open flag;
    "Not answered yet" while ``awaiting_cell`` is 1 (``wording.theme_level_text``)."""
    final, provisional = _words("levels"), _words("levels provisional")
    label = f"IF({open_cell}=1,CHOOSE({level_cell}+1,{provisional}),CHOOSE({level_cell}+1,{final}))"
    if awaiting_cell is None:
        return "=" + label
    return f"=IF({awaiting_cell}=1,{_words('not answered')},{label})"


# --- why this level ---------------------------------------------------------------------------
def why_parts(gate: Gate) -> tuple[str, str]:
    """The text around the missing ids for a theme stopped at ``gate``."""
    whole = _words(f"why {int(gate.next_level)}")
    head, _, tail = whole.partition(SPLIT)
    return head, tail


def all_met_text() -> str:
    return _words("all met")


def why_text(gate: Gate | None, missing: Sequence[str]) -> str:
    """The cached value of :func:`why`: what the formula shows for these missing ids."""
    if gate is None:
        return all_met_text()
    head, tail = why_parts(gate)
    return head + ", ".join(missing) + tail


def _with_ids(text: str, ids: str) -> str:
    """``text`` as a formula, each :data:`SPLIT` in it replaced by ``ids`` (a bilingual text has
    one per language)."""
    pieces = text.split(SPLIT)
    return "&".join([q(pieces[0]), *(f"{ids}&{q(piece)}" for piece in pieces[1:])])


def why(
    theme: Theme,
    cells: CriterionCells,
    met_col: int,
    level_cell: str,
    awaiting_cell: str | None = None,
) -> str:
    """Which criteria of the next level are missing, for the level the theme is at; while
    ``awaiting_cell`` is 1, that the unanswered compliance questions come first, as
    ``scoring.Why.sentence`` says it on screen."""
    by_level: dict[int, str] = {}
    for gate in gates(theme):
        if not gate.criteria:
            continue
        head, tail = why_parts(gate)
        ids = "&".join(f'IF({cells.cell(c, met_col)}=0,{q(", " + c.id)},"")' for c in gate.criteria)
        by_level[int(gate.level_if_unmet)] = f"{q(head)}&MID({ids},3,1000)&{q(tail)}"
    by_level[int(TOP_LEVEL)] = q(all_met_text())
    choices = ",".join(by_level.get(int(lv), '""') for lv in Level)
    formula = f"CHOOSE({level_cell}+1,{choices})"
    compliance = gates(theme)[0].criteria
    if awaiting_cell is not None and compliance:
        each = "&".join(f'IF({cells.cell(c, met_col)}=0,{q(", " + c.id)},"")' for c in compliance)
        awaiting = _with_ids(_words("why awaiting"), f"MID({each},3,1000)")
        formula = f"IF({awaiting_cell}=1,{awaiting},{formula})"
    return checked("=" + formula)


# --- overall ----------------------------------------------------------------------------------
def overall_mean(levels: str) -> str:
    """The mean truncated to one decimal, as the app shows it (2.96 shows as 2.9)."""
    return f"=INT(SUM({levels})*10/COUNT({levels}))/10"


def overall_level(levels: str) -> str:
    return f"INT(SUM({levels})/COUNT({levels}))"


def overall_label(levels: str, opens: str) -> str:
    final, provisional = _words("levels"), _words("levels provisional")
    lv = overall_level(levels)
    return f"=IF(SUM({opens})>0,CHOOSE({lv}+1,{provisional}),CHOOSE({lv}+1,{final}))"


# --- the action plan --------------------------------------------------------------------------
def plan_level(
    c: Criterion,
    met_now_cell: str,
    met_future_cell: str,
    now: str,
    future: str,
    open_now_cell: str = "1",
) -> str:
    """The level this criterion's action helps reach, or -1 when it is not in the plan
    (domain.action_plan._target): compliance while the theme is Non-compliant now, when it
    becomes compliant or when the room answered No (``open_now_cell`` 0: answered; issue 13); a
    requirement between present and future, or above the future but ticked for it (stretch)."""
    from ..domain.criteria import Kind

    if c.kind is Kind.COMPLIANCE:
        needed = f"OR({future}>{now},{open_now_cell}=0)"
        inner = f"IF(AND({now}=0,{needed}),{int(Level.FOLLOWER)},-1)"
    else:
        lv = int(c.level)
        inner = (
            f"IF(AND({now}<{lv},{lv}<={future}),{lv},"
            f"IF(AND({lv}>{future},{met_future_cell}=1),{lv},-1))"
        )
    return f"=IF({met_now_cell}=1,-1,{inner})"


def plan_stretch(c: Criterion, met_now_cell: str, met_future_cell: str, future: str) -> str:
    from ..domain.criteria import Kind

    if c.kind is Kind.COMPLIANCE:
        return "=0"
    lv = int(c.level)
    return f"=IF(AND({met_now_cell}=0,{lv}>{future},{met_future_cell}=1),1,0)"


def plan_needed(level_cell: str) -> str:
    return f"=IF({level_cell}>=0,{q(yes_word())},{q(no_word())})"


def yes_word() -> str:
    return _words("yes")


def no_word() -> str:
    return _words("no")


def plan_target(level_cell: str, stretch_cell: str) -> str:
    """ "Leader" or "Leader (stretch)" (wording.target_text), blank when not in the plan."""
    plain, stretch = _words("targets"), _words("targets stretch")
    return (
        f'=IF({level_cell}<0,"",IF({stretch_cell}=1,CHOOSE({level_cell}+1,{stretch}),'
        f"CHOOSE({level_cell}+1,{plain})))"
    )


def plan_year(level_cell: str, now: str, horizon: str) -> str:
    """Phase k = target − present (at least 1), scheduled in year min(k, horizon)."""
    return f'=IF({level_cell}<0,"",MIN(MAX(1,{level_cell}-{now}),{horizon}))'


def custom_year(year_cell: str, horizon: str) -> str:
    return f'=IF({year_cell}="","",MAX(1,MIN({year_cell},{horizon})))'


def default_due(year_cell: str, start: str) -> str:
    """The workshop date ``year`` years on (29 February becomes 28 February, as in Python)."""
    y = f"YEAR({start})+{year_cell}"
    return (
        f'=IF({year_cell}="","",MIN(DATE({y},MONTH({start}),DAY({start})),'
        f"DATE({y},MONTH({start})+1,0)))"
    )


def custom_level(target_cell: str) -> str:
    """A custom action's target level from its Target cell's name; -1 for none (Other)."""
    tests = _words("custom level").replace("@", target_cell)
    return "=" + tests + "-1" + ")" * len(Level)


def joined_actions(terms: Sequence[tuple[str, str]]) -> str:
    """``• action`` lines for each (condition, action cell) that holds, one per line."""
    if not terms:
        return '=""'
    body = "&".join(f'IF({cond},CHAR(10)&"• "&{cell},"")' for cond, cell in terms)
    return checked(f"=MID({body},2,32767)")
