"""Where things are in the submission workbook: the one place the writer and the reader share.

Rows and columns are 1-based, as a person reads them ("row 2, column E" is ``E2``).
"""

from __future__ import annotations

import functools

SHEETS = ("Instructions", "Organisation", "Self Assessment", "Results", "Action Plan")
#: Visible sheets after the data sheet (kept after it so svmi_data stays the sixth part).
EXTRA_SHEETS = ("Plan by Theme",)
DATA_SHEET = "svmi_data"
DATA_MARKER = "svmi-data"
DATA_LAYOUT = 1
CHUNK = 32_000
NOT_ASKED = "n/a"
YES, NO = "Yes", "No"

# --- Self Assessment ---------------------------------------------------------------------------
SELF_ASSESSMENT_HEADERS = ("Theme", "Ref", "Level", "Criterion", "Present", "Future", "Notes")
SA_THEME, SA_REF, SA_LEVEL, SA_TEXT, SA_PRESENT, SA_FUTURE, SA_NOTE = range(1, 8)
#: Hidden helper columns: 1/0 per criterion, fed by the answers (the scoring formulas read them).
SA_MET_NOW, SA_MET_FUTURE, SA_OPEN_NOW, SA_OPEN_FUTURE = range(8, 12)
SA_FIRST_ROW = 2
#: A long theme note is cut into pieces of at most this many characters, one per row, so that
#: every piece prints in full (a row is at most 409 points high).
NOTE_PIECE = 900

# --- Organisation ------------------------------------------------------------------------------
ORG_FIELDS = (
    "organisation",
    "type",
    "region",
    "date",
    "facilitator",
    "horizon",
    "index",
    "index_version",
)
ORG_LABELS = (
    "Organisation",
    "Type",
    "Region",
    "Workshop date",
    "Facilitator",
    "Programme horizon (years)",
    "Index",
    "Index version",
)
ORG_FIRST_ROW = 2  # row of "Organisation"; the others follow in ORG_FIELDS order
ORG_VALUE_COL = 2
PARTICIPANT_HEADER_ROW = ORG_FIRST_ROW + len(ORG_FIELDS) + 1
#: Empty participant rows left for people added in the spreadsheet.
SPARE_PARTICIPANTS = 10


def org_row(field: str) -> int:
    return ORG_FIRST_ROW + ORG_FIELDS.index(field)


# --- Results -----------------------------------------------------------------------------------
RES_HEADER_ROW = 3
RES_FIRST_ROW = 4
(
    RES_REF,
    RES_THEME,
    RES_NOW,
    RES_NOW_TEXT,
    RES_FUTURE,
    RES_FUTURE_TEXT,
    RES_GAP,
    RES_WHY_NOW,
    RES_WHY_FUTURE,
    RES_OPEN_NOW,
    RES_OPEN_FUTURE,
    RES_AWAIT_NOW,
    RES_AWAIT_FUTURE,
) = range(1, 14)
#: RES_OPEN_*: hidden, 1 while the theme's level is provisional. RES_AWAIT_*: hidden, 1 while
#: the theme is at 0 only because its compliance questions are unanswered ("Not answered yet").

# --- Action Plan -------------------------------------------------------------------------------
PLAN_HEADER_ROW = 3
PLAN_FIRST_ROW = 4
PLAN_HEADERS = (
    "Ref",
    "Theme",
    "Action",
    "In the plan",
    "Target",
    "Year",
    "Owner",
    "Due",
    "Status",
    "Note",
)
(
    PLAN_REF,
    PLAN_THEME,
    PLAN_ACTION,
    PLAN_NEEDED,
    PLAN_TARGET,
    PLAN_YEAR,
    PLAN_OWNER,
    PLAN_DUE,
    PLAN_STATUS,
    PLAN_NOTE,
    PLAN_LEVEL,
    PLAN_STRETCH,
) = range(1, 13)
#: Empty rows left under the list for actions added in the spreadsheet.
SPARE_ACTIONS = 15
CUSTOM_PREFIX = "custom"


@functools.cache
def col_letter(col: int) -> str:
    """1 -> "A", 27 -> "AA"."""
    out = ""
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def ref(row: int, col: int, absolute: bool = False) -> str:
    """``E5``, or ``$E$5`` when ``absolute``."""
    d = "$" if absolute else ""
    return f"{d}{col_letter(col)}{d}{row}"


def sheet_ref(sheet: str, row: int, col: int, absolute: bool = False) -> str:
    """``'Self Assessment'!E5``."""
    return f"'{sheet}'!{ref(row, col, absolute)}"
