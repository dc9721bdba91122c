"""Fixtures for the fault tests: the criteria index and the demo workshop."""

from __future__ import annotations

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.assessment import Assessment
from svmi_desktop.domain.criteria import Index
from svmi_desktop.formats import assessment_file
from svmi_desktop.resources import demo_path


@pytest.fixture(scope="session")
def index() -> Index:
    return load_index("public-sector")


@pytest.fixture(scope="session")
def demo(index: Index) -> Assessment:
    return assessment_file.read(demo_path(), load_index)
