"""Regenerate resources/demo/northshire-police.svmi.json, the bundled example workshop.

A fictional police force, roles only (no personal names), answered part-way through: themes A-F
complete, G partly, H-J not yet discussed. Run: .venv/bin/python tools/make_demo.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.assessment import (
    ActionEdit,
    Assessment,
    CustomAction,
    Organisation,
    Participant,
    Status,
    Workshop,
    make_answer,
)
from svmi_desktop.domain.criteria import Kind
from svmi_desktop.domain.levels import Level
from svmi_desktop.formats import assessment_file

# theme code -> (present level, future level); themes not listed are left unanswered
LEVELS = {"A": (2, 3), "B": (3, 4), "C": (1, 3), "D": (2, 2), "E": (2, 4), "F": (1, 3)}
PARTIAL = "G"


def build() -> Assessment:
    index = load_index("public-sector")
    a = Assessment(
        index_id=index.id,
        index_version=index.version,
        organisation=Organisation("Northshire Police (example)", "Police", "North West England"),
        workshop=Workshop(
            date=dt.date(2026, 11, 10),
            facilitator="Social value lead",
            participants=tuple(
                Participant(role)
                for role in (
                    "Chief Finance Officer",
                    "Head of Procurement",
                    "Social Value Lead",
                    "Office of the Police and Crime Commissioner",
                    "Estates and Fleet Manager",
                    "Community Engagement Officer",
                )
            ),
            horizon_years=3,
        ),
    )
    for theme in index.themes:
        if theme.code in LEVELS:
            present, future = LEVELS[theme.code]
            for c in theme.asked:
                met_now = c.kind is Kind.COMPLIANCE or int(c.level) <= present
                met_later = met_now or int(c.level) <= future
                a = a.with_answer(c.id, make_answer(met_now, met_later))
        elif theme.code == PARTIAL:
            for c in theme.asked[:2]:
                a = a.with_answer(c.id, make_answer(True, True))
    a = a.with_note(
        "A", "Policy agreed by the Chief Officer Group in 2024; threshold set at £100k."
    )
    a = a.with_note("C", "No financial proxies yet. Regional TOMs used informally by Estates.")
    a = a.with_note("E", "Quality weighting for social value is 5% on estates contracts only.")
    a = a.with_action_edit(
        "C.M1",
        ActionEdit(
            owner="Social Value Lead", status=Status.IN_PROGRESS, note="Draft TOMs out for comment"
        ),
    )
    a = a.with_action_edit("E.L1", ActionEdit(owner="Head of Procurement"))
    return a.with_custom_action(
        CustomAction(
            id="custom-1",
            theme="F",
            text="Hold a supplier summit with the county council and the fire service.",
            year=1,
            target_level=Level.MATURE,
            owner="Head of Procurement",
        )
    )


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "resources" / "demo" / "northshire-police.svmi.json"
    assessment_file.write(out, build(), overwrite=True)
    print(out)
