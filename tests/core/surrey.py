"""The Surrey County Council worked example from the SVMI report, as answers.

Present and future levels per theme are the report's table; answering C.I3 at present makes the
Measurement theme's plan the report's extract exactly (C.L1-C.L3 to reach Leader; C.I2 and C.I4
to reach Innovator).
"""

from __future__ import annotations

import datetime as dt

from svmi_desktop.domain.assessment import Assessment, Organisation, Workshop, make_answer
from svmi_desktop.domain.criteria import Index, Kind

PRESENT = {"A": 3, "B": 3, "C": 2, "D": 2, "E": 2, "F": 3, "G": 2, "H": 2, "I": 2, "J": 3}
FUTURE = {"A": 3, "B": 4, "C": 4, "D": 3, "E": 4, "F": 3, "G": 3, "H": 2, "I": 3, "J": 3}
ALSO_MET_NOW = {"C.I3"}


def surrey_assessment(index: Index) -> Assessment:
    a = Assessment(
        index_id=index.id,
        index_version=index.version,
        organisation=Organisation("Surrey County Council", "Council", "South East England"),
        workshop=Workshop(
            date=dt.date(2026, 11, 21), facilitator="Procurement Improvement Officer"
        ),
    )
    for theme in index.themes:
        for c in theme.asked:
            now = (
                c.kind is Kind.COMPLIANCE
                or int(c.level) <= PRESENT[theme.code]
                or c.id in ALSO_MET_NOW
            )
            later = now or int(c.level) <= FUTURE[theme.code]
            a = a.with_answer(c.id, make_answer(now, later))
    return a
