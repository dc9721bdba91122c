"""GUI test fixtures: offscreen Qt, a fresh data folder per test, real store and window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import Store
from svmi_desktop.ui.main_window import MainWindow
from svmi_desktop.ui.style import Appearance, register_font

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_window(qtbot, qapp, data_dir: Path) -> Iterator[WindowFactory]:  # type: ignore[no-untyped-def]
    """Build the real main window on a data folder (as ``svmi-desktop --data-dir`` does)."""
    opened: list[tuple[MainWindow, Store]] = []
    appearance = Appearance(qapp, register_font(qapp))
    appearance.apply()

    def make(folder: Path | None = None) -> MainWindow:
        paths = AppPaths.under(folder or data_dir)
        paths.ensure()
        store = Store.open(paths)
        window = MainWindow(Workshops(store, IndexLibrary(paths.indexes_dir)), appearance)
        window.resize(1280, 800)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.windowHandle().requestActivate()  # offscreen windows are not active by default
        qtbot.waitUntil(window.isActiveWindow)
        opened.append((window, store))
        return window

    yield make
    for window, store in opened:
        window.close()
        if not store.closed:
            store.close()
    appearance.set_high_contrast(False)
    appearance.set_zoom(100)
