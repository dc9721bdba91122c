"""A failing GUI test's "Captured Qt messages" keep every Qt warning but the offscreen plugin's
``propagateSizeHints()`` line (tests/qt_noise.py).

Runs a small failing test in a separate pytest, once with the filter and once without: without
it the window's size-hint warning is in the report (so the inner test really provokes it), with
it only the warning that means something is.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INNER = """
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QWidget


def test_a_window_that_fails(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.setMinimumSize(320, 200)
    qWarning("svmi: a warning that means something")
    assert False, "deliberate"
"""


def _qt_messages(tmp_path: Path, *plugins: str) -> str:
    """The "Captured Qt messages" section of the inner test's failure report."""
    (tmp_path / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n", encoding="utf-8")
    (tmp_path / "test_inner.py").write_text(INNER, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    config = ["-c", str(tmp_path / "pytest.ini"), "--rootdir", str(tmp_path), str(tmp_path)]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *plugins, *config],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert run.returncode == 1, run.stdout + run.stderr  # the inner test fails, as it should
    _, found, section = run.stdout.partition(" Captured Qt messages ")
    assert found, run.stdout
    return section.partition("=====")[0]  # up to the short summary


def test_the_size_hint_warning_is_dropped_and_real_warnings_stay(tmp_path):
    without = _qt_messages(tmp_path)
    assert "This plugin does not support propagateSizeHints()" in without
    assert "svmi: a warning that means something" in without
    with_filter = _qt_messages(tmp_path, "-p", "tests.qt_noise")
    assert "svmi: a warning that means something" in with_filter
    assert "propagateSizeHints" not in with_filter
