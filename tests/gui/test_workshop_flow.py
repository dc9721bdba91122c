"""A whole workshop through the real widgets, by keyboard and mouse, reproducing the report's
Surrey County Council worked example; then a new window on the same data folder finds it all."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from svmi_desktop.domain.criteria import Kind
from svmi_desktop.domain.levels import Level
from svmi_desktop.ui.main_window import MainWindow
from svmi_desktop.ui.plan_page import YEAR_COLUMNS
from svmi_desktop.ui.theme_page import ThemePage

L = Level
# The worked example: each theme's present and future level, A..J.
SURREY = {
    "A": (L.LEADER, L.LEADER),
    "B": (L.LEADER, L.INNOVATOR),
    "C": (L.MATURE, L.INNOVATOR),
    "D": (L.MATURE, L.LEADER),
    "E": (L.MATURE, L.INNOVATOR),
    "F": (L.LEADER, L.LEADER),
    "G": (L.MATURE, L.LEADER),
    "H": (L.MATURE, L.MATURE),
    "I": (L.MATURE, L.LEADER),
    "J": (L.LEADER, L.LEADER),
}
#: Met at present although the theme's present level is lower (gives the example's C plan).
EXTRA_PRESENT = {"C.I3"}


def close_window(window: MainWindow) -> None:
    """Close as the user would, then release the store as the app does on exit."""
    window.close()
    window.workshops.store.close()  # type: ignore[attr-defined]


def click_until(qtbot, button, value) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        if button.value is value and not button.locked:
            return
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.value is value


def answer_theme(qtbot, page: ThemePage) -> None:  # type: ignore[no-untyped-def]
    present_level, future_level = SURREY[page.theme.code]
    for criterion in page.theme.asked:
        level = 1 if criterion.kind is Kind.COMPLIANCE else int(criterion.level)
        present = level <= present_level or criterion.id in EXTRA_PRESENT
        future = level <= future_level or present
        # Present by mouse: click the real button until it shows the wanted value.
        click_until(qtbot, page.buttons[(criterion.id, "present")], present)
        future_button = page.buttons[(criterion.id, "future")]
        if present:
            assert future_button.locked and not future_button.isEnabled()
            continue
        # Future by keyboard: focus the control and press Y or N.
        future_button.setFocus()
        qtbot.keyClick(future_button, Qt.Key.Key_Y if future else Qt.Key.Key_N)
        assert future_button.value is future


def results_texts(window: MainWindow) -> list[tuple[str, str, str]]:
    table = window.session_view.results.table  # type: ignore[union-attr]
    return [
        tuple(table.text(r, c) for c in range(3))  # type: ignore[misc]
        for r in range(table.rowCount())
    ]


def expected_results() -> list[tuple[str, str, str]]:
    rows = []
    for code, (p, f) in SURREY.items():
        rows.append((code, f"{p.label} ({int(p)})", f"{f.label} ({int(f)})"))
    return rows


def check_results(window: MainWindow) -> None:
    rows = results_texts(window)
    assert [(r[0][0], r[1], r[2]) for r in rows[:-1]] == expected_results()
    assert rows[-1][1] == "2.4 Mature"  # the one overall wording (domain.wording, issue 11)
    assert rows[-1][2] == "3.2 Leader"


def plan_cell(window: MainWindow, theme_row: int, heading: str) -> set[str]:
    matrix = window.session_view.plan.matrix  # type: ignore[union-attr]
    headings = [matrix.header_text(c) for c in range(matrix.columnCount())]
    text = matrix.text(theme_row, headings.index(heading))
    return set(re.findall(r"\b[A-J]\.[FMLI]\d\b", text))


def test_whole_workshop_by_keyboard_and_mouse(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.stack.currentWidget() is window.start

    # New assessment: mouse on the button, keyboard in the form.
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    page = window.new_page
    assert window.stack.currentWidget() is page
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.org_error.isVisible()  # the organisation name is required
    assert window.stack.currentWidget() is page
    page.index.setFocus()
    qtbot.keyClicks(page.index, "Public")
    assert page.index.currentData() == "public-sector"
    qtbot.keyClicks(page.organisation, "Surrey County Council")
    qtbot.keyClicks(page.region, "South East")
    page.org_type.setCurrentText("Council")
    assert page.horizon.value() == 3
    qtbot.keyClick(page.organisation, Qt.Key.Key_Return)  # issue 10: Enter in a field never creates
    assert window.stack.currentWidget() is page
    page.create_button.setFocus()
    qtbot.keyClick(page.create_button, Qt.Key.Key_Return)  # Enter on the focused button does

    view = window.session_view
    assert view is not None and window.stack.currentWidget() is view
    assert view.stack.currentWidget() is view.intro
    assert "Surrey County Council" in window.windowTitle()

    # Every theme: Ctrl+Page Down to reach it, then answer through the real controls.
    for code in SURREY:
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        current = view.current_theme_page()
        assert current is not None and current.theme.code == code
        answer_theme(qtbot, current)
        result = view.session.evaluation.theme(code)
        assert (result.present.level, result.future.level) == SURREY[code]
        assert result.status == "complete"
        assert current.present_badge.text() == f"{SURREY[code][0].label} ({int(SURREY[code][0])})"
        assert view.nav.item(view.page_index(code)).text().startswith("●")
    assert window.windowTitle().endswith("All changes saved")

    # Results: one more page on.
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.stack.currentWidget() is view.results
    check_results(window)
    assert "2.4 Mature" in view.results.summary.text()

    # Action plan (Ctrl+P): the worked example's Measurement row.
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert view.stack.currentWidget() is view.plan
    c_row = 2
    assert plan_cell(window, c_row, "To reach Leader") == {"C.L1", "C.L2", "C.L3"}
    assert plan_cell(window, c_row, "To reach Innovator") == {"C.I2", "C.I4"}
    assert plan_cell(window, c_row, "To reach Mature") == set()
    assert "Start to measure social value in financial as well as non-financial terms" in (
        view.plan.matrix.text(c_row, 1)
    )

    # Edit an action's owner in place, by keyboard.
    years = view.plan.years
    view.plan.tabs.setCurrentIndex(1)
    row = view.plan.row_of("C.L1")
    owner_col = YEAR_COLUMNS.index("Owner")
    years.setFocus()
    years.setCurrentCell(row, owner_col)
    qtbot.keyClick(years, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Head of Procurement")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "C.L1" in view.session.assessment.action_edits)  # queued commit
    assert view.session.assessment.action_edits["C.L1"].owner == "Head of Procurement"
    assert view.plan.cell_text("C.L1", "Owner") == "Head of Procurement"
    session_id = view.session.session_id
    answers = dict(view.session.assessment.answers)

    close_window(window)

    # A new window on the same data folder: everything is as it was.
    again = make_window(data_dir)
    table = again.start.table
    assert table.rowCount() == 1
    assert table.text(0, 0) == "Surrey County Council"
    assert table.text(0, 3) == "91 of 91 answered"
    assert table.text(0, 4) == "2.4 → 3.2"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view2 = again.session_view
    assert view2 is not None and view2.session.session_id == session_id
    assert view2.session.assessment.answers == answers
    qtbot.keyClick(again, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    check_results(again)
    page_c = view2.theme_pages["C"]
    assert page_c.buttons[("C.I3", "present")].value is True
    assert page_c.buttons[("C.L1", "present")].value is False
    assert page_c.buttons[("C.L1", "future")].value is True
    qtbot.keyClick(again, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert view2.plan.cell_text("C.L1", "Owner") == "Head of Procurement"
    assert plan_cell(again, c_row, "To reach Innovator") == {"C.I2", "C.I4"}
