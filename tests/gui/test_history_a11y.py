"""The issue-14 pages and windows pass the accessibility audit's name check (tests/a11y/audit.py)."""

from __future__ import annotations

import datetime as dt

from svmi_desktop.domain.reassessment import CarryMode
from svmi_desktop.ui import history_dialogs
from tests.a11y import audit
from tests.consortium.generate import write_consortium
from tests.gui.test_history_flow import LATER, _first_workshop, marks_of


def _names(root, page):
    """Names of every visible control, and Tab order through them (the audit's two checks)."""
    tally = audit.Tally("default", page, "page")
    audit.check_names(root, tally)
    audit.check_tab_order(root, tally)
    assert tally.named > 0 and tally.tab_stops > 0
    return tally.findings


def test_every_control_of_the_new_pages_has_a_name(make_window, monkeypatch, qtbot, tmp_path):
    window = make_window()
    view, _ = _first_workshop(window)
    monkeypatch.setattr(history_dialogs, "ask_reassessment", lambda *a: (LATER, CarryMode.CARRY))
    window.show_start()
    window.start.reassess_button.click()
    view = window.session_view
    view.go("compare")
    assert _names(window, "compare") == []
    view.go("history")
    assert _names(window, "history") == []
    view.go("A")
    assert marks_of(view).banners["A"].isVisible()
    assert _names(window, "theme A with carried answers") == []
    dialog = history_dialogs.ReassessDialog(window, "Org", dt.date(2025, 1, 1), LATER)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _names(dialog, "re-assessment dialog") == []
    assert dialog.choice() == (LATER, CarryMode.CARRY)  # carried over unless chosen otherwise
    dialog.answers.setCurrentIndex(1)
    assert dialog.choice() == (LATER, CarryMode.BLANK)
    assert dialog.date.minimumDate().toPython() == dt.date(2025, 1, 2)  # after the baseline
    from svmi_desktop.ui.consortium_window import open_consortium_window

    consortium = open_consortium_window(window)
    write_consortium(tmp_path / "subs", bodies=3, rounds=1, files=3, kind="json")
    consortium.load(tmp_path / "subs")
    qtbot.waitUntil(lambda: consortium.consortium is not None, timeout=30_000)
    assert _names(consortium, "consortium window") == []
