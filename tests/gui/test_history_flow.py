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
from svmi_desktop.ui import history_dialogs, page_registry

FIRST = dt.date(2025, 3, 12)
LATER = dt.date(2026, 3, 10)
ARTEFACTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def marks_of(view):
    """The carried-over marks and "since last time" box: a session addition (page_registry)."""
    return page_registry.addition(view, "history_marks")


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
    banner = marks_of(view).banners["A"]
    assert banner.isVisibleTo(window) and "carried over" in banner.text.text()
    marks = marks_of(view).marks["A"]
    assert set(marks) == {c.id for c in page_a.theme.asked} & session.lineage.carried
    assert all(m.text() == wording.carried_marker() for m in marks.values())
    view.go("A")
    _grab(window, "theme-carried.png")
    # "Confirm them as they are" confirms theme B's carried answers without changing them.
    view.theme_pages["B"]  # made when first shown (lazy pages), with its banner
    b_ids = {c.id for c in session.index.theme("B").asked} & session.lineage.carried
    assert b_ids and marks_of(view).banners["B"].text.text() == wording.carried_count_text(
        len(b_ids)
    )
    before = dict(session.assessment.answers)
    marks_of(view).banners["B"].button.click()
    assert not (b_ids & session.lineage.carried)
    assert not marks_of(view).banners["B"].isVisibleTo(window)
    assert session.assessment.answers == before
    assert not (b_ids & window.workshops.store.lineage(session.session_id).carried)

    # The room moves theme A up: its Mature criteria are now met.
    mature = [c.id for c in session.index.theme("A").asked if c.level.letter == "M"]
    for cid in mature:
        view._answer(cid, "present", True)
    assert not any(marks[cid].isVisibleTo(window) for cid in mature)
    assert (
        session.evaluation.theme("A").present.level
        > first_view.session.evaluation.theme("A").present.level
    )
    session.edit_action(plan[0].key, status=Status.DONE)

    # Results: the "since last time" box.
    view.go("results")
    box = marks_of(view).box
    assert box.isVisibleTo(window)
    assert box.title.text() == wording.since_last_time_title(FIRST.isoformat())
    assert "1 theme up, 0 down" in box.headline.text()
    assert "A: Follower (1) → Mature (2)" in box.changes.text()
    assert wording.progress_state_text("done-met") in box.action_list.text()
    _grab(window, "results-since-last-time.png")

    # Compare: then → now → target, with arrows and words.
    view.go("compare")  # a registered page, built when first shown
    compare = view.extra_pages["compare"]
    assert view.stack.currentWidget() is compare
    assert compare.comparison is not None
    texts = compare.change_texts()
    assert texts[0] == "↑  Up 1 level"
    assert all(t == "=  No change" for t in texts[1:])
    assert compare.table.header_text(1) == f"Then ({FIRST.isoformat()})"
    assert all(f"{cid}: No → Yes" in compare.changes.text() for cid in mature)
    _grab(window, "compare.png")

    # History: levels per theme by date, and the radar of both dates and the target.
    view.go("history")
    trend_page = view.extra_pages["history"]
    assert [trend_page.table.header_text(c) for c in (1, 2)] == [
        FIRST.isoformat(),
        LATER.isoformat(),
    ]
    assert trend_page.table.text(0, 1) == "Follower (1)"
    assert trend_page.table.text(0, 2) == "Mature (2)"
    assert len(trend_page.radar.then_points) == len(session.index.themes)
    assert FIRST.isoformat() in trend_page.radar.accessibleDescription()
    _grab(window, "trend.png")


def test_exports_of_a_re_assessment_carry_since_last_time(
    make_window, monkeypatch, qtbot, tmp_path
):
    import subprocess

    from python_calamine import CalamineWorkbook

    window = make_window()
    _first_view, plan = _first_workshop(window)
    monkeypatch.setattr(history_dialogs, "ask_reassessment", lambda *a: (LATER, CarryMode.CARRY))
    window.show_start()
    window.start.reassess_button.click()
    view = window.session_view
    session = view.session
    for cid in [c.id for c in session.index.theme("A").asked if c.level.letter == "M"]:
        view._answer(cid, "present", True)
    session.edit_action(plan[0].key, status=Status.DONE)
    out = tmp_path / "out"
    view.export.folder_edit.setText(str(out))
    view.export.export({"xlsx", "pdf", "board"})
    qtbot.waitUntil(lambda: len(list(out.glob("*"))) == 3, timeout=60_000)
    qtbot.waitUntil(lambda: view.export.all_button.isEnabled(), timeout=60_000)
    files = {p.suffix: p for p in out.iterdir() if "board" not in p.name.lower()}
    board = next(p for p in out.iterdir() if "board" in p.name.lower())
    title = wording.since_last_time_title(FIRST.isoformat())
    text = subprocess.run(
        ["pdftotext", str(files[".pdf"]), "-"], capture_output=True, text=True, check=True
    ).stdout
    report = " ".join(text.split())
    assert title in report
    assert "1 theme up, 0 down, 9 unchanged" in report
    assert "A: Follower (1) → Mature (2)" in report
    assert "↑ Up 1 level" in report
    assert wording.progress_state_text("done-met") in report
    summary = subprocess.run(
        ["pdftotext", str(board), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert title in summary and "1 theme up" in summary
    info = subprocess.run(
        ["pdfinfo", str(board)], capture_output=True, text=True, check=True
    ).stdout
    assert "Pages:           1" in info  # the board summary stays on one page
    book = CalamineWorkbook.from_path(str(files[".xlsx"]))
    assert "Since last time" in book.sheet_names
    rows = book.get_sheet_by_name("Since last time").to_python()
    assert rows[0][0] == title
    a_row = next(r for r in rows if str(r[0]).startswith("A "))
    assert a_row[1:5] == ["Follower (1)", "Mature (2)", "Leader (3)", "↑ Up 1 level"]
    done = next(r for r in rows if r[1] == plan[0].key)
    assert done[4:6] == ["Done", wording.progress_state_text("done-met")]


def test_a_first_assessment_exports_no_since_last_time(make_window, qtbot, tmp_path):
    from python_calamine import CalamineWorkbook

    window = make_window()
    view, _ = _first_workshop(window)
    out = tmp_path / "out"
    view.export.folder_edit.setText(str(out))
    view.export.export({"xlsx"})
    qtbot.waitUntil(lambda: len(list(out.glob("*.xlsx"))) == 1, timeout=60_000)
    qtbot.waitUntil(lambda: view.export.all_button.isEnabled(), timeout=60_000)
    book = CalamineWorkbook.from_path(str(next(out.glob("*.xlsx"))))
    assert "Since last time" not in book.sheet_names


def test_file_menu_re_assesses_the_open_session_and_compare_can_choose(make_window, monkeypatch):
    from PySide6.QtGui import QAction

    window = make_window()
    first_view, _ = _first_workshop(window)
    first_id = first_view.session.session_id
    dates = iter([LATER, dt.date(2027, 3, 9)])
    monkeypatch.setattr(
        history_dialogs, "ask_reassessment", lambda *a: (next(dates), CarryMode.BLANK)
    )
    action = next(a for a in window.findChildren(QAction) if a.text() == "Start a &re-assessment…")
    action.trigger()  # the open session is the baseline
    second = window.session_view.session
    assert second.lineage.baseline_id == first_id and second.assessment.answers == {}
    action.trigger()
    third_view = window.session_view
    assert third_view.session.lineage.baseline_id == second.session_id
    third_view.go("compare")
    compare = third_view.extra_pages["compare"]
    # Compared with its baseline by default; a blank session cannot be compared theme by theme.
    assert compare.choice.currentData() == second.session_id
    assert set(compare.change_texts()) == {"–  Cannot compare: not answered on both dates"}
    position = compare.choice.findData(first_id)
    compare.choice.activated.emit(position)
    assert compare.comparison.then_date == FIRST
    third_view.go("history")
    assert third_view.extra_pages["history"].table.columnCount() == 4  # theme + three dates
