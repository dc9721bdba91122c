"""Fixtures for the history tests: a real store in a temporary data folder, and its workshops."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.history import History
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import Store


@pytest.fixture
def workshops(tmp_path: Path) -> Iterator[Workshops]:
    store = Store.open(AppPaths.under(tmp_path / "data"))
    try:
        yield Workshops(store, IndexLibrary(tmp_path / "indexes"))
    finally:
        store.close()


@pytest.fixture
def history(workshops: Workshops) -> History:
    return History(workshops)
