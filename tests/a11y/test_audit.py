"""Issue 6 item 6: the automated accessibility audit of every wizard page and dialog, in the
normal and the high-contrast theme (anchors A1, A3, A5). The audit itself is tests/a11y/audit.py;
``python tools/a11y_audit.py`` runs the same audit and writes docs/a11y-audit.md."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)

from svmi_desktop.ui.style import LIGHT

from . import audit

PAGES = {
    "start",
    "start, searching",
    "new assessment",
    "introduction",
    *(f"theme {c}" for c in "ABCDEFGHIJ"),
    "results",
    "action plan: by theme",
    "action plan: by year",
    "export",
}
DIALOGS = {
    "add an action",
    "information message",
    "error message",
    "storage error",
    "yes/no question",
    "crash dialog",
}


@pytest.fixture(scope="module")
def report(qapp, tmp_path_factory) -> audit.Report:  # type: ignore[no-untyped-def]
    result = audit.run_audit(tmp_path_factory.mktemp("a11y") / "data")
    audit.REPORTS.append(result)
    return result


def _explain(report: audit.Report, check: str) -> str:
    found = report.of(check)
    return (
        f"{len(found)} {check} violation(s):\n"
        + "\n".join(map(str, found))
        + "\n\n"
        + report.table()
    )


def test_every_page_and_dialog_in_both_themes(report, record_testsuite_property) -> None:  # type: ignore[no-untyped-def]
    for theme in audit.THEMES:
        assert set(report.pages(theme)) == PAGES, theme
        assert set(report.dialogs(theme)) == DIALOGS, theme
    totals = report.totals()
    for key, value in totals.items():
        record_testsuite_property(f"a11y_{key}", value)  # visible in the JUnit XML of CI
    assert totals["named"] > 500 and totals["tab_stops"] > 450 and totals["targets"] > 900
    assert totals["contrast_pairs"] == 2 * 39


@pytest.mark.parametrize("check", audit.CHECKS)
def test_no_violations(report, check) -> None:  # type: ignore[no-untyped-def]
    assert not report.of(check), _explain(report, check)


# -- the audit finds what it should (negative controls) ------------------------------------------


@pytest.fixture
def bad_form(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    form = QWidget()
    row = QHBoxLayout(form)
    unnamed = QLineEdit()  # no label, no accessible name
    icon_only = QToolButton()  # no text, no name
    icon_only.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    tiny = QRadioButton("x")  # the app style sheet gives push buttons a minimum size
    tiny.setFixedSize(16, 16)
    plain = QPushButton("Plain")
    plain.setStyleSheet(
        "QPushButton, QPushButton:focus { border: 1px solid #888888; background: #EEEEEE; }"
    )
    plain.setMinimumHeight(44)  # the tallest, so the Tab walk starts from it (top of the row)
    for w in (unnamed, icon_only, tiny, plain):
        row.addWidget(w)
    QWidget.setTabOrder(plain, unnamed)  # Tab goes right to left once: out of reading order
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    audit.activate(form)
    return form


def test_the_audit_catches_missing_names_small_targets_and_bad_tab_order(bad_form) -> None:  # type: ignore[no-untyped-def]
    tally = audit.Tally("control", "bad form", "page")
    audit.check_names(bad_form, tally)
    audit.check_targets(bad_form, tally)
    audit.check_tab_order(bad_form, tally)
    found = {(f.check, f.widget.split(" ")[0]) for f in tally.findings}
    assert ("name", "QLineEdit") in found and ("name", "QToolButton") in found
    assert ("target", "QRadioButton") in found
    assert any(f.check == "tab" and "reads before" in f.detail for f in tally.findings)


def test_the_audit_catches_an_invisible_focus_and_a_weak_colour(bad_form) -> None:  # type: ignore[no-untyped-def]
    tally = audit.Tally("control", "bad form", "page")
    audit.check_focus_visible(bad_form, tally)
    assert any(f.check == "focus" and "Plain" in f.widget for f in tally.findings)
    audit.check_contrast(dataclasses.replace(LIGHT, focus="#B0B0B0", muted="#999999"), tally)
    weak = {f.widget for f in tally.findings if f.check == "contrast"}
    assert {"focus ring / window", "muted text / window"} <= weak


def test_reading_order_tolerates_a_row_of_mixed_heights(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = QWidget()
    row = QHBoxLayout(form)
    a, b = QLineEdit(), QPushButton("Go")
    b.setMinimumHeight(40)
    row.addWidget(a)
    row.addWidget(b)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert not audit.reads_before(a, b, form) and audit.reads_before(b, a, form)


def test_not_audited_is_stated() -> None:
    assert "QFileDialog" in audit.NOT_AUDITED
    assert Path(audit.__file__).read_text(encoding="utf-8").count("QFileDialog") >= 1


# -- the layout grid's hardest corner (issue 10): a 1024×768 projector at 200% ---------------------


@pytest.fixture(scope="module")
def corner_report(qapp, tmp_path_factory) -> audit.Report:  # type: ignore[no-untyped-def]
    result = audit.run_audit(
        tmp_path_factory.mktemp("a11y-corner") / "data", cells=(((1024, 768), 200),)
    )
    audit.REPORTS.append(result)
    return result


@pytest.mark.parametrize("check", audit.CHECKS)
def test_no_violations_at_1024x768_and_200_percent(corner_report, check) -> None:  # type: ignore[no-untyped-def]
    for theme in audit.THEMES:
        assert set(corner_report.pages(f"{theme} 1024×768 200%")) == PAGES
    assert not corner_report.of(check), _explain(corner_report, check)
