"""Fixtures for the service tests."""

from __future__ import annotations

import pytest
from fake_store import FakeStore


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()
