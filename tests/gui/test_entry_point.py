"""``svmi-desktop`` as a process: --screenshot of every page, and the no-display fallback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(extra)
    return env


@pytest.mark.parametrize("page", ["start", "theme", "results", "plan"])
def test_screenshot_writes_a_non_blank_png(tmp_path: Path, page: str) -> None:
    target = tmp_path / f"{page}.png"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "svmi_desktop",
            "--screenshot",
            str(target),
            "--page",
            page,
            "--data-dir",
            str(tmp_path / "data"),
            "--demo",
        ],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    image = QImage(str(target))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 600
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)
    }
    assert len(colours) > 12  # text, level colours, chart: not a blank or single-colour box


def test_no_display_writes_demo_exports_without_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from svmi_desktop import app; rc = app.main([]); "
        "print('QT-LOADED' if 'PySide6' in sys.modules else 'QT-NOT-LOADED'); sys.exit(rc)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    folder = tmp_path / "svmi-demo-exports"
    assert "No display found: writing the demo exports to svmi-demo-exports instead." in run.stdout
    assert "QT-NOT-LOADED" in run.stdout
    assert run.returncode == 0, run.stderr
    names = sorted(p.suffix for p in folder.iterdir())
    assert ".xlsx" in names and ".pdf" in names and ".eml" in names


def test_export_page_writes_files_off_the_ui_thread(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_demo()
    view = window.session_view
    view.go("export")
    page = view.export
    page.folder_edit.setText(str(tmp_path / "out"))
    qtbot.mouseClick(page.buttons["xlsx"], Qt.MouseButton.LeftButton)
    assert not page.all_button.isEnabled()  # busy while the worker runs
    qtbot.waitUntil(lambda: page.open_button.isVisible(), timeout=60_000)
    assert [p.suffix for p in page.written] == [".xlsx"]
    assert page.written[0].is_file()
    assert page.all_button.isEnabled()
