"""Issue 6 item 5 (anchors P1, P2): a whole workshop through the real window, then every export,
opens no network connection and never imports Qt's network or web-engine modules.

Checked twice: in the test process (whose audit hook, tests/conftest.py, sees every socket connect
and name lookup, from any thread), and in a fresh interpreter, because other tests share this
process and could hide or cause an import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from svmi_desktop.ui import dialogs
from svmi_desktop.ui.export_page import ExportPage
from svmi_desktop.ui.main_window import MainWindow
from svmi_desktop.ui.style import Appearance, register_font

from . import audit

ROOT = Path(__file__).resolve().parents[2]
NETWORK_MODULES = ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets")
EXPORT_TIMEOUT_S = 60


def drive_workshop(window: MainWindow, export_dir: Path) -> list[Path]:
    """Create a session, answer theme A, open results and both plan views, export all formats."""
    QTest.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    page = window.new_page
    QTest.keyClicks(page.organisation, "Offline Borough Council")
    QTest.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    view = window.session_view
    assert view is not None, "the session did not open"
    view.go("A")
    theme = view.theme_pages["A"]
    for criterion in theme.theme.asked:
        QTest.mouseClick(theme.buttons[(criterion.id, "present")], Qt.MouseButton.LeftButton)
    assert view.session.evaluation.theme("A").status == "complete"
    view.go("results")
    assert view.results.table.rowCount() == len(view.session.index.themes) + 1
    view.go("plan")
    for tab in range(view.plan.tabs.count()):
        view.plan.tabs.setCurrentIndex(tab)
    view.go("export")
    export = view.export
    assert isinstance(export, ExportPage)
    export.folder_edit.setText(str(export_dir))
    QTest.mouseClick(export.all_button, Qt.MouseButton.LeftButton)
    deadline = time.monotonic() + EXPORT_TIMEOUT_S
    while not export.open_button.isVisible() and time.monotonic() < deadline:
        # Not QTest.qWait: PySide6 keeps the GIL while it waits, which starves the export thread.
        QApplication.processEvents()
        time.sleep(0.02)
    assert export.open_button.isVisible(), f"the export did not finish: {export.result.text()}"
    return export.written


def run_offline_workshop(data_dir: Path, export_dir: Path) -> tuple[list[Path], list[str]]:
    """The workshop in a real window; returns the exported files and any dialog shown."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shown: list[str] = []
    saved = {
        name: getattr(dialogs, name) for name in ("show_info", "show_error", "show_storage_error")
    }
    for name in saved:
        setattr(dialogs, name, lambda *args, _n=name, **kw: shown.append(f"{_n}: {args[1:]}"))
    appearance = Appearance(app, register_font(app))
    try:
        with audit.opened_window(data_dir, appearance) as window:
            written = drive_workshop(window, export_dir)
    finally:
        for name, function in saved.items():
            setattr(dialogs, name, function)
    return written, shown


def test_workshop_and_exports_stay_offline(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import network_events

    before = network_events()
    written, shown = run_offline_workshop(tmp_path / "data", tmp_path / "out")
    assert shown == []
    assert {p.suffix for p in written} == {".xlsx", ".pdf", ".html", ".eml"} and len(written) == 5
    assert all(p.is_file() and p.stat().st_size > 0 for p in written)
    assert network_events() == before == []
    assert [m for m in NETWORK_MODULES if m in sys.modules] == []


CHILD = """
import json, sys
from pathlib import Path
import tests.conftest as guard  # installs the audit hook first
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.a11y.test_offline_workshop import NETWORK_MODULES, run_offline_workshop
written, shown = run_offline_workshop(Path(sys.argv[1]), Path(sys.argv[2]))
print(json.dumps({
    "written": [p.name for p in written],
    "shown": shown,
    "events": guard.network_events(),
    "modules": [m for m in NETWORK_MODULES if m in sys.modules],
}))
"""


def test_workshop_and_exports_stay_offline_in_a_fresh_interpreter(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["shown"] == [] and len(result["written"]) == 5
    assert result["events"] == []
    assert result["modules"] == []
