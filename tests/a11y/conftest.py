"""The accessibility audit's figures are printed at the end of every run (with or without -s)."""

from __future__ import annotations

from typing import Any

from tests.a11y import audit


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for report in audit.REPORTS:
        terminalreporter.write_sep("-", "accessibility audit (tests/a11y)")
        terminalreporter.write_line(report.table())
        terminalreporter.write_line(f"not audited: {audit.NOT_AUDITED}")
