"""Building sessions for the history tests: a first workshop with answers and a plan."""

from __future__ import annotations

import datetime as dt

from svmi_desktop.domain.assessment import Organisation, Participant, Status, Workshop
from svmi_desktop.services.workshop import NewSession, Workshops, WorkshopSession

FIRST_DATE = dt.date(2025, 3, 12)


def first_workshop(workshops: Workshops, name: str = "Cyngor Sir Ynys Môn") -> WorkshopSession:
    """Theme C answered so that its plan has actions; two of them edited, one done."""
    session = workshops.create(
        NewSession(
            "public-sector",
            Organisation(name, "Council", "Wales"),
            Workshop(FIRST_DATE, "Siân", (Participant("Procurement lead", "Dai"),), 3),
        )
    )
    index = session.index
    for criterion in index.theme("C").asked:
        if criterion.level.letter == "F":
            session.set_answer(criterion.id, True, True)
        else:
            session.set_answer(criterion.id, False, criterion.level.letter in "ML")
    items = [i for i in session.plan.items if i.criterion]
    assert len(items) >= 3
    session.edit_action(items[0].key, owner="Head of procurement", status=Status.IN_PROGRESS)
    session.edit_action(items[1].key, owner="Finance", status=Status.DONE)
    session.add_custom_action("C", "Publish a social value statement", owner="Chief executive")
    return session
