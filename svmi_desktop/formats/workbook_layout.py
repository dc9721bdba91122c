"""The submission workbook's fixed layout: what the writer (``export.workbook``) makes and the
reader (``importing.workbook_reader``) checks. A neutral home, so that neither imports the other.
"""

from __future__ import annotations

SHEETS = ("Instructions", "Organisation", "Self Assessment", "Results", "Action Plan")
DATA_SHEET = "svmi_data"
DATA_MARKER = "svmi-data"
DATA_LAYOUT = 1
CHUNK = 32_000
SELF_ASSESSMENT_HEADERS = ("Theme", "Ref", "Level", "Criterion", "Present", "Future", "Notes")
PLAN_LIST_HEADERS = ("Year", "Theme", "Ref", "Action", "Target", "Owner", "Due", "Status", "Note")
NOT_ASKED = "n/a"
YES, NO = "Yes", "No"
