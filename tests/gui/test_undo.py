"""Issue 10: every change can be undone and redone (Ctrl+Z / Ctrl+Shift+Z, the Edit menu), with
the store as the truth after each step, and each answer change confirmed on screen by name."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from svmi_desktop.domain.assessment import Answer, Organisation, Status, Workshop
from svmi_desktop.domain.levels import Level
from svmi_desktop.services.workshop import NewSession
from svmi_desktop.ui import dialogs


def _ctrl_z(qtbot, window, shift: bool = False) -> None:  # type: ignore[no-untyped-def]
    mods = Qt.KeyboardModifier.ControlModifier
    if shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, mods)


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a person does: each key goes to whatever has focus then (a cell's editor opens
    on the first key)."""
    from PySide6.QtWidgets import QApplication

    for ch in text:
        target = QApplication.focusWidget()
        if ch == "\r":
            qtbot.keyClick(target, Qt.Key.Key_Return)
            QApplication.processEvents()  # the delegate commits on a queued call
        else:
            qtbot.keyClicks(target, ch)


def _fresh(window):  # type: ignore[no-untyped-def]
    window.create_session(
        NewSession(
            "public-sector",
            Organisation("Test Council", "Council", "Wales"),
            Workshop(dt.date(2026, 1, 15)),
        )
    )
    view = window.session_view
    view.go("A")
    return view, window.workshops.store, view.session.session_id


def test_answer_undo_redo_keys_and_menu_with_confirmation(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view, store, sid = _fresh(window)
    page = view.current_theme_page()
    cid = next(c.id for c in page.theme.asked if view.session.answer(c.id).is_empty)
    before = store.load(sid).answer(cid)
    button = page.buttons[(cid, "present")]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Y)
    assert store.load(sid).answer(cid) == Answer(True, True)
    # a visible confirmation names the criterion, the column and the new value
    assert view.confirmation.isVisible()
    assert cid in view.confirmation.text() and "Now" in view.confirmation.text()
    assert "Yes" in view.confirmation.text()
    _ctrl_z(qtbot, window)
    assert store.load(sid).answer(cid) == before
    assert button.value is None and "Undone" in view.confirmation.text()
    _ctrl_z(qtbot, window, shift=True)
    assert store.load(sid).answer(cid) == Answer(True, True) and button.value is True
    # the Edit menu's actions do the same
    window.history.undo_action.trigger()
    assert store.load(sid).answer(cid) == before
    window.history.redo_action.trigger()
    assert store.load(sid).answer(cid) == Answer(True, True)


def test_undo_of_present_no_gives_future_its_memory_back(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view, store, sid = _fresh(window)
    page = view.current_theme_page()
    cid = next(c.id for c in page.theme.asked if view.session.answer(c.id).is_empty)
    present, future = page.buttons[(cid, "present")], page.buttons[(cid, "future")]
    future.setFocus()
    qtbot.keyClick(future, Qt.Key.Key_N)  # the room: not in future
    present.setFocus()
    qtbot.keyClick(present, Qt.Key.Key_Y)  # then: yes, now (future held at Yes)
    assert future.locked
    qtbot.keyClick(present, Qt.Key.Key_N)  # changed its mind: future is No again
    assert store.load(sid).answer(cid) == Answer(False, False) and future.value is False
    _ctrl_z(qtbot, window)  # back to present Yes …
    assert future.locked
    _ctrl_z(qtbot, window)  # … and to before it: still remembers No
    assert store.load(sid).answer(cid) == Answer(None, False)


def test_note_plan_edit_and_custom_action_undo_redo(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view, store, sid = _fresh(window)
    page = view.current_theme_page()
    old_note = store.load(sid).notes.get("A", "")
    page.notes.setPlainText("Policy to be signed in March")
    page.flush_note()
    assert store.load(sid).notes.get("A") == "Policy to be signed in March"
    view.next_button.setFocus()  # Ctrl+Z in the notes box is the box's own undo
    _ctrl_z(qtbot, window)
    assert store.load(sid).notes.get("A", "") == old_note == page.notes.toPlainText()
    _ctrl_z(qtbot, window, shift=True)
    assert page.notes.toPlainText() == "Policy to be signed in March"

    view.session.set_answer("B.M1", None, True)  # something in the plan to edit
    view.go("plan")
    key = view.session.plan.items[0].key
    view._edit_action(key, "status", Status.DONE)  # what the plan table's edit emits
    view._edit_action(key, "due", dt.date(2027, 6, 30))
    assert store.load(sid).action_edits[key].due == dt.date(2027, 6, 30)
    _ctrl_z(qtbot, window)
    assert store.load(sid).action_edits[key].due is None
    assert store.load(sid).action_edits[key].status is Status.DONE
    _ctrl_z(qtbot, window)
    assert key not in store.load(sid).action_edits
    _ctrl_z(qtbot, window, shift=True)
    assert store.load(sid).action_edits[key].status is Status.DONE

    monkeypatch.setattr(
        dialogs, "ask_custom_action", lambda *a, **k: ("B", "Brief the board", 2, Level.LEADER)
    )
    qtbot.mouseClick(view.plan.add_button, Qt.MouseButton.LeftButton)
    custom = view.session.assessment.custom_actions[-1]
    assert any(a.id == custom.id for a in store.load(sid).custom_actions)
    _ctrl_z(qtbot, window)
    assert not any(a.id == custom.id for a in store.load(sid).custom_actions)
    _ctrl_z(qtbot, window, shift=True)  # the same action (same id) comes back
    assert any(a.id == custom.id for a in store.load(sid).custom_actions)
    view.plan.years.setCurrentCell(view.plan.row_of(custom.id), 3)
    qtbot.mouseClick(view.plan.delete_button, Qt.MouseButton.LeftButton)
    assert not any(a.id == custom.id for a in store.load(sid).custom_actions)
    assert window.focusWidget() is view.plan.years  # never left on the Delete button
    _ctrl_z(qtbot, window)
    assert any(a.id == custom.id for a in store.load(sid).custom_actions)


def test_details_page_edits_and_undo(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view, store, sid = _fresh(window)
    old = store.load(sid)
    view.go("details")
    page = view.extra_pages["details"]
    assert view.stack.currentWidget() is page
    page.organisation.setText("Renamed Council")
    page.facilitator.setText("Social value lead")
    page.horizon.setValue(5)
    page.date.setFocus()
    page.date.selectAll()
    qtbot.keyClicks(page.date, "2027-06-30")
    page.people.add("Head of Procurement", "")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    new = store.load(sid)
    assert new.organisation.name == "Renamed Council"
    assert new.workshop.facilitator == "Social value lead"
    assert new.workshop.horizon_years == 5
    assert new.workshop.date == dt.date(2027, 6, 30)
    assert new.workshop.participants[-1].role == "Head of Procurement"
    # every label about the horizon reads it
    theme_page = view.theme_pages["A"]
    assert theme_page.future_label.text() == "In 5 years:"
    assert theme_page.future_column.text() == "In 5 years"
    assert "In 5 years" in theme_page.why_future.text()
    assert "in 5 years" in view.intro.step_two.text()
    assert "Renamed Council" in window.windowTitle()
    _ctrl_z(qtbot, window)
    back = store.load(sid)
    assert (back.organisation, back.workshop) == (old.organisation, old.workshop)
    assert page.organisation.text() == old.organisation.name
    assert theme_page.future_label.text() == f"In {old.workshop.horizon_years} years:"
    _ctrl_z(qtbot, window, shift=True)
    assert store.load(sid).organisation.name == "Renamed Council"
    # an empty name is refused with a sentence; nothing stored changes
    page.organisation.setText("  ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible() and "name" in page.error.text()
    assert store.load(sid).organisation.name == "Renamed Council"


def test_session_deletion_undo_and_redo(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_demo()
    window.show_start()
    assert window.start.table.rowCount() == 1
    qtbot.mouseClick(window.start.delete_button, Qt.MouseButton.LeftButton)
    assert window.start.table.rowCount() == 0
    assert window.undo_button.isVisible()
    assert window.focusWidget() is not window.start.delete_button
    _ctrl_z(qtbot, window)
    assert window.start.table.rowCount() == 1
    _ctrl_z(qtbot, window, shift=True)
    assert window.start.table.rowCount() == 0
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert window.start.table.rowCount() == 1


def test_due_date_typed_in_a_cell_is_stored_as_typed(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """Typing 2027-06-30 in a Due cell stored 2027-12-06 (QDateEdit sections)."""
    from svmi_desktop.ui.plan_page import YEAR_COLUMNS

    window = make_window()
    view, store, sid = _fresh(window)
    view.session.set_answer("B.M1", None, True)
    view.go("plan")
    plan = view.plan
    plan.tabs.setCurrentWidget(plan.years)
    key = view.session.plan.items[0].key
    plan.years.setFocus()
    plan.years.setCurrentCell(plan.row_of(key), YEAR_COLUMNS.index("Due"))
    _type(qtbot, "2027-06-30\r")
    assert store.load(sid).action_edits[key].due == dt.date(2027, 6, 30)
    assert plan.cell_text(key, "Due") == "2027-06-30"
    # a date that is not real is not stored
    plan.years.setFocus()
    plan.years.setCurrentCell(plan.row_of(key), YEAR_COLUMNS.index("Due"))
    _type(qtbot, "2027-02-30\r")
    assert store.load(sid).action_edits[key].due == dt.date(2027, 6, 30)


def test_cell_editors_are_never_clipped(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from svmi_desktop.ui.plan_page import YEAR_COLUMNS

    window = make_window()
    window.appearance.set_zoom(200)  # the worst case: big text in a table sized before it
    try:
        view, _store, _sid = _fresh(window)
        view.session.set_answer("B.M1", None, True)
        view.go("plan")
        plan = view.plan
        plan.tabs.setCurrentWidget(plan.years)
        for column in ("Owner", "Due", "Status", "Note"):
            plan.years.setFocus()
            plan.years.setCurrentCell(0, YEAR_COLUMNS.index(column))
            qtbot.keyClick(plan.years, Qt.Key.Key_F2)
            editor = QApplication.focusWidget()
            assert editor is not plan.years, column
            hint, least = editor.sizeHint(), editor.minimumSizeHint()
            assert editor.height() >= hint.height(), column  # never cut off top or bottom
            assert editor.width() >= max(
                least.width(), plan.years.columnWidth(YEAR_COLUMNS.index(column))
            ), column
            qtbot.keyClick(editor, Qt.Key.Key_Escape)
    finally:
        window.appearance.set_zoom(100)
