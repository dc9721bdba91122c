"""A workshop, its re-assessment a year later, and what the facilitator sees (issue 14).

Real window, real store, offscreen Qt; only the modal that asks the date is patched.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from svmi_desktop.domain import wording
from svmi_desktop.domain.assessment import Organisation, Participant, Status, Workshop
from svmi_desktop.domain.reassessment import CarryMode
from svmi_desktop.services.workshop import NewSession
from svmi_desktop.ui import history_dialogs

FIRST = dt.date(2025, 3, 12)
LATER = dt.date(2026, 3, 10)
ARTEFACTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _first_workshop(window):
    window.create_session(
        NewSession(
            "public-sector",
            Organisation("Heddlu Dyfed-Powys Police", "Police", "Wales"),
            Workshop(FIRST, "Siân", (Participant("Head of procurement"),), 3),
        )
    )
    view = window.session_view
    session = view.session
    for theme in session.index.themes:
        for criterion in theme.asked:
            letter = criterion.level.letter
            view._answer(criterion.id, "present", letter == "F")
            if letter in "ML":
                view._answer(criterion.id, "future", True)
            elif letter == "I":
                view._answer(criterion.id, "future", False)
    plan = [i for i in session.plan.items if i.criterion]
    session.edit_action(plan[0].key, owner="Head of procurement", status=Status.IN_PROGRESS)
    return view, plan


def _grab(widget, name: str) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(ARTEFACTS / name))


def test_workshop_then_re_assessment_compare_and_history(make_window, monkeypatch, qtbot):
    window = make_window()
    first_view, plan = _first_workshop(window)
    first_id = first_view.session.session_id
    calls = []

    def ask(parent, organisation, baseline, proposed):
        calls.append((organisation, baseline))
        return LATER, CarryMode.CARRY

    monkeypatch.setattr(history_dialogs, "ask_reassessment", ask)
    window.show_start()
    window.start.reassess_button.click()
    assert calls == [("Heddlu Dyfed-Powys Police", FIRST)]
    view = window.session_view
    assert view is not first_view
    session = view.session
    assert session.session_id != first_id
    assert session.assessment.workshop.date == LATER
    assert session.lineage.baseline_id == first_id

    # Carried answers are marked on the theme page until touched.
    page_a = view.theme_pages["A"]
    banner = view.history_pages.banners["A"]
    assert banner.isVisibleTo(window) and "carried over" in banner.text.text()
    marks = page_a.__dict__["_carried_marks"]
    assert all(m.text() == wording.carried_marker() for m in marks.values())

    # The room moves theme A up: its Mature criteria are now met.
    mature = [c.id for c in session.index.theme("A").asked if c.level.letter == "M"]
    for cid in mature:
        view._answer(cid, "present", True)
    assert not any(marks[cid].isVisibleTo(window) for cid in mature)
    assert session.evaluation.theme("A").present.level > first_view.session.evaluation.theme("A").present.level
    session.edit_action(plan[0].key, status=Status.DONE)

    # Results: the "since last time" box.
    view.go("results")
    box = view.history_pages.box
    assert box.isVisibleTo(window)
    assert box.title.text() == wording.since_last_time_title(FIRST.isoformat())
    assert "1 theme up, 0 down" in box.headline.text()
    assert "A: Follower (1) → Mature (2)" in box.changes.text()
    assert wording.progress_state_text("done-met") in box.action_list.text()
    _grab(window, "results-since-last-time.png")

    # Compare: then → now → target, with arrows and words.
    view.go(view.stack.indexOf(view.history_pages.compare_page))
    compare = view.history_pages.compare_page
    assert compare.comparison is not None
    texts = compare.change_texts()
    assert texts[0] == "↑  Up 1 level"
    assert all(t == "=  No change" for t in texts[1:])
    assert compare.table.horizontalHeaderItem(1).text() == f"Then ({FIRST.isoformat()})"
    assert all(f"{cid}: No → Yes" in compare.changes.text() for cid in mature)
    _grab(window, "compare.png")

    # History: levels per theme by date, and the radar of both dates and the target.
    trend_page = view.history_pages.trend_page
    view.go(view.stack.indexOf(trend_page))
    assert [trend_page.table.horizontalHeaderItem(c).text() for c in (1, 2)] == [
        FIRST.isoformat(), LATER.isoformat()]
    assert trend_page.table.item(0, 1).text() == "Follower (1)"
    assert trend_page.table.item(0, 2).text() == "Mature (2)"
    assert len(trend_page.radar.then_points) == len(session.index.themes)
    assert FIRST.isoformat() in trend_page.radar.accessibleDescription()
    _grab(window, "trend.png")

