"""Drop the offscreen platform's ``propagateSizeHints()`` warning from pytest-qt's captured Qt
messages, so a failing GUI test shows the Qt warnings that mean something.

Qt's base ``QPlatformWindow::propagateSizeHints()`` prints "This plugin does not support
propagateSizeHints()" whenever a window's minimum or maximum size changes on a platform plugin
that does not pass size hints to a window manager. The offscreen plugin the suite runs on is one
(xcb, Windows and macOS implement it), so every window and wizard adds one or more of these lines
to the "Captured Qt messages" of a failure. They say nothing about the app. Exactly that message
is dropped here; every other Qt message stays, and the app's own output is not filtered (see
docs/decisions.md, "Test output").

Loaded by ``tests/conftest.py`` (the hook is imported there), or as ``-p tests.qt_noise``.
"""

from __future__ import annotations

from typing import Any

import pytest

NOISE = "This plugin does not support propagateSizeHints()"


def is_noise(message: str) -> bool:
    """The offscreen plugin's size-hint warning, and nothing else."""
    return message.strip() == NOISE


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> None:
    """Runs before pytest-qt's report wrapper reads the records of the test's call phase."""
    # pytest-qt's public ``records`` is a copy, so the list itself is filtered (pytest-qt 4.x);
    # tests/gui/test_qt_noise.py fails if a later pytest-qt stores them some other way.
    records: Any = getattr(getattr(item, "qt_log_capture", None), "_records", None)
    if call.when == "call" and isinstance(records, list):
        records[:] = [r for r in records if not is_noise(r.message)]
